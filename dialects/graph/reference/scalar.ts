// The graph ops' scalar semantics, shared by the interpreter and the constant folds: unary and
// binary element functions on doubles, and rounding to a tensor's element type.
import { FloatType, type Type } from '../../../lib/ir/index.js';
import { cpow, erf, floatFormat, roundTo } from '../../../lib/interp/scalar/index.js';
import type { BinaryKind, UnaryKind } from '../elementwise.js';

/** Rounds a double to an element type's float format (the identity for f64). */
export type Round = (x: number) => number;

/** The rounding function of float element type `t`; undefined for types the interpreter lacks. */
export function rounding(t: Type): Round | undefined {
  if (!(t instanceof FloatType)) return undefined;
  if (t.name === 'f64') return (x) => x;
  if (t.name === 'f32') return Math.fround;
  const f = floatFormat(t.name);
  return f && ((x) => roundTo(f, x));
}

/** Each unary op's function on doubles; the caller rounds the result once. */
export const unaryFns: Readonly<Record<UnaryKind, (x: number) => number>> = {
  relu: (x) => (x > 0 || Number.isNaN(x) ? x : 0),
  gelu: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  neg: (x) => -x,
  erf,
  abs: Math.abs,
};

/** Each binary op's function on doubles; max and min propagate NaN, as ONNX's Max and Min. */
export const binaryFns: Readonly<Record<BinaryKind, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  max: Math.max,
  min: Math.min,
  pow: cpow,
};
