// Input values made from types: a seeded PRNG, random and zero values, and argument checks.
import { FloatType, IntegerType, MemRefType, RankedTensorType, VectorType, kDynamic, type Type } from '../ir/types.js';
import { allocateMemRef } from './memory.js';
import { MemRefValue, TensorValue, intWidth, sameType, isSupportedElementType, type RtValue, type Scalar } from './values.js';

/** A small deterministic PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export class Rng {
  private state: number;
  constructor(seed = 0) {
    this.state = seed >>> 0;
  }
  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A uniform integer in [lo, hi). */
  int(lo: number, hi: number): number {
    return lo + (this.nextU32() % (hi - lo));
  }
}

/** How inputs are made: random (seeded) or zeros; dynamic dims get `dynamicSize`. */
export interface InputOptions {
  readonly mode?: 'random' | 'zeros';
  readonly seed?: number;
  /** The size given to dynamic (`?`) dims (default 4). */
  readonly dynamicSize?: number;
}

/**
 * A random scalar of `type`. Floats are multiples of 1/64 in [-2, 2): exact in f16, bf16, f32
 * and f64 alike, so narrower and wider versions of a program see the same inputs. Integers
 * are in [-8, 8) (i1: 0 or 1; index: [0, 8), as indices usually are).
 */
export function randomScalar(type: Type, rng: Rng): Scalar {
  if (type instanceof FloatType) return rng.int(-128, 128) / 64;
  const w = intWidth(type);
  if (w === undefined) throw new Error(`cannot make a random value of type '${type}'`);
  if (w === 1) return BigInt(rng.int(0, 2));
  if (!(type instanceof IntegerType)) return BigInt(rng.int(0, 8));
  return BigInt(rng.int(w === 2 ? -2 : -8, w === 2 ? 2 : 8));
}

/** The zero of a scalar type. */
export function zeroScalar(type: Type): Scalar {
  if (type instanceof FloatType) return 0;
  if (intWidth(type) === undefined) throw new Error(`cannot make a zero of type '${type}'`);
  return 0n;
}

/** The static shape of `type` with dynamic dims replaced by `dynamicSize`. */
function concreteShape(shape: readonly number[], dynamicSize: number): number[] {
  return shape.map((d) => (d === kDynamic || d < 0 ? dynamicSize : d));
}

/** A value of `type` made as `options` say; throws an Error for types it cannot make. */
export function makeValue(type: Type, rng: Rng, options: InputOptions = {}): RtValue {
  const zeros = options.mode === 'zeros';
  const scalar = (t: Type) => (zeros ? zeroScalar(t) : randomScalar(t, rng));
  if (type instanceof RankedTensorType || type instanceof VectorType) {
    if (!isSupportedElementType(type.elementType)) throw new Error(`element type '${type.elementType}' is not supported by the interpreter`);
    const t = TensorValue.zeros(type, concreteShape(type.shape, options.dynamicSize ?? 4));
    if (!zeros) for (let i = 0; i < t.data.length; i++) t.data.set(i, scalar(type.elementType));
    return t;
  }
  if (type instanceof MemRefType) {
    if (!isSupportedElementType(type.elementType)) throw new Error(`element type '${type.elementType}' is not supported by the interpreter`);
    const m = allocateMemRef(type, concreteShape(type.shape, options.dynamicSize ?? 4));
    const data = m.allocation.data;
    if (!zeros) for (let i = 0; i < data.length; i++) data.set(i, scalar(type.elementType));
    return m;
  }
  return scalar(type);
}

/** One value per type, from one PRNG seeded with `options.seed` (default 0). */
export function makeInputs(types: readonly Type[], options: InputOptions = {}): RtValue[] {
  const rng = new Rng(options.seed ?? 0);
  return types.map((t) => makeValue(t, rng, options));
}

/** Why `value` cannot be passed for a parameter of `type`, or undefined when it can. */
export function checkArgument(type: Type, value: RtValue): string | undefined {
  if (type instanceof RankedTensorType || type instanceof VectorType) {
    if (!(value instanceof TensorValue)) return `expected a value of type '${type}'`;
    return checkShaped(type, value.elementType, value.shape);
  }
  if (type instanceof MemRefType) {
    if (!(value instanceof MemRefValue)) return `expected a value of type '${type}'`;
    return checkShaped(type, value.elementType, value.shape);
  }
  if (type instanceof FloatType) return typeof value === 'number' ? undefined : `expected a '${type}' number`;
  if (intWidth(type) !== undefined) return typeof value === 'bigint' ? undefined : `expected a '${type}' integer`;
  return undefined;
}

function checkShaped(type: RankedTensorType | VectorType | MemRefType, elementType: Type, shape: readonly number[]): string | undefined {
  if (!sameType(elementType, type.elementType)) return `expected element type '${type.elementType}', got '${elementType}'`;
  const ok = shape.length === type.shape.length && type.shape.every((d, i) => d < 0 || d === shape[i]);
  if (!ok) return `expected shape [${type.shape.map((d) => (d < 0 ? '?' : d)).join(', ')}], got [${shape.join(', ')}]`;
  return undefined;
}
