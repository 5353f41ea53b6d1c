// The interpreter of tensor.compute: a generated kernel where one applies (interp-jit.ts);
// otherwise it walks the domain in row-major order, keeping each access's flat element offset
// up to date with precomputed per-dim strides, and evaluates the compiled body at every point.
import type { AffineExpr, AffineMap } from '../../lib/affine/index.js';
import { FloatType, type Operation, type RankedTensorType, type Type } from '../../lib/ir/index.js';
import {
  TensorValue, attributeValue, contiguousStrides, intWidth, wrapInt, type ElementBuffer, type Interpreter, type RtValue, type Scalar,
} from '../../lib/interp/index.js';
import { floatFormat, roundTo } from '../../lib/interp/scalar/index.js';
import { computeBody, computeBounds, computeCombiners, computeInits, indexingMaps, type Combiner } from './compute.js';
import { compileBody } from './interp-body.js';
import { linearize } from './linear.js';
import { generateKernel, type Kernel } from './interp-jit.js';

/**
 * How an access finds its element: `base + sum(coefs[d] * point[d])` when every index is a
 * linear function of the dims (the common case: the offset is then updated incrementally),
 * otherwise a closure over the point (floordiv/mod maps of reshapes).
 */
interface Access {
  readonly base: number;
  readonly coefs: readonly number[];
  readonly general: ((point: Int32Array) => number) | undefined;
  /** What a generated kernel needs to evaluate a non-linear access inline. */
  readonly exprs: { readonly exprs: readonly AffineExpr[]; readonly strides: readonly number[] } | undefined;
}

/** Runs a tensor.compute on its input tensors; returns one new tensor per output. */
export function runCompute(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const bounds = computeBounds(op);
  const rank = bounds.length;
  const maps = indexingMaps(op);
  const nIn = args.length;
  const nOut = op.numResults;
  const inputs = args as readonly TensorValue[];
  const outputs = op.results.map((r) => TensorValue.zeros(r.type as RankedTensorType));
  const combiners = computeCombiners(op);
  const inits = computeInits(op);
  outputs.forEach((t, o) => {
    const init = inits[o] && attributeValue(inits[o]!);
    if (init !== undefined) fill(t.data, canonical(init as Scalar, t.elementType));
  });
  const tensors = [...inputs, ...outputs];
  const accesses = maps.map((m, a) => makeAccess(m, tensors[a].shape));
  const kernel = kernelFor(op, bounds, accesses, combiners, interp);
  if (kernel) {
    kernel(inputs.map((t) => t.data.array as Float32Array), outputs.map((t) => t.data.array as Float32Array));
    return outputs;
  }
  const body = compileBody(op, computeBody(op), rank, interp);
  const { regs, point, yields } = body;
  const buffers = tensors.map((t) => t.data);
  const floatInput = inputs.map((t) => t.data.isFloat);
  const writers = outputs.map((t, o) => writer(t.data, combiners[o]));
  const nAcc = accesses.length;
  const offsets = Float64Array.from(accesses, (a) => a.base);
  const general = accesses.map((a) => a.general);
  const inArrays = inputs.map((t) => t.data.array);
  let total = 1;
  for (const b of bounds) total *= b;
  // The innermost dim runs as a plain loop; the outer dims advance like an odometer, every
  // linear offset moving along by its per-dim stride.
  const innerDim = rank - 1;
  const inner = rank ? bounds[innerDim] : 1;
  const innerCoefs = Float64Array.from(accesses, (a) => (rank ? a.coefs[innerDim] : 0));
  for (let row = total / inner; row > 0; row--) {
    for (let t = 0; t < inner; t++) {
      if (rank) point[innerDim] = t;
      for (let i = 0; i < nIn; i++) {
        const g = general[i];
        const off = g === undefined ? offsets[i] : g(point);
        regs[i] = floatInput[i] ? (inArrays[i][off] as number) : buffers[i].get(off);
      }
      body.run();
      for (let o = 0; o < nOut; o++) {
        const g = general[nIn + o];
        writers[o](g === undefined ? offsets[nIn + o] : g(point), regs[yields[o]] as Scalar);
      }
      for (let a = 0; a < nAcc; a++) offsets[a] += innerCoefs[a];
    }
    for (let a = 0; a < nAcc; a++) offsets[a] -= innerCoefs[a] * inner;
    for (let d = innerDim - 1; d >= 0; d--) {
      point[d]++;
      for (let a = 0; a < nAcc; a++) offsets[a] += accesses[a].coefs[d];
      if (point[d] < bounds[d]) break;
      for (let a = 0; a < nAcc; a++) offsets[a] -= accesses[a].coefs[d] * bounds[d];
      point[d] = 0;
    }
  }
  return outputs;
}

/** Set `interp.state.set(KERNELS_STATE, false)` to run every TE through the compiled body (tests compare the two). */
export const KERNELS_STATE = 'tensor.compute.kernels';

/** The generated kernel of `op` for this run (generated once per op and run), or undefined where none applies. */
function kernelFor(op: Operation, bounds: readonly number[], accesses: readonly Access[], combiners: readonly Combiner[], interp: Interpreter): Kernel | undefined {
  let cache = interp.state.get(KERNELS_STATE) as Map<Operation, Kernel | undefined> | false | undefined;
  if (cache === false) return undefined;
  if (!cache) interp.state.set(KERNELS_STATE, (cache = new Map()));
  if (!cache.has(op)) cache.set(op, generateKernel(op, bounds, accesses.map((a) => ({ base: a.base, coefs: a.coefs, general: a.exprs })), combiners));
  return cache.get(op);
}

function fill(buffer: ElementBuffer, v: Scalar): void {
  for (let i = 0; i < buffer.length; i++) buffer.set(i, v);
}

/** `v` in the canonical form of `type` (float attributes may hold unrounded doubles). */
function canonical(v: Scalar, type: Type): Scalar {
  if (type instanceof FloatType) return roundTo(floatFormat(type.name)!, Number(v));
  const w = intWidth(type);
  return w === undefined ? v : wrapInt(BigInt(v), w);
}

/** Stores (combiner none) or combines a yielded value into an output element. */
function writer(buffer: ElementBuffer, combiner: Combiner): (at: number, v: Scalar) => void {
  if (buffer.isFloat) {
    const arr = buffer.array as Float64Array;
    const f = floatFormat((buffer.elementType as FloatType).name)!;
    const round = f.width === 64 ? (x: number) => x : f.width === 32 ? Math.fround : (x: number) => roundTo(f, x);
    switch (combiner) {
      case 'none':
        return (at, v) => void (arr[at] = v as number);
      case 'add':
        return (at, v) => void (arr[at] = round(arr[at] + (v as number)));
      case 'mul':
        return (at, v) => void (arr[at] = round(arr[at] * (v as number)));
      case 'max':
        return (at, v) => void (arr[at] = Math.max(arr[at], v as number));
      case 'min':
        return (at, v) => void (arr[at] = Math.min(arr[at], v as number));
    }
  }
  const w = intWidth(buffer.elementType) ?? 64;
  const get = (at: number) => buffer.get(at) as bigint;
  switch (combiner) {
    case 'none':
      return (at, v) => buffer.set(at, v);
    case 'add':
      return (at, v) => buffer.set(at, wrapInt(get(at) + (v as bigint), w));
    case 'mul':
      return (at, v) => buffer.set(at, wrapInt(get(at) * (v as bigint), w));
    case 'max':
      return (at, v) => buffer.set(at, (v as bigint) > get(at) ? v : get(at));
    case 'min':
      return (at, v) => buffer.set(at, (v as bigint) < get(at) ? v : get(at));
  }
}

/** The access of a map into a row-major tensor of `shape`. */
function makeAccess(map: AffineMap, shape: readonly number[]): Access {
  const strides = contiguousStrides(shape);
  const coefs = new Array<number>(map.numDims).fill(0);
  let base = 0;
  for (let r = 0; r < map.numResults; r++) {
    const l = linearize(map.results[r], map.numDims);
    if (!l) return { base: 0, coefs: coefs.fill(0), general: generalAccess(map, strides), exprs: { exprs: map.results, strides } };
    base += l.constant * strides[r];
    for (let d = 0; d < map.numDims; d++) coefs[d] += l.coefs[d] * strides[r];
  }
  return { base, coefs, general: undefined, exprs: undefined };
}

function generalAccess(map: AffineMap, strides: readonly number[]): (point: Int32Array) => number {
  const fns = map.results.map(compileExpr);
  return (point) => {
    let off = 0;
    for (let r = 0; r < fns.length; r++) off += fns[r](point) * strides[r];
    return off;
  };
}

/** An affine expression as a closure over the point, with MLIR's floordiv, ceildiv and mod. */
function compileExpr(e: AffineExpr): (p: Int32Array) => number {
  switch (e.kind) {
    case 'constant': {
      const v = Number(e.value);
      return () => v;
    }
    case 'dim': {
      const d = e.position;
      return (p) => p[d];
    }
    case 'symbol':
      return () => 0;
  }
  const l = compileExpr(e.lhs);
  const r = compileExpr(e.rhs);
  switch (e.kind) {
    case 'add':
      return (p) => l(p) + r(p);
    case 'mul':
      return (p) => l(p) * r(p);
    case 'floordiv':
      return (p) => Math.floor(l(p) / r(p));
    case 'ceildiv':
      return (p) => Math.ceil(l(p) / r(p));
    case 'mod':
      return (p) => {
        const m = r(p);
        return ((l(p) % m) + m) % m;
      };
  }
}
