// Alias selection as MLIR's AliasInitializer: a dry run of the printer records every type and
// attribute in print order; affine maps, integer sets, locations and large tuples get
// `#map`, `#set`, `#loc`, `!tuple` names numbered by (nesting depth, kind, name, first use).
import {
  ComplexType, FunctionType, MemRefType, RankedTensorType, TupleType, type Type, UnrankedMemRefType,
  UnrankedTensorType, VectorType,
} from '../ir/types.js';
import {
  AffineMapAttr, ArrayAttr, type Attribute, DenseElementsAttr, DenseResourceElementsAttr, DictionaryAttr,
  IntegerSetAttr, type NamedAttribute, OpaqueAttr, StringAttr, TypeAttr,
} from '../ir/attributes.js';
import { CallSiteLoc, FusedLoc, Location, NameLoc, UnknownLoc } from '../ir/location.js';
import type { OpAsmPrinter, RegionPrintOptions } from '../ir/op-asm-printer.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { BlockArgument, Value } from '../ir/value.js';
import type { DictionaryAttr as Dict } from '../ir/attributes.js';
import type { MLIRContext } from '../ir/context.js';
import { mergedAttributes } from './op-attrs.js';
import { type AliasLookup, canonicalAttr } from './attr-type.js';
import { IdCache } from './id-cache.js';

interface Entry {
  readonly key: Attribute | Type;
  readonly alias: string | null;
  readonly isType: boolean;
  depth: number;
  deferred: boolean;
  children: number[] | null;
  /** The printed alias (`#map1`), once chosen. */
  name: string | null;
}



/** An alias to define: `name = <key printed in full>`. */
export interface AliasDefinition {
  readonly key: Attribute | Type;
  readonly name: string;
  readonly isType: boolean;
}

/** The chosen aliases: names by object, and the definitions in print order. */
export interface AliasTable {
  readonly names: AliasLookup;
  /** Definitions printed before the top-level op: the object and its alias. */
  readonly leading: AliasDefinition[];
  /** Definitions printed after it (locations only used by ops). */
  readonly trailing: AliasDefinition[];
}

/** The alias prefix the builtin dialect gives an attribute or type, or null. */
function aliasName(key: Attribute | Type, isType: boolean): string | null {
  if (isType) return key instanceof TupleType && key.types.length > 16 ? 'tuple' : null;
  if (key instanceof AffineMapAttr) return 'map';
  if (key instanceof IntegerSetAttr) return 'set';
  if (key instanceof Location) return 'loc';
  return null;
}

/**
 * Walks an operation the way the printer will, recording types and attributes. Implements
 * OpAsmPrinter so that custom op printers drive the walk in their own print order.
 */
export class AliasCollector implements OpAsmPrinter {
  private readonly entries: Entry[] = [];
  private readonly index = new IdCache<Attribute | Type, number>();
  /**
   * Child indices of the entries being visited, on one shared stack (an array per entry
   * would be a million allocations with debug info); `nesting` is how many are open.
   */
  private readonly childStack: number[] = [];
  private nesting = 0;
  /** The deepest child depth seen in the innermost open entry. */
  private maxDepth = 0;

  constructor(
    readonly context: MLIRContext,
    private readonly generic: boolean,
    private readonly debugInfo: boolean,
  ) {}

  // ---- visiting

  private visit(key: Attribute | Type, isType: boolean, deferred: boolean): void {
    const found = this.index.get(key);
    if (found !== undefined) {
      const e = this.entries[found];
      if (!deferred) this.markNonDeferred(found);
      this.record(found, e.depth);
      return;
    }
    const alias = aliasName(key, isType);
    const entry: Entry = { key, alias, isType, depth: alias ? 1 : 0, deferred, children: null, name: null };
    const idx = this.entries.length;
    this.entries.push(entry);
    this.index.set(key, idx);
    const savedMax = this.maxDepth;
    const start = this.childStack.length;
    this.maxDepth = 0;
    this.nesting++;
    if (isType) this.visitTypeContents(key as Type, deferred);
    else this.visitAttrContents(key as Attribute, deferred);
    this.nesting--;
    if (this.childStack.length > start) {
      entry.children = this.childStack.slice(start);
      this.childStack.length = start;
    }
    if (this.maxDepth) entry.depth = this.maxDepth + 1;
    this.maxDepth = savedMax;
    this.record(idx, entry.depth);
  }

  private record(idx: number, depth: number): void {
    if (this.nesting === 0) return;
    this.childStack.push(idx);
    if (depth > this.maxDepth) this.maxDepth = depth;
  }

  private markNonDeferred(idx: number): void {
    const e = this.entries[idx];
    if (!e.deferred) return;
    e.deferred = false;
    if (e.children) for (const c of e.children) this.markNonDeferred(c);
  }

  /** Visits a type and what it contains. */
  type(t: Type, deferred = false): void {
    this.visit(t, true, deferred);
  }

  /** Visits an attribute and what it contains. */
  attr(a: Attribute, deferred = false): void {
    this.visit(canonicalAttr(a), false, deferred);
  }

  private visitTypeContents(t: Type, d: boolean): void {
    if (t instanceof MemRefType) {
      this.type(t.elementType, d);
      if (t.layout && !(t.layout instanceof AffineMapAttr && t.layout.value.isIdentity())) this.attr(t.layout, d);
      if (t.memorySpace) this.attr(t.memorySpace, d);
    } else if (t instanceof RankedTensorType) {
      this.type(t.elementType, d);
      if (t.encoding) this.attr(t.encoding, d);
    } else if (t instanceof UnrankedMemRefType) {
      this.type(t.elementType, d);
      if (t.memorySpace) this.attr(t.memorySpace, d);
    } else if (t instanceof UnrankedTensorType || t instanceof VectorType || t instanceof ComplexType) {
      this.type(t.elementType, d);
    } else if (t instanceof TupleType) {
      for (const e of t.types) this.type(e, d);
    } else if (t instanceof FunctionType) {
      for (const e of t.inputs) this.type(e, d);
      for (const e of t.results) this.type(e, d);
    }
  }

  private visitAttrContents(a: Attribute, d: boolean): void {
    if (a instanceof DictionaryAttr) {
      for (const e of a.entries) this.attr(e.value, d);
    } else if (a instanceof ArrayAttr) {
      for (const e of a.elements) this.attr(e, d);
    } else if (a instanceof TypeAttr) {
      this.type(a.value, d);
    } else if (a instanceof NameLoc) {
      if (a.child && !(a.child instanceof UnknownLoc)) this.attr(a.child, d);
    } else if (a instanceof CallSiteLoc) {
      this.attr(a.callee, d);
      this.attr(a.caller, d);
    } else if (a instanceof FusedLoc) {
      if (a.metadata) this.attr(a.metadata, d);
      for (const l of a.locations) this.attr(l, d);
    } else if (a instanceof StringAttr || a instanceof OpaqueAttr) {
      if (a.type.kind !== 'none') this.type(a.type, d);
    } else if (a instanceof DenseElementsAttr || a instanceof DenseResourceElementsAttr) {
      this.type(a.type, d);
    }
  }

  // ---- the printer walk

  /** Visits an operation as the printer prints it. */
  operation(op: Operation): void {
    if (this.debugInfo) this.attr(op.location, true);
    const info = op.name.info;
    if (!this.generic && info?.print) info.print(op, this);
    else this.genericOp(op);
  }

  private genericOp(op: Operation): void {
    // Indexed loops: for-of over these arrays (some frozen, shared) allocated iterator results
    // per op even in optimized code.
    const regions = op.regions;
    for (let i = 0; i < regions.length; i++) this.region(regions[i], true, true);
    const operands = op.operandSlots;
    for (let i = 0; i < operands.length; i++) this.type(operands[i].value.type);
    const results = op.results;
    for (let i = 0; i < results.length; i++) this.type(results[i].type);
    // MLIR visits the inherent attributes of registered ops only; an unregistered op's
    // properties print without aliases unless they are used elsewhere.
    const attrs = op.isRegistered ? mergedAttributes(op) : op.attributes.entries;
    for (let i = 0; i < attrs.length; i++) this.attr(attrs[i].value);
  }

  private region(r: Region, entryArgs: boolean, terminators: boolean): void {
    const blocks = r.blocks;
    for (let i = 0; i < blocks.length; i++) this.block(blocks[i], i === 0 ? entryArgs : true, i === 0 ? terminators : true);
  }

  private block(b: Block, args: boolean, terminator: boolean): void {
    if (args) {
      for (const a of b.arguments) {
        this.type(a.type);
        if (this.debugInfo) this.attr(a.location);
      }
    }
    const last = terminator || !b.last?.hasTrait('Terminator') ? null : b.last;
    for (let op = b.first; op && op !== last; op = op.next) this.operation(op);
  }

  /**
   * Orders the aliased entries as MLIR does (by depth, types first, then name; ties in
   * first-visit order) and names them. Entries are bucketed by that key rather than sorted
   * with a comparator: with debug info there is one entry per location, a million at 1M ops.
   */
  finish(): AliasTable {
    // depth -> [types by alias name, attributes by alias name]
    const byDepth = new Map<number, [Map<string, Entry[]>, Map<string, Entry[]>]>();
    for (const e of this.entries) {
      if (e.alias === null) continue;
      let level = byDepth.get(e.depth);
      if (!level) byDepth.set(e.depth, (level = [new Map(), new Map()]));
      const group = level[e.isType ? 0 : 1];
      const list = group.get(e.alias);
      if (list) list.push(e);
      else group.set(e.alias, [e]);
    }
    const ordered: Entry[][] = [];
    for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
      for (const group of byDepth.get(depth)!) {
        for (const alias of [...group.keys()].sort()) ordered.push(group.get(alias)!);
      }
    }
    const counts = new Map<string, number>();
    const { index, entries } = this;
    // The collector's own index serves as the name table: a second map of a million
    // locations would double the work.
    const names: AliasLookup = {
      get(key) {
        const i = index.get(key);
        return i === undefined ? undefined : (entries[i].name ?? undefined);
      },
    };
    const table: AliasTable = { names, leading: [], trailing: [] };
    for (const list of ordered) {
      for (const e of list) {
        const n = counts.get(e.alias!) ?? 0;
        counts.set(e.alias!, n + 1);
        e.name = (e.isType ? '!' : '#') + e.alias + (n ? n : '');
        (e.deferred ? table.trailing : table.leading).push(e as AliasDefinition);
      }
    }
    return table;
  }

  // ---- OpAsmPrinter: text is dropped, types and attributes are visited

  write(): void {}
  printNewline(): void {}
  printOperand(): void {}
  printOperands(): void {}
  printType(t: Type): void {
    this.type(t);
  }
  printTypes(ts: readonly Type[]): void {
    for (const t of ts) this.type(t);
  }
  printArrowTypeList(ts: readonly Type[]): void {
    this.printTypes(ts);
  }
  printFunctionalType(inputs: readonly Type[], results: readonly Type[]): void {
    this.printTypes(inputs);
    this.printTypes(results);
  }
  printAttribute(a: Attribute): void {
    this.attr(a);
  }
  printAttributeWithoutType(a: Attribute): void {
    this.attr(a);
  }
  printKeywordOrString(): void {}
  printSymbolName(): void {}
  printOptionalAttrDict(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    for (const e of attrs) if (!elided.includes(e.name)) this.attr(e.value);
  }
  printOptionalAttrDictWithKeyword(attrs: readonly NamedAttribute[], elided: readonly string[] = []): void {
    this.printOptionalAttrDict(attrs, elided);
  }
  printRegionArgument(arg: BlockArgument, _attrs?: Dict | null): void {
    // MLIR does not visit argument attributes here, so maps in them print inline.
    this.type(arg.type);
    if (this.debugInfo) this.attr(arg.location);
  }
  printRegion(region: Region, options: RegionPrintOptions = {}): void {
    this.region(region, options.printEntryBlockArgs ?? true, options.printBlockTerminators ?? true);
  }
  printSuccessor(): void {}
  printSuccessorAndUseList(_block: Block, operands: readonly Value[]): void {
    for (const v of operands) this.type(v.type);
  }
  printGenericOp(op: Operation): void {
    this.genericOp(op);
  }
  printOptionalLocationSpecifier(loc: Location): void {
    if (this.debugInfo) this.attr(loc);
  }
  attributesOf(op: Operation): NamedAttribute[] {
    return mergedAttributes(op);
  }
}
