// C++ types and literals for MLIR scalar types in emitted CUDA: storage types, the types integer
// ops compute in, float conversions through `float` for f16/bf16, and exact constants.
import { FloatType, IndexType, IntegerType, type Type } from '../../ir/index.js';
import { floatFormat, floatToBits, roundTo } from '../../interp/scalar/index.js';

/** Why a type has no C++ spelling here; the caller reports it at the op. */
export class UnsupportedType extends Error {}

/** The integer width of `t` (index is 64 bits), or undefined for non-integers. */
export function intWidthOf(t: Type): number | undefined {
  if (t instanceof IndexType) return 64;
  return t instanceof IntegerType ? t.width : undefined;
}

/** The storage width (8, 16, 32, 64) of an integer of `width` bits; i1 is `bool`. */
function storageWidth(width: number): number {
  if (width > 64) throw new UnsupportedType(`integers wider than 64 bits have no CUDA type`);
  return width <= 8 ? 8 : width <= 16 ? 16 : width <= 32 ? 32 : 64;
}

/**
 * The C++ type holding values of `t`. Signless integers are stored signed (sign-extended to the
 * storage width, so odd widths such as i4 stay normalized); index is int64_t.
 */
export function cType(t: Type): string {
  if (t instanceof IndexType) return 'int64_t';
  if (t instanceof IntegerType) return t.width === 1 ? 'bool' : `int${storageWidth(t.width)}_t`;
  if (t instanceof FloatType) {
    switch (t.name) {
      case 'f16': return '__half';
      case 'bf16': return '__nv_bfloat16';
      case 'f32': return 'float';
      case 'f64': return 'double';
    }
  }
  for (const of of dialectTypes) {
    const c = of(t);
    if (c !== undefined) return c;
  }
  throw new UnsupportedType(`type '${String(t)}' has no CUDA C++ type`);
}

/** C++ types of dialect types, from the files that emit their ops (mma.ts: wmma fragments). */
const dialectTypes: ((t: Type) => string | undefined)[] = [];

/** Adds a C++ type for some dialect types: `of` returns undefined for the others, or throws UnsupportedType. */
export function registerCType(of: (t: Type) => string | undefined): void {
  dialectTypes.push(of);
}

/** The size in bytes of one element of type `t` in memory. */
export function byteSize(t: Type): number {
  if (t instanceof IndexType) return 8;
  if (t instanceof IntegerType) return t.width === 1 ? 1 : storageWidth(t.width) / 8;
  if (t instanceof FloatType && ['f16', 'bf16', 'f32', 'f64'].includes(t.name)) return t.width / 8;
  throw new UnsupportedType(`type '${String(t)}' has no CUDA C++ type`);
}

/** The types an integer op of `width` bits computes in: at least 32 bits, so that no promotion to int can overflow. */
export function computeTypes(width: number): { s: string; u: string } {
  return width <= 32 ? { s: 'int32_t', u: 'uint32_t' } : { s: 'int64_t', u: 'uint64_t' };
}

/** `x` (a value of integer type `t`) as a signed value of its compute type. i1's true is -1, as MLIR's signed view. */
export function signedView(x: string, t: Type): string {
  const w = intWidthOf(t)!;
  const { s } = computeTypes(w);
  if (w === 1) return `(-(${s})${x})`;
  return `(${s})${x}`;
}

/** `x` (a value of integer type `t`) as an unsigned value of its compute type: its low `width` bits, zero-extended. */
export function unsignedView(x: string, t: Type): string {
  const w = intWidthOf(t)!;
  const { u } = computeTypes(w);
  if (w === 1) return `(${u})${x}`;
  const storage = storageWidth(w);
  if (w === storage) return storage >= 32 ? `(${u})${x}` : `(${u})(uint${storage}_t)${x}`;
  return `((${u})${x} & ${hexMask(w)})`;
}

function hexMask(width: number): string {
  const m = `0x${((1n << BigInt(width)) - 1n).toString(16)}u`;
  return width > 32 ? `${m}ll` : m;
}

/**
 * `expr` (any integer expression) wrapped to integer type `t`: its low bits, sign-extended to the
 * storage type. index computes in int64_t directly (dlc's index arithmetic never wraps).
 */
export function wrapInt(expr: string, t: Type): string {
  if (t instanceof IndexType) return `(int64_t)(${expr})`;
  const w = intWidthOf(t)!;
  if (w === 1) return `(bool)((${expr}) & 1)`;
  const storage = storageWidth(w);
  if (w === storage) return `(int${storage}_t)(${expr})`;
  return `dlc::sext<${w}, int${storage}_t>(${expr})`;
}

/** `x` of float type `t` as the type it computes in (`float` for f16 and bf16). */
export function toCompute(x: string, t: Type): string {
  if (!(t instanceof FloatType)) return x;
  if (t.name === 'f16') return `__half2float(${x})`;
  if (t.name === 'bf16') return `__bfloat162float(${x})`;
  return x;
}

/** `expr` (a `float` or `double` expression) rounded once to float type `t`. */
export function fromCompute(expr: string, t: Type, source: 'float' | 'double' = 'float'): string {
  if (!(t instanceof FloatType)) return expr;
  if (t.name === 'f16') return source === 'double' ? `__double2half(${expr})` : `__float2half_rn(${expr})`;
  if (t.name === 'bf16') return source === 'double' ? `__double2bfloat16(${expr})` : `__float2bfloat16_rn(${expr})`;
  if (t.name === 'f32' && source === 'double') return `(float)(${expr})`;
  return expr;
}

/** The C++ compute type of float type `t`: double for f64, float otherwise. */
export function computeFloat(t: Type): 'float' | 'double' {
  return t instanceof FloatType && t.name === 'f64' ? 'double' : 'float';
}

/** An integer literal of type `t` for `value` (any bigint; wrapped to the type's width). */
export function intLiteral(value: bigint, t: Type): string {
  const w = intWidthOf(t)!;
  if (w === 1) return value & 1n ? 'true' : 'false';
  const v = BigInt.asIntN(w, value);
  const storage = storageWidth(w);
  if (storage === 64) {
    // -2^63 cannot be written as a negated literal: 9223372036854775808 does not fit a long long.
    if (v === -(1n << 63n)) return '(-9223372036854775807ll - 1)';
    return v >= -(1n << 31n) && v < 1n << 31n ? `${v}` : `${v}ll`;
  }
  if (storage === 32 && v === -(1n << 31n)) return '(-2147483647 - 1)';
  return storage === 32 ? `${v}` : `(int${storage}_t)${v}`;
}

/** The shortest decimal that reads back as exactly `x`, a float's value, in a float. */
function shortestFloat(x: number): string {
  for (let digits = 1; digits < 9; digits++) {
    const s = x.toPrecision(digits);
    if (Math.fround(Number(s)) === x) return String(Number(s));
  }
  return String(x);
}

/** A decimal literal that reads back as exactly `x` in a double (or, with the `f` suffix, a float). */
function decimal(x: number, suffix: string): string {
  const s = Object.is(x, -0) ? '-0.0' : suffix === 'f' ? shortestFloat(x) : String(x);
  return `${/[.e]/.test(s) ? s : `${s}.0`}${suffix}`;
}

/** A float literal of type `t` for `value`, rounded once to the type; NaN and infinities as bit patterns. */
export function floatLiteral(value: number, t: FloatType): string {
  const format = floatFormat(t.name);
  if (!format) throw new UnsupportedType(`type '${String(t)}' has no CUDA C++ type`);
  const x = roundTo(format, value);
  const bits = floatToBits(format, x);
  switch (t.name) {
    case 'f16': return `__ushort_as_half((unsigned short)0x${bits.toString(16)}u)`;
    case 'bf16': return `__ushort_as_bfloat16((unsigned short)0x${bits.toString(16)}u)`;
    case 'f32': return Number.isFinite(x) ? decimal(x, 'f') : `dlc::f32_from_bits(0x${bits.toString(16)}u)`;
    default: return Number.isFinite(x) ? decimal(x, '') : `dlc::f64_from_bits(0x${bits.toString(16)}ull)`;
  }
}
