// A dominator tree of one region's blocks (Cooper, Harvey and Kennedy's iterative algorithm), for passes that walk it.
import type { Block } from '../ir/block.js';
import type { Region } from '../ir/region.js';

/** The immediate-dominator tree of the blocks reachable from a region's entry. */
export class DominatorTree {
  /** Children of each block in the tree, in region order. */
  readonly children = new Map<Block, Block[]>();
  readonly root: Block | null;

  constructor(region: Region) {
    this.root = region.blocks[0] ?? null;
    if (!this.root) return;
    const order: Block[] = [];
    const index = new Map<Block, number>();
    const seen = new Set<Block>();
    // Iterative post-order DFS over successors.
    const stack: { b: Block; i: number }[] = [{ b: this.root, i: 0 }];
    seen.add(this.root);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const succ = top.b.last?.successors ?? [];
      if (top.i < succ.length) {
        const s = succ[top.i++];
        if (!seen.has(s)) {
          seen.add(s);
          stack.push({ b: s, i: 0 });
        }
        continue;
      }
      stack.pop();
      index.set(top.b, order.length);
      order.push(top.b);
    }
    const preds = new Map<Block, Block[]>();
    for (const b of order) for (const s of b.last?.successors ?? []) if (index.has(s)) (preds.get(s) ?? preds.set(s, []).get(s)!).push(b);
    const idom = new Map<Block, Block>([[this.root, this.root]]);
    const intersect = (a: Block, b: Block): Block => {
      while (a !== b) {
        while (index.get(a)! < index.get(b)!) a = idom.get(a)!;
        while (index.get(b)! < index.get(a)!) b = idom.get(b)!;
      }
      return a;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = order.length - 2; i >= 0; i--) {
        const b = order[i];
        let d: Block | undefined;
        for (const p of preds.get(b) ?? []) if (idom.has(p)) d = d ? intersect(p, d) : p;
        if (d && idom.get(b) !== d) {
          idom.set(b, d);
          changed = true;
        }
      }
    }
    for (const b of region.blocks) {
      const d = idom.get(b);
      if (d && b !== this.root) (this.children.get(d) ?? this.children.set(d, []).get(d)!).push(b);
    }
  }

  /** The blocks dominated by `b` directly. */
  childrenOf(b: Block): readonly Block[] {
    return this.children.get(b) ?? [];
  }
}
