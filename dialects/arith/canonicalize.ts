// Canonicalisation patterns of arith beyond folds, as MLIR's: a comparison's constant moves to
// the right (predicate swapped), and chains of additions and subtractions of constants merge.
import type { Attribute, Operation, Value } from '../../lib/ir/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { AddIOp, CmpIOp, ConstantOp, SubIOp, cmpIPredicates } from './ops.js';
import { intWidth, mapConstants, wrap } from './constants.js';

/** The value of an arith.constant defining `v`, if any. */
function constantValue(v: Value): Attribute | undefined {
  const d = v.definingOp;
  return d && ConstantOp.is(d) ? d.getAttr('value') : undefined;
}

/** The predicate that holds for (b, a) when `p` holds for (a, b). */
const swapped: Record<string, keyof typeof cmpIPredicates> = {
  eq: 'eq', ne: 'ne', slt: 'sgt', sle: 'sge', sgt: 'slt', sge: 'sle', ult: 'ugt', ule: 'uge', ugt: 'ult', uge: 'ule',
};

const cmpIConstantToRight = definePattern({
  name: 'arith-cmpi-constant-to-right',
  root: 'arith.cmpi',
  matchAndRewrite(op, rewriter) {
    const v = CmpIOp.view(op);
    if (!constantValue(v.lhs) || constantValue(v.rhs)) return false;
    rewriter.setInsertionPointBefore(op);
    const swappedOp = CmpIOp.create(op.location, { operands: { lhs: v.rhs, rhs: v.lhs }, properties: { predicate: swapped[v.predicate] } });
    rewriter.replaceOp(op, rewriter.insert(swappedOp));
    return true;
  },
});

/** MLIR's MergeOverflow: the flags both ops carry. */
function mergeOverflow(a: string, b: string): string {
  const theirs = new Set(b.split(/,\s*/));
  const both = a.split(/,\s*/).filter((f) => f !== 'none' && theirs.has(f));
  return both.length ? both.join(',') : 'none';
}

/** `op(x, c0 ⊕ c1)` in place of `op` when its rhs and the inner op's rhs are constants. */
function mergeConstants(rewriter: PatternRewriter, op: Operation, inner: Operation, flags: string, combine: (a: bigint, b: bigint) => bigint): boolean {
  const c1 = constantValue(op.operand(1));
  const c0 = constantValue(inner.operand(1));
  if (!c0 || !c1) return false;
  const type = op.result(0).type;
  const width = intWidth('elementType' in type ? (type as { elementType: typeof type }).elementType : type) ?? 64;
  const value = mapConstants(type, [c0, c1], ([a, b]) => wrap(combine(a as bigint, b as bigint), width));
  if (!value) return false;
  rewriter.setInsertionPointBefore(op);
  const constant = rewriter.insert(ConstantOp.create(op.location, { properties: { value }, resultTypes: [type] }));
  const merged = AddIOp.create(op.location, { operands: { lhs: inner.operand(0), rhs: constant.result(0) }, properties: { overflowFlags: mergeOverflow(flags, AddIOp.view(inner).overflowFlags) } });
  rewriter.replaceOp(op, rewriter.insert(merged));
  return true;
}

/** addi(addi(x, c0), c1) -> addi(x, c0 + c1) (MLIR's AddIAddConstant). */
const addIAddConstant = definePattern({
  name: 'arith-addi-add-constant',
  root: 'arith.addi',
  matchAndRewrite(op, rewriter) {
    const inner = op.operand(0).definingOp;
    return !!inner && AddIOp.is(inner) && mergeConstants(rewriter, op, inner, AddIOp.view(op).overflowFlags, (a, b) => a + b);
  },
});

/** subi(addi(x, c0), c1) -> addi(x, c0 - c1) (MLIR's SubIRHSAddConstant). */
const subIRHSAddConstant = definePattern({
  name: 'arith-subi-rhs-add-constant',
  root: 'arith.subi',
  matchAndRewrite(op, rewriter) {
    const inner = op.operand(0).definingOp;
    return !!inner && AddIOp.is(inner) && mergeConstants(rewriter, op, inner, SubIOp.view(op).overflowFlags, (a, b) => a - b);
  },
});

/** The patterns by root op, for defineDialect. */
export const arithCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'arith.cmpi': [cmpIConstantToRight],
  'arith.addi': [addIAddConstant],
  'arith.subi': [subIRHSAddConstant],
};
