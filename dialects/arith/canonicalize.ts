// Canonicalisation patterns of arith beyond folds, as MLIR 22's ArithCanonicalization.td: a
// comparison's constant moves to the right, chains of add/sub/mul with constants merge, and
// additions of a product by -1 become subtractions. Casts, select and bitwise ops are in
// canonicalize-casts.ts.
import { IntegerAttr, type Attribute, type Operation, type Value } from '../../lib/ir/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { AddIOp, CmpIOp, ConstantOp, MulIOp, SubIOp, cmpIPredicates } from './ops.js';
import { intWidth, mapConstants, splatValue, wrap } from './constants.js';
import { castCanonicalization } from './canonicalize-casts.js';
import { zeroOf } from './folds.js';

/** The value of an arith.constant defining `v`, if any. */
export function constantValue(v: Value): Attribute | undefined {
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

const overflowOf = (op: Operation): string => (op.getAttr('overflowFlags') ? AddIOp.view(op).overflowFlags : 'none');

type IntOpDef = typeof AddIOp | typeof SubIOp | typeof MulIOp;

/**
 * One of MLIR's constant-chain patterns: `root(inner(..), ..)` where the inner op and the root
 * each have one constant operand (`c0`, `c1`), on the side `shape` names; it becomes
 * `make(x, c)` or `make(c, x)` with `c = combine(c0, c1)`.
 */
interface ChainSpec {
  readonly name: string;
  readonly root: IntOpDef;
  readonly inner: IntOpDef;
  /** Where the inner op sits in the root (`lhs`: root(inner, c1)) and where its constant sits. */
  readonly innerAt: 'lhs' | 'rhs';
  readonly innerConstant: 'lhs' | 'rhs';
  readonly make: IntOpDef;
  readonly constantFirst: boolean;
  readonly combine: (c0: bigint, c1: bigint) => bigint;
  /** Overflow flags of the new op: both ops' common flags, or none. */
  readonly flags: 'merge' | 'none';
}

function chainPattern(s: ChainSpec): RewritePattern {
  const [innerIndex, c1Index] = s.innerAt === 'lhs' ? [0, 1] : [1, 0];
  const [c0Index, xIndex] = s.innerConstant === 'rhs' ? [1, 0] : [0, 1];
  return definePattern({
    name: s.name,
    root: s.root.name,
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const inner = op.operand(innerIndex).definingOp;
      if (!inner || !s.inner.is(inner)) return false;
      // MLIR matches these with APIntAttr: scalar constants only, not splats.
      const c0 = constantValue(inner.operand(c0Index));
      const c1 = constantValue(op.operand(c1Index));
      if (!(c0 instanceof IntegerAttr) || !(c1 instanceof IntegerAttr)) return false;
      const type = op.result(0).type;
      const element = 'elementType' in type ? (type as { elementType: typeof type }).elementType : type;
      const width = intWidth(element) ?? 64;
      const value = mapConstants(type, [c0, c1], ([a, b]) => wrap(s.combine(a as bigint, b as bigint), width));
      if (!value) return false;
      rewriter.setInsertionPointBefore(op);
      const c = rewriter.insert(ConstantOp.create(op.location, { properties: { value }, resultTypes: [type] })).result(0);
      const x = inner.operand(xIndex);
      const flags = s.flags === 'merge' ? mergeOverflow(overflowOf(inner), overflowOf(op)) : 'none';
      const [lhs, rhs] = s.constantFirst ? [c, x] : [x, c];
      rewriter.replaceOp(op, rewriter.insert(s.make.create(op.location, { operands: { lhs, rhs }, properties: { overflowFlags: flags } })));
      return true;
    },
  });
}

const add = (a: bigint, b: bigint) => a + b;
const sub = (a: bigint, b: bigint) => a - b;
const subReversed = (a: bigint, b: bigint) => b - a;

const chains: readonly ChainSpec[] = [
  // addi(addi(x, c0), c1) -> addi(x, c0 + c1)
  { name: 'AddIAddConstant', root: AddIOp, inner: AddIOp, innerAt: 'lhs', innerConstant: 'rhs', make: AddIOp, constantFirst: false, combine: add, flags: 'merge' },
  // addi(subi(x, c0), c1) -> addi(x, c1 - c0)
  { name: 'AddISubConstantRHS', root: AddIOp, inner: SubIOp, innerAt: 'lhs', innerConstant: 'rhs', make: AddIOp, constantFirst: false, combine: subReversed, flags: 'merge' },
  // addi(subi(c0, x), c1) -> subi(c0 + c1, x)
  { name: 'AddISubConstantLHS', root: AddIOp, inner: SubIOp, innerAt: 'lhs', innerConstant: 'lhs', make: SubIOp, constantFirst: true, combine: add, flags: 'merge' },
  // muli(muli(x, c0), c1) -> muli(x, c0 * c1)
  { name: 'MulIMulIConstant', root: MulIOp, inner: MulIOp, innerAt: 'lhs', innerConstant: 'rhs', make: MulIOp, constantFirst: false, combine: (a, b) => a * b, flags: 'merge' },
  // subi(addi(x, c0), c1) -> addi(x, c0 - c1)
  { name: 'SubIRHSAddConstant', root: SubIOp, inner: AddIOp, innerAt: 'lhs', innerConstant: 'rhs', make: AddIOp, constantFirst: false, combine: sub, flags: 'merge' },
  // subi(c1, addi(x, c0)) -> subi(c1 - c0, x)
  { name: 'SubILHSAddConstant', root: SubIOp, inner: AddIOp, innerAt: 'rhs', innerConstant: 'rhs', make: SubIOp, constantFirst: true, combine: subReversed, flags: 'merge' },
  // subi(subi(x, c0), c1) -> subi(x, c0 + c1)
  { name: 'SubIRHSSubConstantRHS', root: SubIOp, inner: SubIOp, innerAt: 'lhs', innerConstant: 'rhs', make: SubIOp, constantFirst: false, combine: add, flags: 'merge' },
  // subi(subi(c0, x), c1) -> subi(c0 - c1, x)
  { name: 'SubIRHSSubConstantLHS', root: SubIOp, inner: SubIOp, innerAt: 'lhs', innerConstant: 'lhs', make: SubIOp, constantFirst: true, combine: sub, flags: 'merge' },
  // subi(c1, subi(x, c0)) -> subi(c0 + c1, x)
  { name: 'SubILHSSubConstantRHS', root: SubIOp, inner: SubIOp, innerAt: 'rhs', innerConstant: 'rhs', make: SubIOp, constantFirst: true, combine: add, flags: 'merge' },
  // subi(c1, subi(c0, x)) -> addi(x, c1 - c0)
  { name: 'SubILHSSubConstantLHS', root: SubIOp, inner: SubIOp, innerAt: 'rhs', innerConstant: 'lhs', make: AddIOp, constantFirst: false, combine: subReversed, flags: 'merge' },
];

/** True when `v` is an arith.constant -1 (scalar or splat). */
function isMinusOne(v: Value): boolean {
  const c = splatValue(constantValue(v));
  if (typeof c !== 'bigint') return false;
  const width = intWidth('elementType' in v.type ? (v.type as { elementType: typeof v.type }).elementType : v.type) ?? 64;
  return BigInt.asUintN(width, c) === BigInt.asUintN(width, -1n);
}

/** addi(x, muli(y, -1)) -> subi(x, y) and addi(muli(x, -1), y) -> subi(y, x). */
function addMulNegativeOne(name: string, productAt: 0 | 1): RewritePattern {
  return definePattern({
    name,
    root: 'arith.addi',
    benefit: 2,
    matchAndRewrite(op, rewriter) {
      const mul = op.operand(productAt).definingOp;
      if (!mul || !MulIOp.is(mul) || !isMinusOne(mul.operand(1))) return false;
      rewriter.setInsertionPointBefore(op);
      const created = SubIOp.create(op.location, { operands: { lhs: op.operand(1 - productAt), rhs: mul.operand(0) } });
      rewriter.replaceOp(op, rewriter.insert(created));
      return true;
    },
  });
}

/** subi(subi(a, b), a) -> subi(0, b). */
const subISubILHSRHSLHS = definePattern({
  name: 'SubISubILHSRHSLHS',
  root: 'arith.subi',
  benefit: 2,
  matchAndRewrite(op, rewriter) {
    const inner = op.operand(0).definingOp;
    if (!inner || !SubIOp.is(inner) || inner.operand(0) !== op.operand(1)) return false;
    const type = inner.operand(1).type;
    const zero = zeroOf(type);
    if (!zero) return false;
    rewriter.setInsertionPointBefore(op);
    const c = rewriter.insert(ConstantOp.create(op.location, { properties: { value: zero }, resultTypes: [type] })).result(0);
    const flags = mergeOverflow(overflowOf(inner), overflowOf(op));
    rewriter.replaceOp(op, rewriter.insert(SubIOp.create(op.location, { operands: { lhs: c, rhs: inner.operand(1) }, properties: { overflowFlags: flags } })));
    return true;
  },
});

const byName = (name: string) => chains.filter((c) => c.root.name === name).map(chainPattern);

/** The patterns by root op, for defineDialect. */
export const arithCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  ...castCanonicalization,
  'arith.cmpi': [cmpIConstantToRight, ...(castCanonicalization['arith.cmpi'] ?? [])],
  'arith.addi': [...byName('arith.addi'), addMulNegativeOne('AddIMulNegativeOneRhs', 1), addMulNegativeOne('AddIMulNegativeOneLhs', 0)],
  'arith.subi': [...byName('arith.subi'), subISubILHSRHSLHS],
  'arith.muli': byName('arith.muli'),
};
