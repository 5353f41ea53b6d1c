// Operation: the one generic IR node; registered ops are views over it, unregistered ops use it as is.
import { OpOperand, OpResult, BlockOperand, type Value } from './value.js';
import { Region } from './region.js';
import { Block } from './block.js';
import { DictionaryAttr, type Attribute, type NamedAttribute } from './attributes.js';
import { Diagnostic, type Severity } from '../diag/diagnostic.js';
import { IRMapping } from './mapping.js';
import { emptyObjectList } from './lists.js';
import { walkOperations, type WalkOrder, type WalkResult } from './walk.js';
import type { MLIRContext, OperationName } from './context.js';
import type { Location } from './location.js';
import type { Type } from './types.js';

/**
 * The shared empty list of operands, results, regions or successors. Not frozen, though
 * shared: the fields are readonly arrays to TypeScript, and V8 (Node 20) iterates a frozen
 * array with for-of about 3x slower and allocating, in every loop over an op's lists.
 */
const NONE: readonly never[] = emptyObjectList<never>();

/**
 * The operand slots of `owner` for `values`. Short lists, nearly all of them, are array literals
 * of exact length (see emptyObjectList: one element kind for the loops over them); longer ones
 * are exact and "holey". Loops over op lists ran about 2% of a round trip's instructions faster.
 */
function operandSlotsOf(owner: Operation, values: readonly Value[]): readonly OpOperand[] {
  const n = values.length;
  if (n === 0) return NONE;
  if (n === 1) return [new OpOperand(owner, 0, values[0])];
  if (n === 2) return [new OpOperand(owner, 0, values[0]), new OpOperand(owner, 1, values[1])];
  if (n === 3) return [new OpOperand(owner, 0, values[0]), new OpOperand(owner, 1, values[1]), new OpOperand(owner, 2, values[2])];
  const slots = new Array<OpOperand>(n);
  for (let i = 0; i < n; i++) slots[i] = new OpOperand(owner, i, values[i]);
  return slots;
}

/** The results of `owner`, of `types`: packed literals when short, as `operandSlotsOf`. */
function resultsOf(owner: Operation, types: readonly Type[]): readonly OpResult[] {
  const n = types.length;
  if (n === 0) return NONE;
  if (n === 1) return [new OpResult(types[0], owner, 0)];
  if (n === 2) return [new OpResult(types[0], owner, 0), new OpResult(types[1], owner, 1)];
  const results = new Array<OpResult>(n);
  for (let i = 0; i < n; i++) results[i] = new OpResult(types[i], owner, i);
  return results;
}

/** The successor slots of `owner` for `blocks`. */
function successorSlotsOf(owner: Operation, blocks: readonly Block[]): readonly BlockOperand[] {
  const n = blocks.length;
  if (n === 0) return NONE;
  if (n === 1) return [new BlockOperand(owner, 0, blocks[0])];
  const slots = new Array<BlockOperand>(n);
  for (let i = 0; i < n; i++) slots[i] = new BlockOperand(owner, i, blocks[i]);
  return slots;
}

/** What `Operation.create` needs. Regions are moved into the op; a number creates empty ones. */
export interface OperationInit {
  name: OperationName | string;
  location: Location;
  operands?: readonly Value[];
  resultTypes?: readonly Type[];
  properties?: DictionaryAttr | readonly NamedAttribute[];
  attributes?: DictionaryAttr | readonly NamedAttribute[];
  regions?: number | readonly Region[];
  successors?: readonly Block[];
}

/** A generic operation: name, operands, results, properties, attributes, regions, successors. */
export class Operation {
  // Fields are declared and assigned in the constructor, not defined as class fields: a
  // parse creates an op per line, and define semantics costs a store per field per object.
  declare readonly name: OperationName;
  /**
   * The location, or for a parsed op whose location was not asked for yet, the position of its
   * name in the source (see MLIRContext.reservePositions): most parsed ops' locations are never
   * read, and a location made for each was one more object per op for the GC to copy.
   */
  private declare locationOrPosition: Location | number;
  /** Operand slots; replaced, never mutated in place, so ops without operands can share one empty array. */
  declare operandSlots: readonly OpOperand[];
  declare readonly results: readonly OpResult[];
  /** Inherent attributes (MLIR's properties), printed as `<{...}>` in the generic form. */
  declare properties: DictionaryAttr;
  /** Discardable attributes, printed as `{...}`. */
  declare attributes: DictionaryAttr;
  declare readonly regions: readonly Region[];
  declare successorSlots: readonly BlockOperand[];
  declare parent: Block | null;
  declare prev: Operation | null;
  declare next: Operation | null;
  /** @internal Position in the parent block, valid while the block's order cache is. */
  declare orderIndex: number;
  /**
   * @internal The greedy rewrite driver's worklist mark: its run's token while the op is queued.
   * A field, not a Set of ops: membership tests on 100k ops were a quarter of canonicalize's cycles.
   */
  declare worklistMark: number;

  /**
   * Creates a detached operation from its parts: what `create` does without an init object, as
   * the parser does, one op per line. `location` may be a position of the context's (see
   * MLIRContext.reservePositions). Regions are moved into the op; the lists are not kept.
   */
  constructor(
    name: OperationName,
    location: Location | number,
    properties: DictionaryAttr,
    attributes: DictionaryAttr,
    operands: readonly Value[],
    resultTypes: readonly Type[],
    regions: readonly Region[],
    successors: readonly Block[],
  ) {
    // Checked before the operands become uses, so that a refused region leaves no trace.
    for (let i = 0; i < regions.length; i++) if (regions[i].parent) throw new Error('region already belongs to an operation');
    this.name = name;
    this.locationOrPosition = location;
    this.operandSlots = operandSlotsOf(this, operands);
    this.results = resultsOf(this, resultTypes);
    this.properties = properties;
    this.attributes = attributes;
    // Regions are moved in: the list is copied (exact length), its regions adopted below.
    this.regions = regions.length ? regions.slice() : NONE;
    this.successorSlots = successorSlotsOf(this, successors);
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.orderIndex = 0;
    this.worklistMark = 0;
    for (let i = 0; i < regions.length; i++) regions[i].parent = this;
  }

  /** Creates a detached operation. */
  static create(init: OperationInit): Operation {
    const ctx = init.location.context;
    const name = typeof init.name === 'string' ? ctx.getOperationName(init.name) : init.name;
    const regions = typeof init.regions === 'number' ? Array.from({ length: init.regions }, () => new Region()) : (init.regions ?? NONE);
    return new Operation(
      name,
      init.location,
      asDictionary(ctx, init.properties),
      asDictionary(ctx, init.attributes),
      init.operands ?? NONE,
      init.resultTypes ?? NONE,
      regions,
      init.successors ?? NONE,
    );
  }

  get context(): MLIRContext {
    return this.name.context;
  }

  /** Where the op comes from; a parsed op's is made when first asked for. */
  get location(): Location {
    const l = this.locationOrPosition;
    if (typeof l !== 'number') return l;
    return (this.locationOrPosition = this.context.locationOfPosition(l));
  }
  set location(location: Location) {
    this.locationOrPosition = location;
  }

  // ---- operands and results

  get operands(): Value[] {
    return this.operandSlots.map((o) => o.value);
  }
  get numOperands(): number {
    return this.operandSlots.length;
  }
  operand(i: number): Value {
    return this.operandSlots[i].value;
  }
  setOperand(i: number, v: Value): void {
    this.operandSlots[i].set(v);
  }
  /** Replaces all operands; the count may change. */
  setOperands(values: readonly Value[]): void {
    for (const o of this.operandSlots) o.drop();
    this.operandSlots = operandSlotsOf(this, values);
  }
  get numResults(): number {
    return this.results.length;
  }
  result(i = 0): OpResult {
    return this.results[i];
  }
  get resultTypes(): Type[] {
    return this.results.map((r) => r.type);
  }
  get operandTypes(): Type[] {
    return this.operandSlots.map((o) => o.value.type);
  }

  // ---- successors

  get successors(): Block[] {
    return this.successorSlots.map((s) => s.block);
  }
  setSuccessor(i: number, b: Block): void {
    this.successorSlots[i].set(b);
  }

  // ---- attributes and properties

  /** A discardable attribute, or an inherent one stored as a property. */
  getAttr(name: string): Attribute | undefined {
    return this.properties.get(name) ?? this.attributes.get(name);
  }
  /** Sets a discardable attribute (removes it when `value` is undefined). */
  setAttr(name: string, value: Attribute | undefined): void {
    this.attributes = this.attributes.with(name, value);
  }
  /** Sets `name` where it lives now: a property if it is one (or is declared one), else an attribute. */
  setAttrOrProp(name: string, value: Attribute | undefined): void {
    if (this.properties.has(name) || this.name.info?.propertyNames?.includes(name)) this.setProp(name, value);
    else this.setAttr(name, value);
  }
  getProp(name: string): Attribute | undefined {
    return this.properties.get(name);
  }
  setProp(name: string, value: Attribute | undefined): void {
    this.properties = this.properties.with(name, value);
  }

  // ---- traits and structure

  hasTrait(trait: string): boolean {
    return this.name.hasTrait(trait);
  }
  get isRegistered(): boolean {
    return this.name.isRegistered;
  }
  get parentRegion(): Region | null {
    return this.parent?.parent ?? null;
  }
  /** The op whose region holds this op, or null at the top. */
  get parentOp(): Operation | null {
    return this.parent?.parent?.parent ?? null;
  }
  /** The closest enclosing op (not this one) that satisfies `pred`. */
  parentWhere(pred: (op: Operation) => boolean): Operation | null {
    for (let p = this.parentOp; p; p = p.parentOp) if (pred(p)) return p;
    return null;
  }
  /** True when `other` is this op or nested inside it. */
  isAncestor(other: Operation): boolean {
    for (let o: Operation | null = other; o; o = o.parentOp) if (o === this) return true;
    return false;
  }
  isProperAncestor(other: Operation): boolean {
    return other !== this && this.isAncestor(other);
  }
  /** True when this op comes before `other` in the same block. */
  isBeforeInBlock(other: Operation): boolean {
    if (!this.parent || this.parent !== other.parent) throw new Error('isBeforeInBlock: ops are not in the same block');
    this.parent.ensureOrder();
    return this.orderIndex < other.orderIndex;
  }

  // ---- mutation

  /** Unlinks the op from its block; uses are kept. */
  remove(): this {
    this.parent?.unlink(this);
    return this;
  }
  moveBefore(other: Operation): void {
    this.remove();
    other.parent!.insertBefore(this, other);
  }
  moveAfter(other: Operation): void {
    this.remove();
    other.parent!.insertBefore(this, other.next);
  }
  /** Drops this op's uses of values and blocks, and those of everything nested in it. */
  dropAllReferences(): void {
    // Through the (iterative) walk, so that deeply nested IR cannot exhaust the call stack.
    this.walk((o) => {
      for (const slot of o.operandSlots) slot.drop();
      o.operandSlots = NONE;
      for (const s of o.successorSlots) s.drop();
      o.successorSlots = NONE;
    });
  }
  /** Erases the op and everything nested in it. Its results must have no uses outside it. */
  erase(): void {
    // Checked before anything is dropped, so that a refused erase leaves the IR unchanged.
    for (const r of this.results) {
      for (let use = r.firstUse; use; use = use.nextUse) {
        if (this.isAncestor(use.owner)) continue;
        throw new Error(`cannot erase '${this.name.name}': result #${r.index} is still used by '${use.owner.name.name}'`);
      }
    }
    // Nested ops are unlinked too (callers test `op.parent` to see whether an op is gone),
    // innermost first, through the iterative walk rather than by recursion.
    this.dropAllReferences();
    this.walk((o) => {
      o.remove();
    });
  }
  /** Replaces every use of this op's results with `values` (one per result). */
  replaceAllUsesWith(values: readonly Value[]): void {
    if (values.length !== this.results.length) throw new Error('replaceAllUsesWith: result count mismatch');
    this.results.forEach((r, i) => r.replaceAllUsesWith(values[i]));
  }

  // ---- traversal and copies

  /** Visits this op and every nested op; see walkOperations. */
  walk(callback: (op: Operation) => WalkResult | void, order: WalkOrder = 'post'): 'interrupt' | 'advance' {
    return walkOperations(this, callback, order);
  }

  /** A deep copy; operands defined outside the op are looked up in `mapping`. */
  clone(mapping: IRMapping = new IRMapping()): Operation {
    const op = this.cloneWithoutRegions(mapping);
    this.regions.forEach((r, i) => cloneRegionInto(r, op.regions[i], mapping));
    return op;
  }

  /** A copy with the same number of regions, left empty. */
  cloneWithoutRegions(mapping: IRMapping = new IRMapping()): Operation {
    const op = Operation.create({
      name: this.name,
      location: this.location,
      operands: this.operandSlots.map((o) => mapping.lookup(o.value)),
      resultTypes: this.results.map((r) => r.type),
      properties: this.properties,
      attributes: this.attributes,
      regions: this.regions.length,
      successors: this.successorSlots.map((s) => mapping.lookupBlock(s.block)),
    });
    this.results.forEach((r, i) => mapping.map(r, op.results[i]));
    return op;
  }

  // ---- diagnostics

  /**
   * Emits a diagnostic at this op's location; attach notes to the returned object. Errors get
   * the note `see current operation: <generic form>` when the context asks for it, as in MLIR.
   */
  emit(severity: Severity, message: string): Diagnostic {
    const d = new Diagnostic(severity, this.location, message);
    if (severity === 'error' && this.context.printOpOnDiagnostic && operationStringifier) {
      // As MLIR's Diagnostic::appendOp, an op printed on several lines starts on a line of its own.
      const text = operationStringifier(this);
      d.attachNote(`see current operation: ${text.includes('\n') ? '\n' : ''}${text}`);
    }
    return this.context.diagnostics.emit(d);
  }
  emitError(message: string): Diagnostic {
    return this.emit('error', message);
  }
  /** `'dialect.op' op <message>`, as MLIR's emitOpError. */
  emitOpError(message: string): Diagnostic {
    return this.emit('error', `'${this.name.name}' op ${message}`);
  }
  emitWarning(message: string): Diagnostic {
    return this.emit('warning', message);
  }
  emitRemark(message: string): Diagnostic {
    return this.emit('remark', message);
  }
}

/** An init's properties or attributes as a dictionary. */
function asDictionary(ctx: MLIRContext, d: DictionaryAttr | readonly NamedAttribute[] | undefined): DictionaryAttr {
  return d instanceof DictionaryAttr ? d : DictionaryAttr.get(ctx, d ?? []);
}

let operationStringifier: ((op: Operation) => string) | null = null;
/** Installs the generic, local-scope op printer used in `see current operation` notes (lib/print does this). */
export function setOperationStringifier(fn: (op: Operation) => string): void {
  operationStringifier = fn;
}

/** The op as diagnostics show it: generic form through the installed printer (its quoted name before one is installed). */
export function operationToString(op: Operation): string {
  return operationStringifier ? operationStringifier(op) : `"${op.name.name}"`;
}

/**
 * Clones the blocks of `from` to the end of `into`, recording blocks and values in `mapping`.
 * Nested regions are cloned from a worklist rather than by recursion (deep nesting must not
 * exhaust the call stack); operands are remapped at the end, so uses of values defined later
 * (graph regions, or regions cloned before the definitions) resolve too.
 */
export function cloneRegionInto(from: Region, into: Region, mapping: IRMapping): void {
  const pending: [Region, Region][] = [[from, into]];
  const cloned: Operation[] = [];
  while (pending.length) {
    const [src, dst] = pending.pop()!;
    // Blocks are created first so that forward branches can be remapped.
    const newBlocks = src.blocks.map((b) => {
      const nb = new Block();
      for (const a of b.arguments) mapping.map(a, nb.addArgument(a.type, a.location));
      mapping.mapBlock(b, nb);
      dst.push(nb);
      return nb;
    });
    src.blocks.forEach((b, i) => {
      for (const op of b) {
        const copy = op.cloneWithoutRegions(mapping);
        newBlocks[i].append(copy);
        cloned.push(copy);
        op.regions.forEach((r, k) => pending.push([r, copy.regions[k]]));
      }
    });
  }
  for (const op of cloned) {
    for (const slot of op.operandSlots) {
      const mapped = mapping.lookup(slot.value);
      if (mapped !== slot.value) slot.set(mapped);
    }
  }
}
