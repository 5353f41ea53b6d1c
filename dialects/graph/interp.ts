// Interpreter implementations of the graph ops: adapters from runtime tensors to the reference
// code of reference/, which computes every step in the element type's rounding.
import { DenseElementsAttr, RankedTensorType, type Operation } from '../../lib/ir/index.js';
import {
  ElementBuffer, TensorValue, attributeValue,
  type Interpreter, type InterpreterImpls, type OpImpl, type RtValue, type Scalar,
} from '../../lib/interp/index.js';
import { DenseI64ArrayProp } from '../../lib/dialect/index.js';
import {
  AvgPool2dOp, BatchNormOp, ConcatOp, Conv2dOp, GatherOp, GemmOp, LayerNormOp, MaxPool2dOp, SliceOp, SoftmaxOp, SplitOp, TransposeOp,
  type BinaryKind, type UnaryKind,
} from './ops.js';
import { normalizeAxes, normalizeAxis, sliceDims } from './shapes.js';
import { elementConverter, rounding, type Round } from './reference/scalar.js';
import { batchNorm, binary, conv2d, gemm, layerNorm, matmul, pool2d, reduce, softmax, unary, type Computed, type Dense } from './reference/compute.js';
import { concatSources, gatherSources, sliceSources, splitSources, transposeSources } from './reference/layout.js';
import { logicalInterpreter } from './interp-logical.js';

/** Operand `v` of `op` as a tensor, or a runtime error. */
function tensorArg(interp: Interpreter, op: Operation, v: RtValue): TensorValue {
  if (!(v instanceof TensorValue)) interp.error(op, 'expected a tensor value');
  return v;
}

/** A float tensor operand's elements for the reference code. */
function dense(interp: Interpreter, op: Operation, v: RtValue): Dense {
  const t = tensorArg(interp, op, v);
  if (!t.data.isFloat) interp.error(op, `expected float elements, got '${String(t.elementType)}'`);
  return { shape: t.shape, data: t.data.array as Float64Array };
}

/** The rounding of result `i`'s element type. */
function roundOf(interp: Interpreter, op: Operation, i = 0): Round {
  const r = rounding((op.result(i).type as RankedTensorType).elementType);
  return r ?? interp.error(op, `element type '${String(op.result(i).type)}' is not supported by the interpreter`);
}

/** A result tensor holding computed (already rounded) elements. */
function result(op: Operation, c: Computed, i = 0): TensorValue {
  const t = TensorValue.zeros(op.result(i).type as RankedTensorType);
  (t.data.array as Float64Array).set(c.data);
  return t;
}

/** A result tensor whose element k is `from`'s element sources[k] (any element type). */
function moved(op: Operation, from: TensorValue, sources: Int32Array, i = 0): TensorValue {
  const t = TensorValue.zeros(op.result(i).type as RankedTensorType);
  const src = from.data.array as unknown as Scalar[];
  const dst = t.data.array as unknown as Scalar[];
  for (let k = 0; k < sources.length; k++) dst[k] = src[sources[k]];
  return t;
}

/** An impl of float ops: operands as Dense, the result computed with the result type's rounding. */
const computing = (f: (xs: Dense[], r: Round, op: Operation) => Computed): OpImpl => (op, args, interp) => [
  result(op, f(args.map((a) => dense(interp, op, a)), roundOf(interp, op), op)),
];

const unaryImpl = (kind: UnaryKind): OpImpl => computing(([x], r) => unary(kind, x, r));
const binaryImpl = (kind: BinaryKind): OpImpl => computing(([a, b], r) => binary(kind, a, b, r));

const reduceImpl = (kind: 'sum' | 'mean' | 'max'): OpImpl =>
  computing(([x], r, op) => {
    const axes = normalizeAxes(DenseI64ArrayProp.decode(op.getAttr('axes')!), x.shape.length).sort((a, b) => a - b);
    // The reference keeps reduced dims as 1s; the result type decides whether they stay.
    return reduce(kind, x, axes, r);
  });

const poolImpl = (kind: 'max' | 'avg'): OpImpl =>
  computing(([x], r, op) => {
    const v = kind === 'max' ? MaxPool2dOp.view(op) : AvgPool2dOp.view(op);
    const window = { kernel: v.kernel, strides: v.strides, pads: v.pads, dilations: [1, 1] };
    const includePad = kind === 'avg' && AvgPool2dOp.view(op).count_include_pad;
    return pool2d(kind, x, window, includePad, (op.result(0).type as RankedTensorType).shape, r);
  });

function cast(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const x = tensorArg(interp, op, args[0]);
  const type = op.result(0).type as RankedTensorType;
  const f = elementConverter(x.elementType, type.elementType);
  const out = ElementBuffer.zeros(type.elementType, x.data.length);
  for (let i = 0; i < x.data.length; i++) out.set(i, f(x.data.get(i)));
  return [new TensorValue(type, type.shape, out)];
}

function gather(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const [data, indices] = args.map((a) => tensorArg(interp, op, a));
  const axis = normalizeAxis(GatherOp.view(op).axis, data.shape.length);
  const ids = Array.from({ length: indices.data.length }, (_, i) => Number(indices.data.get(i)));
  const sources = gatherSources(data.shape, ids, ids.length, axis);
  if (!(sources instanceof Int32Array)) interp.error(op, `index ${sources.bad} is out of range for dimension ${axis} of size ${data.shape[axis]}`);
  return [moved(op, data, sources)];
}

/** Every graph op's implementation. */
export function graphInterpreter(): InterpreterImpls {
  return {
    'graph.constant': (op) => [attributeValue(op.getAttr('value')!, op)!],
    'graph.add': binaryImpl('add'),
    'graph.sub': binaryImpl('sub'),
    'graph.mul': binaryImpl('mul'),
    'graph.div': binaryImpl('div'),
    'graph.max': binaryImpl('max'),
    'graph.min': binaryImpl('min'),
    'graph.pow': binaryImpl('pow'),
    'graph.relu': unaryImpl('relu'),
    'graph.gelu': unaryImpl('gelu'),
    'graph.sigmoid': unaryImpl('sigmoid'),
    'graph.tanh': unaryImpl('tanh'),
    'graph.exp': unaryImpl('exp'),
    'graph.log': unaryImpl('log'),
    'graph.sqrt': unaryImpl('sqrt'),
    'graph.rsqrt': unaryImpl('rsqrt'),
    'graph.neg': unaryImpl('neg'),
    'graph.erf': unaryImpl('erf'),
    'graph.abs': unaryImpl('abs'),
    'graph.cast': cast,
    'graph.matmul': computing(([a, b], r) => matmul(a, b, r)),
    'graph.gemm': computing(([a, b, c], r, op) => gemm(a, b, c, GemmOp.view(op), r)),
    'graph.conv2d': computing(([x, w, b], r, op) => {
      const v = Conv2dOp.view(op);
      return conv2d(x, w, b, v, v.groups, (op.result(0).type as RankedTensorType).shape, r);
    }),
    'graph.max_pool2d': poolImpl('max'),
    'graph.avg_pool2d': poolImpl('avg'),
    'graph.global_avg_pool': computing(([x], r) => reduce('mean', x, x.shape.slice(2).map((_, i) => i + 2), r)),
    'graph.reduce_sum': reduceImpl('sum'),
    'graph.reduce_mean': reduceImpl('mean'),
    'graph.reduce_max': reduceImpl('max'),
    'graph.softmax': computing(([x], r, op) => softmax(x, normalizeAxis(SoftmaxOp.view(op).axis, x.shape.length), r)),
    'graph.layer_norm': computing(([x, s, b], r, op) => {
      const v = LayerNormOp.view(op);
      return layerNorm(x, s, b, normalizeAxis(v.axis, x.shape.length), v.epsilon, r);
    }),
    'graph.batch_norm': computing(([x, s, b, m, v], r, op) => batchNorm(x, s, b, m, v, BatchNormOp.view(op).epsilon, r)),
    'graph.reshape': (op, args, interp) => {
      const x = tensorArg(interp, op, args[0]);
      const type = op.result(0).type as RankedTensorType;
      return [new TensorValue(type, type.shape, x.data)];
    },
    'graph.transpose': (op, args, interp) => {
      const x = tensorArg(interp, op, args[0]);
      return [moved(op, x, transposeSources(x.shape, TransposeOp.view(op).perm))];
    },
    'graph.concat': (op, args, interp) => {
      const xs = args.map((a) => tensorArg(interp, op, a));
      const { input, index } = concatSources(xs.map((x) => x.shape), normalizeAxis(ConcatOp.view(op).axis, xs[0].shape.length));
      const t = TensorValue.zeros(op.result(0).type as RankedTensorType);
      const dst = t.data.array as unknown as Scalar[];
      const srcs = xs.map((x) => x.data.array as unknown as Scalar[]);
      for (let k = 0; k < input.length; k++) dst[k] = srcs[input[k]][index[k]];
      return [t];
    },
    'graph.slice': (op, args, interp) => {
      const x = tensorArg(interp, op, args[0]);
      const v = SliceOp.view(op);
      return [moved(op, x, sliceSources(x.shape, sliceDims(x.shape, v.starts, v.ends, v.axes, v.steps)))];
    },
    'graph.gather': gather,
    'graph.split': (op, args, interp) => {
      const x = tensorArg(interp, op, args[0]);
      const v = SplitOp.view(op);
      return splitSources(x.shape, normalizeAxis(v.axis, x.shape.length), v.sizes).map((s, i) => moved(op, x, s, i));
    },
    ...logicalInterpreter(),
  };
}
