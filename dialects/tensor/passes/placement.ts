// Where an op that merges two ops of one block may go without breaking dominance, and whether
// merging them would create a cycle (the later one depends on the earlier through other ops).
import type { Block, Operation } from '../../../lib/ir/index.js';

/** `op` or its ancestor that lies directly in `block`, if any. */
function ancestorIn(block: Block, op: Operation | null): Operation | null {
  while (op && op.parent !== block) op = op.parentOp;
  return op;
}

/** The ops in `op`'s block whose results `op` (or an op nested in it) reads. */
function definersInBlock(op: Operation): Operation[] {
  const block = op.parent!;
  const out: Operation[] = [];
  op.walk((inner) => {
    for (const v of inner.operands) {
      const def = ancestorIn(block, v.definingOp);
      if (def && def !== op) out.push(def);
    }
  });
  return out;
}

/**
 * Which ops of a block each op depends on (transitively, through the values it and its nested
 * ops read), as one bitset per op computed in block order: queries are then constant time,
 * which matters where every pair of TEs of a large block is tried. Stale once the block changes.
 */
export class Reachability {
  private readonly index = new Map<Operation, number>();
  private readonly ancestors: Uint32Array[] = [];

  constructor(block: Block) {
    const words = Math.ceil(block.size / 32) || 1;
    for (const op of block) {
      const bits = new Uint32Array(words);
      for (const d of definersInBlock(op)) {
        const i = this.index.get(d);
        if (i === undefined) continue;
        const other = this.ancestors[i];
        for (let w = 0; w < words; w++) bits[w] |= other[w];
        bits[i >>> 5] |= 1 << (i & 31);
      }
      this.index.set(op, this.ancestors.length);
      this.ancestors.push(bits);
    }
  }

  /**
   * Records that `merged` replaced `a` and `b` (neither depending on the other): it depends on
   * what either did, and every op that depended on either now depends on all of that. Keeps the
   * sets exact without rebuilding them (a rebuild after every merge was quadratic).
   */
  merge(a: Operation, b: Operation, merged: Operation): void {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) throw new Error('Reachability.merge: op not in the block');
    const both = this.ancestors[i].slice();
    const other = this.ancestors[j];
    for (let w = 0; w < both.length; w++) both[w] |= other[w];
    this.ancestors[i] = both.slice();
    this.ancestors[j] = this.ancestors[i];
    both[i >>> 5] |= 1 << (i & 31);
    both[j >>> 5] |= 1 << (j & 31);
    // Ops are numbered in block order and never move past their users: only later ones can depend on either.
    for (let k = Math.min(i, j) + 1; k < this.ancestors.length; k++) {
      const bits = this.ancestors[k];
      if (bits === this.ancestors[i] || !(bits[i >>> 5] & (1 << (i & 31)) || bits[j >>> 5] & (1 << (j & 31)))) continue;
      for (let w = 0; w < both.length; w++) bits[w] |= both[w];
    }
    this.index.delete(a);
    this.index.delete(b);
    this.index.set(merged, i);
  }

  /** True when `later` reads a result of `earlier`, directly or through other ops. */
  dependsOn(later: Operation, earlier: Operation): boolean {
    const l = this.index.get(later);
    const e = this.index.get(earlier);
    return l !== undefined && e !== undefined && (this.ancestors[l][e >>> 5] & (1 << (e & 31))) !== 0;
  }

  /** True when `later` depends on `earlier` through at least one op in between. */
  dependsThroughOthers(later: Operation, earlier: Operation): boolean {
    return definersInBlock(later).some((d) => d !== earlier && this.dependsOn(d, earlier));
  }
}

/**
 * True when `later` depends on `earlier` through at least one op in between (ignoring its
 * direct reads of `earlier`): merging the two into one op would then make that op depend on
 * itself. One query: a search back from `later` over the ops after `earlier`.
 */
export function dependsThroughOthers(later: Operation, earlier: Operation): boolean {
  const seen = new Set<Operation>();
  const stack = definersInBlock(later).filter((d) => d !== earlier);
  while (stack.length) {
    const op = stack.pop()!;
    if (op === earlier) return true;
    if (seen.has(op) || op.isBeforeInBlock(earlier)) continue;
    seen.add(op);
    stack.push(...definersInBlock(op));
  }
  return false;
}

/**
 * Where the op merging `first` and `second` (`first` before `second` in one block) can be
 * inserted: at `first` when everything `second` reads (apart from `first`'s results) is
 * defined before `first`; at `second` when every other user of `first`'s results comes after
 * `second`; `cycle` when `second` depends on `first` through other ops; `order` when neither
 * place works without moving other ops. `reach` answers the dependency query when given.
 */
export function mergePosition(first: Operation, second: Operation, reach?: Reachability): 'first' | 'second' | 'cycle' | 'order' {
  if (reach ? reach.dependsThroughOthers(second, first) : dependsThroughOthers(second, first)) return 'cycle';
  if (definersInBlock(second).every((d) => d === first || d.isBeforeInBlock(first))) return 'first';
  const block = first.parent!;
  const usersAfter = first.results.every((r) =>
    r.users.every((u) => {
      const at = ancestorIn(block, u);
      return at === second || !at || second.isBeforeInBlock(at);
    }),
  );
  return usersAfter ? 'second' : 'order';
}
