// Dominance: dominator trees of multi-block regions and MLIR's value/operation dominance queries.
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { BlockArgument, type Value } from '../ir/value.js';

/**
 * The successors of `block` in its region's CFG: its last op's successors, none when the
 * region has a single block (as MLIR's SuccessorRange).
 */
export function blockSuccessors(block: Block): Block[] {
  const region = block.parent;
  if (!block.last || !region || region.blocks.length === 1) return [];
  return block.last.successors;
}

/** Whether `region` may be a graph region: its op is unregistered or declares graph regions. */
export function mayBeGraphRegion(region: Region): boolean {
  const op = region.parent;
  if (!op) return false;
  if (!op.isRegistered) return true;
  return op.hasTrait('HasOnlyGraphRegion');
}

/** The dominator tree of one region, over the blocks reachable from its entry. */
class DomTree {
  /** Pre- and post-order numbers in the dominator tree, for O(1) dominance tests. */
  private readonly pre = new Map<Block, number>();
  private readonly post = new Map<Block, number>();

  constructor(region: Region) {
    const entry = region.entry!;
    // Reverse post-order of the CFG, iteratively (regions may be large).
    const order: Block[] = [];
    const visited = new Set<Block>([entry]);
    const stack: { block: Block; next: number; succ: Block[] }[] = [{ block: entry, next: 0, succ: blockSuccessors(entry) }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.succ.length) {
        const s = top.succ[top.next++];
        if (s.parent === region && !visited.has(s)) {
          visited.add(s);
          stack.push({ block: s, next: 0, succ: blockSuccessors(s) });
        }
        continue;
      }
      order.push(top.block);
      stack.pop();
    }
    order.reverse();
    const rpo = new Map<Block, number>(order.map((b, i) => [b, i]));
    const preds = new Map<Block, Block[]>(order.map((b) => [b, []]));
    for (const b of order) for (const s of blockSuccessors(b)) preds.get(s)?.push(b);
    // Cooper, Harvey and Kennedy's iterative algorithm.
    const idom = new Map<Block, Block>([[entry, entry]]);
    const intersect = (a: Block, b: Block): Block => {
      while (a !== b) {
        while (rpo.get(a)! > rpo.get(b)!) a = idom.get(a)!;
        while (rpo.get(b)! > rpo.get(a)!) b = idom.get(b)!;
      }
      return a;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (const b of order) {
        if (b === entry) continue;
        let dom: Block | undefined;
        for (const p of preds.get(b)!) if (idom.has(p)) dom = dom ? intersect(p, dom) : p;
        if (dom && idom.get(b) !== dom) {
          idom.set(b, dom);
          changed = true;
        }
      }
    }
    const children = new Map<Block, Block[]>();
    for (const [b, d] of idom) if (b !== entry) children.set(d, [...(children.get(d) ?? []), b]);
    let counter = 0;
    const walk: { block: Block; entered: boolean }[] = [{ block: entry, entered: false }];
    while (walk.length) {
      const top = walk.pop()!;
      if (top.entered) {
        this.post.set(top.block, counter++);
        continue;
      }
      this.pre.set(top.block, counter++);
      walk.push({ block: top.block, entered: true });
      for (const c of children.get(top.block) ?? []) walk.push({ block: c, entered: false });
    }
  }

  isReachable(b: Block): boolean {
    return this.pre.has(b);
  }

  /** LLVM's DominatorTree::properlyDominates: unreachable blocks are dominated by everything. */
  properlyDominates(a: Block, b: Block): boolean {
    if (a === b) return false;
    if (!this.isReachable(b)) return true;
    if (!this.isReachable(a)) return false;
    return this.pre.get(a)! < this.pre.get(b)! && this.post.get(b)! < this.post.get(a)!;
  }
}

/** Walks up from `block` to the block of `region` that contains it, or null. */
export function findAncestorBlockInRegion(region: Region, block: Block): Block | null {
  let b: Block | null = block;
  while (b && b.parent !== region) b = b.parentOp?.parent ?? null;
  return b;
}

/** Walks up from `op` to the op directly in `region` that contains it, or null. */
export function findAncestorOpInRegion(region: Region, op: Operation): Operation | null {
  let o: Operation | null = op;
  while (o && o.parentRegion !== region) o = o.parentOp;
  return o;
}

/** How uses in a block are checked (DominanceInfo.useRule). */
export type UseRule = 'unreachable' | 'graph' | 'ssa';

/**
 * Whether a value defined in the block of its user `user` dominates the use: always for a
 * block argument (`def` null) or in a graph region, else when `def` comes first in the
 * block's op order (numbered by useRule).
 */
export function dominatesInBlock(def: Operation | null, user: Operation, rule: Exclude<UseRule, 'unreachable'>): boolean {
  return def === null || rule === 'graph' || def.orderIndex < user.orderIndex;
}

/** Dominance queries, with dominator trees built lazily per region and cached. */
export class DominanceInfo {
  private readonly trees = new Map<Region, DomTree>();

  private tree(region: Region): DomTree {
    let t = this.trees.get(region);
    if (!t) this.trees.set(region, (t = new DomTree(region)));
    return t;
  }

  /** Multi-block regions always have SSA dominance; a single block unless it may be a graph region. */
  hasSSADominance(block: Block): boolean {
    const region = block.parent;
    if (!region) return true;
    return region.blocks.length !== 1 || !mayBeGraphRegion(region);
  }

  isReachableFromEntry(block: Block): boolean {
    const region = block.parent;
    if (!region || region.blocks[0] === block) return true;
    return this.tree(region).isReachable(block);
  }

  /** True when `a` properly dominates `b` (a block dominates its nested regions' blocks). */
  properlyDominatesBlock(a: Block, b: Block): boolean {
    if (a === b) return !this.hasSSADominance(a);
    const regionA = a.parent;
    if (regionA !== b.parent) {
      const ancestor = regionA ? findAncestorBlockInRegion(regionA, b) : null;
      if (!ancestor) return false;
      if (ancestor === a) return true;
      b = ancestor;
    }
    return this.tree(regionA!).properlyDominates(a, b);
  }

  dominatesBlock(a: Block, b: Block): boolean {
    return a === b || this.properlyDominatesBlock(a, b);
  }

  /** Operation dominance; `enclosingOpOk` lets an op dominate what is nested in it. */
  properlyDominatesOp(a: Operation, b: Operation, enclosingOpOk = true): boolean {
    const aBlock = a.parent;
    let bBlock = b.parent;
    if (!aBlock || !bBlock) return false;
    if (a === b) return !this.hasSSADominance(aBlock);
    const aRegion = aBlock.parent;
    if (aRegion !== bBlock.parent) {
      const ancestor = aRegion ? findAncestorOpInRegion(aRegion, b) : null;
      if (!ancestor) return false;
      b = ancestor;
      bBlock = ancestor.parent!;
      if (a === b && enclosingOpOk) return true;
    }
    if (aBlock === bBlock) {
      if (!this.hasSSADominance(aBlock)) return true;
      return a.isBeforeInBlock(b);
    }
    return this.tree(aRegion!).properlyDominates(aBlock, bBlock);
  }

  /**
   * How uses in `block` are checked: not at all when it is unreachable, 'graph' when any
   * order goes, 'ssa' (its op order numbered, for dominatesUse) otherwise.
   */
  useRule(block: Block): UseRule {
    if (!this.isReachableFromEntry(block)) return 'unreachable';
    if (!this.hasSSADominance(block)) return 'graph';
    block.ensureOrder();
    return 'ssa';
  }

  /**
   * Whether `value` dominates its use by `user`, an op of `block` whose useRule is `rule`.
   * Values defined in the same block (most of them) are answered from the op order.
   */
  dominatesUse(value: Value, user: Operation, block: Block, rule: Exclude<UseRule, 'unreachable'>): boolean {
    if (value.parentBlock === block) return dominatesInBlock(value.definingOp, user, rule);
    return this.properlyDominatesValue(value, user);
  }

  /** True when `value` is available at `op`: a block argument of a dominating block, or a result of a properly dominating op that does not enclose `op`. */
  properlyDominatesValue(value: Value, op: Operation): boolean {
    if (value instanceof BlockArgument) return this.dominatesBlock(value.owner, op.parent!);
    return this.properlyDominatesOp(value.definingOp!, op, false);
  }
}
