// Shape inference of the graph ops on static shapes: pure functions from operand shapes and
// attribute values to result shapes, which throw ShapeError with the verifier's message.

/** A static shape, outermost dimension first. */
export type Shape = readonly number[];

/** A shape rule failed; the message is the op's verifier diagnostic (without the op prefix). */
export class ShapeError extends Error {}

/** Throws a ShapeError with `message`. */
export function fail(message: string): never {
  throw new ShapeError(message);
}

/** `[1, 2]` as the text shows lists. */
export const list = (xs: readonly number[]): string => `[${xs.join(', ')}]`;

/** `2x3` as in a tensor type (`scalar` for rank 0). */
export const dims = (s: Shape): string => (s.length === 0 ? 'scalar' : s.join('x'));

/** The number of elements of a shape. */
export const numElements = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** Axis `axis` of a rank-`rank` tensor in [0, rank), negative axes counting from the end. */
export function normalizeAxis(axis: number, rank: number, what = 'axis'): number {
  if (axis < -rank || axis >= rank) {
    fail(`${what} ${axis} is out of range for rank ${rank} (expected ${-rank} <= ${what} < ${rank})`);
  }
  return axis < 0 ? axis + rank : axis;
}

/** Distinct normalised axes, in the order given. */
export function normalizeAxes(axes: readonly number[], rank: number, what = 'axes'): number[] {
  const out = axes.map((a) => normalizeAxis(a, rank, what === 'axes' ? 'axis' : what));
  const seen = new Set<number>();
  for (const a of out) {
    if (seen.has(a)) fail(`${what} ${list(axes)} name dimension ${a} twice`);
    seen.add(a);
  }
  return out;
}

/** Numpy broadcasting of two shapes (aligned on the right; a 1 stretches). */
export function broadcastShapes(a: Shape, b: Shape, what = 'operands'): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) {
      fail(`${what} are not broadcast-compatible: ${dims(a)} and ${dims(b)} differ in dimension ${i} of the result (${x} vs ${y})`);
    }
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** Numpy matmul of two tensors of rank >= 2: batch dims broadcast, (m, k) x (k, n) = (m, n). */
export function matmulShape(a: Shape, b: Shape): number[] {
  if (a.length < 2) fail(`lhs must have rank 2 or more, but has rank ${a.length}`);
  if (b.length < 2) fail(`rhs must have rank 2 or more, but has rank ${b.length}`);
  const [m, k] = a.slice(-2);
  const [k2, n] = b.slice(-2);
  if (k !== k2) fail(`contracting dimensions differ: lhs ${dims(a)} has ${k} columns, rhs ${dims(b)} has ${k2} rows`);
  const batch = broadcastShapes(a.slice(0, -2), b.slice(0, -2), 'batch dimensions');
  return [...batch, m, n];
}

/** Gemm: op(A) (m, k) x op(B) (k, n), plus C broadcast to (m, n). */
export function gemmShape(a: Shape, b: Shape, c: Shape | undefined, transA: boolean, transB: boolean): number[] {
  if (a.length !== 2) fail(`A must have rank 2, but has rank ${a.length}`);
  if (b.length !== 2) fail(`B must have rank 2, but has rank ${b.length}`);
  const [m, k] = transA ? [a[1], a[0]] : [a[0], a[1]];
  const [k2, n] = transB ? [b[1], b[0]] : [b[0], b[1]];
  if (k !== k2) {
    fail(`contracting dimensions differ: op(A) is ${m}x${k}, op(B) is ${k2}x${n}${transA || transB ? '' : ' (set transA or transB to transpose an operand)'}`);
  }
  if (c) {
    if (c.length > 2) fail(`C must have rank 2 or less, but has rank ${c.length}`);
    const r = broadcastShapes(c, [m, n], 'C and the product');
    if (r[0] !== m || r[1] !== n) fail(`C (${dims(c)}) must broadcast to the product's shape ${m}x${n}`);
  }
  return [m, n];
}

/** Window attributes of conv2d and the pools, as read from the op. */
export interface Window {
  readonly kernel: readonly number[];
  readonly strides: readonly number[];
  /** Top, left, bottom, right (ONNX's begin values, then end values). */
  readonly pads: readonly number[];
  readonly dilations: readonly number[];
}

/** Checks strides, pads and dilations; returns the output spatial sizes of an NCHW window op. */
export function windowOutput(input: Shape, w: Window): [number, number] {
  if (w.strides.length !== 2) fail(`strides must have 2 entries (height, width), but has ${w.strides.length}`);
  if (w.dilations.length !== 2) fail(`dilations must have 2 entries (height, width), but has ${w.dilations.length}`);
  if (w.pads.length !== 4) fail(`pads must have 4 entries (top, left, bottom, right), but has ${w.pads.length}`);
  if (w.strides.some((s) => s <= 0)) fail(`strides must be positive, but got ${list(w.strides)}`);
  if (w.dilations.some((d) => d <= 0)) fail(`dilations must be positive, but got ${list(w.dilations)}`);
  if (w.pads.some((p) => p < 0)) fail(`pads must be non-negative, but got ${list(w.pads)}`);
  const out = [0, 1].map((i) => {
    const padded = input[2 + i] + w.pads[i] + w.pads[i + 2];
    const extent = w.dilations[i] * (w.kernel[i] - 1) + 1;
    if (extent > padded) {
      fail(`window of ${extent} (kernel ${w.kernel[i]}, dilation ${w.dilations[i]}) is larger than the padded input's ${i === 0 ? 'height' : 'width'} ${padded}`);
    }
    return Math.floor((padded - extent) / w.strides[i]) + 1;
  });
  return [out[0], out[1]];
}

/** conv2d: input (N, C, H, W), weight (M, C / groups, kH, kW), bias (M). */
export function conv2dShape(input: Shape, weight: Shape, bias: Shape | undefined, w: Omit<Window, 'kernel'>, groups: number): number[] {
  if (input.length !== 4) fail(`input must have rank 4 (N, C, H, W), but has rank ${input.length}`);
  if (weight.length !== 4) fail(`weight must have rank 4 (M, C / groups, kH, kW), but has rank ${weight.length}`);
  const [n, c] = input;
  const m = weight[0];
  if (groups <= 0) fail(`groups must be positive, but got ${groups}`);
  if (c % groups !== 0) fail(`groups (${groups}) must divide the input channels (${c})`);
  if (m % groups !== 0) fail(`groups (${groups}) must divide the output channels (${m})`);
  if (weight[1] !== c / groups) fail(`weight has ${weight[1]} input channels per group, but the input has ${c} channels in ${groups} group(s) (expected ${c / groups})`);
  if (bias && (bias.length !== 1 || bias[0] !== m)) fail(`bias must have shape ${m} (the output channels), but has shape ${dims(bias)}`);
  const [h, wd] = windowOutput(input, { ...w, kernel: [weight[2], weight[3]] });
  return [n, m, h, wd];
}

/** max_pool2d / avg_pool2d: (N, C, H, W) to (N, C, H', W'). */
export function poolShape(input: Shape, w: Window): number[] {
  if (input.length !== 4) fail(`input must have rank 4 (N, C, H, W), but has rank ${input.length}`);
  if (w.kernel.length !== 2) fail(`kernel must have 2 entries (height, width), but has ${w.kernel.length}`);
  if (w.kernel.some((k) => k <= 0)) fail(`kernel must be positive, but got ${list(w.kernel)}`);
  if (w.pads.length === 4 && w.pads.some((p, i) => p >= w.kernel[i % 2])) {
    fail(`pads ${list(w.pads)} must be smaller than the kernel ${list(w.kernel)}`);
  }
  const [h, wd] = windowOutput(input, w);
  return [input[0], input[1], h, wd];
}

/** global_avg_pool: (N, C, spatial...) to (N, C, 1, ...). */
export function globalPoolShape(input: Shape): number[] {
  if (input.length < 3) fail(`input must have rank 3 or more (N, C, spatial...), but has rank ${input.length}`);
  return input.map((d, i) => (i < 2 ? d : 1));
}

/** A reduction over `axes` (all axes when empty), keeping them as 1s or dropping them. */
export function reduceShape(input: Shape, axes: readonly number[], keepdims: boolean): number[] {
  const reduced = new Set(axes.length === 0 ? input.map((_, i) => i) : normalizeAxes(axes, input.length));
  const out: number[] = [];
  input.forEach((d, i) => {
    if (!reduced.has(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return out;
}

/** layer_norm: scale and bias have the normalised trailing shape input[axis:]. */
export function layerNormShape(input: Shape, scale: Shape, bias: Shape | undefined, axis: number): number[] {
  const a = normalizeAxis(axis, input.length);
  const tail = input.slice(a);
  const same = (s: Shape) => s.length === tail.length && s.every((d, i) => d === tail[i]);
  if (!same(scale)) fail(`scale must have the normalised shape ${dims(tail)} (input dims from axis ${a}), but has shape ${dims(scale)}`);
  if (bias && !same(bias)) fail(`bias must have the normalised shape ${dims(tail)} (input dims from axis ${a}), but has shape ${dims(bias)}`);
  return [...input];
}

/** batch_norm: input (N, C, ...), per-channel scale, bias, mean and variance of shape (C). */
export function batchNormShape(input: Shape, params: readonly Shape[]): number[] {
  if (input.length < 2) fail(`input must have rank 2 or more (N, C, ...), but has rank ${input.length}`);
  const names = ['scale', 'bias', 'mean', 'variance'];
  params.forEach((p, i) => {
    if (p.length !== 1 || p[0] !== input[1]) fail(`${names[i]} must have shape ${input[1]} (the channels), but has shape ${dims(p)}`);
  });
  return [...input];
}

/** transpose: out[i] = in[perm[i]]. */
export function transposeShape(input: Shape, perm: readonly number[]): number[] {
  if (perm.length !== input.length) fail(`perm ${list(perm)} has ${perm.length} entries, but the input has rank ${input.length}`);
  const sorted = [...perm].sort((a, b) => a - b);
  if (sorted.some((p, i) => p !== i)) fail(`perm ${list(perm)} is not a permutation of 0..${input.length - 1}`);
  return perm.map((p) => input[p]);
}

/** concat: equal shapes except along `axis`, where sizes add up. */
export function concatShape(inputs: readonly Shape[], axis: number): number[] {
  if (inputs.length === 0) fail('expects at least one input');
  const first = inputs[0];
  const a = normalizeAxis(axis, first.length);
  let total = 0;
  inputs.forEach((s, k) => {
    if (s.length !== first.length) fail(`input #${k} has rank ${s.length}, but input #0 has rank ${first.length}`);
    s.forEach((d, i) => {
      if (i !== a && d !== first[i]) fail(`input #${k} (${dims(s)}) differs from input #0 (${dims(first)}) in dimension ${i}, which is not the concatenation axis ${a}`);
    });
    total += s[a];
  });
  return first.map((d, i) => (i === a ? total : d));
}

/** A slice of one dimension: first index, step and element count (ONNX clamping rules). */
export interface DimSlice {
  readonly start: number;
  readonly step: number;
  readonly count: number;
}

/** slice: per sliced axis, the ONNX Slice semantics (negative indices count from the end, clamped). */
export function sliceDims(input: Shape, starts: readonly number[], ends: readonly number[], axes: readonly number[] | undefined, steps: readonly number[] | undefined): DimSlice[] {
  if (ends.length !== starts.length) fail(`starts and ends must have the same length, but have ${starts.length} and ${ends.length}`);
  if (axes && axes.length !== starts.length) fail(`axes must have one entry per start (${starts.length}), but has ${axes.length}`);
  if (steps && steps.length !== starts.length) fail(`steps must have one entry per start (${starts.length}), but has ${steps.length}`);
  if (!axes && starts.length > input.length) fail(`${starts.length} starts for an input of rank ${input.length}`);
  const ax = normalizeAxes(axes ?? starts.map((_, i) => i), input.length);
  const out: DimSlice[] = input.map((d) => ({ start: 0, step: 1, count: d }));
  ax.forEach((a, i) => {
    const d = input[a];
    const step = steps?.[i] ?? 1;
    if (step === 0) fail(`steps must be non-zero, but step ${i} is 0`);
    const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
    const norm = (x: number) => (x < 0 ? x + d : x);
    const start = step > 0 ? clamp(norm(starts[i]), 0, d) : clamp(norm(starts[i]), -1, d - 1);
    const end = step > 0 ? clamp(norm(ends[i]), 0, d) : clamp(norm(ends[i]), -1, d - 1);
    const count = step > 0 ? Math.max(0, Math.ceil((end - start) / step)) : Math.max(0, Math.ceil((start - end) / -step));
    out[a] = { start, step, count };
  });
  return out;
}

/** gather along `axis`: data.shape[:axis] + indices.shape + data.shape[axis+1:]. */
export function gatherShape(data: Shape, indices: Shape, axis: number): number[] {
  if (data.length === 0) fail('input must have rank 1 or more to gather from');
  const a = normalizeAxis(axis, data.length);
  return [...data.slice(0, a), ...indices, ...data.slice(a + 1)];
}

/** split along `axis` into pieces of `sizes`, which must add up to the dimension. */
export function splitShapes(input: Shape, axis: number, sizes: readonly number[]): number[][] {
  const a = normalizeAxis(axis, input.length);
  if (sizes.length === 0) fail('sizes must not be empty');
  if (sizes.some((s) => s <= 0)) fail(`sizes must be positive, but got ${list(sizes)}`);
  const total = sizes.reduce((x, y) => x + y, 0);
  if (total !== input[a]) fail(`sizes ${list(sizes)} add up to ${total}, but dimension ${a} has size ${input[a]}`);
  return sizes.map((s) => input.map((d, i) => (i === a ? s : d)));
}
