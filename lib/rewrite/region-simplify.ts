// Region simplification run by the greedy driver: erasing blocks that no path from the entry reaches.
import type { Block } from '../ir/block.js';
import type { Region } from '../ir/region.js';
import type { PatternRewriter } from './rewriter.js';

/**
 * Erases the blocks of `regions` (and of regions nested in them) that are unreachable from
 * their region's entry block. Returns true when something was erased. Merging identical
 * blocks (`aggressive`) needs the branch-op interface of cf and is not done yet.
 */
export function simplifyRegions(rewriter: PatternRewriter, regions: readonly Region[], _aggressive: boolean): boolean {
  let changed = false;
  const worklist = [...regions];
  while (worklist.length) {
    const region = worklist.pop()!;
    if (region.blocks.length === 0) continue;
    if (region.blocks.length > 1) changed = eraseUnreachableBlocks(rewriter, region) || changed;
    // The linked list, not the block's iterator (a generator): this visits every op of the region.
    for (const block of region.blocks) {
      for (let op = block.first; op; op = op.next) if (op.regions.length) for (const r of op.regions) worklist.push(r);
    }
  }
  return changed;
}

function eraseUnreachableBlocks(rewriter: PatternRewriter, region: Region): boolean {
  const reachable = new Set<Block>();
  const stack = [region.blocks[0]];
  while (stack.length) {
    const b = stack.pop()!;
    if (reachable.has(b)) continue;
    reachable.add(b);
    const term = b.last;
    if (term) for (const s of term.successors) stack.push(s);
  }
  const dead = region.blocks.filter((b) => !reachable.has(b));
  if (dead.length === 0) return false;
  // Dead blocks may use each other's values and branch to each other: drop every reference first.
  for (const b of dead) b.dropAllReferences();
  for (const b of dead) rewriter.eraseBlock(b);
  return true;
}
