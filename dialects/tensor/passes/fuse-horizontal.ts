// tensor-fuse-horizontal: independent TEs over the same domain that read a common input (the
// Q, K and V projections of one activation) become one TE with several outputs, so that the
// shared input is read once.
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import type { Block, Operation } from '../../../lib/ir/index.js';
import { isCompute, viewTe } from '../analysis/te.js';
import { mergeSideBySide } from './merge.js';
import { Reachability, mergePosition } from './placement.js';

function sameDomain(a: Operation, b: Operation): boolean {
  const x = viewTe(a);
  const y = viewTe(b);
  return x.bounds.length === y.bounds.length && x.bounds.every((n, d) => n === y.bounds[d] && x.iterators[d] === y.iterators[d]);
}

function sharesInput(a: Operation, b: Operation): boolean {
  const ins = new Set(a.operands);
  return b.operands.some((v) => ins.has(v));
}

/** Merges, in each block of `root`, later TEs into earlier ones they may join; returns how many merges. */
export function fuseHorizontally(root: Operation, maxOutputs: number): number {
  const blocks = new Set<Block>();
  root.walk((op) => void (op !== root && isCompute(op) && blocks.add(op.parent!)));
  let merges = 0;
  for (const block of blocks) {
    const tes = block.operations.filter(isCompute);
    let reach = new Reachability(block);
    for (let i = 0; i < tes.length; i++) {
      let head = tes[i];
      if (!head.parent) continue;
      for (let k = i + 1; k < tes.length; k++) {
        const other = tes[k];
        if (!other.parent || head.numResults + other.numResults > maxOutputs) continue;
        if (!sameDomain(head, other) || !sharesInput(head, other) || reach.dependsOn(other, head)) continue;
        const at = mergePosition(head, other, reach);
        if (at !== 'first' && at !== 'second') continue;
        const merged = mergeSideBySide([head, other], at === 'first' ? head : other);
        head.replaceAllUsesWith(merged.results.slice(0, head.numResults));
        other.replaceAllUsesWith(merged.results.slice(head.numResults));
        head.erase();
        other.erase();
        head = merged;
        merges++;
        reach = new Reachability(block);
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
