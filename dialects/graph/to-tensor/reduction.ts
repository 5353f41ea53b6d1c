// Reductions (sum, mean, max over axes, keepdims or not) and softmax as max-reduce, sub-exp,
// sum-reduce, div.
import { AffineMap, dim } from '../../../lib/affine/index.js';
import type { RankedTensorType, Value } from '../../../lib/ir/index.js';
import type { Body } from './body.js';
import { keptDims, reducedMap } from './maps.js';
import { shapeOf } from './te.js';
import { ReduceMaxOp, ReduceMeanOp, ReduceSumOp, SoftmaxOp } from '../ops.js';
import { normAxis, tensorLike, type LowerCx, type Lowering } from './lowering.js';

/** `x` reduced by `combiner` over `axes`, those dims dropped or (keepDims) kept with size 1. */
export function reduceTe(cx: LowerCx, x: Value, axes: ReadonlySet<number>, keepDims: boolean, combiner: 'add' | 'max'): Value {
  const shape = shapeOf(x);
  const outShape = keepDims ? shape.map((s, i) => (axes.has(i) ? 1 : s)) : shape.filter((_, i) => !axes.has(i));
  return cx.te({
    bounds: shape,
    iterators: shape.map((_, i) => (axes.has(i) ? 'reduction' : 'parallel')),
    inputs: [x],
    inputMaps: [AffineMap.identity(shape.length)],
    outputs: [{ type: tensorLike(x, outShape), map: reducedMap(shape.length, axes, keepDims), combiner }],
    body: (_b, [v]) => [v],
  });
}

/** `x / n` elementwise, for the means. */
export function divideBy(cx: LowerCx, x: Value, n: number): Value {
  const id = AffineMap.identity(shapeOf(x).length);
  return cx.te({ bounds: shapeOf(x), inputs: [x], inputMaps: [id], outputs: [{ type: x.type as RankedTensorType, map: id }], body: (b, [v]) => [b.div(v, b.constant(n, v.type))] });
}

/** The lowering of a reduce op (`def`): its `axes` (negative ones from the end; every dim when empty), keepdims or not. */
function reduction(def: typeof ReduceSumOp, combiner: 'add' | 'max', mean: boolean): Lowering {
  return (op, [x], cx) => {
    const rank = shapeOf(x).length;
    const v = def.view(op);
    const listed = v.axes.map((a) => normAxis(a, rank));
    const axes = new Set(listed.length ? listed : Array.from({ length: rank }, (_, i) => i));
    const r = reduceTe(cx, x, axes, v.keepdims, combiner);
    if (!mean) return [r];
    const count = [...axes].reduce((n, a) => n * shapeOf(x)[a], 1);
    return [divideBy(cx, r, count)];
  };
}

export const lowerReduceSum = reduction(ReduceSumOp, 'add', false);
export const lowerReduceMean = reduction(ReduceMeanOp, 'add', true);
export const lowerReduceMax = reduction(ReduceMaxOp, 'max', false);

/** `body(x, r)` over x's domain, where r was reduced from x over `axes` (dims dropped) and is broadcast back. */
export function withReduced(cx: LowerCx, x: Value, r: Value, axes: ReadonlySet<number>, body: (b: Body, x: Value, r: Value) => Value): Value {
  const shape = shapeOf(x);
  const id = AffineMap.identity(shape.length);
  return cx.te({
    bounds: shape,
    inputs: [x, r],
    inputMaps: [id, AffineMap.get(shape.length, 0, keptDims(shape.length, axes).map((d) => dim(d)))],
    outputs: [{ type: x.type as RankedTensorType, map: id }],
    body: (b, [xv, rv]) => [body(b, xv, rv)],
  });
}

/** softmax over `axis`: m = max x; e = exp(x - m); s = sum e; e / s. */
export const lowerSoftmax: Lowering = (op, [x], cx) => {
  const axes = new Set([normAxis(SoftmaxOp.view(op).axis, shapeOf(x).length)]);
  const m = reduceTe(cx, x, axes, false, 'max');
  const e = withReduced(cx, x, m, axes, (b, xv, mv) => b.exp(b.sub(xv, mv)));
  const s = reduceTe(cx, e, axes, false, 'add');
  return [withReduced(cx, e, s, axes, (b, ev, sv) => b.div(ev, sv))];
};
