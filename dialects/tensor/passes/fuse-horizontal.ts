// tensor-fuse-horizontal: independent TEs over the same domain that read a common input (the
// Q, K and V projections of one activation) become one TE with several outputs, so that the
// shared input is read once.
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import type { Block, Operation, Value } from '../../../lib/ir/index.js';
import { isCompute, viewTe } from '../analysis/te.js';
import { mergeSideBySide } from './merge.js';
import { Reachability, mergePosition } from './placement.js';

/** The TE's domain (bounds and iterator kinds) as a string: TEs merge only with an equal one. */
function domainKey(op: Operation): string {
  const te = viewTe(op);
  return te.bounds.map((n, d) => `${n}${te.iterators[d]}`).join(',');
}

/** A min-heap of TE positions: the candidates for merging into the current head, in block order. */
class PositionQueue {
  private readonly heap: number[] = [];

  push(p: number): void {
    const h = this.heap;
    h.push(p);
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (h[up] <= h[i]) break;
      [h[up], h[i]] = [h[i], h[up]];
      i = up;
    }
  }

  pop(): number | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last !== undefined) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const m = l + 1 < h.length && h[l + 1] < h[l] ? l + 1 : l;
        if (l >= h.length || h[i] <= h[m]) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Merges, in each block of `root`, later TEs into earlier ones they may join; returns how many
 * merges. A head TE is offered, in block order, only the later TEs that read one of its inputs
 * (found through the inputs' users), so the work follows the shared inputs, not every pair.
 */
export function fuseHorizontally(root: Operation, maxOutputs: number): number {
  const blocks = new Set<Block>();
  root.walk((op) => void (op !== root && isCompute(op) && blocks.add(op.parent!)));
  let merges = 0;
  const domains = new Map<Operation, string>();
  const domainOf = (op: Operation) => domains.get(op) ?? domains.set(op, domainKey(op)).get(op)!;
  for (const block of blocks) {
    const tes = block.operations.filter(isCompute);
    const position = new Map(tes.map((te, i) => [te, i]));
    const reach = new Reachability(block);
    for (let i = 0; i < tes.length; i++) {
      let head = tes[i];
      if (!head.parent) continue;
      const queue = new PositionQueue();
      const offer = (after: number, values: readonly Value[]) => {
        for (const v of values) {
          for (const user of v.users) {
            const k = position.get(user);
            if (k !== undefined && k > after) queue.push(k);
          }
        }
      };
      offer(i, head.operands);
      for (let k = queue.pop(), last = i; k !== undefined; k = queue.pop()) {
        if (k === last) continue;
        last = k;
        const other = tes[k];
        if (!other.parent || head.numResults + other.numResults > maxOutputs) continue;
        if (domainOf(head) !== domainOf(other) || reach.dependsOn(other, head)) continue;
        const at = mergePosition(head, other, reach);
        if (at !== 'first' && at !== 'second') continue;
        const otherInputs = other.operands;
        const merged = mergeSideBySide([head, other], at === 'first' ? head : other);
        head.replaceAllUsesWith(merged.results.slice(0, head.numResults));
        other.replaceAllUsesWith(merged.results.slice(head.numResults));
        reach.merge(head, other, merged);
        domains.set(merged, domainOf(head));
        head.erase();
        other.erase();
        head = merged;
        merges++;
        offer(k, otherInputs);
      }
    }
  }
  return merges;
}

export const fuseHorizontalPass = definePass({
  name: 'tensor-fuse-horizontal',
  summary: 'Merge independent TEs with the same domain that read a common input into one multi-output TE',
  anchor: 'func.func',
  options: { 'max-outputs': Option.int(8, 'The most outputs a merged TE may have') },
  statistics: { 'num-merged': 'TEs merged into another' },
  run(ctx) {
    const merges = fuseHorizontally(ctx.op, ctx.options['max-outputs']);
    ctx.addStatistic('num-merged', merges);
    if (merges === 0) ctx.markAllAnalysesPreserved();
  },
});
