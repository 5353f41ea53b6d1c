// dce: erases ops that are trivially dead (unused results, no effects but reads), innermost and last first.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { isTriviallyDead } from '../rewrite/effects.js';

/** Erases the trivially dead ops in `region` and the regions nested in it; returns how many. */
export function eraseDeadOps(region: Region): number {
  let erased = 0;
  // Blocks are visited bottom-up so that an op whose only users are dead is dead by the time it is seen.
  for (let bi = region.blocks.length - 1; bi >= 0; bi--) {
    const block = region.blocks[bi];
    for (let op: Operation | null = block.last; op; ) {
      const prev: Operation | null = op.prev;
      for (const r of op.regions) erased += eraseDeadOps(r);
      if (isTriviallyDead(op)) {
        op.erase();
        erased++;
      }
      op = prev;
    }
  }
  return erased;
}

export const dcePass = definePass({
  name: 'dce',
  displayName: 'DCE',
  summary: 'Erase operations whose results are unused and that have no side effects',
  statistics: { 'num-erased': 'Number of operations erased' },
  run(ctx) {
    let erased = 0;
    for (const r of ctx.op.regions) erased += eraseDeadOps(r);
    ctx.addStatistic('num-erased', erased);
    if (erased === 0) ctx.markAllAnalysesPreserved();
  },
});
