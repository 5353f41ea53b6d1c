// Running one tile of a block.tile: the TE's body at every point of the tile's box, reading
// inputs from (and combining outputs into) whole tensors standing for global memory.
import { evaluateExpr, type AffineMap } from '../../lib/affine/index.js';
import { FloatType, type Operation, type Type } from '../../lib/ir/index.js';
import { attributeValue, contiguousStrides, intWidth, wrapInt, type Interpreter, type Scalar, type TensorValue } from '../../lib/interp/index.js';
import { floatFormat, roundTo } from '../../lib/interp/scalar/index.js';
import { computeBody, computeCombiners, computeInits, computeIterators, indexingMaps, type Combiner } from '../tensor/index.js';
import { compileBody } from '../tensor/interp-body.js';
import { linearize } from '../tensor/linear.js';
import type { Box } from './tiling.js';

/** The flat element offset of a map's image of a point in a row-major tensor of `shape`. */
function offsetFn(map: AffineMap, shape: readonly number[]): (p: Int32Array) => number {
  const strides = contiguousStrides(shape);
  const forms = map.results.map((e) => linearize(e, map.numDims));
  if (forms.every((f) => f)) {
    let base = 0;
    const coefs = new Array<number>(map.numDims).fill(0);
    forms.forEach((f, r) => {
      base += f!.constant * strides[r];
      f!.coefs.forEach((c, d) => (coefs[d] += c * strides[r]));
    });
    return (p) => {
      let off = base;
      for (let d = 0; d < coefs.length; d++) off += coefs[d] * p[d];
      return off;
    };
  }
  return (p) => {
    const point = Array.from(p);
    let off = 0;
    for (let r = 0; r < map.numResults; r++) off += evaluateExpr(map.results[r], point)! * strides[r];
    return off;
  };
}

/** Rounds (floats) or wraps (integers) a value to the canonical form of `type`, as a store must. */
function canonicalizer(type: Type): (v: Scalar) => Scalar {
  if (type instanceof FloatType) {
    const f = floatFormat(type.name)!;
    return f.width === 64 ? (v) => v : f.width === 32 ? (v) => Math.fround(v as number) : (v) => roundTo(f, v as number);
  }
  const w = intWidth(type) ?? 64;
  return (v) => wrapInt(BigInt(v), w);
}

function combine(c: Combiner, a: Scalar, b: Scalar): Scalar {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (c) {
      case 'add':
        return a + b;
      case 'mul':
        return a * b;
      case 'max':
        return Math.max(a, b);
      case 'min':
        return Math.min(a, b);
      case 'none':
        return b;
    }
  }
  const [x, y] = [BigInt(a), BigInt(b)];
  switch (c) {
    case 'add':
      return x + y;
    case 'mul':
      return x * y;
    case 'max':
      return x > y ? x : y;
    case 'min':
      return x < y ? x : y;
    case 'none':
      return y;
  }
}

/** Visits every point of a box, row-major, in one shared Int32Array. */
export function forEachPoint(box: Box, point: Int32Array, visit: () => void): void {
  const rank = box.length;
  if (box.some((i) => i.lo > i.hi)) return;
  for (let d = 0; d < rank; d++) point[d] = box[d].lo;
  for (;;) {
    visit();
    let d = rank - 1;
    for (; d >= 0; d--) {
      if (++point[d] <= box[d].hi) break;
      point[d] = box[d].lo;
    }
    if (d < 0) return;
  }
}

/**
 * Computes the part of `te`'s outputs that the tile `box` of its domain produces: its output
 * elements start from the combiner's initial value (reductions are whole inside a tile), then
 * every point of the box is combined in. Rounding to the element type happens on store.
 */
export function runTile(te: Operation, box: Box, inputs: readonly TensorValue[], outputs: readonly TensorValue[], interp: Interpreter): void {
  const maps = indexingMaps(te);
  const nIn = inputs.length;
  const body = compileBody(te, computeBody(te), box.length, interp);
  const inAt = inputs.map((t, i) => offsetFn(maps[i], t.shape));
  const outAt = outputs.map((t, o) => offsetFn(maps[nIn + o], t.shape));
  const combiners = computeCombiners(te);
  const inits = computeInits(te).map((a) => (a ? (attributeValue(a) as Scalar) : undefined));
  const iterators = computeIterators(te);
  const { point, regs, yields } = body;
  const canonical = outputs.map((t) => canonicalizer(t.elementType));
  // First pass: the output elements of the tile take their initial values.
  const parallelBox = box.map((i, d) => (iterators[d] === 'reduction' ? { lo: i.lo, hi: i.lo } : i));
  forEachPoint(parallelBox, point, () => {
    outputs.forEach((t, o) => {
      const init = inits[o];
      if (init !== undefined) t.data.set(outAt[o](point), canonical[o](init));
    });
  });
  forEachPoint(box, point, () => {
    for (let i = 0; i < nIn; i++) regs[i] = inputs[i].data.get(inAt[i](point));
    body.run();
    for (let o = 0; o < outputs.length; o++) {
      const at = outAt[o](point);
      const v = regs[yields[o]] as Scalar;
      outputs[o].data.set(at, canonical[o](combiners[o] === 'none' ? v : combine(combiners[o], outputs[o].data.get(at), v)));
    }
  });
}
