// A BERT-base encoder layer as a graph-dialect program (post-norm, as the original BERT):
// Q/K/V projections, multi-head scaled dot-product attention with a padding mask, the output
// projection, residual and layer norm, then the GELU feed-forward, residual and layer norm.
// `form: 'onnx'` writes layer norm and GELU decomposed into elementwise ops and reductions, as
// the ONNX exports of BERT that fusion compilers are usually measured on spell them.

/** The shape of the layer. */
export interface BertConfig {
  readonly seq: number;
  readonly hidden: number;
  readonly heads: number;
  readonly ffn: number;
  /** `fused`: graph.layer_norm and graph.gelu; `onnx`: both decomposed. */
  readonly form: 'fused' | 'onnx';
}

/** BERT-base: sequence 128, hidden 768, 12 heads, feed-forward 3072. */
export const BERT_BASE: BertConfig = Object.freeze({ seq: 128, hidden: 768, heads: 12, ffn: 3072, form: 'fused' });

/** The layer as MLIR text: one `func.func @main` over weights passed as arguments. */
export function bertEncoderLayer(cfg: BertConfig): string {
  const { seq: S, hidden: H, heads: N, ffn: F } = cfg;
  const D = H / N;
  if (!Number.isInteger(D)) throw new RangeError(`hidden size ${H} is not a multiple of ${N} heads`);
  const t = (...dims: number[]) => `tensor<${dims.length ? `${dims.join('x')}x` : ''}f32>`;
  const lines: string[] = [];
  let next = 0;
  /** Emits `%vN = <op> ...` and returns the name. */
  const emit = (text: string): string => {
    const name = `%v${next++}`;
    lines.push(`  ${name} = ${text}`);
    return name;
  };
  const act = t(1, S, H);
  const matmul = (x: string, w: string, xt: string, wt: string) => emit(`graph.matmul ${x}, ${w} : ${xt}, ${wt}`);
  const binary = (op: string, a: string, b: string, at: string, bt: string) => emit(`graph.${op} ${a}, ${b} : ${at}, ${bt}`);
  const scalar = (value: number) => emit(`graph.constant dense<${value.toExponential(8)}> : ${t()}`);
  /** `x @ w + b` for x of width `k` and w of `k x n`. */
  const dense = (x: string, w: string, b: string, k: number, n: number) =>
    binary('add', matmul(x, w, t(1, S, k), t(k, n)), b, t(1, S, n), t(n));

  const layerNorm = (x: string, gamma: string, beta: string): string => {
    if (cfg.form === 'fused') return emit(`graph.layer_norm ${x}, ${gamma}, ${beta} axis = -1 epsilon = 1.0e-12 : ${act}, ${t(H)}`);
    const mean = emit(`graph.reduce_mean ${x} axes = [-1] keepdims : ${act}`);
    const centred = binary('sub', x, mean, act, t(1, S, 1));
    const square = binary('mul', centred, centred, act, act);
    const variance = emit(`graph.reduce_mean ${square} axes = [-1] keepdims : ${act}`);
    const eps = scalar(1e-12);
    const shifted = binary('add', variance, eps, t(1, S, 1), t());
    const std = emit(`graph.sqrt ${shifted} : ${t(1, S, 1)}`);
    const normed = binary('div', centred, std, act, t(1, S, 1));
    const scaled = binary('mul', normed, gamma, act, t(H));
    return binary('add', scaled, beta, act, t(H));
  };

  const gelu = (x: string, xt: string): string => {
    if (cfg.form === 'fused') return emit(`graph.gelu ${x} : ${xt}`);
    const root2 = scalar(Math.SQRT2);
    const one = scalar(1);
    const half = scalar(0.5);
    const erf = emit(`graph.erf ${binary('div', x, root2, xt, t())} : ${xt}`);
    const plus = binary('add', erf, one, xt, t());
    return binary('mul', binary('mul', x, plus, xt, xt), half, xt, t());
  };

  const q = dense('%x', '%wq', '%bq', H, H);
  const k = dense('%x', '%wk', '%bk', H, H);
  const v = dense('%x', '%wv', '%bv', H, H);
  // Heads: [1, S, H] -> [1, S, N, D] -> [1, N, S, D] (K: [1, N, D, S]).
  const split = (x: string, perm: string) => emit(`graph.transpose ${emit(`graph.reshape ${x} : ${act} to ${t(1, S, N, D)}`)} perm = ${perm} : ${t(1, S, N, D)}`);
  const qh = split(q, '[0, 2, 1, 3]');
  const kh = split(k, '[0, 2, 3, 1]');
  const vh = split(v, '[0, 2, 1, 3]');
  const scores = matmul(qh, kh, t(1, N, S, D), t(1, N, D, S));
  const scaled = binary('mul', scores, scalar(1 / Math.sqrt(D)), t(1, N, S, S), t());
  const masked = binary('add', scaled, '%mask', t(1, N, S, S), t(1, 1, 1, S));
  const probs = emit(`graph.softmax ${masked} axis = -1 : ${t(1, N, S, S)}`);
  const context = matmul(probs, vh, t(1, N, S, S), t(1, N, S, D));
  const merged = emit(`graph.reshape ${emit(`graph.transpose ${context} perm = [0, 2, 1, 3] : ${t(1, N, S, D)}`)} : ${t(1, S, N, D)} to ${act}`);
  const attn = dense(merged, '%wo', '%bo', H, H);
  const ln1 = layerNorm(binary('add', '%x', attn, act, act), '%g1', '%be1');
  const hidden = gelu(dense(ln1, '%w1', '%b1', H, F), t(1, S, F));
  const out = dense(hidden, '%w2', '%b2', F, H);
  const ln2 = layerNorm(binary('add', ln1, out, act, act), '%g2', '%be2');

  const args = [
    `%x: ${act}`, `%mask: ${t(1, 1, 1, S)}`,
    `%wq: ${t(H, H)}`, `%bq: ${t(H)}`, `%wk: ${t(H, H)}`, `%bk: ${t(H)}`, `%wv: ${t(H, H)}`, `%bv: ${t(H)}`,
    `%wo: ${t(H, H)}`, `%bo: ${t(H)}`, `%g1: ${t(H)}`, `%be1: ${t(H)}`,
    `%w1: ${t(H, F)}`, `%b1: ${t(F)}`, `%w2: ${t(F, H)}`, `%b2: ${t(H)}`, `%g2: ${t(H)}`, `%be2: ${t(H)}`,
  ];
  return [
    `// BERT encoder layer: seq ${S}, hidden ${H}, ${N} heads, feed-forward ${F} (${cfg.form} form).`,
    `func.func @main(${args.join(', ')}) -> ${act} {`,
    ...lines,
    `  return ${ln2} : ${act}`,
    '}',
    '',
  ].join('\n');
}
