// ONNX LSTM unrolled over its (static) sequence into graph ops: per step a gemm per weight, a split into the i, o, f, c gates, and the cell update.
import type { Value } from '../../ir/index.js';
import { AddOp, ConcatOp, GemmOp, MulOp, SigmoidOp, SliceOp, SplitOp, TanhOp } from '../../../dialects/graph/index.js';
import { ImportError, type NodeContext } from '../context.js';
import { binary, unary } from './elementwise.js';
import { reshape } from './nn.js';
import type { Converter } from './registry.js';

/** `x[start:start+1]` along `axis` with that axis dropped (`dims` is the result shape). */
function take(n: NodeContext, x: Value, axis: number, index: number, dims: readonly number[]): Value {
  const sliced = n.put(SliceOp.create(n.loc, { operands: { input: x }, properties: { starts: [index], ends: [index + 1], axes: [axis] } }))[0];
  return reshape(n, sliced, dims);
}

/** `x . w^T + b` (b optional). */
function linear(n: NodeContext, x: Value, w: Value, b?: Value): Value {
  return n.put(GemmOp.create(n.loc, { operands: { a: x, b: w, c: b }, properties: { transA: false, transB: true, alpha: 1, beta: 1 } }))[0];
}

const lstm: Converter = (n) => {
  const direction = n.attrs.string('direction', 'forward');
  if (direction === 'bidirectional') throw new ImportError('bidirectional LSTM is not supported yet');
  if (n.attrs.int('layout', 0) !== 0) throw new ImportError('layout = 1 (batch first) is not supported yet');
  if (n.attrs.has('activations') || n.attrs.has('clip') || n.attrs.int('input_forget', 0) !== 0) {
    throw new ImportError('custom activations, clip and input_forget are not supported');
  }
  if (n.hasInput(7)) throw new ImportError('peepholes (input P) are not supported');
  const [seq, batch, inputSize] = n.shape(0);
  const hidden = n.attrs.int('hidden_size', n.shape(2)[2] ?? 0);
  if (n.hasInput(4)) {
    const lens = n.constInput(4);
    if (!lens || lens.values.some((v) => Number(v) !== seq)) throw new ImportError('sequence_lens must be a constant equal to the sequence length');
  }
  const x = n.input(0);
  const w = take(n, n.input(1), 0, 0, [4 * hidden, inputSize]);
  const r = take(n, n.input(2), 0, 0, [4 * hidden, hidden]);
  let bias: Value | undefined;
  if (n.hasInput(3)) {
    const b = take(n, n.input(3), 0, 0, [8 * hidden]);
    const [wb, rb] = n.put(SplitOp.create(n.loc, { operands: { input: b }, properties: { axis: 0, sizes: [4 * hidden, 4 * hidden] } }));
    bias = binary(n, AddOp, wb, rb);
  }
  const state = (i: number) => (n.hasInput(i) ? take(n, n.input(i), 0, 0, [batch, hidden]) : n.splat(0, x, [batch, hidden]));
  let h = state(5);
  let c = state(6);
  const steps: Value[] = [];
  const order = direction === 'reverse' ? [...Array(seq).keys()].reverse() : [...Array(seq).keys()];
  for (const t of order) {
    const xt = take(n, x, 0, t, [batch, inputSize]);
    const gates = binary(n, AddOp, linear(n, xt, w, bias), linear(n, h, r));
    const [i, o, f, g] = n.put(SplitOp.create(n.loc, { operands: { input: gates }, properties: { axis: 1, sizes: [hidden, hidden, hidden, hidden] } }));
    c = binary(n, AddOp, binary(n, MulOp, unary(n, SigmoidOp, f), c), binary(n, MulOp, unary(n, SigmoidOp, i), unary(n, TanhOp, g)));
    h = binary(n, MulOp, unary(n, SigmoidOp, o), unary(n, TanhOp, c));
    steps[t] = reshape(n, h, [1, 1, batch, hidden]);
  }
  const y = seq === 1 ? steps[0] : n.put(ConcatOp.create(n.loc, { operands: { inputs: steps }, properties: { axis: 0 } }))[0];
  const final = (v: Value) => reshape(n, v, [1, batch, hidden]);
  return [y, final(h), final(c)];
};

/** The recurrent converters, by ONNX op type. */
export const recurrentConverters: Record<string, Converter> = { LSTM: lstm };
