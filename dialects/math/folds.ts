// Folds of the math ops on constants, following MLIR: the libm functions fold f32 and f64 only,
// log and sqrt leave negative inputs (-0 included) alone, abs/ceil/floor are exact.
import { isShaped, type Attribute, type Operation } from '../../lib/ir/index.js';
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

const elementOf = (op: Operation) => {
  const t = op.result(0).type;
  return isShaped(t) ? t.elementType : t;
};

/** Applies `f` to a float constant, rounding to the result type. */
export function foldFloatUnary(op: Operation, f: FloatFn, x: Attribute | undefined): FoldResult {
  if (!x) return undefined;
  const element = elementOf(op);
  return mapConstants(op.result(0).type, [x], ([a]) => {
    const v = f(a as number);
    return v === undefined ? undefined : roundFloat(element, v);
  });
}

/** Applies `f` to two float constants (powf). */
export function foldFloatBinary(op: Operation, f: (a: number, b: number) => number, l: Attribute | undefined, r: Attribute | undefined): FoldResult {
  if (!l || !r) return undefined;
  const element = elementOf(op);
  return mapConstants(op.result(0).type, [l, r], ([a, b]) => roundFloat(element, f(a as number, b as number)));
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
