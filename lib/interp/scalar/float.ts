// Float semantics of MLIR's arith ops: every result rounded once to its format, IEEE
// comparisons, the two min/max families, and conversions to and from integers and bit patterns.
import { canon, maxSigned, maxUnsigned, minSigned, toSigned, toUnsigned } from './int.js';
import { bitsToFloat, floatToBits, roundScaled, roundTo, type FloatFormat, type RoundingMode } from './float-format.js';

/** A binary float op on values of format `f`, returning a value of `f`. */
export type FloatBinary = (a: number, b: number, f: FloatFormat) => number;

/** llvm::maximum: NaN if either is NaN, and -0 < +0 — exactly what ECMAScript specifies for Math.max. */
export const maximum: (a: number, b: number) => number = Math.max;
/** llvm::minimum: NaN if either is NaN, and -0 < +0 — exactly ECMAScript's Math.min. */
export const minimum: (a: number, b: number) => number = Math.min;

/** llvm::maxnum (IEEE-754 2008 maxNum): a NaN operand is ignored; the zeros ordered as maximum. */
export function maxnum(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  return Number.isNaN(b) ? a : maximum(a, b);
}

/** llvm::minnum: a NaN operand is ignored; the zeros ordered as minimum. */
export function minnum(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  return Number.isNaN(b) ? a : minimum(a, b);
}

/**
 * The binary float ops of arith, by mnemonic. Computing in doubles and rounding once is exact
 * for +, -, *, / to formats of at most 24 significant bits (a double has more than 2p+2 bits),
 * and remf (C's fmod) is always exact.
 */
export const floatBinary = {
  addf: (a, b, f) => roundTo(f, a + b),
  subf: (a, b, f) => roundTo(f, a - b),
  mulf: (a, b, f) => roundTo(f, a * b),
  divf: (a, b, f) => roundTo(f, a / b),
  remf: (a, b, f) => roundTo(f, a % b),
  maximumf: (a, b) => maximum(a, b),
  minimumf: (a, b) => minimum(a, b),
  maxnumf: (a, b) => maxnum(a, b),
  minnumf: (a, b) => minnum(a, b),
} satisfies Record<string, FloatBinary>;

/** The name of a float binary op (`addf`, `maximumf`, ...). */
export type FloatBinaryName = keyof typeof floatBinary;

/** arith.negf: flips the sign, zeros included. */
export const negf = (a: number): number => -a;

/** arith.cmpf's predicates, in MLIR's numbering order. */
export const cmpFPredicateNames = [
  'false', 'oeq', 'ogt', 'oge', 'olt', 'ole', 'one', 'ord', 'ueq', 'ugt', 'uge', 'ult', 'ule', 'une', 'uno', 'true',
] as const;
/** An arith.cmpf predicate. */
export type CmpFPredicate = (typeof cmpFPredicateNames)[number];

/** arith.cmpf: ordered predicates are false and unordered ones true when either operand is NaN. */
export function cmpf(predicate: CmpFPredicate, a: number, b: number): boolean {
  const unordered = Number.isNaN(a) || Number.isNaN(b);
  switch (predicate) {
    case 'false': return false;
    case 'true': return true;
    case 'ord': return !unordered;
    case 'uno': return unordered;
  }
  if (unordered) return predicate[0] === 'u';
  switch (predicate.slice(1)) {
    case 'eq': return a === b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
    case 'lt': return a < b;
    case 'le': return a <= b;
    default: return a !== b;
  }
}

/** arith.extf: widening is exact. */
export const extf = (a: number, to: FloatFormat): number => roundTo(to, a);
/** arith.truncf: rounds to the narrower format with `mode` (to nearest even by default). */
export const truncf = (a: number, to: FloatFormat, mode?: RoundingMode): number => roundTo(to, a, mode);

/** arith.sitofp: `a` of `width` bits read as signed, rounded once to `to`. */
export const sitofp = (a: bigint, width: number, to: FloatFormat): number => roundScaled(to, toSigned(a, width), 0);
/** arith.uitofp: `a` of `width` bits read as unsigned, rounded once to `to`. */
export const uitofp = (a: bigint, width: number, to: FloatFormat): number => roundScaled(to, toUnsigned(a, width), 0);

/**
 * The conversion toward zero of `a` clamped to [lo, hi]. Out-of-range values are poison in
 * MLIR; we saturate (NaN gives 0), as llvm.fptosi.sat does, so the result is deterministic.
 */
function saturate(a: number, lo: bigint, hi: bigint): bigint {
  if (Number.isNaN(a)) return 0n;
  if (a === Infinity) return hi;
  if (a === -Infinity) return lo;
  const v = BigInt(Math.trunc(a));
  return v < lo ? lo : v > hi ? hi : v;
}

/** arith.fptosi: toward zero, saturating to the signed range of `width` bits. */
export const fptosi = (a: number, width: number): bigint => canon(saturate(a, minSigned(width), maxSigned(width)), width);
/** arith.fptoui: toward zero, saturating to the unsigned range of `width` bits. */
export const fptoui = (a: number, width: number): bigint => canon(saturate(a, 0n, maxUnsigned(width)), width);

/** arith.bitcast from a float of format `from` to an integer of the same width. */
export const floatBitsAsInt = (a: number, from: FloatFormat): bigint => canon(floatToBits(from, a), from.width);
/** arith.bitcast from an integer to a float of format `to` of the same width. */
export const intBitsAsFloat = (a: bigint, to: FloatFormat): number => bitsToFloat(to, a);
