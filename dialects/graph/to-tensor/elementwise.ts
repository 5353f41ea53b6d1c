// Elementwise graph ops as one-to-one TEs (one-to-many where an operand is broadcast): binary
// ops with numpy broadcasting, activations and unary math, casts; constants as arith.constant.
import { AffineMap } from '../../../lib/affine/index.js';
import { ConstantOp } from '../../arith/ops.js';
import type { RankedTensorType, Value } from '../../../lib/ir/index.js';
import type { Body } from './body.js';
import { broadcastMap } from './maps.js';
import { shapeOf, type TeSpec } from './te.js';
import { resultType, type Lowering } from './lowering.js';

type BinaryBody = (b: Body, x: Value, y: Value) => Value;
type UnaryBody = (b: Body, x: Value) => Value;

/** The scalar op of each binary graph op. */
export const binaryBodies: Readonly<Record<string, BinaryBody>> = {
  'graph.add': (b, x, y) => b.add(x, y),
  'graph.sub': (b, x, y) => b.sub(x, y),
  'graph.mul': (b, x, y) => b.mul(x, y),
  'graph.div': (b, x, y) => b.div(x, y),
  'graph.max': (b, x, y) => b.max(x, y),
  'graph.min': (b, x, y) => b.min(x, y),
  'graph.pow': (b, x, y) => b.pow(x, y),
};

/** The scalar body of each unary graph op. */
export const unaryBodies: Readonly<Record<string, UnaryBody>> = {
  'graph.relu': (b, x) => b.max(x, b.constant(0, x.type)),
  // The exact GELU, x * (1 + erf(x / sqrt 2)) / 2, not the tanh approximation.
  'graph.gelu': (b, x) => b.mul(b.mul(x, b.constant(0.5, x.type)), b.add(b.constant(1, x.type), b.erf(b.mul(x, b.constant(Math.SQRT1_2, x.type))))),
  'graph.sigmoid': (b, x) => b.div(b.constant(1, x.type), b.add(b.constant(1, x.type), b.exp(b.neg(x)))),
  'graph.tanh': (b, x) => b.tanh(x),
  'graph.exp': (b, x) => b.exp(x),
  'graph.log': (b, x) => b.log(x),
  'graph.sqrt': (b, x) => b.sqrt(x),
  'graph.rsqrt': (b, x) => b.rsqrt(x),
  'graph.neg': (b, x) => b.neg(x),
  'graph.erf': (b, x) => b.erf(x),
  'graph.abs': (b, x) => b.abs(x),
};

/** A TE over `out`'s shape computing `body` of the operands, each read through its broadcast map. */
export function elementwise(operands: readonly Value[], out: RankedTensorType, body: (b: Body, args: readonly Value[]) => Value): TeSpec {
  const shape = out.shape;
  return {
    bounds: shape,
    inputs: operands,
    inputMaps: operands.map((v) => broadcastMap(shape.length, shapeOf(v), shape)),
    outputs: [{ type: out, map: AffineMap.identity(shape.length) }],
    body: (b: Body, args: readonly Value[]) => [body(b, args)],
  };
}

/** add/sub/mul/div/max/min/pow. */
export const lowerBinary: Lowering = (op, operands, cx) => {
  const fn = binaryBodies[op.name.name];
  return [cx.te(elementwise(operands, resultType(op), (b, [x, y]) => fn(b, x, y)))];
};

/** Activations and unary math. */
export const lowerUnary: Lowering = (op, operands, cx) => {
  const fn = unaryBodies[op.name.name];
  return [cx.te(elementwise(operands, resultType(op), (b, [x]) => fn(b, x)))];
};

/** graph.cast: the element conversion arith has for the two types. */
export const lowerCast: Lowering = (op, operands, cx) => {
  const out = resultType(op);
  return [cx.te(elementwise(operands, out, (b, [x]) => b.cast(x, out.elementType)))];
};

/** graph.constant: the same dense value as an `arith.constant` of tensor type (MLIR's form). */
export const lowerConstant: Lowering = (op, _operands, cx) => {
  const c = cx.b.insert(ConstantOp.create(cx.loc, { properties: { value: op.getAttr('value')! }, resultTypes: [resultType(op)] }));
  return [c.result(0)];
};
