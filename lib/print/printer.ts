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
import { OutputBuffer } from './output.js';
import { escapeString, keywordOrString, symbolReference } from './text.js';

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
  private readonly out: OutputBuffer;
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
    sink: (chunk: string) => void,
  ) {
    this.out = new OutputBuffer(sink);
  }

  /** Hands all text printed to the sink and ends the print: nothing may be printed after. */
  finish(): void {
    this.out.close();
  }

  /** Prints `op` at the current indentation, with its trailing location, without a newline. */
  fullOperation(op: Operation): void {
    const out = this.out;
    out.write(indentOf(this.indent));
    this.operation(op);
    if (this.debugInfo) {
      out.write(' ');
      out.write(this.at.location(op.location, true));
    }
    out.maybeFlush();
  }

  /** Flushes when the buffer has grown past a chunk. */
  maybeFlush(): void {
    this.out.maybeFlush();
  }

  private operation(op: Operation): void {
    const out = this.out;
    const results = op.results;
    if (results.length) {
      const groups = this.names.groupsOf(op);
      if (groups) {
        for (let i = 0; i < groups.length; i++) {
          const end = i + 1 < groups.length ? groups[i + 1] : results.length;
          if (i) out.write(', ');
          out.write(this.names.valueName(results[groups[i]], false));
          if (end - groups[i] > 1) out.write(`:${end - groups[i]}`);
        }
      } else {
        out.write(this.names.valueName(results[0], false));
        if (results.length > 1) out.write(`:${results.length}`);
      }
      out.write(' = ');
    }
    const info = op.name.info;
    if (!this.generic && info?.print) {
      out.write(this.shownName(op.name));
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
    const out = this.out;
    const names = this.names;
    out.write(quotedName(op.name));
    out.write('(');
    const operands = op.operandSlots;
    for (let i = 0; i < operands.length; i++) {
      if (i) out.write(', ');
      out.write(names.valueName(operands[i].value));
    }
    out.write(')');
    const succ = op.successorSlots;
    if (succ.length) {
      out.write('[');
      for (let i = 0; i < succ.length; i++) {
        if (i) out.write(', ');
        out.write(names.blockName(succ[i].block));
      }
      out.write(']');
    }
    if (op.properties.size) {
      out.write(' <');
      out.write(this.at.attr(op.properties));
      out.write('>');
    }
    const regions = op.regions;
    if (regions.length) {
      out.write(' (');
      for (let i = 0; i < regions.length; i++) {
        if (i) out.write(', ');
        this.region(regions[i], true, true, true);
      }
      out.write(')');
    }
    const attrs = op.attributes;
    if (attrs.size) {
      out.write(' ');
      out.write(this.at.attr(attrs));
    }
    out.write(' : (');
    for (let i = 0; i < operands.length; i++) {
      if (i) out.write(', ');
      out.write(this.at.type(operands[i].value.type));
    }
    out.write(') -> ');
    const results = op.results;
    if (results.length === 1 && results[0].type.kind !== 'function') {
      out.write(this.at.type(results[0].type));
    } else {
      out.write('(');
      for (let i = 0; i < results.length; i++) {
        if (i) out.write(', ');
        out.write(this.at.type(results[i].type));
      }
      out.write(')');
    }
  }

  private region(region: Region, entryArgs: boolean, terminators: boolean, emptyBlock: boolean): void {
    this.out.write('{\n');
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
    this.out.write(indentOf(this.indent));
    this.out.write('}');
  }

  private block(block: Block, header: boolean, terminator: boolean): void {
    const out = this.out;
    if (header) {
      out.write(indentOf(this.indent));
      out.write(this.names.blockName(block));
      const args = block.arguments;
      if (args.length) {
        out.write('(');
        for (let i = 0; i < args.length; i++) {
          if (i) out.write(', ');
          this.printRegionArgument(args[i]);
        }
        out.write(')');
      }
      out.write(':');
      out.write(this.predecessorComment(block));
      out.write('\n');
    }
    this.indent += 2;
    const skip = terminator || !block.last?.hasTrait('Terminator') ? null : block.last;
    for (let op = block.first; op && op !== skip; op = op.next) {
      this.fullOperation(op);
      out.write('\n');
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
    this.out.write(text);
  }
  printNewline(): void {
    this.out.write('\n');
    this.out.write(indentOf(this.indent));
  }
  printOperand(v: Value): void {
    this.out.write(this.names.valueName(v));
  }
  printOperands(vs: readonly Value[]): void {
    for (let i = 0; i < vs.length; i++) {
      if (i) this.out.write(', ');
      this.out.write(this.names.valueName(vs[i]));
    }
  }
  printType(t: Type): void {
    this.out.write(this.at.type(t));
  }
  printTypes(ts: readonly Type[]): void {
    for (let i = 0; i < ts.length; i++) {
      if (i) this.out.write(', ');
      this.out.write(this.at.type(ts[i]));
    }
  }
  printArrowTypeList(ts: readonly Type[]): void {
    if (ts.length === 0) return;
    const wrap = ts.length > 1 || ts[0].kind === 'function';
    this.out.write(wrap ? ' -> (' : ' -> ');
    this.printTypes(ts);
    if (wrap) this.out.write(')');
  }
  printFunctionalType(inputs: readonly Type[], results: readonly Type[]): void {
    this.out.write(this.at.functionType(inputs, results));
  }
  printAttribute(a: Attribute): void {
    this.out.write(this.at.attr(a));
  }
  printAttributeWithoutType(a: Attribute): void {
    this.out.write(this.at.attr(a, Elision.Must));
  }
  printKeywordOrString(s: string): void {
    this.out.write(keywordOrString(s));
  }
  printSymbolName(name: string): void {
    this.out.write(symbolReference(name));
  }
  printOptionalAttrDict(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    this.attrDict(attrs, elided, ' ');
  }
  printOptionalAttrDictWithKeyword(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    this.attrDict(attrs, elided, ' attributes ');
  }
  private attrDict(attrs: readonly NamedAttribute[], elided: readonly string[], keyword: string): void {
    const kept = elided.length ? attrs.filter((e) => !elided.includes(e.name)) : attrs;
    if (kept.length === 0) return;
    this.out.write(keyword);
    this.out.write(this.at.dictionary(kept));
  }
  printRegionArgument(arg: BlockArgument, attrs?: DictionaryAttr | null): void {
    const out = this.out;
    out.write(this.names.valueName(arg));
    out.write(': ');
    out.write(this.at.type(arg.type));
    if (attrs && attrs.size) {
      out.write(' ');
      out.write(this.at.dictionary(attrs.entries));
    }
    if (this.debugInfo) {
      out.write(' ');
      out.write(this.at.location(arg.location, false));
    }
  }
  printRegion(region: Region, options: RegionPrintOptions = {}): void {
    this.region(region, options.printEntryBlockArgs ?? true, options.printBlockTerminators ?? true, options.printEmptyBlock ?? false);
  }
  printSuccessor(block: Block): void {
    this.out.write(this.names.blockName(block));
  }
  printSuccessorAndUseList(block: Block, operands: readonly Value[]): void {
    this.out.write(this.names.blockName(block));
    if (operands.length === 0) return;
    this.out.write('(');
    this.printOperands(operands);
    this.out.write(' : ');
    for (let i = 0; i < operands.length; i++) {
      if (i) this.out.write(', ');
      this.out.write(this.at.type(operands[i].type));
    }
    this.out.write(')');
  }
  printOptionalLocationSpecifier(loc: Location): void {
    if (this.debugInfo) {
      this.out.write(' ');
      this.out.write(this.at.location(loc, true));
    }
  }
  attributesOf(op: Operation): NamedAttribute[] {
    return mergedAttributes(op);
  }
}
