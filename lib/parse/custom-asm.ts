// The OpAsmParser handed to custom op parse hooks: MLIR's CustomOpAsmParser over our token stream.
import { Tok } from './lexer.js';
import { parseAttribute, parseAttributeDict, parseOptionalAttribute, symbolName } from './attributes.js';
import { parseFunctionResultTypes, parseOptionalType, parseType, parseTypeListNoParens, parseTypeListParens } from './types.js';
import { isHexInteger, unescapeString } from './literals.js';
import { ParseFailure, type OpAsmParser, type ParsedArgument, type Punctuation, type UnresolvedOperand } from '../ir/op-asm-parser.js';
import { DictionaryAttr, StringAttr, SymbolRefAttr, type Attribute, type NamedAttribute } from '../ir/attributes.js';
import { FunctionType, type Type } from '../ir/types.js';
import type { OperationParser, ResultCounts } from './operations.js';
import type { MLIRContext } from '../ir/context.js';
import type { Location } from '../ir/location.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { Value } from '../ir/value.js';

const PUNCT: Record<Punctuation, Tok | null> = {
  ',': Tok.Comma, ':': Tok.Colon, '(': Tok.LParen, ')': Tok.RParen, '[': Tok.LSquare, ']': Tok.RSquare, '{': Tok.LBrace,
  '}': Tok.RBrace, '<': Tok.Less, '>': Tok.Greater, '=': Tok.Equal, '->': Tok.Arrow, '?': Tok.Question, '*': Tok.Star,
  '+': Tok.Plus, '-': Tok.Minus, '...': Tok.Ellipsis, '|': Tok.VBar, '::': null,
};

/** What the optional dictionaries give when absent (most ops have none): shared, read-only. */
const NO_ATTRIBUTES: readonly NamedAttribute[] = [];

/** The message MLIR uses when an expected punctuation token is missing. */
const PUNCT_MESSAGE: Partial<Record<Punctuation, string>> = { '->': "expected '->'", '...': "expected '...'" };

/** Runs an op's custom parser against the shared OperationParser; errors it reports are prefixed `custom op 'name'`. */
export class CustomOpAsmParser implements OpAsmParser {
  constructor(
    private readonly p: OperationParser,
    readonly opName: string,
    readonly nameOffset: number,
    readonly resultGroups: ResultCounts,
  ) {}

  get context(): MLIRContext {
    return this.p.context;
  }
  /** How many results the text binds (`%a, %b:2 = ...` binds 3). */
  get numResults(): number {
    return this.resultGroups.reduce((n, g) => n + g.count, 0);
  }
  currentOffset(): number {
    return this.p.offset;
  }
  locationAt(offset: number): Location {
    return this.p.locationAt(offset);
  }
  error(offset: number, message: string): Error {
    this.p.emitError(offset, `custom op '${this.opName}' ${message}`);
    return new ParseFailure(message);
  }
  /** Reports `message` (prefixed) at `offset` and aborts. */
  fail(offset: number, message: string): never {
    throw this.error(offset, message);
  }

  parsePunct(punct: Punctuation): void {
    if (!this.parseOptionalPunct(punct)) this.p.failWrongToken(PUNCT_MESSAGE[punct] ?? `expected '${punct}'`);
  }
  parseOptionalPunct(punct: Punctuation): boolean {
    const kind = PUNCT[punct];
    if (kind === null) {
      if (this.p.kind !== Tok.Colon || this.p.peekKind(1) !== Tok.Colon) return false;
      this.p.consume();
      this.p.consume();
      return true;
    }
    return this.p.consumeIf(kind);
  }
  parseKeyword(expected?: string): string {
    const got = this.parseOptionalKeyword(expected);
    if (got === undefined) this.fail(this.p.offset, expected ? `expected '${expected}'` : 'expected valid keyword');
    return got;
  }
  parseOptionalKeyword(expected?: string | readonly string[]): string | undefined {
    // Formats ask for optional keywords on every op (`overflow` in arith's): decide by the
    // token's kind and length before slicing its spelling, and make no token object.
    const p = this.p;
    if (p.kind !== Tok.BareId) return undefined;
    if (typeof expected === 'string') {
      if (!p.isKeyword(expected)) return undefined;
      p.consume();
      return expected;
    }
    const image = p.image;
    if (expected !== undefined && !expected.includes(image)) return undefined;
    p.consume();
    return image;
  }
  parseString(): string {
    const s = this.parseOptionalString();
    if (s === undefined) this.fail(this.p.offset, 'expected string');
    return s;
  }
  parseOptionalString(): string | undefined {
    if (this.p.kind !== Tok.String) return undefined;
    return unescapeString(this.p.take().image);
  }
  parseKeywordOrString(): string {
    const k = this.parseOptionalKeyword() ?? this.parseOptionalString();
    if (k === undefined) this.p.fail('expected keyword or string');
    return k;
  }
  parseInteger(): bigint {
    const v = this.parseOptionalInteger();
    if (v === undefined) this.fail(this.p.offset, 'expected integer value');
    return v;
  }
  parseOptionalInteger(): bigint | undefined {
    const p = this.p;
    if (p.isKeyword('true') || p.isKeyword('false')) return p.take().image === 'true' ? 1n : 0n;
    if (p.kind !== Tok.Integer && p.kind !== Tok.Minus) return undefined;
    const negative = p.consumeIf(Tok.Minus);
    const t = p.expectTake(Tok.Integer, 'expected integer value');
    const v = BigInt(t.image);
    return negative ? -v : v;
  }
  parseFloat(): number {
    const p = this.p;
    const negative = p.consumeIf(Tok.Minus);
    const t = p.tok;
    if (t.kind === Tok.Float) {
      p.consume();
      return negative ? -Number(t.image) : Number(t.image);
    }
    if (t.kind === Tok.Integer && isHexInteger(t.image)) {
      p.consume();
      return Number(BigInt(t.image));
    }
    return p.fail('expected floating point literal');
  }

  parseType(): Type {
    return parseType(this.p);
  }
  parseOptionalType(): Type | undefined {
    return parseOptionalType(this.p);
  }
  parseColonType(): Type {
    this.parsePunct(':');
    return parseType(this.p);
  }
  parseColonTypeList(): Type[] {
    this.parsePunct(':');
    return parseTypeListNoParens(this.p);
  }
  parseOptionalColonTypeList(): Type[] {
    if (!this.parseOptionalPunct(':')) return [];
    return parseTypeListNoParens(this.p);
  }
  parseTypeList(): Type[] {
    return parseTypeListNoParens(this.p);
  }
  parseOptionalArrowTypeList(): Type[] | undefined {
    if (!this.parseOptionalPunct('->')) return undefined;
    return parseFunctionResultTypes(this.p);
  }
  parseFunctionType(): { inputs: Type[]; results: Type[] } {
    const inputs = parseTypeListParens(this.p);
    this.parsePunct('->');
    return { inputs, results: parseFunctionResultTypes(this.p) };
  }
  /** A type that must be a function type (`: (i32) -> i32` in formats such as func.call_indirect). */
  parseFunctionTypeValue(): FunctionType {
    const at = this.p.offset;
    const t = parseType(this.p);
    if (!(t instanceof FunctionType)) this.fail(at, `invalid kind of type specified: expected builtin.function, but found ${quote(t)}`);
    return t;
  }

  parseAttribute(type?: Type): Attribute {
    return parseAttribute(this.p, type);
  }
  parseOptionalAttribute(type?: Type): Attribute | undefined {
    return parseOptionalAttribute(this.p, type);
  }
  parseSymbolRefAttr(flat = false): SymbolRefAttr {
    const at = this.p.offset;
    const attr = parseAttribute(this.p);
    if (!(attr instanceof SymbolRefAttr) || (flat && !attr.isFlat)) this.fail(at, 'invalid kind of attribute specified');
    return attr;
  }
  parseOptionalAttrDict(): readonly NamedAttribute[] {
    return this.p.kind === Tok.LBrace ? parseAttributeDict(this.p) : NO_ATTRIBUTES;
  }
  parseOptionalAttrDictWithKeyword(): readonly NamedAttribute[] {
    if (!this.p.consumeKeyword('attributes')) return NO_ATTRIBUTES;
    return parseAttributeDict(this.p);
  }
  parseOptionalPropDict(): readonly NamedAttribute[] {
    if (this.p.kind !== Tok.Less) return NO_ATTRIBUTES;
    this.p.consume();
    const at = this.p.offset;
    const attr = parseAttribute(this.p);
    if (!(attr instanceof DictionaryAttr)) return this.fail(at, 'expected a dictionary of properties');
    this.p.expect(Tok.Greater, "expected '>' to close properties");
    return attr.entries;
  }
  parseSymbolName(): string {
    const name = this.parseOptionalSymbolName();
    if (name === undefined) this.fail(this.p.offset, "expected valid '@'-identifier for symbol name");
    return name;
  }
  parseOptionalSymbolName(): string | undefined {
    if (this.p.kind !== Tok.AtId) return undefined;
    return symbolName(this.p.take().image);
  }
  /** `@name` as the StringAttr MLIR stores for symbol names. */
  parseSymbolNameAttr(): StringAttr {
    return StringAttr.get(this.context, this.parseSymbolName());
  }
  parseOptionalLocationSpecifier(): Location | undefined {
    return this.p.parseOptionalLocation();
  }

  parseOperand(): UnresolvedOperand {
    return this.p.parseSSAUse();
  }
  parseOptionalOperand(): UnresolvedOperand | undefined {
    return this.p.kind === Tok.PercentId ? this.p.parseSSAUse() : undefined;
  }
  parseOperandList(delimiter?: 'paren' | 'square' | 'optional-paren' | 'optional-square'): UnresolvedOperand[] {
    const p = this.p;
    const out: UnresolvedOperand[] = [];
    if (delimiter === undefined) {
      if (p.kind !== Tok.PercentId) return out;
      p.commaList(null, null, () => out.push(p.parseSSAUse()));
      return out;
    }
    const square = delimiter === 'square' || delimiter === 'optional-square';
    const open = square ? Tok.LSquare : Tok.LParen;
    if (delimiter.startsWith('optional') && p.kind !== open) return out;
    p.commaList(open, square ? Tok.RSquare : Tok.RParen, () => out.push(p.parseSSAUse()), ' in operand list');
    return out;
  }
  resolveOperand(operand: UnresolvedOperand, type: Type): Value {
    return this.p.resolveSSAUse(operand, type);
  }
  resolveOperands(operands: readonly UnresolvedOperand[], types: readonly Type[], offset: number): Value[] {
    if (operands.length !== types.length) {
      this.fail(offset, `number of operands and types do not match: got ${operands.length} operands and ${types.length} types`);
    }
    return operands.map((o, i) => this.p.resolveSSAUse(o, types[i]));
  }

  parseArgument(allowType: boolean, allowAttrs = false): ParsedArgument {
    const ssa = this.p.parseSSAUse(false);
    const type = allowType ? this.parseColonType() : null;
    const attrs = allowAttrs && this.p.kind === Tok.LBrace ? parseAttributeDict(this.p) : [];
    const location = this.p.parseOptionalLocation() ?? null;
    return { ssa, type, attrs: attrs.length ? DictionaryAttr.get(this.context, attrs) : null, location };
  }
  parseOptionalArgument(allowType: boolean, allowAttrs = false): ParsedArgument | undefined {
    return this.p.kind === Tok.PercentId ? this.parseArgument(allowType, allowAttrs) : undefined;
  }
  parseArgumentList(delimiter: 'paren' | 'square' | 'optional-paren', allowType: boolean, allowAttrs = false): ParsedArgument[] {
    const p = this.p;
    const out: ParsedArgument[] = [];
    const open = delimiter === 'square' ? Tok.LSquare : Tok.LParen;
    if (delimiter === 'optional-paren' && p.kind !== open) return out;
    p.commaList(open, delimiter === 'square' ? Tok.RSquare : Tok.RParen, () => out.push(this.parseArgument(allowType, allowAttrs)), ' in argument list');
    return out;
  }
  parseRegion(region: Region, entryArgs: readonly ParsedArgument[] = []): void {
    this.p.parseRegion(region, entryArgs, false);
  }
  parseOptionalRegion(region: Region, entryArgs: readonly ParsedArgument[] = []): boolean {
    if (this.p.kind !== Tok.LBrace) return false;
    this.p.parseRegion(region, entryArgs, false);
    return true;
  }
  parseSuccessor(): Block {
    return this.p.parseSuccessor();
  }
  parseOptionalSuccessor(): Block | undefined {
    return this.p.kind === Tok.CaretId ? this.p.parseSuccessor() : undefined;
  }
  parseSuccessorAndUseList(): { block: Block; operands: Value[] } {
    const block = this.p.parseSuccessor();
    let operands: Value[] = [];
    if (this.p.consumeIf(Tok.LParen)) {
      operands = this.p.parseOptionalSSAUseAndTypeList();
      this.p.expect(Tok.RParen, "expected ')'");
    }
    return { block, operands };
  }
}

function quote(t: Type): string {
  return `'${String(t)}'`;
}
