// BERT encoder layers as graph-dialect programs (post-norm, as the original BERT): Q/K/V
// projections, multi-head scaled dot-product attention with a padding mask, the output
// projection, residual and layer norm, then the GELU feed-forward, residual and layer norm.
// `form: 'onnx'` writes layer norm and GELU decomposed into elementwise ops and reductions, as
// the ONNX exports of BERT that fusion compilers are usually measured on spell them.
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';
import { multiHeadAttention } from './attention.js';

/** The shape of a layer. */
export interface BertConfig {
  readonly seq: number;
  readonly hidden: number;
  readonly heads: number;
  readonly ffn: number;
  /** `fused`: graph.layer_norm and graph.gelu; `onnx`: both decomposed. */
  readonly form: 'fused' | 'onnx';
  /** Element type (default f32). */
  readonly dtype?: DType;
}

/** BERT-base with sequence 128 in f32, the layer bench/bert-fusion.ts measures. */
export const BERT_BASE: BertConfig = Object.freeze({ seq: 128, hidden: 768, heads: 12, ffn: 3072, form: 'fused' });

/** The Souffle artifact's BERT-base (TensorRT's SQuAD model): sequence 384, hidden 768, 12 heads, feed-forward 3072, fp16. */
export const BERT_SOUFFLE: BertConfig = Object.freeze({ seq: 384, hidden: 768, heads: 12, ffn: 3072, form: 'fused', dtype: 'f16' });

/** A small layer of the same structure, for tests. */
export const BERT_SMALL: BertConfig = Object.freeze({ seq: 8, hidden: 16, heads: 2, ffn: 32, form: 'fused', dtype: 'f16' });

/** Appends one encoder layer to `b`: weights become arguments prefixed `prefix`; returns the layer's output. */
export function bertLayer(b: GraphBuilder, cfg: BertConfig, x: Value, mask: Value, prefix = ''): Value {
  const { hidden: H, heads: N, ffn: F } = cfg;
  const w = (name: string, ...shape: number[]) => b.arg(`${prefix}${name}`, shape);
  const [wq, bq, wk, bk, wv, bv, wo, bo] = ['q', 'k', 'v', 'o'].flatMap((n) => [w(`w${n}`, H, H), w(`b${n}`, H)]);
  const [g1, be1] = [w('g1', H), w('be1', H)];
  const [w1, b1, w2, b2] = [w('w1', H, F), w('b1', F), w('w2', F, H), w('b2', H)];
  const [g2, be2] = [w('g2', H), w('be2', H)];

  const layerNorm = (v: Value, gamma: Value, beta: Value): Value => {
    if (cfg.form === 'fused') return b.layerNorm(v, gamma, beta, 1e-12);
    const centred = b.binary('sub', v, b.reduce('mean', v, [-1], true));
    const variance = b.reduce('mean', b.mul(centred, centred), [-1], true);
    const std = b.unary('sqrt', b.add(variance, b.constant(1e-12)));
    return b.add(b.mul(b.binary('div', centred, std), gamma), beta);
  };
  const gelu = (v: Value): Value => {
    if (cfg.form === 'fused') return b.unary('gelu', v);
    const root2 = b.constant(Math.SQRT2);
    const one = b.constant(1);
    const half = b.constant(0.5);
    const erf = b.unary('erf', b.binary('div', v, root2));
    return b.mul(b.mul(v, b.add(erf, one)), half);
  };

  const attention = multiHeadAttention(b, b.dense(x, wq, bq), b.dense(x, wk, bk), b.dense(x, wv, bv), N, [mask]);
  const ln1 = layerNorm(b.add(x, b.dense(attention, wo, bo)), g1, be1);
  const out = b.dense(gelu(b.dense(ln1, w1, b1)), w2, b2);
  return layerNorm(b.add(ln1, out), g2, be2);
}

/** `layers` encoder layers in a row (each with its own weights, `l0.wq`, ...; unprefixed for one layer). */
export function bertEncoder(cfg: BertConfig, layers = 1): Program {
  const b = new GraphBuilder(cfg.dtype ?? 'f32');
  const x = b.arg('x', [1, cfg.seq, cfg.hidden]);
  const mask = b.arg('mask', [1, 1, 1, cfg.seq]);
  let h = x;
  for (let l = 0; l < layers; l++) h = bertLayer(b, cfg, h, mask, layers === 1 ? '' : `l${l}.`);
  const what = layers === 1 ? 'BERT encoder layer' : `BERT encoder, ${layers} layers`;
  return b.finish(`${what}: seq ${cfg.seq}, hidden ${cfg.hidden}, ${cfg.heads} heads, feed-forward ${cfg.ffn}, ${cfg.dtype ?? 'f32'} (${cfg.form} form).`, [['out', h]]);
}

/** One layer as MLIR text: `func.func @main` over weights passed as arguments. */
export function bertEncoderLayer(cfg: BertConfig): string {
  return bertEncoder(cfg, 1).text;
}
