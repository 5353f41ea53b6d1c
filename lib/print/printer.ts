// The operation printer: MLIR's OperationPrinter for the generic and custom forms, with
// SSA names, block labels and predecessor comments, indentation and trailing locations.
import type { MLIRContext, OperationName } from '../ir/context.js';
import type { Type } from '../ir/types.js';
import type { Attribute, DictionaryAttr, NamedAttribute } from '../ir/attributes.js';
import type { Location } from '../ir/location.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { BlockArgument, Value } from '../ir/value.js';
import type { OpAsmPrinter, RegionPrintOptions } from '../ir/op-asm-printer.js';
import { AttrTypePrinter, Elision } from './attr-type.js';
import type { SSANameState } from './names.js';
import { mergedAttributes } from './op-attrs.js';
import { escapeString, keywordOrString, symbolReference } from './text.js';

/** The text buffer is flushed into chunks at this size, so no string grows without bound. */
const CHUNK = 1 << 16;

const indents: string[] = [''];
function indentOf(n: number): string {
  while (indents.length <= n) indents.push(' '.repeat(indents.length));
  return indents[n];
}

const quotedNames = new WeakMap<OperationName, string>();
/** `"dialect.op"`, cached per interned name. */
function quotedName(name: OperationName): string {
  let q = quotedNames.get(name);
  if (q === undefined) quotedNames.set(name, (q = escapeString(name.name)));
  return q;
}

/** Prints operations, handing the text to a sink in chunks; one instance per print. */
export class OperationPrinter implements OpAsmPrinter {
  private buf = '';
  private indent = 0;
  /** The dialect whose prefix may be dropped from op names, per enclosing region. */
  private readonly defaultDialects: string[] = ['builtin'];
  /** Op names as last shown, with the default dialect they were shown under (no string work per op). */
  private readonly shownNames = new Map<OperationName, { readonly dialect: string; readonly text: string }>();

  constructor(
    readonly context: MLIRContext,
    readonly at: AttrTypePrinter,
    private readonly names: SSANameState,
    private readonly generic: boolean,
    private readonly debugInfo: boolean,
    /** Receives the text in chunks of about 64K characters, in order. */
    private readonly sink: (chunk: string) => void,
  ) {}

  /**
   * Hands the buffer to the sink. `+=` builds a rope whose nodes would otherwise live until
   * the final join; converting it to a number makes V8 flatten it in place now, while its
   * nodes are still young garbage (the trick of the `flatstr` package).
   */
  flush(): void {
    if (this.buf === '') return;
    void Number(this.buf);
    this.sink(this.buf);
    this.buf = '';
  }

  /** Prints `op` at the current indentation, with its trailing location, without a newline. */
  fullOperation(op: Operation): void {
    this.buf += indentOf(this.indent);
    this.operation(op);
    if (this.debugInfo) this.buf += ' ' + this.at.location(op.location, true);
    this.maybeFlush();
  }

  /** Flushes when the buffer has grown past a chunk. */
  maybeFlush(): void {
    if (this.buf.length > CHUNK) this.flush();
  }

  private operation(op: Operation): void {
    const results = op.results;
    if (results.length) {
      const groups = this.names.groupsOf(op);
      if (groups) {
        for (let i = 0; i < groups.length; i++) {
          const end = i + 1 < groups.length ? groups[i + 1] : results.length;
          if (i) this.buf += ', ';
          this.buf += this.names.valueName(results[groups[i]], false);
          if (end - groups[i] > 1) this.buf += `:${end - groups[i]}`;
        }
      } else {
        this.buf += this.names.valueName(results[0], false);
        if (results.length > 1) this.buf += `:${results.length}`;
      }
      this.buf += ' = ';
    }
    const info = op.name.info;
    if (!this.generic && info?.print) {
      this.buf += this.shownName(op.name);
      info.print(op, this);
      return;
    }
    this.printGenericOp(op);
  }

  /** The op name as the custom form shows it: without the enclosing default dialect's prefix. */
  private shownName(opName: OperationName): string {
    const dd = this.defaultDialects[this.defaultDialects.length - 1];
    const cached = this.shownNames.get(opName);
    if (cached !== undefined && cached.dialect === dd) return cached.text;
    const name = opName.name;
    const dot = name.indexOf('.');
    const strip = dd !== '' && dot === dd.length && name.startsWith(dd) && name.indexOf('.', dot + 1) < 0;
    const text = strip ? name.slice(dot + 1) : name;
    this.shownNames.set(opName, { dialect: dd, text });
    return text;
  }

  printGenericOp(op: Operation): void {
    let s = quotedName(op.name) + '(';
    const operands = op.operandSlots;
    for (let i = 0; i < operands.length; i++) s += (i ? ', ' : '') + this.names.valueName(operands[i].value);
    s += ')';
    const succ = op.successorSlots;
    if (succ.length) {
      s += '[';
      for (let i = 0; i < succ.length; i++) s += (i ? ', ' : '') + this.names.blockName(succ[i].block);
      s += ']';
    }
    if (op.properties.size) s += ` <${this.at.attr(op.properties)}>`;
    this.buf += s;
    const regions = op.regions;
    if (regions.length) {
      this.buf += ' (';
      for (let i = 0; i < regions.length; i++) {
        if (i) this.buf += ', ';
        this.region(regions[i], true, true, true);
      }
      this.buf += ')';
    }
    s = '';
    const attrs = op.attributes;
    if (attrs.size) s += ' ' + this.at.attr(attrs);
    s += ' : (';
    for (let i = 0; i < operands.length; i++) s += (i ? ', ' : '') + this.at.type(operands[i].value.type);
    s += ') -> ';
    const results = op.results;
    if (results.length === 1 && results[0].type.kind !== 'function') {
      s += this.at.type(results[0].type);
    } else {
      s += '(';
      for (let i = 0; i < results.length; i++) s += (i ? ', ' : '') + this.at.type(results[i].type);
      s += ')';
    }
    this.buf += s;
  }

  private region(region: Region, entryArgs: boolean, terminators: boolean, emptyBlock: boolean): void {
    this.buf += '{\n';
    const blocks = region.blocks;
    if (blocks.length) {
      const parent = region.parent;
      this.defaultDialects.push(parent?.name.info?.defaultDialect ?? '');
      const entry = blocks[0];
      const header = (emptyBlock && entry.empty) || (entryArgs && entry.arguments.length !== 0);
      this.block(entry, header, terminators);
      for (let i = 1; i < blocks.length; i++) this.block(blocks[i], true, true);
      this.defaultDialects.pop();
    }
    this.buf += indentOf(this.indent) + '}';
  }

  private block(block: Block, header: boolean, terminator: boolean): void {
    if (header) {
      let s = indentOf(this.indent) + this.names.blockName(block);
      const args = block.arguments;
      if (args.length) {
        s += '(';
        for (let i = 0; i < args.length; i++) {
          const a = args[i];
          s += (i ? ', ' : '') + this.names.valueName(a) + ': ' + this.at.type(a.type);
          if (this.debugInfo) s += ' ' + this.at.location(a.location, false);
        }
        s += ')';
      }
      s += ':' + this.predecessorComment(block) + '\n';
      this.buf += s;
    }
    this.indent += 2;
    const skip = terminator || !block.last?.hasTrait('Terminator') ? null : block.last;
    for (let op = block.first; op && op !== skip; op = op.next) {
      this.fullOperation(op);
      this.buf += '\n';
    }
    this.indent -= 2;
  }

  private predecessorComment(block: Block): string {
    if (!block.parent) return '  // block is not in a region!';
    const preds = block.predecessors;
    if (preds.length === 0) return block.parent.blocks[0] === block ? '' : '  // no predecessors';
    const blocks = preds.map((op) => op.parent).filter((b): b is Block => b !== null);
    if (blocks.length === 1) return `  // pred: ${this.names.blockName(blocks[0])}`;
    blocks.sort((x, y) => this.names.blockOrdering(x) - this.names.blockOrdering(y));
    return `  // ${blocks.length} preds: ${blocks.map((b) => this.names.blockName(b)).join(', ')}`;
  }

  // ---- OpAsmPrinter

  write(text: string): void {
    this.buf += text;
  }
  printNewline(): void {
    this.buf += '\n' + indentOf(this.indent);
  }
  printOperand(v: Value): void {
    this.buf += this.names.valueName(v);
  }
  printOperands(vs: readonly Value[]): void {
    for (let i = 0; i < vs.length; i++) this.buf += (i ? ', ' : '') + this.names.valueName(vs[i]);
  }
  printType(t: Type): void {
    this.buf += this.at.type(t);
  }
  printTypes(ts: readonly Type[]): void {
    this.buf += this.at.typeList(ts);
  }
  printArrowTypeList(ts: readonly Type[]): void {
    if (ts.length === 0) return;
    const wrap = ts.length > 1 || ts[0].kind === 'function';
    this.buf += wrap ? ` -> (${this.at.typeList(ts)})` : ` -> ${this.at.type(ts[0])}`;
  }
  printFunctionalType(inputs: readonly Type[], results: readonly Type[]): void {
    this.buf += this.at.functionType(inputs, results);
  }
  printAttribute(a: Attribute): void {
    this.buf += this.at.attr(a);
  }
  printAttributeWithoutType(a: Attribute): void {
    this.buf += this.at.attr(a, Elision.Must);
  }
  printKeywordOrString(s: string): void {
    this.buf += keywordOrString(s);
  }
  printSymbolName(name: string): void {
    this.buf += symbolReference(name);
  }
  printOptionalAttrDict(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    this.attrDict(attrs, elided, '');
  }
  printOptionalAttrDictWithKeyword(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    this.attrDict(attrs, elided, ' attributes');
  }
  private attrDict(attrs: readonly NamedAttribute[], elided: readonly string[], keyword: string): void {
    const kept = elided.length ? attrs.filter((e) => !elided.includes(e.name)) : attrs;
    if (kept.length) this.buf += `${keyword} ${this.at.dictionary(kept)}`;
  }
  printRegionArgument(arg: BlockArgument, attrs?: DictionaryAttr | null): void {
    this.buf += this.names.valueName(arg) + ': ' + this.at.type(arg.type);
    if (attrs && attrs.size) this.buf += ' ' + this.at.dictionary(attrs.entries);
    if (this.debugInfo) this.buf += ' ' + this.at.location(arg.location, false);
  }
  printRegion(region: Region, options: RegionPrintOptions = {}): void {
    this.region(region, options.printEntryBlockArgs ?? true, options.printBlockTerminators ?? true, options.printEmptyBlock ?? false);
  }
  printSuccessor(block: Block): void {
    this.buf += this.names.blockName(block);
  }
  printSuccessorAndUseList(block: Block, operands: readonly Value[]): void {
    this.buf += this.names.blockName(block);
    if (operands.length === 0) return;
    this.buf += '(';
    this.printOperands(operands);
    this.buf += ` : ${this.at.typeList(operands.map((v) => v.type))})`;
  }
  printOptionalLocationSpecifier(loc: Location): void {
    if (this.debugInfo) this.buf += ' ' + this.at.location(loc, true);
  }
  attributesOf(op: Operation): NamedAttribute[] {
    return mergedAttributes(op);
  }
}
