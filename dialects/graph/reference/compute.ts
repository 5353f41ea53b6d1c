// Reference implementations of the computing graph ops on row-major float data: plain loops,
// every arithmetic step rounded to the element type (as the lowered scalar code computes), so
// they serve as the semantics the interpreter and the folds share.
import { broadcastShapes, matmulShape, numElements, type Shape, type Window } from '../shapes.js';
import { contiguousStrides } from '../../../lib/interp/values.js';
import { broadcastSources } from './layout.js';
import { binaryFns, unaryFns, type Round } from './scalar.js';
import type { BinaryKind, UnaryKind } from '../elementwise.js';

/** A tensor's shape and row-major elements. */
export interface Dense {
  readonly shape: Shape;
  readonly data: ArrayLike<number>;
}

/** A computed tensor: every element already rounded. */
export interface Computed {
  readonly shape: number[];
  readonly data: Float64Array;
}

/** Elementwise unary op: the function in doubles, rounded once. */
export function unary(kind: UnaryKind, x: Dense, r: Round): Computed {
  const f = unaryFns[kind];
  const data = new Float64Array(x.data.length);
  for (let i = 0; i < data.length; i++) data[i] = r(f(x.data[i]));
  return { shape: [...x.shape], data };
}

/** Elementwise binary op with numpy broadcasting. */
export function binary(kind: BinaryKind, a: Dense, b: Dense, r: Round): Computed {
  const f = binaryFns[kind];
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastSources(a.shape, shape);
  const ib = broadcastSources(b.shape, shape);
  const data = new Float64Array(ia.length);
  for (let i = 0; i < data.length; i++) data[i] = r(f(a.data[ia[i]], b.data[ib[i]]));
  return { shape, data };
}

/** Σ_k a[ai + k*as] * b[bi + k*bs], each product and partial sum rounded. */
function dot(a: ArrayLike<number>, ai: number, as: number, b: ArrayLike<number>, bi: number, bs: number, n: number, r: Round): number {
  let acc = 0;
  for (let k = 0; k < n; k++) acc = r(acc + r(a[ai + k * as] * b[bi + k * bs]));
  return acc;
}

/**
 * out[ao..][m x n] = a[m x k] (at ao) x b[k x n] (at bo). The loops run i, k, j so that b is read
 * row by row; each output element still sums its products in k order.
 */
function matrixProduct(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, out: Float64Array, oo: number, m: number, k: number, n: number, r: Round): void {
  for (let i = 0; i < m; i++) {
    const row = oo + i * n;
    for (let kk = 0; kk < k; kk++) {
      const x = a[ao + i * k + kk];
      const br = bo + kk * n;
      for (let j = 0; j < n; j++) out[row + j] = r(out[row + j] + r(x * b[br + j]));
    }
  }
}

/** matmul with broadcast batch dimensions. */
export function matmul(a: Dense, b: Dense, r: Round): Computed {
  const shape = matmulShape(a.shape, b.shape);
  const [m, k] = a.shape.slice(-2);
  const n = b.shape[b.shape.length - 1];
  const batch = shape.slice(0, -2);
  // One representative element per matrix: where each batch index starts in a and b.
  const starts = (s: Shape) => broadcastSources([...s.slice(0, -2), 1, 1], [...batch, 1, 1]);
  const sa = starts(a.shape);
  const sb = starts(b.shape);
  const data = new Float64Array(numElements(shape));
  for (let t = 0; t < sa.length; t++) matrixProduct(a.data, sa[t] * m * k, b.data, sb[t] * k * n, data, t * m * n, m, k, n, r);
  return { shape, data };
}

/** gemm: alpha * op(A) op(B) + beta * C. */
export function gemm(a: Dense, b: Dense, c: Dense | undefined, o: { transA: boolean; transB: boolean; alpha: number; beta: number }, r: Round): Computed {
  const [m, k] = o.transA ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
  const n = o.transB ? b.shape[0] : b.shape[1];
  // Element (i, kk) of op(A) is at i*as_i + kk*as_k.
  const [ai, ak] = o.transA ? [1, m] : [k, 1];
  const [bk, bj] = o.transB ? [1, k] : [n, 1];
  const ic = c && broadcastSources(c.shape, [m, n]);
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const at = i * n + j;
      let y = dot(a.data, i * ai, ak, b.data, j * bj, bk, k, r);
      if (o.alpha !== 1) y = r(o.alpha * y);
      if (c && ic) y = r(y + (o.beta === 1 ? c.data[ic[at]] : r(o.beta * c.data[ic[at]])));
      data[at] = y;
    }
  }
  return { shape: [m, n], data };
}

/** The in-bounds input positions of one output position's window, visited in (kh, kw) order. */
function forWindow(h: number, w: number, oh: number, ow: number, kernel: readonly number[], win: Omit<Window, 'kernel'>, visit: (ih: number, iw: number, kh: number, kw: number) => void): void {
  for (let kh = 0; kh < kernel[0]; kh++) {
    const ih = oh * win.strides[0] - win.pads[0] + kh * win.dilations[0];
    if (ih < 0 || ih >= h) continue;
    for (let kw = 0; kw < kernel[1]; kw++) {
      const iw = ow * win.strides[1] - win.pads[1] + kw * win.dilations[1];
      if (iw >= 0 && iw < w) visit(ih, iw, kh, kw);
    }
  }
}

/** The kernel taps [lo, hi) of one output position that land inside an input extent. */
function taps(out: number, size: number, kernel: number, stride: number, pad: number, dilation: number): [number, number] {
  const origin = out * stride - pad;
  const lo = Math.max(0, Math.ceil(-origin / dilation));
  const hi = Math.min(kernel, Math.floor((size - 1 - origin) / dilation) + 1);
  return [lo, Math.max(lo, hi)];
}

/** conv2d, NCHW: zero padding; each output sums its window in (channel, kh, kw) order, then adds the bias. */
export function conv2d(x: Dense, w: Dense, bias: Dense | undefined, win: Omit<Window, 'kernel'>, groups: number, outShape: Shape, r: Round): Computed {
  const [n, c, h, wd] = x.shape;
  const [m, cg, kh, kw] = w.shape;
  const [, , oh, ow] = outShape;
  const [sh, sw] = win.strides;
  const [dh, dw] = win.dilations;
  const mg = m / groups;
  const xd = x.data;
  const wdata = w.data;
  const data = new Float64Array(numElements(outShape));
  let at = 0;
  for (let b = 0; b < n; b++) {
    for (let oc = 0; oc < m; oc++) {
      const g = Math.floor(oc / mg);
      for (let y = 0; y < oh; y++) {
        const [i0, i1] = taps(y, h, kh, sh, win.pads[0], dh);
        const iy = y * sh - win.pads[0];
        for (let z = 0; z < ow; z++) {
          const [j0, j1] = taps(z, wd, kw, sw, win.pads[1], dw);
          const iz = z * sw - win.pads[1];
          let acc = 0;
          for (let ic = 0; ic < cg; ic++) {
            const xc = (b * c + g * cg + ic) * h * wd;
            const wc = (oc * cg + ic) * kh * kw;
            for (let i = i0; i < i1; i++) {
              const xr = xc + (iy + i * dh) * wd + iz;
              const wr = wc + i * kw;
              for (let j = j0; j < j1; j++) acc = r(acc + r(xd[xr + j * dw] * wdata[wr + j]));
            }
          }
          data[at++] = bias ? r(acc + bias.data[oc]) : acc;
        }
      }
    }
  }
  return { shape: [...outShape], data };
}

/** max_pool2d / avg_pool2d: padding is ignored by max and counted by avg only with countIncludePad. */
export function pool2d(kind: 'max' | 'avg', x: Dense, win: Window, countIncludePad: boolean, outShape: Shape, r: Round): Computed {
  const [n, c, h, w] = x.shape;
  const [, , oh, ow] = outShape;
  const data = new Float64Array(numElements(outShape));
  let at = 0;
  for (let p = 0; p < n * c; p++) {
    const base = p * h * w;
    for (let y = 0; y < oh; y++) {
      for (let z = 0; z < ow; z++) {
        let acc = kind === 'max' ? -Infinity : 0;
        let count = 0;
        forWindow(h, w, y, z, win.kernel, win, (ih, iw) => {
          const v = x.data[base + ih * w + iw];
          acc = kind === 'max' ? (Number.isNaN(v) || v > acc ? v : acc) : r(acc + v);
          count++;
        });
        const divisor = countIncludePad ? win.kernel[0] * win.kernel[1] : count;
        data[at++] = kind === 'max' ? acc : r(acc / divisor);
      }
    }
  }
  return { shape: [...outShape], data };
}

/**
 * Reduces over `axes` (normalised, sorted, all when empty): sum, mean (sum / count) or max.
 * The result keeps the reduced dimensions as 1s; callers drop them when keepdims is off.
 */
export function reduce(kind: 'sum' | 'mean' | 'max', x: Dense, axes: readonly number[], r: Round): Computed {
  const reduced = new Set(axes.length === 0 ? x.shape.map((_, i) => i) : axes);
  const shape = x.shape.map((d, i) => (reduced.has(i) ? 1 : d));
  const strides = contiguousStrides(shape);
  const outStep = x.shape.map((_, i) => (reduced.has(i) ? 0 : strides[i]));
  const data = new Float64Array(numElements(shape)).fill(kind === 'max' ? -Infinity : 0);
  const index = new Array<number>(x.shape.length).fill(0);
  for (let i = 0; i < x.data.length; i++) {
    let o = 0;
    for (let d = 0; d < index.length; d++) o += index[d] * outStep[d];
    const v = x.data[i];
    data[o] = kind === 'max' ? (Number.isNaN(v) || v > data[o] ? v : data[o]) : r(data[o] + v);
    for (let d = index.length - 1; d >= 0; d--) {
      if (++index[d] < x.shape[d]) break;
      index[d] = 0;
    }
  }
  if (kind === 'mean') {
    const count = numElements(x.shape) / Math.max(1, data.length);
    for (let i = 0; i < data.length; i++) data[i] = r(data[i] / count);
  }
  return { shape, data };
}

/** Visits each line of `shape` along `axis`: its first element and the stride between elements. */
function forLines(shape: Shape, axis: number, visit: (start: number, stride: number) => void): void {
  const inner = numElements(shape.slice(axis + 1));
  const outer = numElements(shape.slice(0, axis));
  for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) visit(o * shape[axis] * inner + i, inner);
}

/** softmax along `axis`: exp(x - max) / Σ exp(x - max). */
export function softmax(x: Dense, axis: number, r: Round): Computed {
  const data = new Float64Array(x.data.length);
  const n = x.shape[axis];
  forLines(x.shape, axis, (s, st) => {
    let max = -Infinity;
    for (let k = 0; k < n; k++) max = Math.max(max, x.data[s + k * st]);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      data[s + k * st] = r(Math.exp(r(x.data[s + k * st] - max)));
      sum = r(sum + data[s + k * st]);
    }
    for (let k = 0; k < n; k++) data[s + k * st] = r(data[s + k * st] / sum);
  });
  return { shape: [...x.shape], data };
}

/** (x - mean) / sqrt(var + eps) * scale + bias for one group of `n` elements. */
function normalize(x: ArrayLike<number>, at: (k: number) => number, n: number, eps: number, param: (k: number) => [number, number | undefined], out: Float64Array, r: Round): void {
  let sum = 0;
  for (let k = 0; k < n; k++) sum = r(sum + x[at(k)]);
  const mean = r(sum / n);
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const d = r(x[at(k)] - mean);
    sq = r(sq + r(d * d));
  }
  const denom = r(Math.sqrt(r(r(sq / n) + eps)));
  for (let k = 0; k < n; k++) {
    const [scale, bias] = param(k);
    const y = r(r(r(x[at(k)] - mean) / denom) * scale);
    out[at(k)] = bias === undefined ? y : r(y + bias);
  }
}

/** layer_norm over the dimensions from `axis` on, with elementwise scale and optional bias of that shape. */
export function layerNorm(x: Dense, scale: Dense, bias: Dense | undefined, axis: number, eps: number, r: Round): Computed {
  const n = numElements(x.shape.slice(axis));
  const data = new Float64Array(x.data.length);
  for (let g = 0; g < x.data.length / Math.max(1, n); g++) {
    normalize(x.data, (k) => g * n + k, n, eps, (k) => [scale.data[k], bias?.data[k]], data, r);
  }
  return { shape: [...x.shape], data };
}

/** batch_norm in inference mode: per channel (dimension 1), with the given mean and variance. */
export function batchNorm(x: Dense, scale: Dense, bias: Dense, mean: Dense, variance: Dense, eps: number, r: Round): Computed {
  const c = x.shape[1];
  const inner = numElements(x.shape.slice(2));
  const data = new Float64Array(x.data.length);
  for (let i = 0; i < x.data.length; i++) {
    const ch = Math.floor(i / inner) % c;
    const denom = r(Math.sqrt(r(variance.data[ch] + eps)));
    data[i] = r(r(r(r(x.data[i] - mean.data[ch]) / denom) * scale.data[ch]) + bias.data[ch]);
  }
  return { shape: [...x.shape], data };
}
