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

/** Checks the node is 2-D (an NCHW input), which is what graph's windows cover. */
function require2d(n: NodeContext, what: string): readonly number[] {
  const shape = n.shape(0);
  if (shape.length !== 4) throw new ImportError(`only 2-D ${what} (rank-4 NCHW input) is supported, but the input has rank ${shape.length}`);
  return shape;
}

/** Input `i` with a unit dim inserted at 2 (a 1-D convolution's NCL input or MCK weight as 2-D); constant data stays constant. */
function withUnitHeight(n: NodeContext, i: number): Value {
  const dims = [...n.shape(i)];
  dims.splice(2, 0, 1);
  const data = n.constInput(i);
  return data ? n.constant({ ...data, dims }, n.node.input![i]) : reshape(n, n.input(i), dims);
}

/** Conv, 2-D, or 1-D as a 2-D convolution of height 1. */
const conv: Converter = (n) => {
  const shape = n.shape(0);
  if (shape.length !== 3 && shape.length !== 4) throw new ImportError(`only 1-D and 2-D convolutions (rank-3 or rank-4 input) are supported, but the input has rank ${shape.length}`);
  const spatial = shape.length - 2;
  const kernel = n.attrs.ints('kernel_shape') ?? n.shape(1).slice(2);
  const strides = n.attrs.ints('strides') ?? new Array<number>(spatial).fill(1);
  const dilations = n.attrs.ints('dilations') ?? new Array<number>(spatial).fill(1);
  const pads = windowPads(n, shape, kernel, strides, dilations);
  const bias = n.hasInput(2) ? n.input(2) : undefined;
  const groups = n.attrs.int('group', 1);
  if (spatial === 2) return n.put(Conv2dOp.create(n.loc, { operands: { input: n.input(0), weight: n.input(1), bias }, properties: { strides, pads, dilations, groups } }));
  const properties = { strides: [1, strides[0]], pads: [0, pads[0], 0, pads[1]], dilations: [1, dilations[0]], groups };
  const y = n.put(Conv2dOp.create(n.loc, { operands: { input: withUnitHeight(n, 0), weight: withUnitHeight(n, 1), bias }, properties }))[0];
  const [batch, channels, , width] = (y.type as RankedTensorType).shape;
  return [reshape(n, y, [batch, channels, width])];
};

/** MaxPool and AveragePool: 2-D, no ceil mode, no dilations. */
const pool = (max: boolean): Converter => (n) => {
  const shape = require2d(n, 'pooling');
  if (n.attrs.int('ceil_mode', 0) !== 0) throw new ImportError('ceil_mode = 1 is not supported');
  const dilations = n.attrs.ints('dilations') ?? [1, 1];
  if (dilations.some((d) => d !== 1)) throw new ImportError('dilated pooling is not supported');
  if (max && n.outputCount > 1 && n.node.output![1]) throw new ImportError('the Indices output is not supported');
  const kernel = n.attrs.ints('kernel_shape');
  if (!kernel) throw new ImportError("attribute 'kernel_shape' is required");
  const strides = n.attrs.ints('strides') ?? [1, 1];
  const pads = windowPads(n, shape, kernel, strides, dilations);
  const input = n.input(0);
  if (max) return n.put(MaxPool2dOp.create(n.loc, { operands: { input }, properties: { kernel, strides, pads } }));
  const countIncludePad = n.attrs.int('count_include_pad', 0) !== 0;
  return n.put(AvgPool2dOp.create(n.loc, { operands: { input }, properties: { kernel, strides, pads, count_include_pad: countIncludePad } }));
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

const globalMaxPool: Converter = (n) => {
  require2d(n, 'pooling');
  return n.put(ReduceMaxOp.create(n.loc, { operands: { input: n.input(0) }, properties: { axes: [2, 3], keepdims: true } }));
};

/** The network converters, by ONNX op type. */
export const nnConverters: Record<string, Converter> = {
  MatMul: matmul,
  Gemm: gemm,
  Conv: conv,
  MaxPool: pool(true),
  AveragePool: pool(false),
  GlobalAveragePool: (n) => {
    require2d(n, 'pooling');
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
