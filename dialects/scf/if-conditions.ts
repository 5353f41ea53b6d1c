// scf.if patterns about its condition, as MLIR 22's: inside the branches the condition is a
// known constant (ConditionPropagation), and results that are the condition, its negation, or
// the same value on both sides are replaced (ReplaceIfYieldWithConditionOrValue).
import { IntegerAttr, type Operation, type Value } from '../../lib/ir/index.js';
import { definePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { ConstantOp, XOrIOp } from '../arith/index.js';
import { IfOp } from './index.js';

/** A new i1 arith.constant before `op`. */
function boolBefore(rewriter: PatternRewriter, op: Operation, value: boolean): Value {
  rewriter.setInsertionPointBefore(op);
  return rewriter.insert(ConstantOp.create(op.location, { properties: { value: IntegerAttr.bool(op.context, value) }, resultTypes: [op.operand(0).type] })).result(0);
}

/** The boolean an i1 arith.constant defining `v` holds, if any. */
function boolConstant(v: Value): boolean | undefined {
  const d = v.definingOp;
  const a = d && ConstantOp.is(d) ? d.getAttr('value') : undefined;
  return a instanceof IntegerAttr && a.isBool ? a.value === 1n : undefined;
}

/** Uses of the condition inside the then (else) branch read true (false) (ConditionPropagation). */
export const conditionPropagation = definePattern({
  name: 'ConditionPropagation',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const v = IfOp.view(op);
    if (boolConstant(v.condition) !== undefined) return false;
    let constantTrue: Value | undefined;
    let constantFalse: Value | undefined;
    let changed = false;
    for (const use of [...v.condition.uses]) {
      const region = use.owner.parentRegion;
      let replacement: Value | undefined;
      if (v.thenRegion.isAncestor(region)) replacement = constantTrue ??= boolBefore(rewriter, op, true);
      else if (v.elseRegion.isAncestor(region)) replacement = constantFalse ??= boolBefore(rewriter, op, false);
      if (!replacement) continue;
      const r = replacement;
      rewriter.modifyOpInPlace(use.owner, () => use.owner.setOperand(use.index, r));
      changed = true;
    }
    return changed;
  },
});

/** Results yielded the same on both sides, or as true/false (false/true) constants, become that value, the condition (or its negation). */
export const replaceIfYieldWithConditionOrValue = definePattern({
  name: 'ReplaceIfYieldWithConditionOrValue',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const v = IfOp.view(op);
    if (op.numResults === 0 || v.elseRegion.empty) return false;
    const thenYield = [...v.thenRegion.entry!.last!.operands];
    const elseYield = [...v.elseRegion.entry!.last!.operands];
    let changed = false;
    op.results.forEach((result, i) => {
      if (result.useEmpty) return;
      const [t, f] = [thenYield[i], elseYield[i]];
      if (t === f) {
        rewriter.replaceAllUsesWith(result, t);
        changed = true;
        return;
      }
      const [tv, fv] = [boolConstant(t), boolConstant(f)];
      if (tv === false && fv === true) {
        const one = boolBefore(rewriter, op, true);
        const not = rewriter.insert(XOrIOp.create(op.location, { operands: { lhs: v.condition, rhs: one } }));
        rewriter.replaceAllUsesWith(result, not.result(0));
        changed = true;
      } else if (tv === true && fv === false) {
        rewriter.replaceAllUsesWith(result, v.condition);
        changed = true;
      }
    });
    return changed;
  },
});
