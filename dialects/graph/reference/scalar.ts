// The graph ops' scalar semantics, shared by the interpreter and the constant folds: unary and
// binary element functions on doubles, and rounding to a tensor's element type.
import { FloatType, type Type } from '../../../lib/ir/index.js';
import { canon, cpow, erf, floatFormat, fptosi, roundTo, sitofp, toSigned, uitofp } from '../../../lib/interp/scalar/index.js';
import { intWidth, type Scalar } from '../../../lib/interp/index.js';
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

/**
 * graph.cast of one element: floats round to nearest even, floats to integers truncate toward
 * zero (saturating; NaN gives 0), integers read as signed (i1 as 0 or 1), i1 results test != 0.
 */
export function elementConverter(from: Type, to: Type): (x: Scalar) => Scalar {
  const fw = intWidth(from);
  const tw = intWidth(to);
  const tf = to instanceof FloatType ? floatFormat(to.name) : undefined;
  if (tf) {
    if (fw === undefined) return (x) => roundTo(tf, x as number);
    return fw === 1 ? (x) => uitofp(x as bigint, 1, tf) : (x) => sitofp(x as bigint, fw, tf);
  }
  if (tw === undefined) throw new Error(`cannot cast to '${String(to)}'`);
  if (fw === undefined) return tw === 1 ? (x) => ((x as number) !== 0 ? 1n : 0n) : (x) => fptosi(x as number, tw);
  return tw === 1 ? (x) => ((x as bigint) !== 0n ? 1n : 0n) : (x) => canon(toSigned(x as bigint, fw), tw);
}
