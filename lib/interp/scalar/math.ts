// Semantics of the math dialect's float functions: each computed in doubles and rounded once
// to the operand's format; erf, round, roundeven and fma written here, C's pow special cases.
import { decompose, roundScaled, roundTo, type FloatFormat } from './float-format.js';
import { erf } from './erf.js';

/** A unary float function on doubles (the result is rounded to the format by the caller). */
export type UnaryFn = (x: number) => number;

/** math.round: to nearest, halfway cases away from zero (C's round; Math.round rounds them up). */
export function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  // x - t is exact for every finite double.
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** math.roundeven: to nearest, halfway cases to even (C's roundeven). */
export function roundEven(x: number): number {
  const t = Math.floor(x);
  const rest = x - t;
  const r = rest > 0.5 || (rest === 0.5 && t % 2 !== 0) ? t + 1 : t;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** The math dialect's unary float functions, by mnemonic. */
export const unaryMath = {
  exp: Math.exp,
  exp2: (x) => 2 ** x,
  expm1: Math.expm1,
  log: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  log1p: Math.log1p,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  cbrt: Math.cbrt,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  erf,
  absf: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  trunc: Math.trunc,
  round: roundHalfAway,
  roundeven: roundEven,
} satisfies Record<string, UnaryFn>;

/** The name of a unary math function (`exp`, `erf`, ...). */
export type UnaryMathName = keyof typeof unaryMath;

/** math.<name> on a value of format `f`: the double result rounded once to `f`. */
export function applyUnary(name: UnaryMathName, x: number, f: FloatFormat): number {
  return roundTo(f, unaryMath[name](x));
}

/** C's pow, which differs from Math.pow where the result does not depend on the NaN or infinite exponent. */
export function cpow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

/** The binary math functions, by mnemonic: powf, atan2 and copysign. */
export const binaryMath = {
  powf: cpow,
  atan2: Math.atan2,
  copysign: (a, b) => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a)),
} satisfies Record<string, (a: number, b: number) => number>;

/** The name of a binary math function. */
export type BinaryMathName = keyof typeof binaryMath;

/** math.<name> of two values of format `f`, rounded once to `f`. */
export function applyBinary(name: BinaryMathName, a: number, b: number, f: FloatFormat): number {
  return roundTo(f, binaryMath[name](a, b));
}

/**
 * math.fma: a * b + c rounded once to `f`. Finite operands are summed exactly as big integers
 * (a double fma would round the sum twice); infinities and NaN follow IEEE through doubles,
 * except that a finite product never overflows on its own.
 */
export function fma(a: number, b: number, c: number, f: FloatFormat): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return roundTo(f, a * b + c);
  if (!Number.isFinite(c)) return c;
  const x = decompose(a);
  const y = decompose(b);
  const z = decompose(c);
  const pm = x.m * y.m;
  const pe = x.e + y.e;
  const e = Math.min(pe, z.e);
  const m = (pm << BigInt(pe - e)) + (z.m << BigInt(z.e - e));
  if (m !== 0n) return roundScaled(f, m, e);
  // An exact zero: -0 only when both the product and the addend are negative (or negative zeros).
  const productNegative = (a < 0 || Object.is(a, -0)) !== (b < 0 || Object.is(b, -0));
  const addendNegative = c < 0 || Object.is(c, -0);
  return productNegative && addendNegative ? -0 : 0;
}
