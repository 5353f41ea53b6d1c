// MLIR 22's CombineIfs and CombineNestedIfs for scf.if: two adjacent ifs on the same condition
// (or one on its negation) become one if holding both; an if nested alone in another's then
// branch becomes one if on both conditions.
import { IntegerAttr, type Block, type Value } from '../../lib/ir/index.js';
import { definePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { AndIOp, ConstantOp, SelectOp, XOrIOp } from '../arith/index.js';
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

/**
 * An if whose then block holds only another if (and whose else blocks only yield) becomes one
 * if on both conditions (CombineNestedIfs); values the outer if yields from outside become
 * selects on the outer condition.
 */
export const combineNestedIfs = definePattern({
  name: 'CombineNestedIfs',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const outer = IfOp.view(op);
    const thenBlock = outer.thenRegion.entry!;
    const nestedIf = thenBlock.first;
    if (!nestedIf || nestedIf.next !== thenBlock.last || !IfOp.is(nestedIf)) return false;
    const elseBlock = outer.elseRegion.entry;
    if (elseBlock && elseBlock.first !== elseBlock.last) return false;
    const inner = IfOp.view(nestedIf);
    const innerElse = inner.elseRegion.entry;
    if (innerElse && innerElse.first !== innerElse.last) return false;
    const thenYield = [...thenBlock.last!.operands];
    const elseYield = elseBlock ? [...elseBlock.last!.operands] : [];
    const toSelect: number[] = [];
    for (let i = 0; i < thenYield.length; i++) {
      const v = thenYield[i];
      if (v.definingOp === nestedIf) {
        const k = nestedIf.results.indexOf(v as never);
        if (innerElse?.last!.operand(k) !== elseYield[i]) return false;
        thenYield[i] = inner.thenRegion.entry!.last!.operand(k);
        continue;
      }
      if (v.parentBlock?.parent === outer.thenRegion) return false;
      toSelect.push(i);
    }
    rewriter.setInsertionPointBefore(op);
    const condition = rewriter.insert(AndIOp.create(op.location, { operands: { lhs: outer.condition, rhs: inner.condition } })).result(0);
    const newIf = rewriter.insert(IfOp.create(op.location, { operands: { condition }, resultTypes: op.results.map((r) => r.type) }));
    const newThen = rewriter.createBlockAt(newIf.regions[0], 0, [], []);
    const results: Value[] = [...newIf.results];
    rewriter.setInsertionPointBefore(newIf);
    for (const i of toSelect) {
      results[i] = rewriter.insert(SelectOp.create(op.location, { operands: { condition: outer.condition, true_value: thenYield[i], false_value: elseYield[i] } })).result(0);
    }
    rewriter.mergeBlocks(inner.thenRegion.entry!, newThen);
    const oldYield = newThen.last!;
    rewriter.setInsertionPointBefore(oldYield);
    rewriter.insert(YieldOp.create(oldYield.location, { operands: { results: thenYield } }));
    rewriter.eraseOp(oldYield);
    if (elseYield.length) {
      const newElse = rewriter.createBlockAt(newIf.regions[1], 0, [], []);
      rewriter.setInsertionPointToEnd(newElse);
      rewriter.insert(YieldOp.create(op.location, { operands: { results: elseYield } }));
    }
    rewriter.replaceOp(op, results);
    return true;
  },
});
