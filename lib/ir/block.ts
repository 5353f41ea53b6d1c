// Block: typed arguments and an intrusive doubly-linked list of operations.
import { BlockArgument, type BlockOperand } from './value.js';
import type { Operation } from './operation.js';
import type { Region } from './region.js';
import type { Type } from './types.js';
import type { Location } from './location.js';
import { emptyObjectList } from './lists.js';

/** The gap between consecutive op positions after a renumbering. */
const ORDER_STRIDE = 8;

/**
 * The argument list of every block without arguments. Shared, so never mutated: a block's first
 * argument gives it an array of its own (an empty array grown by one push gets room for 17).
 */
const NO_ARGUMENTS: BlockArgument[] = emptyObjectList<BlockArgument>();

/** A basic block. Operations link to each other, so insertion, removal and moves are O(1). */
export class Block {
  // Declared and assigned in the constructor (no class-field defines), as Operation.
  private declare argumentList: BlockArgument[];
  declare first: Operation | null;
  declare last: Operation | null;
  declare parent: Region | null;
  private declare firstPredecessor: BlockOperand | null;
  private declare numOps: number;
  /**
   * Cached op positions for `isBeforeInBlock`, spaced ORDER_STRIDE apart so that an insertion
   * usually takes a free position between its neighbours; invalidated only when there is none
   * (renumbering the block after every insertion made insert-then-query loops quadratic).
   */
  private declare orderValid: boolean;

  constructor() {
    this.argumentList = NO_ARGUMENTS;
    this.first = null;
    this.last = null;
    this.parent = null;
    this.firstPredecessor = null;
    this.numOps = 0;
    this.orderValid = false;
  }

  /** The arguments in order; add and remove them through the block's methods. */
  get arguments(): readonly BlockArgument[] {
    return this.argumentList;
  }

  /** Appends an argument of `type`. */
  addArgument(type: Type, location: Location): BlockArgument {
    return this.insertArgument(this.argumentList.length, type, location);
  }

  /** Inserts an argument at `index`, renumbering the following ones. */
  insertArgument(index: number, type: Type, location: Location): BlockArgument {
    const arg = new BlockArgument(type, this, index, location);
    const args = this.argumentList;
    if (args.length === 0) this.argumentList = [arg];
    else if (index === args.length) args.push(arg);
    else {
      args.splice(index, 0, arg);
      for (let i = index + 1; i < args.length; i++) args[i].index = i;
    }
    return arg;
  }

  /** Removes argument `index`, which must have no uses. */
  eraseArgument(index: number): void {
    const args = this.argumentList;
    if (!args[index].useEmpty) throw new Error(`cannot erase block argument #${index}: it still has uses`);
    args.splice(index, 1);
    for (let i = index; i < args.length; i++) args[i].index = i;
  }

  get size(): number {
    return this.numOps;
  }
  get empty(): boolean {
    return this.first === null;
  }

  /** The operations in order (a snapshot: safe to erase while iterating). */
  get operations(): Operation[] {
    const out: Operation[] = [];
    for (let op = this.first; op; op = op.next) out.push(op);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<Operation> {
    for (let op = this.first; op; ) {
      const next = op.next;
      yield op;
      op = next;
    }
  }

  /** The last operation, when it is a terminator (or any last op; callers check traits). */
  get terminator(): Operation | null {
    return this.last;
  }

  /** The operation that owns the region that holds this block. */
  get parentOp(): Operation | null {
    return this.parent?.parent ?? null;
  }

  /** Inserts `op` (which must be detached) before `before`, or at the end when null. */
  insertBefore(op: Operation, before: Operation | null): void {
    if (op.parent) throw new Error(`operation '${op.name.name}' is already in a block`);
    op.parent = this;
    this.numOps++;
    if (this.orderValid) this.placeInOrder(op, before === null ? this.last : before.prev, before);
    if (before === null) {
      op.prev = this.last;
      op.next = null;
      if (this.last) this.last.next = op;
      else this.first = op;
      this.last = op;
      return;
    }
    op.next = before;
    op.prev = before.prev;
    if (before.prev) before.prev.next = op;
    else this.first = op;
    before.prev = op;
  }

  append(op: Operation): void {
    this.insertBefore(op, null);
  }

  prepend(op: Operation): void {
    this.insertBefore(op, this.first);
  }

  /** @internal Unlinks `op` from this block without touching its uses. */
  unlink(op: Operation): void {
    if (op.prev) op.prev.next = op.next;
    else this.first = op.next;
    if (op.next) op.next.prev = op.prev;
    else this.last = op.prev;
    op.prev = op.next = null;
    op.parent = null;
    this.numOps--;
  }

  /** Gives `op`, about to go between `prev` and `next`, a position between theirs, or invalidates the order when none is free. */
  private placeInOrder(op: Operation, prev: Operation | null, next: Operation | null): void {
    if (!prev && !next) op.orderIndex = 0;
    else if (!next) op.orderIndex = prev!.orderIndex + ORDER_STRIDE;
    else if (!prev) op.orderIndex = next.orderIndex - ORDER_STRIDE;
    else if (next.orderIndex - prev.orderIndex > 1) op.orderIndex = Math.floor((prev.orderIndex + next.orderIndex) / 2);
    else this.orderValid = false;
  }

  /** @internal Recomputes the positions used by Operation.isBeforeInBlock. */
  ensureOrder(): void {
    if (!this.orderValid) this.renumberOps();
  }

  /**
   * @internal Numbers the ops ORDER_STRIDE apart from 0, also when the order is valid, so that
   * `opOrdinal` is each op's index in the block (the printer keeps per-op data in arrays by it).
   */
  renumberOps(): void {
    let i = 0;
    for (let op = this.first; op; op = op.next, i += ORDER_STRIDE) op.orderIndex = i;
    this.orderValid = true;
  }

  /** @internal */
  addPredecessorUse(use: BlockOperand): void {
    use.prevUse = null;
    use.nextUse = this.firstPredecessor;
    if (this.firstPredecessor) this.firstPredecessor.prevUse = use;
    this.firstPredecessor = use;
  }

  /** @internal */
  removePredecessorUse(use: BlockOperand): void {
    if (use.prevUse) use.prevUse.nextUse = use.nextUse;
    else this.firstPredecessor = use.nextUse;
    if (use.nextUse) use.nextUse.prevUse = use.prevUse;
    use.prevUse = use.nextUse = null;
  }

  /** The terminators that branch to this block (one entry per successor slot). */
  get predecessors(): Operation[] {
    const out: Operation[] = [];
    for (let u = this.firstPredecessor; u; u = u.nextUse) out.push(u.owner);
    return out;
  }

  get hasNoPredecessors(): boolean {
    return this.firstPredecessor === null;
  }

  /** Redirects every branch to this block to `other`. */
  replaceAllUsesWith(other: Block): void {
    while (this.firstPredecessor) this.firstPredecessor.set(other);
  }

  /** Index of this block in its region. */
  get indexInRegion(): number {
    return this.parent ? this.parent.blocks.indexOf(this) : -1;
  }

  /** Removes this block from its region and erases its operations; it must have no predecessors. */
  erase(): void {
    if (!this.hasNoPredecessors) throw new Error('cannot erase a block that still has predecessors');
    this.dropAllReferences();
    for (const op of [...this].reverse()) op.erase();
    this.parent?.removeBlock(this);
  }

  /** Drops every operand and successor use of the ops inside, so they can be erased in any order. */
  dropAllReferences(): void {
    for (const op of this) op.dropAllReferences();
  }
}

/** @internal The index of `op` in its block, valid right after `renumberOps` and until the block changes. */
export function opOrdinal(op: Operation): number {
  return op.orderIndex / ORDER_STRIDE;
}
