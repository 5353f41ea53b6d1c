// MLIR 22's CombineIfs for scf.if: two adjacent ifs on the same condition (or one on its
// negation) become one if whose branches hold both ops' branches and yield both ops' results.
import { IntegerAttr, type Block, type Value } from '../../lib/ir/index.js';
import { definePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { ConstantOp, XOrIOp } from '../arith/index.js';
import { IfOp, YieldOp } from './index.js';

/** `x` when `v` is `xori(x, true)`. */
function negationOf(v: Value): Value | undefined {
  const d = v.definingOp;
  if (!d || !XOrIOp.is(d)) return undefined;
  const c = d.operand(1).definingOp;
  const a = c && ConstantOp.is(c) ? c.getAttr('value') : undefined;
  return a instanceof IntegerAttr && a.value === 1n ? d.operand(0) : undefined;
}

/** Appends `from`'s ops to `into` and ends `into` with one yield of both blocks' yielded values. */
function mergeYieldingBlocks(rewriter: PatternRewriter, from: Block, into: Block): void {
  const first = into.last!;
  const second = from.last!;
  const values = [...first.operands, ...second.operands];
  rewriter.mergeBlocks(from, into);
  rewriter.setInsertionPointBefore(second);
  rewriter.insert(YieldOp.create(second.location, { operands: { results: values } }));
  rewriter.eraseOp(first);
  rewriter.eraseOp(second);
}

/** Adjacent scf.ifs on one condition, or on a condition and its negation, merge (CombineIfs). */
export const combineIfs = definePattern({
  name: 'CombineIfs',
  root: 'scf.if',
  matchAndRewrite(nextIf, rewriter) {
    const prevIf = nextIf.prev;
    if (!prevIf || !IfOp.is(prevIf)) return false;
    const prev = IfOp.view(prevIf);
    const next = IfOp.view(nextIf);
    // The blocks of nextIf that run when prevIf's condition holds (then) or not (else).
    let nextThen: Block | undefined;
    let nextElse: Block | undefined;
    if (next.condition === prev.condition) {
      nextThen = next.thenRegion.entry ?? undefined;
      nextElse = next.elseRegion.entry ?? undefined;
    }
    if (negationOf(next.condition) === prev.condition || negationOf(prev.condition) === next.condition) {
      nextElse = next.thenRegion.entry ?? undefined;
      nextThen = next.elseRegion.entry ?? undefined;
    }
    if (!nextThen && !nextElse) return false;

    // Uses of prevIf's results inside nextIf's branches read the yielded values directly.
    const prevThenYield = [...prev.thenRegion.entry!.last!.operands];
    const prevElseYield = prev.elseRegion.empty ? [] : [...prev.elseRegion.entry!.last!.operands];
    prevIf.results.forEach((r, i) => {
      for (const use of [...r.uses]) {
        const region = use.owner.parentRegion;
        const target = nextThen?.parent?.isAncestor(region) ? prevThenYield[i] : nextElse?.parent?.isAncestor(region) ? prevElseYield[i] : undefined;
        if (target) rewriter.modifyOpInPlace(use.owner, () => use.owner.setOperand(use.index, target));
      }
    });

    rewriter.setInsertionPointBefore(nextIf);
    const types = [...prevIf.results, ...nextIf.results].map((r) => r.type);
    const combined = rewriter.insert(IfOp.create(nextIf.location, { operands: { condition: prev.condition }, resultTypes: types }));
    rewriter.inlineRegionBefore(prev.thenRegion, combined.regions[0], 0);
    if (nextThen) mergeYieldingBlocks(rewriter, nextThen, combined.regions[0].entry!);
    rewriter.inlineRegionBefore(prev.elseRegion, combined.regions[1], 0);
    if (nextElse) {
      if (combined.regions[1].empty) rewriter.inlineRegionBefore(nextElse.parent!, combined.regions[1], 0);
      else mergeYieldingBlocks(rewriter, nextElse, combined.regions[1].entry!);
    }
    const n = prevIf.numResults;
    rewriter.replaceOp(prevIf, combined.results.slice(0, n));
    rewriter.replaceOp(nextIf, combined.results.slice(n));
    return true;
  },
});
