// Liveness: live-in and live-out values of every block (backward dataflow over successors, nested
// regions counted as uses in their ancestor block), and the live ranges MLIR's Liveness reports.
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';

/** The liveness of one block. */
export interface BlockLiveness {
  readonly block: Block;
  readonly liveIn: Set<Value>;
  readonly liveOut: Set<Value>;
}

/** The block of `region`'s parent chain that contains `block` (itself when it is in `region`). */
function ancestorBlockIn(target: Block, block: Block): Block | null {
  const region = target.parent;
  for (let b: Block | null = block; b; b = b.parentOp?.parent ?? null) if (b.parent === region) return b;
  return null;
}

/** The op of `block` that is or contains `op`. */
export function ancestorOpInBlock(block: Block, op: Operation): Operation | null {
  for (let o: Operation | null = op; o; o = o.parentOp) if (o.parent === block) return o;
  return null;
}

/** Liveness of every block nested in an op (MLIR's Liveness analysis). */
export class Liveness {
  static readonly analysisName = 'Liveness';
  private readonly info = new Map<Block, BlockLiveness>();

  constructor(readonly op: Operation) {
    const blocks: Block[] = [];
    op.walk((o) => {
      for (const r of o.regions) for (const b of r.blocks) blocks.push(b);
    }, 'pre');
    const use = new Map<Block, Set<Value>>();
    const def = new Map<Block, Set<Value>>();
    for (const b of blocks) {
      const d = new Set<Value>(b.arguments);
      const out = new Set<Value>();
      const escapes = (v: Value) => {
        for (const u of v.users) if (ancestorBlockIn(b, u.parent!) !== b) return true;
        return false;
      };
      for (const a of b.arguments) if (escapes(a)) out.add(a);
      for (const o of b) for (const r of o.results) if (escapes(r)) out.add(r);
      const u = new Set<Value>();
      for (const o of b) {
        o.walk((inner) => {
          for (const r of inner.results) d.add(r);
          for (const v of inner.operands) u.add(v);
          for (const r of inner.regions) for (const nb of r.blocks) for (const a of nb.arguments) d.add(a);
        });
        for (const r of o.results) d.add(r);
      }
      for (const v of d) u.delete(v);
      use.set(b, u);
      def.set(b, d);
      this.info.set(b, { block: b, liveIn: new Set(), liveOut: out });
    }
    const updateIn = (b: Block): boolean => {
      const info = this.info.get(b)!;
      const size = info.liveIn.size;
      for (const v of use.get(b)!) info.liveIn.add(v);
      for (const v of info.liveOut) if (!def.get(b)!.has(v)) info.liveIn.add(v);
      return info.liveIn.size !== size;
    };
    const worklist: Block[] = [];
    for (const b of blocks) if (updateIn(b)) worklist.push(...b.predecessors.map((p) => p.parent!));
    while (worklist.length) {
      const b = worklist.pop()!;
      const info = this.info.get(b);
      if (!info) continue;
      for (const s of b.last?.successors ?? []) for (const v of this.info.get(s)?.liveIn ?? []) info.liveOut.add(v);
      if (updateIn(b)) worklist.push(...b.predecessors.map((p) => p.parent!));
    }
  }

  getLiveness(block: Block): BlockLiveness | undefined {
    return this.info.get(block);
  }

  /** The first op of `block` at which `v` is live. */
  startOp(block: Block, v: Value): Operation {
    const info = this.info.get(block)!;
    const def = v.definingOp;
    if (info.liveIn.has(v) || !def) return block.first!;
    return ancestorOpInBlock(block, def) ?? block.first!;
  }

  /** The last op of `block` at which `v` is live, starting from `start`. */
  endOp(block: Block, v: Value, start: Operation): Operation {
    if (this.info.get(block)!.liveOut.has(v)) return block.last!;
    let end = start;
    for (const user of v.users) {
      const u = ancestorOpInBlock(block, user);
      if (u && end.isBeforeInBlock(u)) end = u;
    }
    return end;
  }

  /** Every op at which `v` is live, over all the blocks it reaches. */
  resolveLiveness(v: Value): Operation[] {
    const result: Operation[] = [];
    const first = v.parentBlock!;
    const seen = new Set<Block>([first]);
    const todo = [first];
    for (const u of v.uses) {
      const b = u.owner.parent!;
      if (!seen.has(b)) {
        seen.add(b);
        todo.push(b);
      }
    }
    while (todo.length) {
      const b = todo.pop()!;
      if (!this.info.has(b) || !b.first) continue;
      let op: Operation | null = this.startOp(b, v);
      const end = this.endOp(b, v, op);
      for (; op; op = op.next) {
        result.push(op);
        if (op === end) break;
      }
      for (const s of b.last?.successors ?? []) {
        if (this.info.get(s)?.liveIn.has(v) && !seen.has(s)) {
          seen.add(s);
          todo.push(s);
        }
      }
    }
    return result;
  }

  /** The values live at `op` (in its block), as MLIR's currentlyLiveValues. */
  currentlyLive(op: Operation): Set<Value> {
    const block = op.parent!;
    const info = this.info.get(block)!;
    const live = new Set<Value>();
    const consider = (v: Value) => {
      const start = info.liveIn.has(v) || !v.definingOp ? block.first! : ancestorOpInBlock(block, v.definingOp)!;
      if (!start) return;
      const end = info.liveOut.has(v) ? block.last! : this.endOp(block, v, start);
      if (!(op.isBeforeInBlock(start) || end.isBeforeInBlock(op))) live.add(v);
    };
    for (const a of block.arguments) consider(a);
    for (const v of info.liveIn) consider(v);
    for (let o = block.first; o; o = o.next) {
      for (const r of o.results) consider(r);
      if (o === op) break;
    }
    return live;
  }
}
