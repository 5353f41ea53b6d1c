// ONNX contractions and network operators (MatMul, Gemm, Conv, pools, normalisations, Softmax, Reduce*) as graph ops.
import { RankedTensorType, type Value } from '../../ir/index.js';
import {
  AvgPool2dOp, BatchNormOp, Conv2dOp, GemmOp, GlobalAvgPoolOp, LayerNormOp, LogOp, MatmulOp, MaxPool2dOp, MulOp, NegOp, SqrtOp,
  ReduceMaxOp, ReduceMeanOp, ReduceSumOp, ReshapeOp, SoftmaxOp,
} from '../../../dialects/graph/index.js';
import { ImportError, axisOf, type NodeContext } from '../context.js';
import { binary, unary } from './elementwise.js';
import type { Converter } from './registry.js';

/** `graph.reshape` of `x` to `dims`. */
export function reshape(n: NodeContext, input: Value, dims: readonly number[]): Value {
  const type = input.type as RankedTensorType;
  if (type.shape.length === dims.length && type.shape.every((d, i) => d === dims[i])) return input;
  return n.put(ReshapeOp.create(n.loc, { operands: { input }, resultTypes: [RankedTensorType.get(dims, type.elementType)] }))[0];
}

/** Pads (begins, then ends) for a window over the spatial dims of `input`, from `pads` or `auto_pad`. */
function windowPads(n: NodeContext, input: readonly number[], kernel: readonly number[], strides: readonly number[], dilations: readonly number[]): number[] {
  const spatial = input.length - 2;
  const autoPad = n.attrs.string('auto_pad', 'NOTSET');
  if (autoPad === 'NOTSET') {
    const pads = n.attrs.ints('pads') ?? new Array<number>(2 * spatial).fill(0);
    if (pads.length !== 2 * spatial) throw new ImportError(`pads must have ${2 * spatial} entries for a ${spatial}-D window, but has ${pads.length}`);
    return pads;
  }
  if (autoPad === 'VALID') return new Array<number>(2 * spatial).fill(0);
  if (autoPad !== 'SAME_UPPER' && autoPad !== 'SAME_LOWER') throw new ImportError(`unknown auto_pad '${autoPad}'`);
  const begin: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < spatial; i++) {
    const size = input[i + 2];
    const out = Math.ceil(size / strides[i]);
    const total = Math.max(0, (out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - size);
    const small = Math.floor(total / 2);
    begin.push(autoPad === 'SAME_UPPER' ? small : total - small);
    end.push(total - begin[i]);
  }
  return [...begin, ...end];
}

/** A window op's geometry as graph's 2-D ops take it: a 1-D window (NCL input) is one of height 1. */
interface Window2d {
  readonly kernel: number[];
  readonly strides: number[];
  readonly pads: number[];
  readonly dilations: number[];
  /** Whether the node is 1-D: its input and weight get a unit height, its result loses it. */
  readonly oneD: boolean;
}

/** The window of a 1-D or 2-D Conv or pool over `kernel`, from its attributes. */
function window2d(n: NodeContext, what: string, kernel: readonly number[]): Window2d {
  const shape = n.shape(0);
  if (shape.length !== 3 && shape.length !== 4) throw new ImportError(`only 1-D and 2-D ${what} (rank-3 or rank-4 input) is supported, but the input has rank ${shape.length}`);
  const spatial = shape.length - 2;
  const strides = n.attrs.ints('strides') ?? new Array<number>(spatial).fill(1);
  const dilations = n.attrs.ints('dilations') ?? new Array<number>(spatial).fill(1);
  const pads = windowPads(n, shape, kernel, strides, dilations);
  if (spatial === 2) return { kernel: [...kernel], strides, pads, dilations, oneD: false };
  return { kernel: [1, kernel[0]], strides: [1, strides[0]], pads: [0, pads[0], 0, pads[1]], dilations: [1, dilations[0]], oneD: true };
}

/** Input `i` as the 2-D op takes it: with a unit dim inserted at 2 for a 1-D window (constant data stays constant). */
function lifted(n: NodeContext, w: Window2d, i: number): Value {
  if (!w.oneD) return n.input(i);
  const dims = [...n.shape(i)];
  dims.splice(2, 0, 1);
  const data = n.constInput(i);
  return data ? n.constant({ ...data, dims }, n.node.input![i]) : reshape(n, n.input(i), dims);
}

/** The 2-D op's result `y` as the node gives it (the unit height dropped for a 1-D window). */
function unlifted(n: NodeContext, w: Window2d, y: Value): Value[] {
  if (!w.oneD) return [y];
  const [batch, channels, , width] = (y.type as RankedTensorType).shape;
  return [reshape(n, y, [batch, channels, width])];
}

/** Conv, 2-D or 1-D. */
const conv: Converter = (n) => {
  const w = window2d(n, 'convolution', n.attrs.ints('kernel_shape') ?? n.shape(1).slice(2));
  const bias = n.hasInput(2) ? n.input(2) : undefined;
  const properties = { strides: w.strides, pads: w.pads, dilations: w.dilations, groups: n.attrs.int('group', 1) };
  return unlifted(n, w, n.put(Conv2dOp.create(n.loc, { operands: { input: lifted(n, w, 0), weight: lifted(n, w, 1), bias }, properties }))[0]);
};

/**
 * The end pads that make a pool's output size round up (ceil_mode): the last window may hang
 * past the end, but starts inside the input or its begin padding (as ONNX Runtime counts).
 */
function ceilPads(inputDims: readonly number[], w: Window2d): number[] {
  const pads = [...w.pads];
  for (let i = 0; i < 2; i++) {
    const [size, k, s, begin] = [inputDims[i + 2], w.kernel[i], w.strides[i], w.pads[i]];
    const span = size + begin + pads[i + 2] - k;
    let out = Math.ceil(span / s) + 1;
    if ((out - 1) * s >= size + begin) out--;
    pads[i + 2] += Math.max(0, (out - 1) * s - span);
  }
  return pads;
}

/** MaxPool and AveragePool: 1-D or 2-D, no dilations; ceil_mode by extra end padding, which the windows skip. */
const pool = (max: boolean): Converter => (n) => {
  if (max && n.outputCount > 1 && n.node.output![1]) throw new ImportError('the Indices output is not supported');
  const kernel = n.attrs.ints('kernel_shape');
  if (!kernel) throw new ImportError("attribute 'kernel_shape' is required");
  const w = window2d(n, 'pooling', kernel);
  if (w.dilations.some((d) => d !== 1)) throw new ImportError('dilated pooling is not supported');
  const countIncludePad = n.attrs.int('count_include_pad', 0) !== 0;
  const ceil = n.attrs.int('ceil_mode', 0) !== 0;
  if (ceil && !max && countIncludePad) throw new ImportError('ceil_mode = 1 with count_include_pad = 1 is not supported');
  const input = lifted(n, w, 0);
  const properties = { kernel: w.kernel, strides: w.strides, pads: ceil ? ceilPads((input.type as RankedTensorType).shape, w) : w.pads };
  if (max) return unlifted(n, w, n.put(MaxPool2dOp.create(n.loc, { operands: { input }, properties }))[0]);
  return unlifted(n, w, n.put(AvgPool2dOp.create(n.loc, { operands: { input }, properties: { ...properties, count_include_pad: countIncludePad } }))[0]);
};

const gemm: Converter = (n) => {
  const c = n.hasInput(2) ? n.input(2) : undefined;
  const properties = { transA: n.attrs.int('transA', 0) !== 0, transB: n.attrs.int('transB', 0) !== 0, alpha: n.attrs.float('alpha', 1), beta: n.attrs.float('beta', 1) };
  return n.put(GemmOp.create(n.loc, { operands: { a: n.input(0), b: n.input(1), c }, properties }));
};

/** MatMul; a 1-D operand is a row (lhs) or column (rhs) vector whose unit dim is dropped from the result, as numpy does. */
const matmul: Converter = (n) => {
  const [a, b] = [n.shape(0), n.shape(1)];
  if (a.length === 0 || b.length === 0) throw new ImportError('MatMul of a scalar is not defined');
  const lhs = a.length === 1 ? reshape(n, n.input(0), [1, a[0]]) : n.input(0);
  const rhs = b.length === 1 ? reshape(n, n.input(1), [b[0], 1]) : n.input(1);
  const y = n.put(MatmulOp.create(n.loc, { operands: { lhs, rhs } }))[0];
  if (a.length > 1 && b.length > 1) return [y];
  const shape = (y.type as RankedTensorType).shape;
  return [reshape(n, y, shape.filter((_, i) => !((a.length === 1 && i === shape.length - 2) || (b.length === 1 && i === shape.length - 1))))];
};

const batchNorm: Converter = (n) => {
  if (n.node.output!.slice(1).some((o) => o)) throw new ImportError('training-mode outputs (running mean and variance) are not supported');
  const operands = { input: n.input(0), scale: n.input(1), bias: n.input(2), mean: n.input(3), variance: n.input(4) };
  return n.put(BatchNormOp.create(n.loc, { operands, properties: { epsilon: n.attrs.float('epsilon', 1e-5) } }));
};

const layerNorm: Converter = (n) => {
  if (n.node.output!.slice(1).some((o) => o)) throw new ImportError('the Mean and InvStdDev outputs are not supported');
  if (n.attrs.int('stash_type', 1) !== 1) throw new ImportError('stash_type other than float is not supported');
  const bias = n.hasInput(2) ? n.input(2) : undefined;
  const properties = { axis: n.attrs.int('axis', -1), epsilon: n.attrs.float('epsilon', 1e-5) };
  return n.put(LayerNormOp.create(n.loc, { operands: { input: n.input(0), scale: n.input(1), bias }, properties }));
};

/** Softmax; before opset 13 it worked on the input flattened to 2-D at `axis` (default 1). */
const softmax = (log: boolean): Converter => (n) => {
  const shape = n.shape(0);
  const legacy = n.opset < 13;
  const given = n.attrs.int('axis', legacy ? 1 : -1);
  const axis = axisOf(given, shape.length);
  let input = n.input(0);
  const flatten = legacy && axis !== shape.length - 1;
  if (flatten) input = reshape(n, input, [shape.slice(0, axis).reduce((a, b) => a * b, 1), shape.slice(axis).reduce((a, b) => a * b, 1)]);
  let y = n.put(SoftmaxOp.create(n.loc, { operands: { input }, properties: { axis: flatten ? 1 : given } }))[0];
  if (log) y = unary(n, LogOp, y);
  return [flatten ? reshape(n, y, shape) : y];
};

/** How Reduce* variants prepare the input and finish the result around sum/mean/max. */
type ReduceForm = 'plain' | 'negate' | 'square' | 'l2';

/** Reduce*: axes from the attribute (older opsets) or the optional second input. */
const reduce = (op: typeof ReduceSumOp, form: ReduceForm = 'plain'): Converter => (n) => {
  const keepdims = n.attrs.int('keepdims', 1) !== 0;
  let axes = n.attrs.ints('axes');
  if (!axes && n.hasInput(1)) axes = n.constInts(1, 'axes');
  if (!axes || axes.length === 0) {
    if (n.attrs.int('noop_with_empty_axes', 0) !== 0) return [n.input(0)];
    axes = [];
  }
  let input = n.input(0);
  if (form === 'negate') input = unary(n, NegOp, input);
  if (form === 'square' || form === 'l2') input = binary(n, MulOp, input, input);
  const y = n.put(op.create(n.loc, { operands: { input }, properties: { axes, keepdims } }))[0];
  return [form === 'negate' ? unary(n, NegOp, y) : form === 'l2' ? unary(n, SqrtOp, y) : y];
};

/** The spatial axes of a global pool's input (rank 3 or more: N, C, then spatial dims). */
function spatialAxes(n: NodeContext): number[] {
  const rank = n.shape(0).length;
  if (rank < 3) throw new ImportError(`a global pool needs an N x C x spatial input (rank 3 or more), but the input has rank ${rank}`);
  return [...Array(rank - 2).keys()].map((i) => i + 2);
}

const globalMaxPool: Converter = (n) => n.put(ReduceMaxOp.create(n.loc, { operands: { input: n.input(0) }, properties: { axes: spatialAxes(n), keepdims: true } }));

/** The network converters, by ONNX op type. */
export const nnConverters: Record<string, Converter> = {
  MatMul: matmul,
  Gemm: gemm,
  Conv: conv,
  MaxPool: pool(true),
  AveragePool: pool(false),
  GlobalAveragePool: (n) => {
    spatialAxes(n);
    return n.put(GlobalAvgPoolOp.create(n.loc, { operands: { input: n.input(0) } }));
  },
  GlobalMaxPool: globalMaxPool,
  BatchNormalization: batchNorm,
  LayerNormalization: layerNorm,
  Softmax: softmax(false),
  LogSoftmax: softmax(true),
  ReduceSum: reduce(ReduceSumOp),
  ReduceMean: reduce(ReduceMeanOp),
  ReduceMax: reduce(ReduceMaxOp),
  ReduceMin: reduce(ReduceMaxOp, 'negate'),
  ReduceSumSquare: reduce(ReduceSumOp, 'square'),
  ReduceL2: reduce(ReduceSumOp, 'l2'),
};
