// Swin Transformer blocks as graph-dialect programs: layer norm, (shifted) window multi-head
// self-attention with a relative position bias, residual, layer norm, GELU MLP, residual.
// Composed where the dialect has no op: window partition and reverse are reshape + transpose,
// the cyclic shift (torch.roll) is two slices and a concat per axis. The relative position bias
// (gathered from its table) and the shifted windows' attention mask are arguments, as an
// exporter computes them once at load time.
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';
import { multiHeadAttention } from './attention.js';

/** One stage's block shape. */
export interface SwinConfig {
  readonly dim: number;
  readonly heads: number;
  /** Tokens per side of the feature map. */
  readonly resolution: number;
  readonly window: number;
  readonly mlpRatio: number;
  readonly dtype: DType;
}

const swinB = (dim: number, heads: number, resolution: number): SwinConfig => ({ dim, heads, resolution, window: 7, mlpRatio: 4, dtype: 'f32' });

/** Swin-B (patch 4, window 7) at 224 x 224, per stage: dims 128-1024, heads 4, 8, 16, 32; fp32. */
export const SWIN_B_STAGES: readonly SwinConfig[] = Object.freeze([swinB(128, 4, 56), swinB(256, 8, 28), swinB(512, 16, 14), swinB(1024, 32, 7)]);

/** The same structure in small: 2 x 2 windows of 4 x 4 tokens, so the shifted block shifts. */
export const SWIN_SMALL: SwinConfig = Object.freeze({ dim: 8, heads: 2, resolution: 8, window: 4, mlpRatio: 4, dtype: 'f32' });

/** [1, R, R, C] -> [windows, w*w, C]. */
function partition(b: GraphBuilder, x: Value, w: number): Value {
  const [, r, , c] = x.shape;
  const n = r / w;
  return b.reshape(b.transpose(b.reshape(x, [1, n, w, n, w, c]), [0, 1, 3, 2, 4, 5]), [n * n, w * w, c]);
}

/** [windows, w*w, C] -> [1, R, R, C]. */
function reverse(b: GraphBuilder, x: Value, w: number, r: number): Value {
  const n = r / w;
  const c = x.shape[2];
  return b.reshape(b.transpose(b.reshape(x, [1, n, n, w, w, c]), [0, 1, 3, 2, 4, 5]), [1, r, r, c]);
}

/** One block over x [1, R*R, C]; shifts its windows by half a window when `shift` (and the map is larger than a window). */
function block(b: GraphBuilder, cfg: SwinConfig, name: string, x: Value, shift: boolean): Value {
  const { dim: C, heads: N, resolution: R, window: W } = cfg;
  const T = W * W;
  const windows = (R / W) ** 2;
  const s = shift && R > W ? Math.floor(W / 2) : 0;
  const arg = (n: string, ...shape: number[]) => b.arg(`${name}.${n}`, shape);
  const [g1, be1, wqkv, bqkv, bias] = [arg('norm1.g', C), arg('norm1.b', C), arg('qkv.w', C, 3 * C), arg('qkv.b', 3 * C), arg('rel_bias', N, T, T)];
  const mask = s ? arg('attn_mask', windows, 1, T, T) : undefined;
  const [wp, bp, g2, be2] = [arg('proj.w', C, C), arg('proj.b', C), arg('norm2.g', C), arg('norm2.b', C)];
  const [w1, b1, w2, b2] = [arg('fc1.w', C, cfg.mlpRatio * C), arg('fc1.b', cfg.mlpRatio * C), arg('fc2.w', cfg.mlpRatio * C, C), arg('fc2.b', C)];

  let h = b.reshape(b.layerNorm(x, g1, be1, 1e-5), [1, R, R, C]);
  if (s) h = b.roll(b.roll(h, -s, 1), -s, 2);
  const [q, k, v] = b.split(b.dense(partition(b, h, W), wqkv, bqkv), 2, [C, C, C]);
  const projected = b.dense(multiHeadAttention(b, q, k, v, N, mask ? [bias, mask] : [bias]), wp, bp);
  let back = reverse(b, projected, W, R);
  if (s) back = b.roll(b.roll(back, s, 1), s, 2);
  const x1 = b.add(x, b.reshape(back, [1, R * R, C]));
  const mlp = b.dense(b.unary('gelu', b.dense(b.layerNorm(x1, g2, be2, 1e-5), w1, b1)), w2, b2);
  return b.add(x1, mlp);
}

/** A stage's pair of blocks (window attention, then shifted window attention) over x [1, R*R, C]. */
export function swinBlocks(cfg: SwinConfig): Program {
  const b = new GraphBuilder(cfg.dtype);
  const x = b.arg('x', [1, cfg.resolution ** 2, cfg.dim]);
  const y = block(b, cfg, 'b1', block(b, cfg, 'b0', x, false), true);
  const shifted = cfg.resolution > cfg.window ? 'shifted window attention' : 'window attention (the map is one window: no shift)';
  return b.finish(
    `Swin blocks: window attention, then ${shifted}; dim ${cfg.dim}, ${cfg.heads} heads, ${cfg.resolution}x${cfg.resolution} tokens, window ${cfg.window}, ${cfg.dtype}.`,
    [['y', y]],
  );
}
