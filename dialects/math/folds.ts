// Folds of the math ops on constants, following MLIR where JavaScript can match it exactly:
// log and sqrt leave negative inputs (-0 included) alone, abs/ceil/floor/sqrt are exact.
import { FloatType, isShaped, type Attribute, type Operation, type Type } from '../../lib/ir/index.js';
import type { FoldResult } from '../../lib/dialect/index.js';
import { intWidth, mapConstants, roundFloat, wrap } from '../arith/constants.js';

/** A float function, undefined where MLIR declines to fold. */
type FloatFn = (x: number) => number | undefined;

/** Sign bit set: APFloat::isNegative, true for -0 and for negative NaNs we cannot tell apart. */
const negative = (x: number): boolean => x < 0 || Object.is(x, -0);
const unlessNegative = (f: (x: number) => number): FloatFn => (x) => (negative(x) ? undefined : f(x));

/** The unary folds, by mnemonic. */
export const unaryFloatFolds = {
  exp: Math.exp,
  exp2: (x: number) => 2 ** x,
  log: unlessNegative(Math.log),
  log2: unlessNegative(Math.log2),
  log10: unlessNegative(Math.log10),
  sqrt: unlessNegative(Math.sqrt),
  tanh: Math.tanh,
  absf: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  ceil: Math.ceil,
  floor: Math.floor,
} satisfies Record<string, FloatFn>;

/**
 * Functions JavaScript computes exactly (correctly rounded). The others (V8's fdlibm ports) can
 * be an ulp away from the libm results MLIR folds to, which is far below an f32 ulp but not
 * below an f64 one, so they fold f32 only.
 */
const exact = new Set<FloatFn>([unaryFloatFolds.sqrt, unaryFloatFolds.absf, unaryFloatFolds.ceil, unaryFloatFolds.floor]);

const elementOf = (op: Operation) => {
  const t = op.result(0).type;
  return isShaped(t) ? t.elementType : t;
};

/**
 * Rounds a folded value to `element`, or declines: a NaN made from non-NaN operands (libm's
 * NaN has a sign and payload JavaScript does not keep), and inexact functions on f64.
 */
function folded(element: Type, v: number | undefined, inputs: readonly number[], isExact: boolean): number | undefined {
  if (v === undefined || (Number.isNaN(v) && !inputs.some(Number.isNaN))) return undefined;
  if (!isExact && !(element instanceof FloatType && element.name === 'f32')) return undefined;
  return roundFloat(element, v);
}

/** Applies `f` to a float constant, rounding to the result type. */
export function foldFloatUnary(op: Operation, f: FloatFn, x: Attribute | undefined): FoldResult {
  if (!x) return undefined;
  const element = elementOf(op);
  return mapConstants(op.result(0).type, [x], ([a]) => folded(element, f(a as number), [a as number], exact.has(f)));
}

/** Applies `f` to two float constants (powf, which is inexact in JavaScript). */
export function foldFloatBinary(op: Operation, f: (a: number, b: number) => number, l: Attribute | undefined, r: Attribute | undefined): FoldResult {
  if (!l || !r) return undefined;
  const element = elementOf(op);
  return mapConstants(op.result(0).type, [l, r], ([a, b]) => folded(element, f(a as number, b as number), [a as number, b as number], false));
}

/** absi of a constant, wrapping as APInt::abs does (abs of the minimum value is itself). */
export function foldAbsI(op: Operation, x: Attribute | undefined): FoldResult {
  if (!x) return undefined;
  const width = intWidth(elementOf(op)) ?? 64;
  return mapConstants(op.result(0).type, [x], ([a]) => {
    const v = BigInt.asIntN(width, a as bigint);
    return wrap(v < 0n ? -v : v, width);
  });
}
