// layer_norm and batch_norm (inference) as TEs: layer_norm as sum-reduce, mean, sum of squared
// deviations, rsqrt of the variance, and the normalising epilogue; batch_norm as one TE.
import { AffineMap, dim } from '../../../lib/affine/index.js';
import type { RankedTensorType } from '../../../lib/ir/index.js';
import { broadcastMap } from './maps.js';
import { shapeOf } from './te.js';
import { BatchNormOp, LayerNormOp } from '../ops.js';
import { divideBy, reduceTe, withReduced } from './reduction.js';
import { normAxis, resultType, type Lowering } from './lowering.js';

/**
 * layer_norm over the dims from `axis` on: mean = sum(x) / n; var = sum((x - mean)^2) / n;
 * y = (x - mean) * rsqrt(var + epsilon) * scale + bias (the bias optional; both have the
 * normalised dims' shape).
 */
export const lowerLayerNorm: Lowering = (op, [x, scale, bias], cx) => {
  const shape = shapeOf(x);
  const rank = shape.length;
  const { axis: axisIn, epsilon } = LayerNormOp.view(op);
  const axis = normAxis(axisIn, rank);
  const axes = new Set(Array.from({ length: rank - axis }, (_, i) => axis + i));
  const n = shape.slice(axis).reduce((a, b) => a * b, 1);
  const mean = divideBy(cx, reduceTe(cx, x, axes, false, 'add'), n);
  const squares = withReduced(cx, x, mean, axes, (b, xv, m) => {
    const d = b.sub(xv, m);
    return b.mul(d, d);
  });
  const variance = reduceTe(cx, squares, axes, false, 'add');
  const rstd = cx.te({
    bounds: shapeOf(variance),
    inputs: [variance],
    inputMaps: [AffineMap.identity(axis)],
    outputs: [{ type: variance.type as RankedTensorType, map: AffineMap.identity(axis) }],
    body: (b, [v]) => [b.rsqrt(b.add(b.div(v, b.constant(n, v.type)), b.constant(epsilon, v.type)))],
  });
  const stats = AffineMap.get(rank, 0, Array.from({ length: axis }, (_, i) => dim(i)));
  const affine = bias ? [scale, bias] : [scale];
  return [
    cx.te({
      bounds: shape,
      inputs: [x, mean, rstd, ...affine],
      inputMaps: [AffineMap.identity(rank), stats, stats, ...affine.map((v) => broadcastMap(rank, shapeOf(v), shape))],
      outputs: [{ type: resultType(op), map: AffineMap.identity(rank) }],
      body: (b, [xv, m, r, s, c]) => {
        const y = b.mul(b.mul(b.sub(xv, m), r), s);
        return [c ? b.add(y, c) : y];
      },
    }),
  ];
};

/** batch_norm (inference): y = (x - mean[c]) / sqrt(var[c] + epsilon) * scale[c] + bias[c], c = dim 1. */
export const lowerBatchNorm: Lowering = (op, [x, scale, bias, mean, variance], cx) => {
  const out = resultType(op);
  const { epsilon } = BatchNormOp.view(op);
  const channel = AffineMap.get(out.rank, 0, [dim(1)]);
  return [
    cx.te({
      bounds: out.shape,
      inputs: [x, scale, bias, mean, variance],
      inputMaps: [AffineMap.identity(out.rank), channel, channel, channel, channel],
      outputs: [{ type: out, map: AffineMap.identity(out.rank) }],
      body: (b, [xv, s, c, m, v]) => [b.add(b.mul(b.div(b.sub(xv, m), b.sqrt(b.add(v, b.constant(epsilon, v.type)))), s), c)],
    }),
  ];
};
