// The math dialect's ops, declared with MLIR 22's formats: float ops carry `fastmath` flags
// (the arith dialect's attribute), absi is the one integer op here.
import { type Attribute, type Operation, type Value } from '../../lib/ir/index.js';
import { FloatLike, Pure, SameOperandsAndResultType, SignlessIntegerLike, Elementwise, defineOp, type FoldResult } from '../../lib/dialect/index.js';
import { FastMathProp } from '../arith/ops.js';
import { foldFloatBinary, foldFloatUnary, foldAbsI, unaryFloatFolds } from './folds.js';

const floatUnary = {
  operands: { operand: FloatLike },
  results: { result: FloatLike },
  properties: { fastmath: FastMathProp },
  traits: [Pure, SameOperandsAndResultType, Elementwise],
  assemblyFormat: '$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
} as const;

const unaryFold =
  (name: keyof typeof unaryFloatFolds) =>
  (v: { op: Operation; operand: Value }, [x]: readonly (Attribute | undefined)[]): FoldResult =>
    foldFloatUnary(v.op, unaryFloatFolds[name], x);

export const ExpOp = defineOp({ name: 'math.exp', ...floatUnary }, { fold: unaryFold('exp') });
export const Exp2Op = defineOp({ name: 'math.exp2', ...floatUnary }, { fold: unaryFold('exp2') });
export const LogOp = defineOp({ name: 'math.log', ...floatUnary }, { fold: unaryFold('log') });
export const Log2Op = defineOp({ name: 'math.log2', ...floatUnary }, { fold: unaryFold('log2') });
export const Log10Op = defineOp({ name: 'math.log10', ...floatUnary }, { fold: unaryFold('log10') });
export const SqrtOp = defineOp({ name: 'math.sqrt', ...floatUnary }, { fold: unaryFold('sqrt') });
export const RsqrtOp = defineOp({ name: 'math.rsqrt', ...floatUnary });
export const TanhOp = defineOp({ name: 'math.tanh', ...floatUnary }, { fold: unaryFold('tanh') });
export const ErfOp = defineOp({ name: 'math.erf', ...floatUnary });
export const AbsFOp = defineOp({ name: 'math.absf', ...floatUnary }, { fold: unaryFold('absf') });
export const SinOp = defineOp({ name: 'math.sin', ...floatUnary }, { fold: unaryFold('sin') });
export const CosOp = defineOp({ name: 'math.cos', ...floatUnary }, { fold: unaryFold('cos') });
export const CeilOp = defineOp({ name: 'math.ceil', ...floatUnary }, { fold: unaryFold('ceil') });
export const FloorOp = defineOp({ name: 'math.floor', ...floatUnary }, { fold: unaryFold('floor') });

export const AbsIOp = defineOp(
  {
    name: 'math.absi',
    operands: { operand: SignlessIntegerLike },
    results: { result: SignlessIntegerLike },
    traits: [Pure, SameOperandsAndResultType, Elementwise],
    assemblyFormat: '$operand attr-dict `:` type($result)',
  },
  { fold: (v, [x]) => foldAbsI(v.op, x) },
);

export const PowFOp = defineOp(
  {
    name: 'math.powf',
    operands: { lhs: FloatLike, rhs: FloatLike },
    results: { result: FloatLike },
    properties: { fastmath: FastMathProp },
    traits: [Pure, SameOperandsAndResultType, Elementwise],
    assemblyFormat: '$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
  },
  { fold: (v, [l, r]) => foldFloatBinary(v.op, Math.pow, l, r) },
);

export const FmaOp = defineOp(
  {
    name: 'math.fma',
    operands: { a: FloatLike, b: FloatLike, c: FloatLike },
    results: { result: FloatLike },
    properties: { fastmath: FastMathProp },
    traits: [Pure, SameOperandsAndResultType, Elementwise],
    assemblyFormat: '$a `,` $b `,` $c (`fastmath` `` $fastmath^)? attr-dict `:` type($result)',
  },
);

/** Every math op, in the order the dialect registers them. */
export const mathOps = [
  ExpOp, Exp2Op, LogOp, Log2Op, Log10Op, SqrtOp, RsqrtOp, TanhOp, ErfOp, AbsFOp, SinOp, CosOp, CeilOp, FloorOp, AbsIOp, PowFOp, FmaOp,
] as const;
