// Walking nested operations in pre- or post-order, with skip and interrupt.
import type { Operation } from './operation.js';

/** What a walk callback asks for next. `skip` (pre-order only) does not enter the op's regions. */
export type WalkResult = 'advance' | 'skip' | 'interrupt';
export type WalkOrder = 'pre' | 'post';

/**
 * Visits `op` and every op nested in it. Returns 'interrupt' when a callback interrupted.
 * The next op is read before a callback runs, so a callback may erase the op it is given.
 */
export function walkOperations(
  op: Operation,
  callback: (op: Operation) => WalkResult | void,
  order: WalkOrder = 'post',
): 'interrupt' | 'advance' {
  if (order === 'pre') {
    const r = callback(op);
    if (r === 'interrupt') return 'interrupt';
    if (r === 'skip') return 'advance';
  }
  for (const region of op.regions) {
    for (const block of region.blocks) {
      for (let child = block.first; child; ) {
        const next = child.next;
        if (walkOperations(child, callback, order) === 'interrupt') return 'interrupt';
        child = next;
      }
    }
  }
  if (order === 'post' && callback(op) === 'interrupt') return 'interrupt';
  return 'advance';
}
