// Operations, regions and blocks: the generic form, dispatch to custom forms, trailing locations.
import { Tok } from './lexer.js';
import { SsaParser, type SsaKey } from './ssa-scopes.js';
import { MAX_NESTING } from './parser.js';
import { parseAttribute, parseAttributeDict } from './attributes.js';
import { parseType } from './types.js';
import { parseLocationInstance } from './locations.js';
import { unescapeString } from './literals.js';
import { CustomOpAsmParser } from './custom-asm.js';
import { ParsedOperationState } from './operation-state.js';
import { Operation } from '../ir/operation.js';
import { Region } from '../ir/region.js';
import { Block } from '../ir/block.js';
import { BlockArgument, type Value } from '../ir/value.js';
import { DictionaryAttr, type NamedAttribute } from '../ir/attributes.js';
import { Location, NameLoc, UnknownLoc } from '../ir/location.js';
import { FunctionType, type Type } from '../ir/types.js';
import type { OperationName } from '../ir/context.js';
import type { ParsedArgument, UnresolvedOperand } from '../ir/op-asm-parser.js';

/** `%name:count` before `=`: a group of results and where it was written. */
export interface ResultGroup {
  name: string;
  count: number;
  offset: number;
}

/**
 * A `loc(#alias)` naming an alias not defined yet: its op or block argument, or (for locations
 * read by custom parsers, whose owner does not exist yet) the placeholder it was given.
 */
interface DeferredLoc {
  target: Operation | BlockArgument | Location;
  alias: string;
  offset: number;
}

/** How many results each group of an op's result list binds (`%a, %b:2 = ...`: 1 and 2), as custom parsers are told. */
export type ResultCounts = readonly { readonly count: number }[];

/** The result groups of an op that names no results (shared, never written to). */
const NO_GROUPS: ResultGroup[] = [];
/** The result list `%name =`, for custom parsers (shared). */
const ONE_RESULT: ResultCounts = [{ count: 1 }];
/** Shared empty lists of the generic form (read, never written to). */
const NO_BLOCKS: Block[] = [];
const NO_REGIONS: Region[] = [];
const NO_VALUES: Value[] = [];
const NO_ATTRIBUTES: NamedAttribute[] = [];
const NO_ARGUMENTS: ParsedArgument[] = [];

/** Parses operations into blocks; see MLIR's OperationParser. */
export class OperationParser extends SsaParser {
  readonly deferredLocs: DeferredLoc[] = [];
  private emptyDict: DictionaryAttr | undefined;
  /**
   * Generic-form op names by their quoted spelling, found by a slice of the source: a Map of
   * the few names measured cheaper than a SpanTable over the scanner's codes (unregistered 100k,
   * about a hundred distinct names: 5,536 -> 5,429 M instructions; generic and pretty unchanged).
   */
  private readonly opNames = new Map<string, OperationName>();
  /**
   * The SSA uses of generic ops being parsed, a stack of (key, result number, offset) in three
   * arrays: an op's uses are read before its nested regions and resolved after its type, and
   * the ops in the regions push theirs above. No object per use.
   */
  private readonly useKeys: SsaKey[] = [];
  private readonly useNumbers: number[] = [];
  private readonly useOffsets: number[] = [];
  private useCount = 0;

  /** operation ::= op-result-list? (generic-operation | custom-operation) trailing-location? */
  parseOperation(block: Block): void {
    const start = this.offset;
    // The usual line, `%name = op...`: one result name, keyed in place and bound without the
    // objects of a result list (its spelling, a group, a list, a use).
    if (this.kind === Tok.PercentId && this.peekKind(1) === Tok.Equal) {
      const key = this.currentSsaKey();
      this.consume();
      this.consume();
      const op = this.parseOperationBody(ONE_RESULT, block);
      if (op.numResults === 0) this.failAt(start, 'cannot name an operation with no results');
      if (op.numResults !== 1) this.failAt(start, `operation defines ${op.numResults} results but was provided 1 to bind`);
      this.define(key, 0, start, op.results[0]);
      return;
    }
    let groups: ResultGroup[] = NO_GROUPS;
    let expected = 0;
    if (this.kind === Tok.PercentId) {
      groups = [];
      this.commaList(null, null, () => {
        const nameTok = this.expectTake(Tok.PercentId, 'expected valid ssa identifier');
        let count = 1;
        if (this.consumeIf(Tok.Colon)) {
          if (this.kind !== Tok.Integer) this.failWrongToken('expected integer number of results');
          const n = BigInt(this.image);
          if (n < 1n) this.fail('expected named operation to have at least 1 result');
          if (n > 0xffffffffn) this.fail('expected named operation to have at least 1 result');
          this.consume();
          count = Number(n);
        }
        groups.push({ name: nameTok.image, count, offset: nameTok.offset });
        expected += count;
      });
      this.expect(Tok.Equal, "expected '=' after SSA name");
    }
    const op = this.parseOperationBody(groups, block);
    if (groups.length === 0) return;
    if (op.numResults === 0) this.failAt(start, 'cannot name an operation with no results');
    if (expected !== op.numResults) this.failAt(start, `operation defines ${op.numResults} results but was provided ${expected} to bind`);
    let i = 0;
    for (const g of groups) {
      for (let sub = 0; sub < g.count; sub++) this.addDefinition({ name: g.name, resultNumber: sub, offset: g.offset }, op.results[i++]);
    }
  }

  /** The op after its result list, in the custom or the generic form. */
  private parseOperationBody(results: ResultCounts, block: Block): Operation {
    if (this.kind === Tok.BareId) return this.parseCustomOperation(results, block);
    if (this.kind === Tok.String) return this.parseGenericOperation(block);
    return this.failWrongToken('expected operation name in quotes');
  }

  /** `"name"(operands) [successors] <{props}> (regions) {attrs} : (types) -> types` */
  parseGenericOperation(block: Block): Operation {
    const nameOffset = this.offset;
    const opName = this.genericOpName();
    const location = this.positionAt(nameOffset);
    // Without an OperationState: its object and six arrays would be garbage once the op exists.
    this.expect(Tok.LParen, "expected '(' to start operand list");
    const usesBase = this.useCount;
    if (this.kind === Tok.PercentId) {
      do this.pushUse();
      while (this.consumeIf(Tok.Comma));
    }
    this.expect(Tok.RParen, "expected ')' to end operand list");
    let successors: Block[] = NO_BLOCKS;
    if (this.kind === Tok.LSquare) {
      if (opName.isRegistered && !opName.hasTrait('Terminator')) this.fail('successors in non-terminator');
      this.consume();
      successors = [];
      this.commaListUntil(Tok.RSquare, () => successors.push(this.parseSuccessor()), false);
    }
    let propsDict: DictionaryAttr | undefined;
    if (this.consumeIf(Tok.Less)) {
      const at = this.offset;
      const props = parseAttribute(this);
      if (!(props instanceof DictionaryAttr)) this.failAt(at, `invalid properties ${String(props)} for op ${opName.name}: expected a dictionary`);
      propsDict = props;
      this.expect(Tok.Greater, "expected '>' to close properties");
    }
    let regions: Region[] = NO_REGIONS;
    if (this.consumeIf(Tok.LParen)) {
      // A list literal of the first region: an empty list grown by push reserves 16 slots.
      regions = [this.parseGenericRegion()];
      while (this.consumeIf(Tok.Comma)) regions.push(this.parseGenericRegion());
      this.expect(Tok.RParen, "expected ')' to end region list");
    }
    const attributes = this.kind === Tok.LBrace ? parseAttributeDict(this) : NO_ATTRIBUTES;
    this.expect(Tok.Colon, "expected ':' followed by operation type");
    const typeAt = this.offset;
    const type = parseType(this);
    if (!(type instanceof FunctionType)) return this.failAt(typeAt, 'expected function type');
    const numOperands = this.useCount - usesBase;
    if (type.inputs.length !== numOperands) {
      this.failAt(typeAt, `expected ${numOperands} operand type${numOperands === 1 ? '' : 's'} but had ${type.inputs.length}`);
    }
    const operands = numOperands ? new Array<Value>(numOperands) : NO_VALUES;
    for (let i = 0; i < numOperands; i++) {
      const u = usesBase + i;
      operands[i] = this.resolve(this.useKeys[u], this.useNumbers[u], this.useOffsets[u], type.inputs[i]);
    }
    this.useCount = usesBase;
    // The type's result list is only read by the op's creation, never kept or written.
    const op = this.createOperation(opName, location, operands, type.results, propsDict?.entries ?? NO_ATTRIBUTES, propsDict, attributes, regions, successors, block);
    // The generic form leaves defaulted properties out; they are set here, as in MLIR.
    opName.info?.populateDefaultProperties?.(op);
    return op;
  }

  /** A region of the generic form, whose entry block declares its own arguments. */
  private parseGenericRegion(): Region {
    const region = new Region();
    this.parseRegion(region, NO_ARGUMENTS, false);
    return region;
  }

  /** Consumes the string token naming a generic op: checked and looked up once per spelling. */
  private genericOpName(): OperationName {
    const spelling = this.source.substring(this.offset, this.ts.end());
    const known = this.opNames.get(spelling);
    if (known) {
      this.consume();
      return known;
    }
    const name = unescapeString(this.image);
    if (name === '') this.fail('empty operation name is invalid');
    if (name.includes('\0')) this.fail('null character not allowed in operation name');
    this.consume();
    const opName = this.context.getOperationName(name);
    if (!opName.isRegistered && !this.context.allowUnregisteredDialects) {
      const dot = name.indexOf('.');
      const dialect = dot < 0 ? name : name.slice(0, dot);
      if (!this.context.isDialectRegistered(dialect)) {
        this.fail('operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used');
      }
    }
    this.opNames.set(spelling, opName);
    return opName;
  }

  /** Reads `%name` or `%name#N` onto the use stack (resolved once the op's type is known). */
  private pushUse(): void {
    const offset = this.offset;
    const key = this.currentSsaKey();
    this.consume();
    let resultNumber = 0;
    if (this.kind === Tok.HashId) resultNumber = this.resultNumberSuffix();
    const i = this.useCount++;
    this.useKeys[i] = key;
    this.useNumbers[i] = resultNumber;
    this.useOffsets[i] = offset;
  }

  /** The `#N` after an SSA name, consumed. */
  private resultNumberSuffix(): number {
    const digits = this.image.slice(1);
    if (!/^[0-9]+$/.test(digits) || Number(digits) > 0xffffffff) this.fail('invalid SSA value result number');
    this.consume();
    return Number(digits);
  }

  /** An empty OperationState for an op named at `offset`. */
  newState(name: string, offset: number): ParsedOperationState {
    return new ParsedOperationState(this.context, name, this.positionAt(offset));
  }

  /**
   * Creates the op, appends it to `block`, then reads its trailing location. Inherent
   * attributes written in the attribute dictionary move to properties, as MLIR's setAttrs does;
   * `propsDict`, when given, is the dictionary of `properties` as parsed.
   */
  createOperation(
    opName: OperationName,
    location: Location | number,
    operands: readonly Value[],
    resultTypes: readonly Type[],
    properties: readonly NamedAttribute[],
    propsDict: DictionaryAttr | undefined,
    attributes: readonly NamedAttribute[],
    regions: readonly Region[],
    successors: readonly Block[],
    block: Block,
  ): Operation {
    const inherent = opName.info?.propertyNames;
    if (inherent && inherent.length && attributes.some((e) => inherent.includes(e.name))) {
      const given = new Set(properties.map((e) => e.name));
      properties = [...properties, ...attributes.filter((e) => inherent.includes(e.name) && !given.has(e.name))];
      attributes = attributes.filter((e) => !inherent.includes(e.name));
      propsDict = undefined;
    }
    // The common cases skip building dictionaries: none at all, or the `<{...}>` one as parsed.
    const ctx = this.context;
    this.emptyDict ??= DictionaryAttr.get(ctx, []);
    const op = new Operation(
      opName,
      location,
      propsDict ?? (properties.length ? DictionaryAttr.get(ctx, properties) : this.emptyDict),
      attributes.length ? DictionaryAttr.get(ctx, attributes) : this.emptyDict,
      operands,
      resultTypes,
      regions,
      successors,
    );
    block.append(op);
    this.parseTrailingLocation(op);
    return op;
  }

  /** A custom-form op: resolve the name (with the enclosing default dialect) and run its parse hook. */
  parseCustomOperation(groups: ResultCounts, block: Block): Operation {
    const nameOffset = this.offset;
    const original = this.image;
    const ctx = this.context;
    let opName = ctx.getOperationName(original);
    if (!opName.isRegistered && !original.includes('.')) {
      const dialect = this.defaultDialects[this.defaultDialects.length - 1];
      ctx.getOrLoadDialect(dialect);
      opName = ctx.getOperationName(`${dialect}.${original}`);
    }
    const full = opName.name;
    const info = opName.info;
    if (!info) {
      const tried = original !== full ? ` (tried '${full}' as well)` : '';
      if (!ctx.getOrLoadDialect(opName.dialect)) {
        this.failWithNote(
          nameOffset,
          `Dialect \`${opName.dialect}' not found for custom op '${original}' ${tried ? ` ${tried}` : ''}`,
          `Available dialects: ${ctx.registeredDialects.join(', ')} ; for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management`,
        );
      }
      this.failAt(nameOffset, `custom op '${original}' is unknown${tried}`);
    }
    this.consume();
    if (!info.parse) this.failAt(nameOffset, `custom op '${full}' has no custom assembly form`);
    const state = this.newState(full, nameOffset);
    const asm = new CustomOpAsmParser(this, full, nameOffset, groups);
    this.defaultDialects.push(info.defaultDialect ?? '');
    try {
      info.parse(asm, state);
    } finally {
      this.defaultDialects.pop();
    }
    if (state.attributes.length > 1) {
      const seen = new Set<string>();
      for (const a of state.attributes) {
        if (seen.has(a.name)) asm.fail(nameOffset, `attribute '${a.name}' occurs more than once in the attribute list`);
        seen.add(a.name);
      }
    }
    // A hook's interned dictionary stands for the properties unless it also pushed some.
    const interned = state.properties.length === 0 ? state.propertiesDict : undefined;
    const op = this.createOperation(
      opName, state.locationOrPosition, state.operands, state.resultTypes, interned?.entries ?? state.properties, interned, state.attributes, state.regions,
      state.successors, block,
    );
    // An interned dictionary holds the defaults already (see OperationState.propertiesDict);
    // a hook that pushed its properties may have left some out.
    if (!interned) info.populateDefaultProperties?.(op);
    return op;
  }

  /** `loc(...)` after an op or block argument; `loc(#alias)` may name an alias defined later. */
  parseTrailingLocation(target: Operation | BlockArgument): void {
    const loc = this.parseOptionalLocation(target);
    if (loc) target.location = loc;
  }

  /** An optional `loc(...)`; a forward alias is recorded against `target` when one is given. */
  parseOptionalLocation(target?: Operation | BlockArgument): Location | undefined {
    if (!this.consumeKeyword('loc')) return undefined;
    this.expect(Tok.LParen, "expected '(' in location");
    const t = this.tok;
    let loc: Location;
    if (t.kind === Tok.HashId && !t.image.includes('.')) {
      this.consume();
      const alias = t.image.slice(1);
      const attr = this.attrAliases.get(alias);
      if (attr) {
        if (!(attr instanceof Location)) this.failAt(t.offset, `expected location, but found '${String(attr)}'`);
        loc = attr;
      } else {
        // A unique placeholder, replaced once the alias is known (MLIR uses an OpaqueLoc).
        loc = target ? UnknownLoc.get(this.context) : NameLoc.get(this.context, `\0deferred location ${this.deferredLocs.length}`);
        this.deferredLocs.push({ target: target ?? loc, alias, offset: t.offset });
      }
    } else {
      loc = parseLocationInstance(this);
    }
    this.expect(Tok.RParen, "expected ')' in location");
    return loc;
  }

  /** Resolves `loc(#alias)` uses once every alias of the file is known; `top` holds the parsed ops. */
  resolveDeferredLocations(top: Block): void {
    const placeholders = new Map<Location, Location>();
    for (const d of this.deferredLocs) {
      const attr = this.attrAliases.get(d.alias);
      if (!attr) this.failAt(d.offset, 'operation location alias was never defined');
      if (!(attr instanceof Location)) this.failAt(d.offset, `expected location, but found '${String(attr)}'`);
      if (d.target instanceof Location) placeholders.set(d.target, attr);
      else d.target.location = attr;
    }
    if (placeholders.size === 0) return;
    for (const op of top) {
      op.walk((o) => {
        o.location = placeholders.get(o.location) ?? o.location;
        for (const r of o.regions) for (const b of r.blocks) for (const a of b.arguments) a.location = placeholders.get(a.location) ?? a.location;
      });
    }
  }

  // ---- SSA uses

  /** `%a, %b#1` or nothing. */
  parseOptionalSSAUseList(): UnresolvedOperand[] {
    const out: UnresolvedOperand[] = [];
    if (this.kind !== Tok.PercentId) return out;
    // commaList's loop written out: a closure per op showed in allocation profiles.
    do out.push(this.parseSSAUse());
    while (this.consumeIf(Tok.Comma));
    return out;
  }

  /** `%name` or `%name#N`. */
  parseSSAUse(allowResultNumber = true): UnresolvedOperand {
    if (this.kind !== Tok.PercentId) this.failWrongToken('expected SSA operand');
    const offset = this.offset;
    const name = this.image;
    this.consume();
    let resultNumber = 0;
    if (this.peekKind(0) === Tok.HashId) {
      if (!allowResultNumber) this.fail('result number not allowed in argument list');
      resultNumber = this.resultNumberSuffix();
    }
    return { name, resultNumber, offset };
  }

  /** `%a, %b : t1, t2` or nothing (successor operands). */
  parseOptionalSSAUseAndTypeList(): Value[] {
    const uses = this.parseOptionalSSAUseList();
    if (uses.length === 0) return [];
    this.expect(Tok.Colon, "expected ':' in operand list");
    const types: ReturnType<typeof parseType>[] = [];
    this.commaList(null, null, () => types.push(parseType(this)));
    if (uses.length !== types.length) this.fail(`expected ${uses.length} types to match operand list`);
    return uses.map((u, i) => this.resolveSSAUse(u, types[i]));
  }

  /** `^name` */
  parseSuccessor(): Block {
    const t = this.tok;
    if (t.kind !== Tok.CaretId) this.failWrongToken('expected block name');
    this.consume();
    return this.getBlockNamed(t.image, t.offset);
  }

  // ---- regions and blocks

  /** `{ blocks }`; entry arguments with names are defined in the entry block. */
  parseRegion(region: Region, entryArgs: readonly ParsedArgument[], isolatedNameScope: boolean): void {
    this.expect(Tok.LBrace, "expected '{' to begin a region");
    // `nested` written out: a closure per region showed in allocation profiles.
    if (this.depth >= MAX_NESTING) this.fail(`exceeded maximum nesting depth of ${MAX_NESTING}`);
    this.depth++;
    try {
      if (entryArgs.length || this.kind !== Tok.RBrace) this.parseRegionBody(region, entryArgs, isolatedNameScope);
    } finally {
      this.depth--;
    }
    this.consume();
  }

  private parseRegionBody(region: Region, entryArgs: readonly ParsedArgument[], isolated: boolean): void {
    this.pushScope(isolated);
    const block = new Block();
    if (entryArgs.length && entryArgs[0].ssa.name !== '') {
      if (this.kind === Tok.CaretId) this.fail('invalid block name in region with named arguments');
      for (const arg of entryArgs) {
        const prior = this.referenceOffset(arg.ssa.name, arg.ssa.resultNumber);
        if (prior !== undefined) {
          this.failWithNote(arg.ssa.offset, `region entry argument '${arg.ssa.name}' is already in use`, 'previously referenced here', prior);
        }
        const value = block.addArgument(arg.type!, arg.location ?? this.locationAt(arg.ssa.offset));
        this.addDefinition(arg.ssa, value);
      }
    }
    const entry = this.parseBlock(block);
    if (entryArgs.length && entry.arguments.length > entryArgs.length) this.fail('entry block arguments were already defined');
    region.push(entry);
    while (this.kind !== Tok.RBrace) region.push(this.parseBlock(null));
    this.popScope();
  }

  /** block ::= block-label? operation*, where only the entry block may omit its label. */
  private parseBlock(existing: Block | null): Block {
    if (existing && this.kind !== Tok.CaretId) {
      this.parseBlockBody(existing);
      return existing;
    }
    const t = this.tok;
    if (t.kind !== Tok.CaretId) this.failWrongToken('expected block name');
    this.consume();
    const block = this.defineBlock(t.image, t.offset, existing);
    if (this.kind === Tok.LParen) this.parseBlockArgList(block);
    this.expect(Tok.Colon, "expected ':' after block name");
    this.parseBlockBody(block);
    return block;
  }

  private parseBlockBody(block: Block): void {
    while (this.kind !== Tok.CaretId && this.kind !== Tok.RBrace) this.parseOperation(block);
  }

  /** `(%a: t loc(...), ...)` after a block label. */
  private parseBlockArgList(block: Block): void {
    const definingExisting = block.arguments.length !== 0;
    let next = 0;
    this.commaList(Tok.LParen, Tok.RParen, () => {
      const use = this.parseSSAUse();
      this.expect(Tok.Colon, "expected ':' and type for SSA operand");
      const type = parseType(this);
      let arg: BlockArgument;
      if (definingExisting) {
        if (next >= block.arguments.length) this.fail('too many arguments specified in argument list');
        arg = block.arguments[next++];
        if (arg.type !== type) this.fail('argument and block argument type mismatch');
      } else {
        arg = block.addArgument(type, this.locationAt(use.offset));
      }
      this.parseTrailingLocation(arg);
      this.addDefinition(use, arg);
    });
  }
}
