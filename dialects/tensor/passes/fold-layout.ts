// tensor-fold-layout: reorganize and shuffle TEs (copies through a reshaping or permuting map)
// disappear into their consumers' indexing maps by affine composition.
import { definePass } from '../../../lib/pass/pass.js';
import { AffineMapAttr, ArrayAttr, type Operation } from '../../../lib/ir/index.js';
import { isPureAffine, type AffineMap } from '../../../lib/affine/index.js';
import { computeBody, indexingMaps, yieldedValues } from '../index.js';
import { isCompute, reduces, shapeOf, viewTe } from '../analysis/te.js';
import { readsInBounds, simplifyMapInDomain } from '../analysis/simplify.js';
import { readThrough } from './merge.js';

/**
 * True for a layout TE: one input, one output written once, and a body that yields its
 * argument unchanged, so that the TE only moves data (reshape, transpose, slice, broadcast).
 */
export function isLayoutCopy(op: Operation): boolean {
  if (!isCompute(op) || op.numOperands !== 1 || op.numResults !== 1) return false;
  const te = viewTe(op);
  if (reduces(te) || te.combiners[0] !== 'none') return false;
  const body = computeBody(op);
  return body.size === 1 && yieldedValues(op)[0] === body.arguments[0];
}

/**
 * The map through which a consumer with domain `bounds` reads the copy's source when it read
 * the copy through `read`; undefined when the copy's output map cannot be inverted, or the
 * composed map is not affine or leaves the source's bounds (the copy then stays).
 */
export function composeThroughCopy(copy: Operation, read: AffineMap, bounds: readonly number[]): AffineMap | undefined {
  const te = viewTe(copy);
  const toCopy = readThrough(read, te.outputMaps[0]);
  if (!toCopy) return undefined;
  const composed = simplifyMapInDomain(te.inputMaps[0].compose(toCopy), bounds);
  if (!composed.results.every(isPureAffine)) return undefined;
  return readsInBounds(composed, bounds, shapeOf(copy.operand(0).type)) ? composed : undefined;
}

/** Folds every layout copy read by a TE in `root` into that TE's maps; returns how many reads were rewritten. */
export function foldLayout(root: Operation): { folded: number; erased: number } {
  let folded = 0;
  let erased = 0;
  const consumers: Operation[] = [];
  root.walk((op) => void (op !== root && isCompute(op) && consumers.push(op)), 'pre');
  for (const consumer of consumers) {
    // A read may go through a chain of copies (transpose of a reshape): fold until none is left.
    for (let changed = true; changed; ) {
      changed = false;
      consumer.operands.forEach((v, i) => {
        const copy = v.definingOp;
        if (!copy || !isLayoutCopy(copy)) return;
        const maps = indexingMaps(consumer);
        const composed = composeThroughCopy(copy, maps[i], viewTe(consumer).bounds);
        if (!composed) return;
        maps[i] = composed;
        consumer.setOperand(i, copy.operand(0));
        consumer.setAttrOrProp('indexing_maps', ArrayAttr.get(consumer.context, maps.map((m) => AffineMapAttr.get(consumer.context, m))));
        folded++;
        changed = true;
        if (copy.results[0].useEmpty) {
          copy.erase();
          erased++;
        }
      });
    }
  }
  return { folded, erased };
}

export const foldLayoutPass = definePass({
  name: 'tensor-fold-layout',
  summary: 'Fold reshape and transpose TEs into their consumers\' indexing maps',
  description:
    'A TE that only copies its input through a reorganizing or shuffling map is composed into the maps of the TEs ' +
    'that read it; it is erased once no user is left. A copy whose composed map would not be affine stays.',
  anchor: 'func.func',
  statistics: { 'num-folded': 'Reads rewritten to skip a layout copy', 'num-erased': 'Layout copies erased' },
  run(ctx) {
    const { folded, erased } = foldLayout(ctx.op);
    ctx.addStatistic('num-folded', folded);
    ctx.addStatistic('num-erased', erased);
    if (folded === 0) ctx.markAllAnalysesPreserved();
  },
});
