// ONNX elementwise operators (arithmetic with broadcasting, activations, unary math, Cast) as graph ops.
import { RankedTensorType, type Value } from '../../ir/index.js';
import {
  AbsOp, AddOp, CastOp, DivOp, ErfOp, ExpOp, GeluOp, LogOp, MaxOp, MinOp, MulOp, NegOp, PowOp, ReluOp, SigmoidOp, SqrtOp, SubOp, TanhOp,
} from '../../../dialects/graph/index.js';
import { ImportError, elementType, type NodeContext, type Produced } from '../context.js';
import type { Converter } from './registry.js';

type BinaryOp = typeof AddOp;
type UnaryOp = typeof ReluOp;

/** `op(lhs, rhs)` inserted at the node. */
export function binary(n: NodeContext, op: BinaryOp, lhs: Value, rhs: Value): Value {
  return n.put(op.create(n.loc, { operands: { lhs, rhs } }))[0];
}

/** `op(x)` inserted at the node. */
export function unary(n: NodeContext, op: UnaryOp, input: Value): Value {
  return n.put(op.create(n.loc, { operands: { input } }))[0];
}

const binaryConverter = (op: BinaryOp): Converter => (n) => [binary(n, op, n.input(0), n.input(1))];
const unaryConverter = (op: UnaryOp): Converter => (n) => [unary(n, op, n.input(0))];

/** Max/Min/Sum/Mean take any number of inputs. */
const variadic = (op: BinaryOp, mean = false): Converter => (n) => {
  let acc = n.input(0);
  for (let i = 1; i < n.inputCount; i++) acc = binary(n, op, acc, n.input(i));
  return [mean ? binary(n, DivOp, acc, n.splat(n.inputCount, acc)) : acc];
};

/** Clip: min and max are optional inputs (attributes before opset 11). */
const clip: Converter = (n) => {
  let x = n.input(0);
  const bound = (i: number, attr: string): Value | undefined => {
    if (n.opset < 11) return n.attrs.has(attr) ? n.splat(n.attrs.float(attr, 0), x) : undefined;
    return n.hasInput(i) ? n.input(i) : undefined;
  };
  const lo = bound(1, 'min');
  const hi = bound(2, 'max');
  if (lo) x = binary(n, MaxOp, x, lo);
  if (hi) x = binary(n, MinOp, x, hi);
  return [x];
};

const leakyRelu: Converter = (n) => {
  const x = n.input(0);
  const alpha = n.attrs.float('alpha', 0.01);
  // max(x, alpha x) is x for x >= 0 and alpha x below when alpha <= 1.
  if (alpha > 1) throw new ImportError(`alpha ${alpha} > 1 is not supported`);
  return [binary(n, MaxOp, x, binary(n, MulOp, x, n.splat(alpha, x)))];
};

const gelu: Converter = (n) => {
  const approximate = n.attrs.string('approximate', 'none');
  if (approximate !== 'none') throw new ImportError(`approximate = '${approximate}' is not supported (only the exact form)`);
  return [unary(n, GeluOp, n.input(0))];
};

const reciprocal: Converter = (n) => {
  const x = n.input(0);
  return [binary(n, DivOp, n.splat(1, x), x)];
};

/** log(exp(x) + 1). */
const softplusOf = (n: NodeContext, x: Value): Value => unary(n, LogOp, binary(n, AddOp, unary(n, ExpOp, x), n.splat(1, x)));

const hardSigmoid: Converter = (n) => {
  const x = n.input(0);
  const y = binary(n, AddOp, binary(n, MulOp, x, n.splat(n.attrs.float('alpha', 0.2), x)), n.splat(n.attrs.float('beta', 0.5), x));
  return [binary(n, MinOp, binary(n, MaxOp, y, n.splat(0, x)), n.splat(1, x))];
};

/** alpha (exp(x) - 1) below zero, x above, times gamma: max(x, 0) + min(alpha (exp(x) - 1), 0) is exact for alpha >= 0. */
const elu = (defaultAlpha: number, defaultGamma?: number): Converter => (n) => {
  const x = n.input(0);
  const alpha = n.attrs.float('alpha', defaultAlpha);
  if (alpha < 0) throw new ImportError(`alpha ${alpha} < 0 is not supported`);
  const negative = binary(n, MinOp, binary(n, MulOp, binary(n, SubOp, unary(n, ExpOp, x), n.splat(1, x)), n.splat(alpha, x)), n.splat(0, x));
  const y = binary(n, AddOp, binary(n, MaxOp, x, n.splat(0, x)), negative);
  return [defaultGamma === undefined ? y : binary(n, MulOp, y, n.splat(n.attrs.float('gamma', defaultGamma), x))];
};

const hardSwish: Converter = (n) => {
  const x = n.input(0);
  const y = binary(n, AddOp, binary(n, MulOp, x, n.splat(1 / 6, x)), n.splat(0.5, x));
  return [binary(n, MulOp, x, binary(n, MinOp, binary(n, MaxOp, y, n.splat(0, x)), n.splat(1, x)))];
};

const mish: Converter = (n) => {
  const x = n.input(0);
  return [binary(n, MulOp, x, unary(n, TanhOp, softplusOf(n, x)))];
};

const cast: Converter = (n): Produced[] => {
  const to = n.attrs.int('to', 0);
  const type = n.type(0);
  const target = RankedTensorType.get(type.shape, elementType(n.ctx, to));
  const data = n.constInput(0);
  if (data && !target.elementType.toString().startsWith('f')) {
    return [{ dims: data.dims, dataType: to, values: data.values.map((v) => (typeof v === 'bigint' ? v : BigInt(Math.trunc(v)))) }];
  }
  if (target === type) return [n.input(0)];
  return n.put(CastOp.create(n.loc, { operands: { input: n.input(0) }, resultTypes: [target] }));
};

/** The elementwise converters, by ONNX op type. */
export const elementwiseConverters: Record<string, Converter> = {
  Add: binaryConverter(AddOp),
  Sub: binaryConverter(SubOp),
  Mul: binaryConverter(MulOp),
  Div: binaryConverter(DivOp),
  Pow: binaryConverter(PowOp),
  Max: variadic(MaxOp),
  Min: variadic(MinOp),
  Sum: variadic(AddOp),
  Mean: variadic(AddOp, true),
  Relu: unaryConverter(ReluOp),
  Sigmoid: unaryConverter(SigmoidOp),
  Tanh: unaryConverter(TanhOp),
  Exp: unaryConverter(ExpOp),
  Log: unaryConverter(LogOp),
  Sqrt: unaryConverter(SqrtOp),
  Neg: unaryConverter(NegOp),
  Erf: unaryConverter(ErfOp),
  Abs: unaryConverter(AbsOp),
  Gelu: gelu,
  Clip: clip,
  LeakyRelu: leakyRelu,
  Reciprocal: reciprocal,
  Softplus: (n) => [softplusOf(n, n.input(0))],
  HardSigmoid: hardSigmoid,
  HardSwish: hardSwish,
  Elu: elu(1),
  Selu: elu(1.67326319217681884765625, 1.05070102214813232421875),
  Mish: mish,
  Cast: cast,
  Identity: (n) => [n.constInput(0) ?? n.input(0)],
  Dropout: (n) => [n.constInput(0) ?? n.input(0)],
};
