// Data-movement ops as TEs: reshape (reorganize: a linearised-index map), transpose (shuffle:
// a permutation map), slice and split (strided maps), concat (wrapped reads and a select on the
// index); gather as tensor.take.
import { AffineMap } from '../../../lib/affine/index.js';
import type { RankedTensorType, Value } from '../../../lib/ir/index.js';
import { TakeOp } from '../../tensor/index.js';
import { reshapeMap, stridedMap, transposeMap, wrappedMap } from './maps.js';
import { shapeOf } from './te.js';
import { ConcatOp, GatherOp, SliceOp, SplitOp, TransposeOp } from '../ops.js';
import { normAxis, resultType, type LowerCx, type Lowering } from './lowering.js';

/** A copy TE over `out`'s shape reading `x` through `map`. */
function copy(cx: LowerCx, x: Value, out: RankedTensorType, map: AffineMap): Value {
  return cx.te({ bounds: out.shape, inputs: [x], inputMaps: [map], outputs: [{ type: out, map: AffineMap.identity(out.rank) }], body: (_b, [v]) => [v] });
}

/** reshape: the output point's row-major linear index, split into input coordinates. */
export const lowerReshape: Lowering = (op, [x], cx) => {
  const out = resultType(op);
  return [copy(cx, x, out, reshapeMap(shapeOf(x), out.shape))];
};

/** transpose {perm}: output dim i reads input dim perm[i]. */
export const lowerTranspose: Lowering = (op, [x], cx) => {
  return [copy(cx, x, resultType(op), transposeMap(TransposeOp.view(op).perm))];
};

/**
 * slice {starts, ends, axes, steps} with ONNX's rules: negative starts count from the end,
 * starts are clamped to the dim (to its last element for negative steps); the result type
 * already says how many elements each dim keeps.
 */
export const lowerSlice: Lowering = (op, [x], cx) => {
  const shape = shapeOf(x);
  const v = SliceOp.view(op);
  const startsIn = v.starts;
  const axes = (v.axes ?? startsIn.map((_, i) => i)).map((a) => normAxis(a, shape.length));
  const stepsIn = v.steps ?? startsIn.map(() => 1);
  const starts = shape.map(() => 0);
  const steps = shape.map(() => 1);
  axes.forEach((a, i) => {
    const step = stepsIn[i] ?? 1;
    let s = startsIn[i] < 0 ? startsIn[i] + shape[a] : startsIn[i];
    s = Math.max(0, Math.min(s, step > 0 ? shape[a] : shape[a] - 1));
    starts[a] = s;
    steps[a] = step;
  });
  return [copy(cx, x, resultType(op), stridedMap(starts, steps))];
};

/** split along `axis`: result i is the slab after the sizes of results 0..i-1. */
export const lowerSplit: Lowering = (op, [x], cx) => {
  const axis = normAxis(SplitOp.view(op).axis, shapeOf(x).length);
  let offset = 0;
  return op.results.map((_, i) => {
    const out = resultType(op, i);
    const starts = out.shape.map((_s, d) => (d === axis ? offset : 0));
    offset += out.shape[axis];
    return copy(cx, x, out, stridedMap(starts, out.shape.map(() => 1)));
  });
};

/**
 * concat along `axis`: one TE over the result reading input k at `(i - offset_k) mod size_k`
 * along the axis (in bounds everywhere) and selecting, by the index i, the input that owns
 * the point. A TE writes whole outputs, so the inputs cannot each write their part.
 */
export const lowerConcat: Lowering = (op, inputs, cx) => {
  const out = resultType(op);
  const axis = normAxis(ConcatOp.view(op).axis, out.rank);
  const offsets: number[] = [];
  let at = 0;
  for (const v of inputs) {
    offsets.push(at);
    at += shapeOf(v)[axis];
  }
  return [
    cx.te({
      bounds: out.shape,
      inputs,
      inputMaps: inputs.map((v, k) => wrappedMap(out.shape.map((_, d) => (d === axis ? offsets[k] : 0)), shapeOf(v), out.shape)),
      outputs: [{ type: out, map: AffineMap.identity(out.rank) }],
      body: (b, args) => {
        const i = b.dimIndex(axis);
        let v = args[args.length - 1];
        for (let k = args.length - 2; k >= 0; k--) v = b.select(b.lt(i, b.index(offsets[k + 1])), args[k], v);
        return [v];
      },
    }),
  ];
};

/**
 * gather {axis}: `tensor.take`. The read position is data (an index tensor), which no affine
 * map of a TE can say, so the tensor dialect has an op of its own for it.
 */
export const lowerGather: Lowering = (op, [data, indices], cx) => {
  const axis = normAxis(GatherOp.view(op).axis, shapeOf(data).length);
  const take = TakeOp.create(cx.loc, { operands: { data, indices }, properties: { axis }, resultTypes: [resultType(op)] });
  return [cx.b.insert(take).result(0)];
};
