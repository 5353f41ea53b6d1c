// Swin Transformer as graph-dialect programs: blocks of layer norm, (shifted) window multi-head
// self-attention with a relative position bias, residual, layer norm, GELU MLP, residual; and
// the whole network (patch embedding, stages of blocks with patch merging between, classifier).
// Composed where the dialect has no op: window partition and reverse and patch merging are
// reshape + transpose, the cyclic shift (torch.roll) is two slices and a concat per axis. The relative position bias
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

/** The whole network's shape. */
export interface SwinNetConfig {
  readonly image: number;
  readonly patch: number;
  /** Channels of stage 1; each later stage doubles them. */
  readonly embed: number;
  /** Blocks per stage. */
  readonly depths: readonly number[];
  readonly heads: readonly number[];
  readonly window: number;
  readonly mlpRatio: number;
  readonly classes: number;
  readonly dtype: DType;
}

/**
 * Swin-B: patch 4, window 7, embedding 128, depths 2, 2, 18, 2, heads 4, 8, 16, 32, at 224 x 224;
 * fp16, as the artifact runs it (its Swin kernels take torch.half, and its 307 MB read is less
 * than the 352 MB of Swin-B's weights in fp32).
 */
export const SWIN_B: SwinNetConfig = Object.freeze({ image: 224, patch: 4, embed: 128, depths: [2, 2, 18, 2], heads: [4, 8, 16, 32], window: 7, mlpRatio: 4, classes: 1000, dtype: 'f16' });

/** The whole network in small: two stages, the second one window big; f32, so the checks across levels stay tight (f16 rounding differences grow through attention). */
export const SWIN_NET_SMALL: SwinNetConfig = Object.freeze({ image: 8, patch: 2, embed: 8, depths: [2, 2], heads: [2, 4], window: 2, mlpRatio: 4, classes: 10, dtype: 'f32' });

/** The block shape of stage `i` (0-based) of `net`. */
export function swinStage(net: SwinNetConfig, i: number): SwinConfig {
  const resolution = net.image / net.patch / 2 ** i;
  return { dim: net.embed * 2 ** i, heads: net.heads[i], resolution, window: Math.min(net.window, resolution), mlpRatio: net.mlpRatio, dtype: net.dtype };
}

/** Swin-B's blocks per stage: dims 128-1024, heads 4-32, 56-7 tokens a side. */
export const SWIN_B_STAGES: readonly SwinConfig[] = Object.freeze(SWIN_B.depths.map((_, i) => swinStage(SWIN_B, i)));

/** The same structure in small: 2 x 2 windows of 2 x 2 tokens, so the shifted block shifts; f32 as the small network. */
export const SWIN_SMALL: SwinConfig = Object.freeze({ dim: 8, heads: 2, resolution: 4, window: 2, mlpRatio: 4, dtype: 'f32' });

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

/** Patch merging: each 2 x 2 group of tokens [1, R*R, C] concatenated (as Swin's x0, x1, x2, x3), normalised, projected to [1, R*R/4, 2C]. */
function patchMerging(b: GraphBuilder, name: string, x: Value, r: number): Value {
  const c = x.shape[2];
  const grouped = b.reshape(b.transpose(b.reshape(x, [1, r / 2, 2, r / 2, 2, c]), [0, 1, 3, 4, 2, 5]), [1, (r / 2) ** 2, 4 * c]);
  const normed = b.layerNorm(grouped, b.arg(`${name}.norm.g`, [4 * c]), b.arg(`${name}.norm.b`, [4 * c]), 1e-5);
  return b.matmul(normed, b.arg(`${name}.reduction.w`, [4 * c, 2 * c]));
}

/** The whole network: patch embedding, the stages (blocks alternate window and shifted window attention), final norm, mean over tokens, classifier. */
export function swinNetwork(net: SwinNetConfig): Program {
  const b = new GraphBuilder(net.dtype);
  const image = b.arg('image', [1, 3, net.image, net.image]);
  const embed = b.conv2d(image, b.arg('patch_embed.w', [net.embed, 3, net.patch, net.patch]), b.arg('patch_embed.b', [net.embed]), { strides: [net.patch, net.patch] });
  const r0 = net.image / net.patch;
  const tokens = b.transpose(b.reshape(embed, [1, net.embed, r0 * r0]), [0, 2, 1]);
  let x = b.layerNorm(tokens, b.arg('patch_embed.norm.g', [net.embed]), b.arg('patch_embed.norm.b', [net.embed]), 1e-5);
  net.depths.forEach((depth, i) => {
    const cfg = swinStage(net, i);
    for (let j = 0; j < depth; j++) x = block(b, cfg, `s${i}.b${j}`, x, j % 2 === 1);
    if (i < net.depths.length - 1) x = patchMerging(b, `s${i}.merge`, x, cfg.resolution);
  });
  const c = x.shape[2];
  const pooled = b.reduce('mean', b.layerNorm(x, b.arg('norm.g', [c]), b.arg('norm.b', [c]), 1e-5), [1]);
  const logits = b.denseLayer('head', pooled, net.classes);
  return b.finish(
    `Swin Transformer: patch ${net.patch}, window ${net.window}, embedding ${net.embed}, depths ${net.depths.join('/')}, heads ${net.heads.join('/')}, at ${net.image}x${net.image}, ${net.classes} classes, ${net.dtype}.`,
    [['logits', logits]],
  );
}
