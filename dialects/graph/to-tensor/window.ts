// Sliding-window ops on NCHW images: conv2d as a reduction TE with the window in its maps,
// max/avg pooling, global average pooling, and the pad TE in front of padded windows.
import { AffineMap, add, constant, dim, floorDiv, mul } from '../../../lib/affine/index.js';
import { RankedTensorType, type Value } from '../../../lib/ir/index.js';
import { windowMap, wrappedMap } from './maps.js';
import { elementType, shapeOf, type TeSpec } from './te.js';
import { AvgPool2dOp, Conv2dOp, MaxPool2dOp } from '../ops.js';
import { resultType, tensorLike, type LowerCx, type Lowering } from './lowering.js';
import { divideBy, reduceTe } from './reduction.js';

/** Window parameters as ONNX gives them; pads are [top, left, bottom, right]. */
interface Window {
  readonly kernel: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly dilations: readonly [number, number];
  readonly pads: readonly [number, number, number, number];
}

function windowOf(kernel: readonly number[], strides: readonly number[], pads: readonly number[], dilations: readonly number[] = [1, 1]): Window {
  return {
    kernel: [kernel[0], kernel[1]],
    strides: [strides[0], strides[1]],
    dilations: [dilations[0], dilations[1]],
    pads: [pads[0], pads[1], pads[2], pads[3]],
  };
}

function isPadded(win: Window): boolean {
  return win.pads.some((p) => p !== 0);
}

/**
 * `x` surrounded by `value` as the window's pads say. A TE over the padded shape reads x at
 * `(i - pad) mod size`, in bounds everywhere as the tensor verifier demands, and keeps that
 * value only inside the image: affine maps have no min/max to clamp with, and a TE cannot
 * write into part of an output, so the select does the padding (see README.md).
 */
function pad(cx: LowerCx, x: Value, win: Window, value: number): Value {
  if (!isPadded(win)) return x;
  const [n, c, h, w] = shapeOf(x);
  const [pt, pl, pb, pr] = win.pads;
  const shape = [n, c, h + pt + pb, w + pl + pr];
  return cx.te({
    bounds: shape,
    inputs: [x],
    inputMaps: [wrappedMap([0, 0, pt, pl], [n, c, h, w], shape)],
    outputs: [{ type: tensorLike(x, shape), map: AffineMap.identity(4) }],
    body: (b, [v]) => {
      const inside = b.and(b.inRange(b.dimIndex(2), pt, pt + h), b.inRange(b.dimIndex(3), pl, pl + w));
      return [b.select(inside, v, b.constant(value, v.type))];
    },
  });
}

/**
 * conv2d: over (n, f, oh, ow, c, kh, kw), c, kh and kw reduced, out[n, f, oh, ow] +=
 * x[n, g * C/G + c, oh * sh + kh * dh, ow * sw + kw * dw] * w[f, c, kh, kw] with the group
 * g = f floordiv (F/G); the bias, if any, in an epilogue TE.
 */
export const lowerConv2d: Lowering = (op, [x, w, bias], cx) => {
  const out = resultType(op);
  const [f, cg, kh, kw] = shapeOf(w);
  const v = Conv2dOp.view(op);
  const groups = v.groups;
  const win = windowOf([kh, kw], v.strides, v.pads, v.dilations);
  const src = pad(cx, x, win, 0);
  const channel = groups === 1 ? dim(4) : add(mul(floorDiv(dim(1), f / groups), cg), dim(4));
  const conv = cx.te({
    bounds: [...out.shape, cg, kh, kw],
    iterators: ['parallel', 'parallel', 'parallel', 'parallel', 'reduction', 'reduction', 'reduction'],
    inputs: [src, w],
    inputMaps: [
      windowMap(7, { n: dim(0), c: channel, oh: 2, ow: 3, kh: 5, kw: 6 }, win.strides, win.dilations),
      AffineMap.get(7, 0, [dim(1), dim(4), dim(5), dim(6)]),
    ],
    outputs: [{ type: out, map: AffineMap.get(7, 0, [dim(0), dim(1), dim(2), dim(3)]), combiner: 'add' }],
    body: (b, [xv, wv]) => [b.mul(xv, wv)],
  });
  if (!bias) return [conv];
  return [perChannel(cx, conv, bias, out, (b, [y, z]) => [b.add(y, z)])];
};

/** A TE over `out` combining `x` (same shape) with `v` indexed by channel (dim 1). */
function perChannel(cx: LowerCx, x: Value, v: Value, out: RankedTensorType, body: TeSpec['body']): Value {
  const id = AffineMap.identity(out.rank);
  return cx.te({
    bounds: out.shape,
    inputs: [x, v],
    inputMaps: [id, AffineMap.get(out.rank, 0, [dim(1)])],
    outputs: [{ type: out, map: id }],
    body,
  });
}

/** The window reduction of a pool: out[n, c, oh, ow] = combine over (kh, kw) of the padded x. */
function poolReduce(cx: LowerCx, x: Value, out: RankedTensorType, win: Window, combiner: 'max' | 'add', padValue: number): Value {
  const src = pad(cx, x, win, padValue);
  return cx.te({
    bounds: [...out.shape, ...win.kernel],
    iterators: ['parallel', 'parallel', 'parallel', 'parallel', 'reduction', 'reduction'],
    inputs: [src],
    inputMaps: [windowMap(6, { n: dim(0), c: dim(1), oh: 2, ow: 3, kh: 4, kw: 5 }, win.strides, win.dilations)],
    outputs: [{ type: out, map: AffineMap.get(6, 0, [dim(0), dim(1), dim(2), dim(3)]), combiner }],
    body: (_b, [v]) => [v],
  });
}

/** max_pool2d: a max-reduction over the window, padded with -inf. */
export const lowerMaxPool: Lowering = (op, [x], cx) => {
  const v = MaxPool2dOp.view(op);
  const win = windowOf(v.kernel, v.strides, v.pads);
  return [poolReduce(cx, x, resultType(op), win, 'max', -Infinity)];
};

/**
 * avg_pool2d: a sum over the window, divided by the window size, or (without
 * count_include_pad) by the number of taps inside the image, counted by a TE of its own.
 */
export const lowerAvgPool: Lowering = (op, [x], cx) => {
  const out = resultType(op);
  const v = AvgPool2dOp.view(op);
  const win = windowOf(v.kernel, v.strides, v.pads);
  const sum = poolReduce(cx, x, out, win, 'add', 0);
  const [, , h, w] = shapeOf(x);
  const id = AffineMap.identity(4);
  if (!isPadded(win) || v.count_include_pad) return [divideBy(cx, sum, win.kernel[0] * win.kernel[1])];
  const [, , oh, ow] = out.shape;
  const countType = RankedTensorType.get([oh, ow], elementType(x));
  const counts = cx.te({
    bounds: [oh, ow, ...win.kernel],
    iterators: ['parallel', 'parallel', 'reduction', 'reduction'],
    inputs: [],
    inputMaps: [],
    outputs: [{ type: countType, map: AffineMap.get(4, 0, [dim(0), dim(1)]), combiner: 'add' }],
    body: (b) => {
      const scaled = (d: number, c: number) => (c === 1 ? b.dimIndex(d) : b.mul(b.dimIndex(d), b.index(c)));
      const at = (o: number, k: number, i: 0 | 1) => b.add(scaled(o, win.strides[i]), scaled(k, win.dilations[i]));
      const inside = b.and(b.inRange(at(0, 2, 0), win.pads[0], win.pads[0] + h), b.inRange(at(1, 3, 1), win.pads[1], win.pads[1] + w));
      return [b.select(inside, b.constant(1, countType.elementType), b.constant(0, countType.elementType))];
    },
  });
  return [
    cx.te({
      bounds: out.shape,
      inputs: [sum, counts],
      inputMaps: [id, AffineMap.get(4, 0, [dim(2), dim(3)])],
      outputs: [{ type: out, map: id }],
      body: (b, [s, c]) => [b.div(s, c)],
    }),
  ];
};

/**
 * global_avg_pool: [N, C, D1, ..., Dk] (any rank >= 3, as ONNX) summed over the spatial dims
 * into [N, C, 1, ..., 1], then divided by their element count.
 */
export const lowerGlobalAvgPool: Lowering = (_op, [x], cx) => {
  const shape = shapeOf(x);
  const spatial = new Set(shape.map((_, d) => d).filter((d) => d >= 2));
  return [divideBy(cx, reduceTe(cx, x, spatial, true, 'add'), [...spatial].reduce((n, d) => n * shape[d], 1))];
};
