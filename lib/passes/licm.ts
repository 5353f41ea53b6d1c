// loop-invariant-code-motion: hoists pure ops whose operands are defined outside a loop to before it.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { getInterface, type LoopLikeInterface } from '../dialect/interfaces.js';
import { isPure } from '../rewrite/effects.js';

/** The regions of a loop-like op: its interface's body, else all its regions. */
function loopRegions(loop: Operation): readonly Region[] {
  const i = getInterface<LoopLikeInterface>(loop, 'loopLike');
  return i ? [i.body(loop)] : loop.regions;
}

/** True when every value `op` (and the ops nested in it) uses is defined outside `loop`, or inside `op` itself. */
function isInvariant(op: Operation, loop: Operation): boolean {
  let ok = true;
  op.walk((inner) => {
    for (const v of inner.operands) {
      // Where the value is defined: its op, or for a block argument the op owning the block.
      const at = v.definingOp ?? v.parentBlock?.parentOp ?? null;
      if (at && loop.isAncestor(at) && !op.isAncestor(at)) ok = false;
    }
    return ok ? 'advance' : 'interrupt';
  });
  return ok;
}

/** Hoists the invariant pure ops of `loop`; returns how many moved. */
export function hoistLoopInvariants(loop: Operation): number {
  let moved = 0;
  const worklist: Operation[] = [];
  for (const r of loopRegions(loop)) for (const b of r.blocks) worklist.push(...b.operations);
  worklist.reverse();
  while (worklist.length) {
    const op = worklist.pop()!;
    if (!loop.isProperAncestor(op) || op.hasTrait('Terminator') || !isPure(op) || !isInvariant(op, loop)) continue;
    op.moveBefore(loop);
    moved++;
    // Users inside the loop may have become invariant.
    for (const r of op.results) for (const u of r.users) if (loop.isProperAncestor(u)) worklist.push(u);
  }
  return moved;
}

export const licmPass = definePass({
  name: 'loop-invariant-code-motion',
  displayName: 'LoopInvariantCodeMotion',
  summary: 'Hoist loop invariant instructions outside of the loop',
  statistics: { 'num-hoisted': 'Number of operations hoisted' },
  run(ctx) {
    let moved = 0;
    // Post-order: inner loops first, so what they hoist can move on out of the outer ones.
    ctx.op.walk((op) => {
      if (op !== ctx.op && op.hasTrait('LoopLikeOpInterface')) moved += hoistLoopInvariants(op);
    });
    ctx.addStatistic('num-hoisted', moved);
    if (moved === 0) ctx.markAllAnalysesPreserved();
  },
});
