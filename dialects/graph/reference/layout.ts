// Where each result element of a graph data-movement op (broadcast, transpose, slice, concat,
// gather, split) comes from: flat source positions, so one routine moves elements of any type.
import { contiguousStrides } from '../../../lib/interp/values.js';
import { numElements, type DimSlice, type Shape } from '../shapes.js';

/**
 * For each element of a result of shape `out` (row-major), the position in a source whose
 * flat position is `Σ index[d] * step[d] + base`: the common core of every layout map.
 */
function walk(out: Shape, step: readonly number[], base = 0): Int32Array {
  const n = numElements(out);
  const src = new Int32Array(n);
  const rank = out.length;
  const index = new Array<number>(rank).fill(0);
  let at = base;
  for (let i = 0; i < n; i++) {
    src[i] = at;
    for (let d = rank - 1; d >= 0; d--) {
      index[d]++;
      at += step[d];
      if (index[d] < out[d]) break;
      at -= step[d] * index[d];
      index[d] = 0;
    }
  }
  return src;
}

/** Numpy broadcasting of a tensor of shape `from` to shape `to` (aligned on the right). */
export function broadcastSources(from: Shape, to: Shape): Int32Array {
  const strides = contiguousStrides(from);
  const offset = to.length - from.length;
  const step = to.map((_, d) => (d < offset || from[d - offset] === 1 ? 0 : strides[d - offset]));
  return walk(to, step);
}

/** transpose: result dimension i walks input dimension perm[i]. */
export function transposeSources(input: Shape, perm: readonly number[]): Int32Array {
  const strides = contiguousStrides(input);
  return walk(perm.map((p) => input[p]), perm.map((p) => strides[p]));
}

/** slice: per dimension, the first index and step of the window (from shapes.ts's sliceDims). */
export function sliceSources(input: Shape, slices: readonly DimSlice[]): Int32Array {
  const strides = contiguousStrides(input);
  const base = slices.reduce((b, s, d) => b + s.start * strides[d], 0);
  return walk(slices.map((s) => s.count), slices.map((s, d) => s.step * strides[d]), base);
}

/** split: the pieces as slices along `axis`. */
export function splitSources(input: Shape, axis: number, sizes: readonly number[]): Int32Array[] {
  let start = 0;
  return sizes.map((size) => {
    const slices = input.map((d, i) => (i === axis ? { start, step: 1, count: size } : { start: 0, step: 1, count: d }));
    start += size;
    return sliceSources(input, slices);
  });
}

/** concat along `axis`: for each result element, which input it comes from and where. */
export function concatSources(inputs: readonly Shape[], axis: number): { input: Int32Array; index: Int32Array } {
  const outer = numElements(inputs[0].slice(0, axis));
  const chunks = inputs.map((s) => numElements(s.slice(axis)));
  const total = chunks.reduce((a, b) => a + b, 0);
  const input = new Int32Array(outer * total);
  const index = new Int32Array(outer * total);
  let at = 0;
  for (let o = 0; o < outer; o++) {
    chunks.forEach((c, k) => {
      for (let j = 0; j < c; j++, at++) {
        input[at] = k;
        index[at] = o * c + j;
      }
    });
  }
  return { input, index };
}

/**
 * gather along `axis` with `indices` (negative ones count from the end); returns the sources,
 * or the first index out of range.
 */
export function gatherSources(data: Shape, indices: ArrayLike<number>, indexCount: number, axis: number): Int32Array | { bad: number } {
  const outer = numElements(data.slice(0, axis));
  const inner = numElements(data.slice(axis + 1));
  const size = data[axis];
  const src = new Int32Array(outer * indexCount * inner);
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < indexCount; k++) {
      const raw = indices[k];
      const i = raw < 0 ? raw + size : raw;
      if (!(i >= 0 && i < size)) return { bad: raw };
      for (let j = 0; j < inner; j++) src[at++] = (o * size + i) * inner + j;
    }
  }
  return src;
}
