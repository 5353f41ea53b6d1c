// A stacked LSTM unrolled into graph ops (Souffle's LSTM benchmark, after Rammer's): every
// layer's cell at every time step is gates = x W + h U + b, split into input, forget, cell and
// output gates; c' = f * c + i * g, h' = o * tanh(c'). Weights are shared across time steps.
import { GraphBuilder, type DType, type Program, type Value } from './builder.js';

/** The shape of the network. */
export interface LstmConfig {
  readonly layers: number;
  readonly steps: number;
  /** Input and hidden width (the same, as in the benchmark). */
  readonly hidden: number;
  readonly dtype: DType;
}

/** Souffle's: 10 layers, 100 time steps, hidden 256, fp32. */
export const LSTM_SOUFFLE: LstmConfig = Object.freeze({ layers: 10, steps: 100, hidden: 256, dtype: 'f32' });

/** The same structure in small: 3 layers, 4 steps, hidden 8. */
export const LSTM_SMALL: LstmConfig = Object.freeze({ layers: 3, steps: 4, hidden: 8, dtype: 'f32' });

/** One cell step; returns h' and c'. */
function cell(b: GraphBuilder, x: Value, h: Value, c: Value, w: Value, u: Value, bias: Value, hidden: number): [Value, Value] {
  const gates = b.add(b.add(b.matmul(x, w), b.matmul(h, u)), bias);
  const [i, f, g, o] = b.split(gates, 1, [hidden, hidden, hidden, hidden]);
  const c2 = b.add(b.mul(b.unary('sigmoid', f), c), b.mul(b.unary('sigmoid', i), b.unary('tanh', g)));
  const h2 = b.mul(b.unary('sigmoid', o), b.unary('tanh', c2));
  return [h2, c2];
}

/** The unrolled network: input sequence (steps, hidden), zero initial states; returns the last layer's last hidden state. */
export function lstm(cfg: LstmConfig): Program {
  const H = cfg.hidden;
  const b = new GraphBuilder(cfg.dtype);
  const xs = b.arg('x', [cfg.steps, H]);
  const weights = Array.from({ length: cfg.layers }, (_, l) => ({
    w: b.arg(`l${l}.w`, [H, 4 * H]),
    u: b.arg(`l${l}.u`, [H, 4 * H]),
    b: b.arg(`l${l}.b`, [4 * H]),
  }));
  const zero = b.constant(0, [1, H]);
  const h: Value[] = weights.map(() => zero);
  const c: Value[] = weights.map(() => zero);
  for (let t = 0; t < cfg.steps; t++) {
    let input = b.slice(xs, [t], [t + 1], [0]);
    weights.forEach((lw, l) => {
      [h[l], c[l]] = cell(b, input, h[l], c[l], lw.w, lw.u, lw.b, H);
      input = h[l];
    });
  }
  return b.finish(`LSTM unrolled: ${cfg.layers} layers x ${cfg.steps} steps, hidden ${H}, ${cfg.dtype}.`, [['h', h[cfg.layers - 1]]]);
}
