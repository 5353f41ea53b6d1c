// ONNX LSTM, GRU and RNN unrolled over their (static) sequence into graph ops: per step gemms for the input and recurrent weights, a split into gates, the state update.
import type { Value } from '../../ir/index.js';
import { AddOp, MulOp, SigmoidOp, SubOp, TanhOp } from '../../../dialects/graph/index.js';
import { ImportError, type NodeContext } from '../context.js';
import { binary, unary } from './elementwise.js';
import { linear, split, unroll, type Recurrence, type Weights } from './recurrent.js';
import type { Converter } from './registry.js';

/** LSTM's cell: gates in i, o, f, c order; c' = f c + i g, h' = o tanh(c'). */
const lstmCell: Recurrence = {
  gates: 4,
  states: 2,
  cell(n: NodeContext, { w, r, wb, rb }: Weights, hidden: number) {
    const bias = wb && rb ? binary(n, AddOp, wb, rb) : undefined;
    const sigmoid = (v: Value) => unary(n, SigmoidOp, v);
    const tanh = (v: Value) => unary(n, TanhOp, v);
    return (xt, [h, c]) => {
      const gates = binary(n, AddOp, linear(n, xt, w, bias), linear(n, h, r));
      const [i, o, f, g] = split(n, gates, 1, [hidden, hidden, hidden, hidden]);
      const next = binary(n, AddOp, binary(n, MulOp, sigmoid(f), c), binary(n, MulOp, sigmoid(i), tanh(g)));
      return [binary(n, MulOp, sigmoid(o), tanh(next)), next];
    };
  },
};

/**
 * GRU's cell: gates in z, r, h order; h' = (1 - z) n + z h with n = tanh(x Wh + (r h) Rh + Rbh + Wbh),
 * or with linear_before_reset, n = tanh(x Wh + Wbh + r (h Rh + Rbh)).
 */
const gruCell = (linearBeforeReset: boolean): Recurrence => ({
  gates: 3,
  states: 1,
  cell(n: NodeContext, { w, r, wb, rb }: Weights, hidden: number) {
    const sigmoid = (v: Value) => unary(n, SigmoidOp, v);
    const add = (a: Value, b: Value) => binary(n, AddOp, a, b);
    const mul = (a: Value, b: Value) => binary(n, MulOp, a, b);
    // Without linear_before_reset, Rh multiplies r h: the z/r rows of R are used apart from h's.
    const [rzr, rh] = linearBeforeReset ? [r, r] : split(n, r, 0, [2 * hidden, hidden]);
    const [rbzr, rbh] = rb && !linearBeforeReset ? split(n, rb, 0, [2 * hidden, hidden]) : [];
    return (xt, [h]) => {
      const [xz, xr, xh] = split(n, linear(n, xt, w, wb), 1, [hidden, hidden, hidden]);
      let candidate: Value;
      let hz: Value;
      let hr: Value;
      if (linearBeforeReset) {
        let hh: Value;
        [hz, hr, hh] = split(n, linear(n, h, r, rb), 1, [hidden, hidden, hidden]);
        candidate = add(xh, mul(sigmoid(add(xr, hr)), hh));
      } else {
        [hz, hr] = split(n, linear(n, h, rzr, rbzr), 1, [hidden, hidden]);
        candidate = add(xh, linear(n, mul(sigmoid(add(xr, hr)), h), rh, rbh));
      }
      const z = sigmoid(add(xz, hz));
      const next = unary(n, TanhOp, candidate);
      return [add(mul(binary(n, SubOp, n.splat(1, z), z), next), mul(z, h))];
    };
  },
});

/** RNN's cell: h' = tanh(x Wi + h Ri + Wbi + Rbi). */
const rnnCell: Recurrence = {
  gates: 1,
  states: 1,
  cell(n: NodeContext, { w, r, wb, rb }: Weights) {
    const bias = wb && rb ? binary(n, AddOp, wb, rb) : undefined;
    return (xt, [h]) => [unary(n, TanhOp, binary(n, AddOp, linear(n, xt, w, bias), linear(n, h, r)))];
  },
};

const lstm: Converter = (n) => {
  if (n.attrs.int('input_forget', 0) !== 0) throw new ImportError('input_forget is not supported');
  if (n.hasInput(7)) throw new ImportError('peepholes (input P) are not supported');
  return unroll(n, lstmCell);
};

const gru: Converter = (n) => unroll(n, gruCell(n.attrs.int('linear_before_reset', 0) !== 0));

/** The recurrent converters, by ONNX op type. */
export const recurrentConverters: Record<string, Converter> = { LSTM: lstm, GRU: gru, RNN: (n) => unroll(n, rnnCell) };
