// IEEE binary floating-point formats narrower than f64 (f32, tf32, f16, bf16, the IEEE-style f8
// types): exact rounding of doubles and of big integers to them, and their bit patterns.

/** An IEEE-754-style binary format: a sign, `exponentBits` of biased exponent, `fractionBits` stored. */
export interface FloatFormat {
  readonly name: string;
  readonly width: number;
  readonly exponentBits: number;
  readonly fractionBits: number;
  /** The exponent bias, which is also the largest exponent. */
  readonly bias: number;
  /** The exponent of the smallest normal number. */
  readonly minExponent: number;
  /** The largest finite value. */
  readonly maxFinite: number;
}

function format(name: string, exponentBits: number, fractionBits: number): FloatFormat {
  const bias = (1 << (exponentBits - 1)) - 1;
  const maxFinite = (2 - 2 ** -fractionBits) * 2 ** bias;
  return Object.freeze({ name, width: 1 + exponentBits + fractionBits, exponentBits, fractionBits, bias, minExponent: 1 - bias, maxFinite });
}

/** The formats the interpreter computes in, by MLIR type name; others are not supported. */
export const floatFormats: Readonly<Record<string, FloatFormat>> = Object.freeze({
  f64: format('f64', 11, 52),
  f32: format('f32', 8, 23),
  tf32: format('tf32', 8, 10),
  f16: format('f16', 5, 10),
  bf16: format('bf16', 8, 7),
  f8E5M2: format('f8E5M2', 5, 2),
  f8E4M3: format('f8E4M3', 4, 3),
  f8E3M4: format('f8E3M4', 3, 4),
});

/** The format of MLIR float type `name`, or undefined when the interpreter does not support it. */
export function floatFormat(name: string): FloatFormat | undefined {
  return Object.hasOwn(floatFormats, name) ? floatFormats[name] : undefined;
}

/** arith::RoundingMode: how a value between two representable ones is rounded. */
export type RoundingMode = 'to_nearest_even' | 'downward' | 'upward' | 'toward_zero' | 'to_nearest_away';


/** 2^e for any e a double's exponent range and subnormals cover, without overflow in between. */
function pow2(e: number): number {
  if (e > 1023) return 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1022) return 2 ** -1022 * 2 ** (e + 1022);
  return 2 ** e;
}

/** floor(log2(a)) for a finite positive double, exact (Math.log2 can be off by one next to powers of two). */
function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  while (pow2(e) > a) e--;
  while (pow2(e + 1) <= a) e++;
  return e;
}

/** Whether a value with discarded fraction `rest` (in [0, 1) units of the last kept bit) rounds its magnitude up. */
function roundsUp(mode: RoundingMode, negative: boolean, rest: number, lastBitOdd: boolean): boolean {
  if (rest === 0) return false;
  switch (mode) {
    case 'to_nearest_even': return rest > 0.5 || (rest === 0.5 && lastBitOdd);
    case 'to_nearest_away': return rest >= 0.5;
    case 'toward_zero': return false;
    case 'upward': return !negative;
    case 'downward': return negative;
  }
}

/** A magnitude past the largest finite value: infinity, or the largest value when the mode rounds toward zero. */
function overflow(f: FloatFormat, mode: RoundingMode, negative: boolean): number {
  const toInfinity = mode === 'to_nearest_even' || mode === 'to_nearest_away' || (mode === 'upward' ? !negative : mode === 'downward' && negative);
  const m = toInfinity ? Infinity : f.maxFinite;
  return negative ? -m : m;
}

/**
 * `x` rounded to format `f` (round to nearest, ties to even, unless `mode` says otherwise),
 * overflowing to infinity and through subnormals as IEEE-754 does; -0 and NaN pass through.
 */
export function roundTo(f: FloatFormat, x: number, mode: RoundingMode = 'to_nearest_even'): number {
  if (f.width === 64) return x;
  if (mode === 'to_nearest_even') return f.width === 32 ? Math.fround(x) : roundNearestEven(f, x);
  if (!Number.isFinite(x) || x === 0) return x;
  const negative = x < 0;
  const a = Math.abs(x);
  const quantum = pow2(Math.max(exponentOf(a), f.minExponent) - f.fractionBits);
  // a / quantum is exact (a power-of-two scaling of at most 53 bits), and so is every step below.
  const scaled = a / quantum;
  let kept = Math.floor(scaled);
  if (roundsUp(mode, negative, scaled - kept, kept % 2 === 1)) kept++;
  const r = kept * quantum;
  if (r > f.maxFinite) return overflow(f, mode, negative);
  return negative ? -r : r;
}

// A double viewed as two 32-bit words, to read its exponent without Math.log2.
const word = new Float64Array(1);
const words = new Uint32Array(word.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Round to nearest even through the hardware, the hot path of f16/bf16 arithmetic: adding
 * C = 2^(q+52), where 2^q is the target's quantum at x, leaves a sum whose last place is 2^q,
 * so the double addition rounds x to a multiple of 2^q (ties to even, as C is even in those
 * units); subtracting C again is exact. Subnormal targets fall out of the same formula.
 */
function roundNearestEven(f: FloatFormat, x: number): number {
  if (!(Math.abs(x) < Infinity) || x === 0) return x;
  word[0] = x;
  const biased = (words[HIGH] >>> 20) & 0x7ff;
  // Doubles below 2^-1022 are far below the smallest subnormal of every narrower format.
  const e = biased === 0 ? -1023 : biased - 1023;
  // Past the largest binade it overflows (and 2^(q+52) itself could overflow a double).
  if (e > f.bias) return x < 0 ? -Infinity : Infinity;
  const c = pow2(Math.max(e, f.minExponent) - f.fractionBits + 52);
  const s = x < 0 ? -c : c;
  const r = x + s - s;
  if (r === 0) return x < 0 ? -0 : 0;
  return Math.abs(r) > f.maxFinite ? (x < 0 ? -Infinity : Infinity) : r;
}

/** The bit length of a positive bigint. */
function bitLength(m: bigint): number {
  return m.toString(2).length;
}

/**
 * The value m * 2^e (an exact big integer scaled by a power of two) rounded once to format `f`:
 * what sitofp and fma need, where rounding to a double first would round twice.
 */
export function roundScaled(f: FloatFormat, m: bigint, e: number, mode: RoundingMode = 'to_nearest_even'): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  const a = negative ? -m : m;
  const top = bitLength(a) - 1 + e;
  const q = Math.max(top, f.minExponent) - f.fractionBits;
  let kept = a;
  if (q > e) {
    const shift = BigInt(q - e);
    kept = a >> shift;
    const rest = a - (kept << shift);
    const half = 1n << (shift - 1n);
    const restUnits = rest === 0n ? 0 : rest < half ? 0.25 : rest === half ? 0.5 : 0.75;
    if (roundsUp(mode, negative, restUnits, (kept & 1n) === 1n)) kept++;
  }
  const exp = q > e ? q : e;
  if (bitLength(kept) - 1 + exp > f.bias) return overflow(f, mode, negative);
  // kept has at most fractionBits + 2 bits, so Number(kept) is exact; two scalings avoid spurious overflow.
  const r = Number(kept) * pow2(exp);
  return negative ? -r : r;
}

/** The exact value of a finite double as m * 2^e. */
export function decompose(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  return { m: bits >> 63n ? -m : m, e: (biased === 0 ? 1 : biased) - 1075 };
}

/**
 * The bit pattern of `x` (a value of format `f`) as an unsigned bigint. NaN is the quiet NaN
 * with a clear sign and payload: JavaScript numbers keep no NaN payload.
 */
export function floatToBits(f: FloatFormat, x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  if (f.width === 64) return view.setFloat64(0, x), view.getBigUint64(0);
  if (f.width === 32) return view.setFloat32(0, x), BigInt(view.getUint32(0));
  const expMask = (1n << BigInt(f.exponentBits)) - 1n;
  const fb = BigInt(f.fractionBits);
  if (Number.isNaN(x)) return (expMask << fb) | (1n << (fb - 1n));
  const sign = x < 0 || Object.is(x, -0) ? 1n << BigInt(f.width - 1) : 0n;
  const a = Math.abs(roundTo(f, x));
  if (a === Infinity) return sign | (expMask << fb);
  if (a === 0) return sign;
  const e = exponentOf(a);
  if (e < f.minExponent) return sign | BigInt(a / pow2(f.minExponent - f.fractionBits));
  const fraction = BigInt(a / pow2(e - f.fractionBits)) - (1n << fb);
  return sign | (BigInt(e + f.bias) << fb) | fraction;
}

/** The value of bit pattern `bits` (the low `f.width` bits are used) in format `f`. */
export function bitsToFloat(f: FloatFormat, bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  const b = BigInt.asUintN(f.width, bits);
  if (f.width === 64) return view.setBigUint64(0, b), view.getFloat64(0);
  if (f.width === 32) return view.setUint32(0, Number(b)), view.getFloat32(0);
  const fb = BigInt(f.fractionBits);
  const negative = b >> BigInt(f.width - 1) === 1n;
  const biased = Number((b >> fb) & ((1n << BigInt(f.exponentBits)) - 1n));
  const fraction = Number(b & ((1n << fb) - 1n));
  let a: number;
  if (biased === (1 << f.exponentBits) - 1) a = fraction === 0 ? Infinity : NaN;
  else if (biased === 0) a = fraction * pow2(f.minExponent - f.fractionBits);
  else a = (2 ** f.fractionBits + fraction) * pow2(biased - f.bias - f.fractionBits);
  return negative ? -a : a;
}
