// SSA values (op results and block arguments) and the use-lists that link them to their users.
import type { Type } from './types.js';
import type { Operation } from './operation.js';
import type { Block } from './block.js';
import type { Location } from './location.js';

/**
 * A use of a value by an operation's operand slot. Uses of one value form an intrusive
 * doubly-linked list, so adding, removing and re-pointing a use is O(1).
 */
export class OpOperand {
  // Declared and assigned (no class-field defines): one is made per operand of every op.
  declare readonly owner: Operation;
  declare index: number;
  private declare _value: Value;
  declare prevUse: OpOperand | null;
  declare nextUse: OpOperand | null;
  constructor(owner: Operation, index: number, value: Value) {
    this.owner = owner;
    this.index = index;
    this._value = value;
    this.prevUse = null;
    this.nextUse = null;
    value.addUse(this);
  }
  get value(): Value {
    return this._value;
  }
  /** Points this operand at `v`, moving the use between use-lists. */
  set(v: Value): void {
    if (v === this._value) return;
    this._value.removeUse(this);
    this._value = v;
    v.addUse(this);
  }
  /** Unlinks the use (the operand is being destroyed). */
  drop(): void {
    this._value.removeUse(this);
  }
}

/** The id of the last value made (see Value.hashId). */
let lastValueId = 0;

/** An SSA value: an operation result or a block argument. */
export abstract class Value {
  declare type: Type;
  declare firstUse: OpOperand | null;
  /**
   * A number for hashing the value by identity (JS has no pointer hash): distinct for every value
   * made in this process until it wraps after 2^30, so equal ids still need an identity check.
   * CSE hashes operands with it instead of numbering them through a Map.
   */
  declare readonly hashId: number;
  constructor(type: Type) {
    this.type = type;
    this.firstUse = null;
    this.hashId = lastValueId = (lastValueId + 1) & 0x3fffffff;
  }

  /** @internal Links `use` at the head of the use-list. */
  addUse(use: OpOperand): void {
    use.prevUse = null;
    use.nextUse = this.firstUse;
    if (this.firstUse) this.firstUse.prevUse = use;
    this.firstUse = use;
  }

  /** @internal Unlinks `use` from the use-list. */
  removeUse(use: OpOperand): void {
    if (use.prevUse) use.prevUse.nextUse = use.nextUse;
    else this.firstUse = use.nextUse;
    if (use.nextUse) use.nextUse.prevUse = use.prevUse;
    use.prevUse = use.nextUse = null;
  }

  /** Every use of this value (a snapshot, safe to mutate uses while iterating). */
  get uses(): OpOperand[] {
    const out: OpOperand[] = [];
    for (let u = this.firstUse; u; u = u.nextUse) out.push(u);
    return out;
  }

  /** The distinct operations that use this value. */
  get users(): Operation[] {
    const set = new Set<Operation>();
    for (let u = this.firstUse; u; u = u.nextUse) set.add(u.owner);
    return [...set];
  }

  get useEmpty(): boolean {
    return this.firstUse === null;
  }

  hasOneUse(): boolean {
    return this.firstUse !== null && this.firstUse.nextUse === null;
  }

  /** Redirects every use of this value to `other`. */
  replaceAllUsesWith(other: Value): void {
    if (other === this) return;
    while (this.firstUse) this.firstUse.set(other);
  }

  /** Redirects the uses for which `pred` holds to `other`. */
  replaceUsesWithIf(other: Value, pred: (use: OpOperand) => boolean): void {
    for (const use of this.uses) if (pred(use)) use.set(other);
  }

  /** The operation that defines this value, or null for a block argument. */
  abstract get definingOp(): Operation | null;
  /** The block in which this value is defined. */
  abstract get parentBlock(): Block | null;
}

/** Result `index` of an operation. */
export class OpResult extends Value {
  declare readonly owner: Operation;
  declare readonly index: number;
  constructor(type: Type, owner: Operation, index: number) {
    super(type);
    this.owner = owner;
    this.index = index;
  }
  get definingOp(): Operation {
    return this.owner;
  }
  get parentBlock(): Block | null {
    return this.owner.parent;
  }
}

/** Argument `index` of a block. */
export class BlockArgument extends Value {
  declare readonly owner: Block;
  declare index: number;
  declare location: Location;
  constructor(type: Type, owner: Block, index: number, location: Location) {
    super(type);
    this.owner = owner;
    this.index = index;
    this.location = location;
  }
  get definingOp(): null {
    return null;
  }
  get parentBlock(): Block {
    return this.owner;
  }
}

/** A successor slot of a terminator; blocks keep use-lists of these, their predecessors. */
export class BlockOperand {
  prevUse: BlockOperand | null = null;
  nextUse: BlockOperand | null = null;
  constructor(
    readonly owner: Operation,
    readonly index: number,
    private _block: Block,
  ) {
    _block.addPredecessorUse(this);
  }
  get block(): Block {
    return this._block;
  }
  set(b: Block): void {
    if (b === this._block) return;
    this._block.removePredecessorUse(this);
    this._block = b;
    b.addPredecessorUse(this);
  }
  drop(): void {
    this._block.removePredecessorUse(this);
  }
}
