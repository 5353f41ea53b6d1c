// Floating-point literals exactly as MLIR prints them: APFloat's `toString` (scientific with
// six digits when that round-trips, else the shortest default form) or the bit pattern in hex.
import type { FloatKind } from '../ir/types.js';

/** The parameters of a float format that printing needs. */
interface Semantics {
  /** Significand bits including the implicit one (APFloat's `precision`). */
  readonly precision: number;
  /** Exponent field width in bits. */
  readonly exponentBits: number;
  /** The smallest normal exponent. */
  readonly minExponent: number;
  /** The largest finite exponent. */
  readonly maxExponent: number;
  /** True when the format has an explicit bit for the integer part (x87 f80). */
  readonly explicitInteger?: boolean;
}

const ieee = (precision: number, exponentBits: number): Semantics => {
  const bias = 2 ** (exponentBits - 1) - 1;
  return { precision, exponentBits, minExponent: 1 - bias, maxExponent: bias };
};

// The 8-bit and smaller kinds use their own special-value conventions; their finite values
// print through the same decimal algorithm, only their hex forms are approximations.
const SEMANTICS: Record<FloatKind, Semantics> = {
  f4E2M1FN: { precision: 2, exponentBits: 2, minExponent: 0, maxExponent: 2 },
  f6E2M3FN: { precision: 4, exponentBits: 2, minExponent: 0, maxExponent: 2 },
  f6E3M2FN: { precision: 3, exponentBits: 3, minExponent: -2, maxExponent: 4 },
  f8E5M2: ieee(3, 5),
  f8E4M3: ieee(4, 4),
  f8E4M3FN: { precision: 4, exponentBits: 4, minExponent: -6, maxExponent: 8 },
  f8E5M2FNUZ: { precision: 3, exponentBits: 5, minExponent: -15, maxExponent: 15 },
  f8E4M3FNUZ: { precision: 4, exponentBits: 4, minExponent: -7, maxExponent: 7 },
  f8E4M3B11FNUZ: { precision: 4, exponentBits: 4, minExponent: -10, maxExponent: 4 },
  f8E3M4: ieee(5, 3),
  f8E8M0FNU: { precision: 1, exponentBits: 8, minExponent: -127, maxExponent: 127 },
  bf16: ieee(8, 8),
  f16: ieee(11, 5),
  tf32: ieee(11, 8),
  f32: ieee(24, 8),
  f64: ieee(53, 11),
  f80: { precision: 64, exponentBits: 15, minExponent: -16382, maxExponent: 16383, explicitInteger: true },
  f128: ieee(113, 15),
};

/** Storage width of each kind in bits, for the hex form. */
const STORAGE_BITS: Record<FloatKind, number> = {
  f4E2M1FN: 4, f6E2M3FN: 6, f6E3M2FN: 6, f8E5M2: 8, f8E4M3: 8, f8E4M3FN: 8, f8E5M2FNUZ: 8,
  f8E4M3FNUZ: 8, f8E4M3B11FNUZ: 8, f8E3M4: 8, f8E8M0FNU: 8, bf16: 16, f16: 16, tf32: 19,
  f32: 32, f64: 64, f80: 80, f128: 128,
};

const f64View = new DataView(new ArrayBuffer(8));

/** Splits a finite non-zero double into an odd integer significand and a binary exponent. */
function decompose(x: number): { significand: bigint; exponent: number } {
  f64View.setFloat64(0, Math.abs(x));
  const bits = f64View.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let significand = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    significand |= 1n << 52n;
    exponent = biased - 1075;
  }
  while ((significand & 1n) === 0n) {
    significand >>= 1n;
    exponent++;
  }
  return { significand, exponent };
}

/** Drops low decimal digits as APFloat's integer AdjustToPrecision does (a truncation). */
function truncateToPrecision(significand: bigint, exp: number, formatPrecision: number): [bigint, number] {
  const bits = significand.toString(2).length;
  const bitsRequired = Math.floor((formatPrecision * 196 + 58) / 59);
  if (bits <= bitsRequired) return [significand, exp];
  const tensRemovable = Math.floor(((bits - bitsRequired) * 59) / 196);
  if (!tensRemovable) return [significand, exp];
  return [significand / 10n ** BigInt(tensRemovable), exp + tensRemovable];
}

/**
 * APFloat::toString of a finite value. `formatPrecision` 0 picks the round-trip precision of
 * the semantics; `maxPadding` 0 forces scientific notation.
 */
function apfloatToString(x: number, sem: Semantics, formatPrecision: number, maxPadding: number, truncateZero: boolean): string {
  let out = x < 0 ? '-' : '';
  if (x === 0) {
    if (Object.is(x, -0)) out = '-';
    if (maxPadding) return `${out}0`;
    if (truncateZero) return `${out}0.0E+0`;
    return `${out}0.${'0'.repeat(Math.max(formatPrecision, 1))}e+00`;
  }
  if (!formatPrecision) formatPrecision = 2 + Math.floor((sem.precision * 59) / 196);
  const d = decompose(x);
  let significand = d.significand;
  let exp = d.exponent;
  if (exp > 0) {
    significand <<= BigInt(exp);
    exp = 0;
  } else if (exp < 0) {
    significand *= 5n ** BigInt(-exp);
  }
  [significand, exp] = truncateToPrecision(significand, exp, formatPrecision);
  // Decimal digits, least significant first, trailing zeros folded into the exponent.
  let digits = significand.toString();
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) {
    end--;
    exp++;
  }
  digits = digits.slice(0, end);
  // Round half up to formatPrecision digits, as APFloat's digit-buffer AdjustToPrecision.
  if (digits.length > formatPrecision) {
    const cut = digits.length - formatPrecision;
    const roundDigit = digits.charCodeAt(formatPrecision);
    let kept = digits.slice(0, formatPrecision);
    exp += cut;
    if (roundDigit >= 53) {
      const bumped = (BigInt(kept) + 1n).toString();
      if (bumped.length > kept.length) {
        kept = bumped.slice(0, kept.length);
        exp++;
      } else {
        kept = bumped;
      }
    }
    let k = kept.length;
    while (k > 1 && kept.charCodeAt(k - 1) === 48) {
      k--;
      exp++;
    }
    digits = kept.slice(0, k);
  }
  const nDigits = digits.length;
  let scientific: boolean;
  if (!maxPadding) scientific = true;
  else if (exp >= 0) scientific = exp > maxPadding || nDigits + exp > formatPrecision;
  else {
    const msd = exp + nDigits - 1;
    scientific = msd >= 0 ? false : -msd > maxPadding;
  }
  if (scientific) {
    exp += nDigits - 1;
    out += digits[0] + '.';
    if (nDigits === 1 && truncateZero) out += '0';
    else out += digits.slice(1);
    if (!truncateZero && formatPrecision > nDigits - 1) out += '0'.repeat(formatPrecision - nDigits + 1);
    out += truncateZero ? 'E' : 'e';
    out += exp >= 0 ? '+' : '-';
    const e = String(Math.abs(exp));
    out += !truncateZero && e.length < 2 ? `0${e}` : e;
    return out;
  }
  if (exp >= 0) return out + digits + '0'.repeat(exp);
  const whole = exp + nDigits;
  if (whole > 0) return `${out}${digits.slice(0, whole)}.${digits.slice(whole)}`;
  return `${out}0.${'0'.repeat(-whole)}${digits}`;
}

/** Rounds a double to the nearest value of `sem` (ties to even); out of range becomes infinity. */
export function roundToSemantics(x: number, kind: FloatKind): number {
  if (kind === 'f64' || kind === 'f80' || kind === 'f128' || !Number.isFinite(x) || x === 0) return x;
  if (kind === 'f32') return Math.fround(x);
  const sem = SEMANTICS[kind];
  const a = Math.abs(x);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  if (e < sem.minExponent) e = sem.minExponent;
  const quantum = 2 ** (e - sem.precision + 1);
  const q = a / quantum;
  const fl = Math.floor(q);
  const diff = q - fl;
  const n = diff > 0.5 || (diff === 0.5 && fl % 2 === 1) ? fl + 1 : fl;
  const r = n * quantum;
  const maxFinite = (2 - 2 ** (1 - sem.precision)) * 2 ** sem.maxExponent;
  const v = r > maxFinite ? Infinity : r;
  return x < 0 ? -v : v;
}

/** The bit pattern of `x` in `kind` (NaN payloads are not kept: NaN is the default quiet NaN). */
export function floatBits(x: number, kind: FloatKind): bigint {
  if (kind === 'f64') {
    f64View.setFloat64(0, x);
    return f64View.getBigUint64(0);
  }
  if (kind === 'f32') {
    f64View.setFloat32(0, x);
    return BigInt(f64View.getUint32(0));
  }
  const sem = SEMANTICS[kind];
  const mantBits = sem.explicitInteger ? sem.precision : sem.precision - 1;
  const width = STORAGE_BITS[kind];
  const sign = x < 0 || Object.is(x, -0) ? 1n << BigInt(width - 1) : 0n;
  const expAll = (1n << BigInt(sem.exponentBits)) - 1n;
  const bias = BigInt(-sem.minExponent + 1);
  if (Number.isNaN(x)) return (expAll << BigInt(mantBits)) | (1n << BigInt(mantBits - 1));
  if (!Number.isFinite(x)) return sign | (expAll << BigInt(mantBits)) | (sem.explicitInteger ? 1n << 63n : 0n);
  if (x === 0) return sign;
  const { significand, exponent } = decompose(x);
  // value = significand * 2^exponent; normalise so the leading bit sits at mantBits.
  const len = significand.toString(2).length;
  const e = exponent + len - 1;
  if (e < sem.minExponent) {
    const shift = exponent - (sem.minExponent - (sem.precision - 1));
    return sign | (shift >= 0 ? significand << BigInt(shift) : significand >> BigInt(-shift));
  }
  const frac = (significand << BigInt(sem.precision - len)) & ((1n << BigInt(sem.precision - 1)) - 1n);
  const integerBit = sem.explicitInteger ? 1n << 63n : 0n;
  return sign | ((BigInt(e) + bias) << BigInt(mantBits)) | integerBit | frac;
}

/** Hex as APInt prints it with C-literal formatting: `0x7F800000`, no leading zeros. */
export function hexLiteral(bits: bigint): string {
  return `0x${bits.toString(16).toUpperCase()}`;
}

/**
 * Prints a float value of `kind` as MLIR's printFloatValue: `1.000000e+00` when six digits
 * round-trip, else APFloat's shortest form when it has a `.`, else the bits in hex.
 * `hex` tells whether the hex form was used (attribute printing then keeps the type).
 */
export function formatFloat(x: number, kind: FloatKind): { text: string; hex: boolean } {
  if (Number.isFinite(x)) {
    const sem = SEMANTICS[kind];
    const sci = apfloatToString(x, sem, 6, 0, false);
    if (Object.is(roundToSemantics(Number(sci), kind), x)) return { text: sci, hex: false };
    const plain = apfloatToString(x, sem, 0, 3, true);
    if (plain.includes('.')) return { text: plain, hex: false };
  }
  return { text: hexLiteral(floatBits(x, kind)), hex: true };
}
