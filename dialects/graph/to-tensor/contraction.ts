// matmul and gemm as contractions: a TE over the output dims plus one reduction dim k,
// body a * b, combiner add; gemm's alpha and beta * C in an epilogue TE.
import { AffineMap, dim, type AffineExpr } from '../../../lib/affine/index.js';
import { RankedTensorType, type Value } from '../../../lib/ir/index.js';
import { broadcastMap } from './maps.js';
import { shapeOf } from './te.js';
import { elementwise } from './elementwise.js';
import { GemmOp } from '../ops.js';
import { resultType, type LowerCx, type Lowering } from './lowering.js';

/** The contraction `out[p] = sum_k a[mapA(p, k)] * b[mapB(p, k)]` over out's dims and k < K. */
function contraction(cx: LowerCx, a: Value, b: Value, out: RankedTensorType, mapA: AffineMap, mapB: AffineMap, k: number): Value {
  const rank = out.rank;
  return cx.te({
    bounds: [...out.shape, k],
    iterators: [...out.shape.map(() => 'parallel' as const), 'reduction'],
    inputs: [a, b],
    inputMaps: [mapA, mapB],
    outputs: [{ type: out, map: AffineMap.get(rank + 1, 0, AffineMap.identity(rank).results), combiner: 'add' }],
    body: (bb, [x, y]) => [bb.mul(x, y)],
  });
}

/** matmul: batch dims broadcast (numpy); domain: the result's dims, then k. */
export const lowerMatmul: Lowering = (op, [a, b], cx) => {
  const out = resultType(op);
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  const batchRank = out.rank - 2;
  const n = out.rank + 1;
  const k = dim(out.rank);
  const batchOf = (s: readonly number[]): AffineExpr[] => [...broadcastMap(n, s.slice(0, -2), out.shape.slice(0, batchRank)).results];
  const mapA = AffineMap.get(n, 0, [...batchOf(sa), dim(batchRank), k]);
  const mapB = AffineMap.get(n, 0, [...batchOf(sb), k, dim(batchRank + 1)]);
  return [contraction(cx, a, b, out, mapA, mapB, sa[sa.length - 1])];
};

/** gemm: `alpha * A' B' + beta * C` with A' = transA ? Aᵀ : A (and B' alike); C broadcasts to [M, N]. */
export const lowerGemm: Lowering = (op, [a, b, c], cx) => {
  const out = resultType(op);
  const { transA, transB, alpha, beta } = GemmOp.view(op);
  const [m, nn, k] = [dim(0), dim(1), dim(2)];
  const mapA = AffineMap.get(3, 0, transA ? [k, m] : [m, k]);
  const mapB = AffineMap.get(3, 0, transB ? [nn, k] : [k, nn]);
  const kSize = shapeOf(a)[transA ? 0 : 1];
  const product = contraction(cx, a, b, out, mapA, mapB, kSize);
  if (alpha === 1 && (!c || beta === 0)) return [product];
  const operands = c && beta !== 0 ? [product, c] : [product];
  const spec = elementwise(operands, out, (bb, [p, y]) => {
    const scaled = alpha === 1 ? p : bb.mul(bb.constant(alpha, p.type), p);
    if (!y) return scaled;
    return bb.add(scaled, beta === 1 ? y : bb.mul(bb.constant(beta, y.type), y));
  });
  return [cx.te(spec)];
};
