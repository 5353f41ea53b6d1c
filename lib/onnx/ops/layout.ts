// ONNX data-movement operators (Reshape, Flatten, Squeeze/Unsqueeze, Transpose, Concat, Slice, Gather, Split, Expand) as graph ops.
import type { RankedTensorType, Value } from '../../ir/index.js';
import { ConcatOp, GatherOp, SliceOp, SplitOp, TransposeOp, AddOp } from '../../../dialects/graph/index.js';
import { ImportError, axisOf, clampInt, type NodeContext, type Produced } from '../context.js';
import { isIntegerType, type TensorData } from '../proto.js';
import { sliceDims } from '../../../dialects/graph/shapes.js';
import { sliceSources, transposeSources } from '../../../dialects/graph/reference/layout.js';
import { binary } from './elementwise.js';
import { reshape } from './nn.js';
import type { Converter } from './registry.js';

const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** The same data under new dims (constants stay constants, so shape computations fold). */
function reshaped(n: NodeContext, dims: readonly number[]): Produced {
  const data = n.constInput(0);
  if (data) return { ...data, dims };
  return reshape(n, n.input(0), dims);
}

const reshapeConverter: Converter = (n) => {
  const shape = n.shape(0);
  const target = n.constInts(1, 'the shape');
  const allowZero = n.attrs.int('allowzero', 0) !== 0;
  const dims = target.map((d, i) => (d === 0 && !allowZero ? shape[i] : d));
  const unknown = dims.indexOf(-1);
  if (unknown >= 0) {
    const known = product(dims.filter((_, i) => i !== unknown));
    dims[unknown] = known === 0 ? 0 : product(shape) / known;
  }
  if (product(dims) !== product(shape) || dims.some((d) => d < 0 || !Number.isInteger(d))) {
    throw new ImportError(`cannot reshape [${shape.join(', ')}] to [${target.join(', ')}]`);
  }
  return [reshaped(n, dims)];
};

const flatten: Converter = (n) => {
  const shape = n.shape(0);
  const axis = axisOf(n.attrs.int('axis', 1), shape.length + 1);
  return [reshaped(n, [product(shape.slice(0, axis)), product(shape.slice(axis))])];
};

/** Axes of Squeeze/Unsqueeze: an attribute before opset 13, an optional input since. */
function axesOf(n: NodeContext): number[] | undefined {
  if (n.opset < 13) return n.attrs.ints('axes');
  return n.hasInput(1) ? n.constInts(1, 'axes') : undefined;
}

const squeeze: Converter = (n) => {
  const shape = n.shape(0);
  const given = axesOf(n);
  const axes = new Set(given ? given.map((a) => axisOf(a, shape.length)) : shape.flatMap((d, i) => (d === 1 ? [i] : [])));
  for (const a of axes) if (shape[a] !== 1) throw new ImportError(`cannot squeeze axis ${a} of size ${shape[a]}`);
  return [reshaped(n, shape.filter((_, i) => !axes.has(i)))];
};

const unsqueeze: Converter = (n) => {
  const shape = n.shape(0);
  const given = axesOf(n);
  if (!given) throw new ImportError('axes are required');
  const rank = shape.length + given.length;
  const axes = new Set(given.map((a) => axisOf(a, rank)));
  const dims: number[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) dims.push(axes.has(i) ? 1 : shape[k++]);
  return [reshaped(n, dims)];
};

/** Transpose; integer constant data (shape arithmetic) is moved at import. */
const transpose: Converter = (n) => {
  const rank = n.shape(0).length;
  const perm = n.attrs.ints('perm') ?? [...Array(rank).keys()].reverse();
  const data = n.constInput(0);
  if (data && isIntegerType(data.dataType)) return [moveData(data, perm.map((p) => data.dims[p]), transposeSources(data.dims, perm))];
  return n.put(TransposeOp.create(n.loc, { operands: { input: n.input(0) }, properties: { perm } }));
};

/** Concat of constant 1-D integer data (shape computations) folds; anything else is graph.concat. */
const concat: Converter = (n) => {
  const inputs = [...Array(n.inputCount).keys()];
  const data = inputs.map((i) => n.constInput(i));
  if (data.every((d): d is TensorData => d !== undefined && d.dims.length === 1 && typeof d.values[0] !== 'number')) {
    return [{ dims: [data.reduce((s, d) => s + d.dims[0], 0)], dataType: data[0].dataType, values: data.flatMap((d) => d.values) }];
  }
  return n.put(ConcatOp.create(n.loc, { operands: { inputs: inputs.map((i) => n.input(i)) }, properties: { axis: n.attrs.int('axis', 0) } }));
};

const slice: Converter = (n) => {
  const legacy = n.opset < 10;
  const read = (i: number, attr: string): number[] | undefined => (legacy ? n.attrs.ints(attr) : n.hasInput(i) ? n.constInts(i, attr) : undefined);
  const starts = read(1, 'starts');
  const ends = read(2, 'ends');
  if (!starts || !ends) throw new ImportError('starts and ends are required');
  const axes = read(3, 'axes');
  const steps = legacy ? undefined : read(4, 'steps');
  const data = n.constInput(0);
  const properties = { starts: starts.map(clampInt), ends: ends.map(clampInt), axes, steps };
  if (data && (data.dims.length === 1 || isIntegerType(data.dataType))) {
    const slices = sliceDims(data.dims, properties.starts, properties.ends, axes, steps);
    return [moveData(data, slices.map((d) => d.count), sliceSources(data.dims, slices))];
  }
  return n.put(SliceOp.create(n.loc, { operands: { input: n.input(0) }, properties }));
};

/** Constant data moved: element k of the result is `data`'s element sources[k]. */
function moveData(data: TensorData, dims: readonly number[], sources: Int32Array): TensorData {
  return { dims, dataType: data.dataType, values: Array.from(sources, (k) => data.values[k]) };
}

const gather: Converter = (n) => {
  const axis = n.attrs.int('axis', 0);
  const data = n.constInput(0);
  const indices = n.constInput(1);
  if (data && indices && data.dims.length === 1) {
    const size = data.dims[0];
    const values = indices.values.map((v) => data.values[(Number(v) + size) % size]);
    return [{ dims: indices.dims, dataType: data.dataType, values }];
  }
  return n.put(GatherOp.create(n.loc, { operands: { input: n.input(0), indices: n.input(1) }, properties: { axis } }));
};

const split: Converter = (n) => {
  const shape = n.shape(0);
  const axis = n.attrs.int('axis', 0);
  const size = shape[axisOf(axis, shape.length)];
  let sizes = n.opset < 13 ? n.attrs.ints('split') : n.hasInput(1) ? n.constInts(1, 'split') : undefined;
  if (!sizes) {
    const parts = n.attrs.int('num_outputs', n.outputCount);
    const chunk = Math.ceil(size / parts);
    sizes = [...Array(parts).keys()].map((i) => Math.max(0, Math.min(chunk, size - i * chunk)));
  }
  return n.put(SplitOp.create(n.loc, { operands: { input: n.input(0) }, properties: { axis, sizes } }));
};

/** Expand: broadcasting against zeros of the target shape (a splat, so no data is copied). */
const expand: Converter = (n) => {
  const shape = n.shape(0);
  const target = n.constInts(1, 'the shape');
  const rank = Math.max(shape.length, target.length);
  const at = (s: readonly number[], i: number) => s[i - (rank - s.length)] ?? 1;
  const dims = [...Array(rank).keys()].map((i) => Math.max(at(shape, i), at(target, i)));
  const x = n.input(0);
  if (dims.every((d, i) => d === at(shape, i)) && shape.length === rank) return [x];
  return [binary(n, AddOp, x, n.splat(0, x, dims))];
};

/** `x[start:end:step]` along `axis` (ONNX Slice semantics). */
function sliceAxis(n: NodeContext, x: Value, axis: number, start: number, end: number, step = 1): Value {
  return n.put(SliceOp.create(n.loc, { operands: { input: x }, properties: { starts: [start], ends: [end], axes: [axis], steps: [step] } }))[0];
}

/** What Pad puts before (`side` 0) or after (1) `x` along `axis`: `count` elements in `mode`. */
function padding(n: NodeContext, x: Value, axis: number, side: 0 | 1, count: number, mode: string, value: number): Value {
  const shape = (x.type as RankedTensorType).shape;
  const size = shape[axis];
  const dims = shape.map((d, i) => (i === axis ? count : d));
  // A negative end beyond the axis clamps to "before the first element" for a backward slice.
  const BEFORE_FIRST = -(2 ** 40);
  switch (mode) {
    case 'constant':
      return n.splat(value, x, dims);
    case 'reflect':
      if (count >= size) throw new ImportError(`reflect padding of ${count} needs more than ${count} elements along axis ${axis}, but there are ${size}`);
      return side === 0 ? sliceAxis(n, x, axis, count, 0, -1) : sliceAxis(n, x, axis, size - 2, size - 2 - count < 0 ? BEFORE_FIRST : size - 2 - count, -1);
    case 'edge': {
      const edge = side === 0 ? sliceAxis(n, x, axis, 0, 1) : sliceAxis(n, x, axis, size - 1, size);
      return binary(n, AddOp, edge, n.splat(0, x, dims));
    }
    case 'wrap':
      if (count > size) throw new ImportError(`wrap padding of ${count} is longer than axis ${axis} (${size})`);
      return side === 0 ? sliceAxis(n, x, axis, size - count, size) : sliceAxis(n, x, axis, 0, count);
    default:
      throw new ImportError(`unknown mode '${mode}' (constant, reflect, edge or wrap)`);
  }
}

/** Pad: a slice for negative pads, then what each mode puts on each side, concatenated. */
const pad: Converter = (n) => {
  const mode = n.attrs.string('mode', 'constant');
  const rank = n.shape(0).length;
  const pads = n.opset < 11 ? n.attrs.ints('pads') : n.constInts(1, 'pads');
  if (!pads) throw new ImportError('pads are required');
  const axes = n.opset >= 18 && n.hasInput(3) ? n.constInts(3, 'axes').map((a) => axisOf(a, rank)) : [...Array(rank).keys()];
  if (pads.length !== 2 * axes.length) throw new ImportError(`${pads.length} pads for ${axes.length} axes`);
  const value = n.opset < 11 ? n.attrs.float('value', 0) : n.hasInput(2) ? Number(n.requireConst(2, 'the pad value').values[0]) : 0;
  let x = n.input(0);
  axes.forEach((axis, k) => {
    const [before, after] = [pads[k], pads[k + axes.length]];
    if (before < 0 || after < 0) x = sliceAxis(n, x, axis, Math.max(0, -before), after < 0 ? after : 2 ** 40);
    const parts = [...(before > 0 ? [padding(n, x, axis, 0, before, mode, value)] : []), x, ...(after > 0 ? [padding(n, x, axis, 1, after, mode, value)] : [])];
    if (parts.length > 1) x = n.put(ConcatOp.create(n.loc, { operands: { inputs: parts }, properties: { axis } }))[0];
  });
  return [x];
};

/** The layout converters, by ONNX op type. */
export const layoutConverters: Record<string, Converter> = {
  Reshape: reshapeConverter,
  Flatten: flatten,
  Squeeze: squeeze,
  Unsqueeze: unsqueeze,
  Transpose: transpose,
  Concat: concat,
  Slice: slice,
  Gather: gather,
  Split: split,
  Expand: expand,
  Pad: pad,
};
