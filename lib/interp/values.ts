// The interpreter's runtime values: scalars, element buffers, tensors, memrefs and function references.
import { FloatType, IndexType, IntegerType, type MemRefType, type RankedTensorType, type Type, type UnrankedMemRefType, type VectorType } from '../ir/types.js';
import type { Operation } from '../ir/operation.js';
import { floatFormat } from './scalar/float-format.js';

/**
 * A scalar: a float is a JS number already rounded to its type; an integer of any width
 * (index is 64 bits) is a bigint in canonical form, `BigInt.asIntN(width, v)`, with i1 as
 * 0n or 1n. Attribute values (IntegerAttr, DenseElementsAttr) are in the same form.
 */
export type Scalar = number | bigint;

/** A non-scalar runtime value; `kind` tells them apart (dialects may add their own kinds). */
export interface RuntimeObject {
  readonly kind: string;
}

/** Any value an SSA value can hold while interpreting. */
export type RtValue = Scalar | RuntimeObject;

/** The width of an integer-like type (index is 64 bits), or undefined for other types. */
export function intWidth(type: Type): number | undefined {
  if (type instanceof IntegerType) return type.width;
  if (type instanceof IndexType) return 64;
  return undefined;
}

/** `v` in the canonical form of an integer of `width` bits (0n/1n for i1, signed otherwise). */
export function wrapInt(v: bigint, width: number): bigint {
  return width === 1 ? v & 1n : BigInt.asIntN(width, v);
}

/** Whether `a` and `b` are the same type, also when they come from different contexts (two parsed modules). */
export function sameType(a: Type, b: Type): boolean {
  return a === b || (a.context !== b.context && a.toString() === b.toString());
}

/** The typed arrays that hold elements; integers wider than 64 bits use a plain array. */
export type ElementArray =
  | Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Int32Array | BigInt64Array | bigint[];

/**
 * The elements of a tensor or a memref allocation, in a typed array chosen from the element
 * type: f64 in Float64Array; f32 and narrower floats in Float32Array (narrow floats hold
 * values already rounded to their type); i1 in Uint8Array; other integers in the smallest
 * signed array that holds them (BigInt64Array for 33 to 64 bits and index). `get` and `set`
 * speak Scalars; the array itself may be read directly on hot paths.
 */
export class ElementBuffer {
  readonly isFloat: boolean;
  private readonly width: number;
  private readonly bigintArray: boolean;

  constructor(
    readonly elementType: Type,
    readonly array: ElementArray,
  ) {
    this.isFloat = elementType instanceof FloatType;
    this.width = intWidth(elementType) ?? 0;
    this.bigintArray = array instanceof BigInt64Array || Array.isArray(array);
  }

  /** A zero-filled buffer of `length` elements of `elementType`; throws for unsupported types. */
  static zeros(elementType: Type, length: number): ElementBuffer {
    return new ElementBuffer(elementType, allocateArray(elementType, length));
  }

  get length(): number {
    return this.array.length;
  }

  get(i: number): Scalar {
    const x = this.array[i];
    return this.isFloat || this.bigintArray ? x : BigInt(x as number);
  }

  /** Stores `v`, which must already be in the element type's canonical form. */
  set(i: number, v: Scalar): void {
    if (this.isFloat) (this.array as Float64Array)[i] = v as number;
    else if (this.bigintArray) (this.array as BigInt64Array)[i] = v as bigint;
    else (this.array as Int32Array)[i] = Number(wrapInt(v as bigint, this.width));
  }

  /** An independent copy. */
  clone(): ElementBuffer {
    return new ElementBuffer(this.elementType, this.array.slice());
  }
}

/** Whether the interpreter can store elements of `type` (the float formats of lib/interp/scalar, any integer, index). */
export function isSupportedElementType(type: Type): boolean {
  if (type instanceof FloatType) return floatFormat(type.name) !== undefined;
  return intWidth(type) !== undefined;
}

function allocateArray(type: Type, n: number): ElementArray {
  if (type instanceof FloatType) {
    if (type.name === 'f64') return new Float64Array(n);
    if (isSupportedElementType(type)) return new Float32Array(n);
    throw new Error(`element type '${type}' is not supported by the interpreter`);
  }
  const w = intWidth(type);
  if (w === undefined) throw new Error(`element type '${type}' is not supported by the interpreter`);
  if (w === 1) return new Uint8Array(n);
  if (w <= 8) return new Int8Array(n);
  if (w <= 16) return new Int16Array(n);
  if (w <= 32) return new Int32Array(n);
  if (w <= 64) return new BigInt64Array(n);
  return new Array<bigint>(n).fill(0n);
}

/** The number of elements of a shape. */
export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major (identity layout) strides of a shape. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** A ranked tensor (or vector) value: its type, a static shape and row-major elements. */
export class TensorValue implements RuntimeObject {
  readonly kind = 'tensor';
  constructor(
    /** The IR type: a ranked tensor or a vector; its dynamic dims are resolved in `shape`. */
    readonly type: RankedTensorType | VectorType,
    readonly shape: readonly number[],
    readonly data: ElementBuffer,
  ) {}

  /** A zero-filled tensor of `type` with `shape` (the type's own shape by default). */
  static zeros(type: RankedTensorType | VectorType, shape: readonly number[] = type.shape): TensorValue {
    return new TensorValue(type, shape, ElementBuffer.zeros(type.elementType, numElements(shape)));
  }

  get elementType(): Type {
    return this.type.elementType;
  }
}

/** One allocation; views share it, and `freed` marks it deallocated so later uses are reported. */
export class Allocation {
  freed = false;
  constructor(
    readonly data: ElementBuffer,
    /** The op that allocated it (alloc, alloca, get_global), for messages; undefined for inputs. */
    readonly origin?: Operation,
  ) {}
}

/** A memref: a view (offset, sizes, strides in elements) of an allocation. */
export class MemRefValue implements RuntimeObject {
  readonly kind = 'memref';
  constructor(
    readonly type: MemRefType | UnrankedMemRefType,
    readonly allocation: Allocation,
    readonly offset: number,
    readonly shape: readonly number[],
    readonly strides: readonly number[],
  ) {}

  /** A new contiguous memref with a fresh zero-filled allocation. */
  static allocate(type: MemRefType, shape: readonly number[], origin?: Operation): MemRefValue {
    const data = ElementBuffer.zeros(type.elementType, numElements(shape));
    return new MemRefValue(type, new Allocation(data, origin), 0, shape, contiguousStrides(shape));
  }

  get elementType(): Type {
    return this.type.elementType;
  }

  /** The buffer position of the element at `indices`, or undefined when out of bounds. */
  position(indices: readonly number[]): number | undefined {
    let p = this.offset;
    for (let i = 0; i < indices.length; i++) {
      const x = indices[i];
      if (x < 0 || x >= this.shape[i]) return undefined;
      p += x * this.strides[i];
    }
    return p;
  }

  /** The elements in row-major order, copied into a tensor of the same shape. */
  toTensor(type: RankedTensorType | VectorType): TensorValue {
    const out = TensorValue.zeros(type, this.shape);
    forEachIndex(this.shape, (idx, i) => out.data.set(i, this.allocation.data.get(this.position(idx)!)));
    return out;
  }
}

/** A reference to a function (func.constant), called through func.call_indirect. */
export class FunctionRef implements RuntimeObject {
  readonly kind = 'function';
  constructor(readonly callee: Operation) {}
}

/** Calls `fn` with every multi-index of `shape` in row-major order and its linear position. */
export function forEachIndex(shape: readonly number[], fn: (index: number[], linear: number) => void): void {
  const n = numElements(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let linear = 0; linear < n; linear++) {
    fn(idx, linear);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}
