// Multi-head scaled dot-product attention, shared by the transformer models (BERT, Swin).
import type { GraphBuilder, Value } from './builder.js';

/**
 * Attention over q, k, v of shape [B, T, C] with `heads` heads of C / heads channels:
 * softmax(q k^T / sqrt(C / heads) + each of `additive`) v, the additive terms (masks, position
 * biases) broadcast to [B, heads, T, T]; the heads merged back to [B, T, C]. Heads are split
 * and merged with reshape + transpose.
 */
export function multiHeadAttention(b: GraphBuilder, q: Value, k: Value, v: Value, heads: number, additive: readonly Value[]): Value {
  const [B, T, C] = q.shape;
  const D = C / heads;
  if (!Number.isInteger(D)) throw new RangeError(`${C} channels are not a multiple of ${heads} heads`);
  // [B, T, C] -> [B, T, N, D] -> [B, N, T, D] (K: [B, N, D, T]).
  const split = (t: Value, perm: number[]) => b.transpose(b.reshape(t, [B, T, heads, D]), perm);
  let scores = b.mul(b.matmul(split(q, [0, 2, 1, 3]), split(k, [0, 2, 3, 1])), b.constant(1 / Math.sqrt(D)));
  for (const a of additive) scores = b.add(scores, a);
  const context = b.matmul(b.softmax(scores), split(v, [0, 2, 1, 3]));
  return b.reshape(b.transpose(context, [0, 2, 1, 3]), [B, T, C]);
}
