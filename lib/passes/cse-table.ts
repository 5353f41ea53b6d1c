// CSE's table of known ops: keyed by a structural hash, compared field by field, scoped by dominance.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';

/**
 * The operands of an op in the order CSE compares them (by hash id when the op is commutative),
 * taken when the op is looked up: up to two in fields, more in an array. Most ops have one or
 * two operands, so looking one up allocates nothing.
 */
export class OperandKey {
  count = 0;
  first: Value | null = null;
  second: Value | null = null;
  /** Every operand, when there are more than two. */
  all: readonly Value[] | null = null;

  /** Reads the operands of `op`, ordered by hash id when `commutative`. */
  read(op: Operation, commutative: boolean): this {
    const slots = op.operandSlots;
    const n = slots.length;
    this.count = n;
    this.all = null;
    this.first = n > 0 ? slots[0].value : null;
    this.second = n > 1 ? slots[1].value : null;
    if (n === 2 && commutative && this.first!.hashId > this.second!.hashId) {
      const t = this.first;
      this.first = this.second;
      this.second = t;
    } else if (n > 2) {
      const values = new Array<Value>(n);
      for (let i = 0; i < n; i++) values[i] = slots[i].value;
      if (commutative) values.sort((a, b) => a.hashId - b.hashId);
      this.all = values;
    }
    return this;
  }

  /** Mixes the operands' hash ids into `h`, in order. */
  hashInto(h: number): number {
    if (this.all) {
      for (let i = 0; i < this.all.length; i++) h = Math.imul(h, 31) ^ this.all[i].hashId;
      return h;
    }
    if (this.first) h = Math.imul(h, 31) ^ this.first.hashId;
    if (this.second) h = Math.imul(h, 31) ^ this.second.hashId;
    return h;
  }
}

/** An op known to the table, with its hash and its operands as they were when it was added. */
class Known {
  /** The next known op of the same hash. */
  next: Known | null = null;
  readonly count: number;
  readonly first: Value | null;
  readonly second: Value | null;
  readonly all: readonly Value[] | null;
  constructor(
    readonly hash: number,
    readonly op: Operation,
    key: OperandKey,
  ) {
    this.count = key.count;
    this.first = key.first;
    this.second = key.second;
    this.all = key.all;
  }
}

/**
 * Known ops by structural hash, compared field by field on a hash hit, with per-scope undo so
 * that leaving a dominator subtree forgets its ops. As a map from structure to op: adding an op
 * equal to a known one replaces it, and leaving the scope that added an op forgets that
 * structure. A hash's ops are chained through `Known.next` (no array per hash); a chain holds
 * at most one op per structure, so its order does not matter.
 */
export class ScopedTable {
  private readonly chains = new Map<number, Known>();
  private readonly scopes: Known[][] = [];

  push(): void {
    this.scopes.push([]);
  }

  pop(): void {
    for (const k of this.scopes.pop()!) {
      const head = this.chains.get(k.hash);
      if (head === k) {
        if (k.next) this.chains.set(k.hash, k.next);
        else this.chains.delete(k.hash);
        continue;
      }
      // Not found when an equal op added in an inner scope replaced it.
      for (let c: Known | null | undefined = head; c; c = c.next) {
        if (c.next === k) {
          c.next = k.next;
          break;
        }
      }
    }
  }

  find(hash: number, op: Operation, key: OperandKey): Operation | undefined {
    for (let k: Known | null | undefined = this.chains.get(hash); k; k = k.next) if (sameStructure(k, op, key)) return k.op;
    return undefined;
  }

  /** Adds `op`; `equal` is the known op of the same structure (what `find` answered), which it replaces in place. */
  add(hash: number, op: Operation, key: OperandKey, equal: Operation | undefined): void {
    const known = new Known(hash, op, key);
    const head = this.chains.get(hash) ?? null;
    let prev: Known | null = null;
    let c = equal ? head : null;
    while (c && c.op !== equal) {
      prev = c;
      c = c.next;
    }
    if (c) {
      known.next = c.next;
      if (prev) prev.next = known;
      else this.chains.set(hash, known);
    } else {
      known.next = head;
      this.chains.set(hash, known);
    }
    this.scopes[this.scopes.length - 1].push(known);
  }
}

/** Same name, attributes, operands, result types and successor positions. */
function sameStructure(k: Known, op: Operation, key: OperandKey): boolean {
  const other = k.op;
  if (other.name !== op.name || other.properties !== op.properties || other.attributes !== op.attributes) return false;
  if (k.count !== key.count || other.results.length !== op.results.length) return false;
  if (key.all) {
    for (let i = 0; i < key.all.length; i++) if (k.all![i] !== key.all[i]) return false;
  } else if (k.first !== key.first || k.second !== key.second) return false;
  for (let i = 0; i < op.results.length; i++) if (other.results[i].type !== op.results[i].type) return false;
  if (other.successorSlots.length !== op.successorSlots.length) return false;
  for (let i = 0; i < op.successorSlots.length; i++) {
    if (other.successorSlots[i].block.indexInRegion !== op.successorSlots[i].block.indexInRegion) return false;
  }
  return (op.regions.length === 0 && other.regions.length === 0) || sameRegions(other, op, new Map());
}

/**
 * True when the regions of `a` and `b` hold the same ops in the same order, a value defined
 * inside `a` standing for the one at the same place in `b` (`inside` maps them) and a value from
 * outside for itself (as MLIR's OperationEquivalence, locations ignored).
 */
function sameRegions(a: Operation, b: Operation, inside: Map<Value, Value>): boolean {
  if (a.regions.length !== b.regions.length) return false;
  for (let r = 0; r < a.regions.length; r++) {
    const ra = a.regions[r].blocks;
    const rb = b.regions[r].blocks;
    if (ra.length !== rb.length) return false;
    for (let k = 0; k < ra.length; k++) {
      const xs = ra[k].arguments;
      const ys = rb[k].arguments;
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) {
        if (xs[i].type !== ys[i].type) return false;
        inside.set(xs[i], ys[i]);
      }
      let x = ra[k].first;
      let y = rb[k].first;
      for (; x && y; x = x.next, y = y.next) if (!sameNestedOp(x, y, inside)) return false;
      if (x || y) return false;
    }
  }
  return true;
}

/** One op of sameRegions: same structure, operands equal up to `inside`, regions alike; maps its results. */
function sameNestedOp(x: Operation, y: Operation, inside: Map<Value, Value>): boolean {
  if (x.name !== y.name || x.properties !== y.properties || x.attributes !== y.attributes) return false;
  if (x.numOperands !== y.numOperands || x.numResults !== y.numResults || x.successors.length !== y.successors.length) return false;
  for (let i = 0; i < x.numOperands; i++) if ((inside.get(x.operand(i)) ?? x.operand(i)) !== y.operand(i)) return false;
  for (let i = 0; i < x.successors.length; i++) if (x.successors[i].indexInRegion !== y.successors[i].indexInRegion) return false;
  for (let i = 0; i < x.numResults; i++) {
    if (x.result(i).type !== y.result(i).type) return false;
    inside.set(x.result(i), y.result(i));
  }
  return sameRegions(x, y, inside);
}
