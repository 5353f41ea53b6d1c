// Constant values as the folds see them: integers wrapped to their width as MLIR's APInt does,
// floats rounded to their type, and element-wise mapping over scalar and dense attributes.
import {
  DenseElementsAttr,
  FloatAttr,
  FloatType,
  IndexType,
  IntegerAttr,
  IntegerType,
  isShaped,
  type Attribute,
  type DenseValue,
  type ShapedType,
  type Type,
} from '../../lib/ir/index.js';

/** Bit width of an integer-like element type (index is 64 bits, as MLIR's IndexType::kInternalStorageBitWidth). */
export function intWidth(t: Type): number | undefined {
  if (t instanceof IndexType) return 64;
  if (t instanceof IntegerType) return t.width;
  return undefined;
}

/** The stored form of `v` in `width` bits: 0/1 for i1, two's-complement signed otherwise (as MLIR prints). */
export function wrap(v: bigint, width: number): bigint {
  return width === 1 ? BigInt.asUintN(1, v) : BigInt.asIntN(width, v);
}
/** `v` read as a signed `width`-bit integer. */
export const signed = (v: bigint, width: number): bigint => BigInt.asIntN(width, v);
/** `v` read as an unsigned `width`-bit integer. */
export const unsigned = (v: bigint, width: number): bigint => BigInt.asUintN(width, v);

/** `x` rounded to float type `t`, or undefined for formats we cannot round to exactly. */
export function roundFloat(t: Type, x: number): number | undefined {
  if (!(t instanceof FloatType)) return undefined;
  if (t.name === 'f64') return x;
  if (t.name === 'f32') return Math.fround(x);
  return undefined;
}

/** A folded scalar: a bigint for integer elements, a number for floats; undefined when it does not fold. */
export type Scalar = bigint | number;

/** The element type of `a`'s type, when `a` is a scalar or dense constant. */
export function elementTypeOf(a: Attribute): Type | undefined {
  if (a instanceof IntegerAttr || a instanceof FloatAttr) return a.type;
  if (a instanceof DenseElementsAttr) return a.type.elementType;
  return undefined;
}

/** The scalar values of a constant (one for scalars and splats), with whether it was a splat. */
function valuesOf(a: Attribute): { values: readonly DenseValue[]; shaped: ShapedType | undefined } | undefined {
  if (a instanceof IntegerAttr) return { values: [a.value], shaped: undefined };
  if (a instanceof FloatAttr) return { values: [a.value], shaped: undefined };
  if (a instanceof DenseElementsAttr) return { values: a.values, shaped: a.type };
  return undefined;
}

/** The value of a scalar constant, or of a splat: what `m_ConstantInt` / `m_ConstantFloat` match. */
export function splatValue(a: Attribute | undefined): Scalar | undefined {
  if (a instanceof IntegerAttr || a instanceof FloatAttr) return a.value;
  if (a instanceof DenseElementsAttr && a.isSplat) {
    const v = a.values[0];
    return typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** Builds a constant of `type` (scalar, or dense when shaped) from element values. */
export function constantOf(type: Type, values: readonly Scalar[]): Attribute | undefined {
  if (isShaped(type)) return DenseElementsAttr.get(type as ShapedType, values);
  const v = values[0];
  if (typeof v === 'bigint') return IntegerAttr.get(type, v);
  return type instanceof FloatType ? FloatAttr.get(type, v) : undefined;
}

/**
 * Applies `f` element by element to constants `operands` (scalars, splats or dense lists of
 * one shape), building a constant of `resultType`; undefined when any element does not fold.
 */
export function mapConstants(resultType: Type, operands: readonly (Attribute | undefined)[], f: (xs: Scalar[]) => Scalar | undefined): Attribute | undefined {
  const parts = operands.map((a) => (a ? valuesOf(a) : undefined));
  if (parts.some((p) => p === undefined)) return undefined;
  const lists = parts as { values: readonly DenseValue[]; shaped: ShapedType | undefined }[];
  if (isShaped(resultType) !== lists.some((p) => p.shaped !== undefined)) return undefined;
  const count = Math.max(...lists.map((p) => p.values.length));
  const out: Scalar[] = [];
  for (let i = 0; i < count; i++) {
    const xs = lists.map((p) => p.values[p.values.length === 1 ? 0 : i]);
    if (xs.some((x) => typeof x !== 'bigint' && typeof x !== 'number')) return undefined;
    const r = f(xs as Scalar[]);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return constantOf(resultType, out);
}
