// Walking nested operations in pre- or post-order, with skip and interrupt.
import type { Operation } from './operation.js';

/** What a walk callback asks for next. `skip` (pre-order only) does not enter the op's regions. */
export type WalkResult = 'advance' | 'skip' | 'interrupt';
export type WalkOrder = 'pre' | 'post';

/** An op whose regions are being walked, and where the walk is inside them. */
interface Frame {
  readonly op: Operation;
  region: number;
  block: number;
  next: Operation | null;
}

/** Moves `f` to the next op to visit in its op's regions; false when there is none left. */
function advance(f: Frame): boolean {
  while (!f.next) {
    const regions = f.op.regions;
    if (f.region >= regions.length) return false;
    const blocks = regions[f.region].blocks;
    if (++f.block < blocks.length) {
      f.next = blocks[f.block].first;
    } else {
      f.region++;
      f.block = -1;
    }
  }
  return true;
}

/**
 * Visits `op` and every op nested in it. Returns 'interrupt' when a callback interrupted.
 * The next op is read before a callback runs, so a callback may erase the op it is given.
 * The walk keeps its own stack, so that deeply nested IR cannot exhaust the call stack.
 */
export function walkOperations(
  op: Operation,
  callback: (op: Operation) => WalkResult | void,
  order: WalkOrder = 'post',
): 'interrupt' | 'advance' {
  const enter = (o: Operation): Frame | null | 'interrupt' => {
    if (order === 'pre') {
      const r = callback(o);
      if (r === 'interrupt') return 'interrupt';
      if (r === 'skip') return null;
    }
    return { op: o, region: 0, block: -1, next: null };
  };
  const first = enter(op);
  if (first === 'interrupt') return 'interrupt';
  if (!first) return 'advance';
  const stack: Frame[] = [first];
  while (stack.length) {
    const f = stack[stack.length - 1];
    if (!advance(f)) {
      stack.pop();
      if (order === 'post' && callback(f.op) === 'interrupt') return 'interrupt';
      continue;
    }
    const child = f.next!;
    f.next = child.next;
    if (child.regions.length === 0) {
      // A leaf needs no frame: its one callback runs in place.
      if (callback(child) === 'interrupt') return 'interrupt';
      continue;
    }
    const entered = enter(child);
    if (entered === 'interrupt') return 'interrupt';
    if (entered) stack.push(entered);
  }
  return 'advance';
}
