// The unrolling the ONNX recurrent operators share: per direction (forward, reverse, or both), the
// weights of that direction, the initial states, a cell applied step by step over the static
// sequence, and the Y / Y_h / Y_c outputs assembled in ONNX's layouts (layout 1: batch first).
import type { Value } from '../../ir/index.js';
import { ConcatOp, GemmOp, SliceOp, SplitOp, TransposeOp } from '../../../dialects/graph/index.js';
import { ImportError, type NodeContext, type Produced } from '../context.js';
import { reshape } from './nn.js';

/** `x[index]` along `axis`, with that axis dropped (`dims` is the result shape). */
export function take(n: NodeContext, x: Value, axis: number, index: number, dims: readonly number[]): Value {
  const sliced = n.put(SliceOp.create(n.loc, { operands: { input: x }, properties: { starts: [index], ends: [index + 1], axes: [axis] } }))[0];
  return reshape(n, sliced, dims);
}

/** `x . w^T + b` (b optional). */
export function linear(n: NodeContext, x: Value, w: Value, b?: Value): Value {
  return n.put(GemmOp.create(n.loc, { operands: { a: x, b: w, c: b }, properties: { transA: false, transB: true, alpha: 1, beta: 1 } }))[0];
}

/** `x` split along `axis` into pieces of `sizes`. */
export function split(n: NodeContext, x: Value, axis: number, sizes: readonly number[]): Value[] {
  return n.put(SplitOp.create(n.loc, { operands: { input: x }, properties: { axis, sizes } }));
}

function concat(n: NodeContext, xs: readonly Value[], axis: number): Value {
  return xs.length === 1 ? xs[0] : n.put(ConcatOp.create(n.loc, { operands: { inputs: xs }, properties: { axis } }))[0];
}

function transpose(n: NodeContext, x: Value, perm: readonly number[]): Value {
  return n.put(TransposeOp.create(n.loc, { operands: { input: x }, properties: { perm } }))[0];
}

/** One direction's weights: W and R of that direction, and B split into its W and R halves (when given). */
export interface Weights {
  readonly w: Value;
  readonly r: Value;
  readonly wb?: Value;
  readonly rb?: Value;
}

/** A step of the recurrence: the states after step t from x_t and the states before (h first). */
export type Step = (xt: Value, states: readonly Value[]) => Value[];

/** What differs between LSTM and GRU. */
export interface Recurrence {
  /** Gate blocks in W and R (LSTM 4, GRU 3). */
  readonly gates: number;
  /** State tensors: h (and c for LSTM), read from inputs 5, 6, ... */
  readonly states: number;
  /** The step function of one direction, from its weights. */
  cell(n: NodeContext, weights: Weights, hidden: number): Step;
}

/** The node unrolled into graph ops: Y, Y_h (and Y_c). */
export function unroll(n: NodeContext, rec: Recurrence): Produced[] {
  const direction = n.attrs.string('direction', 'forward');
  if (!['forward', 'reverse', 'bidirectional'].includes(direction)) throw new ImportError(`unknown direction '${direction}'`);
  if (n.attrs.has('activations') || n.attrs.has('clip')) throw new ImportError('custom activations and clip are not supported');
  const batchFirst = n.attrs.int('layout', 0) === 1;
  const x = batchFirst ? transpose(n, n.input(0), [1, 0, 2]) : n.input(0);
  const [seq, batch, inputSize] = n.shape(0).length === 3 ? (batchFirst ? [n.shape(0)[1], n.shape(0)[0], n.shape(0)[2]] : n.shape(0)) : [];
  if (seq === undefined) throw new ImportError(`X must have rank 3, but has rank ${n.shape(0).length}`);
  const hidden = n.attrs.int('hidden_size', n.shape(2)[2] ?? 0);
  if (n.hasInput(4)) {
    const lens = n.constInput(4);
    if (!lens || lens.values.some((v) => Number(v) !== seq)) throw new ImportError('sequence_lens must be a constant equal to the sequence length');
  }
  const directions = direction === 'bidirectional' ? 2 : 1;
  const size = rec.gates * hidden;
  const ys: Value[] = [];
  const finals: Value[][] = Array.from({ length: rec.states }, () => []);
  for (let d = 0; d < directions; d++) {
    const weights: { w: Value; r: Value; wb?: Value; rb?: Value } = {
      w: take(n, n.input(1), 0, d, [size, inputSize]),
      r: take(n, n.input(2), 0, d, [size, hidden]),
    };
    if (n.hasInput(3)) [weights.wb, weights.rb] = split(n, take(n, n.input(3), 0, d, [2 * size]), 0, [size, size]);
    const step = rec.cell(n, weights, hidden);
    let states = Array.from({ length: rec.states }, (_, s) => {
      if (!n.hasInput(5 + s)) return n.splat(0, x, [batch, hidden]);
      const initial = batchFirst ? transpose(n, n.input(5 + s), [1, 0, 2]) : n.input(5 + s);
      return take(n, initial, 0, d, [batch, hidden]);
    });
    const outputs: Value[] = [];
    const reverse = direction === 'reverse' || d === 1;
    for (let i = 0; i < seq; i++) {
      const t = reverse ? seq - 1 - i : i;
      states = step(take(n, x, 0, t, [batch, inputSize]), states);
      outputs[t] = reshape(n, states[0], [1, 1, batch, hidden]);
    }
    ys.push(concat(n, outputs, 0));
    states.forEach((v, s) => finals[s].push(reshape(n, v, [1, batch, hidden])));
  }
  const y = concat(n, ys, 1);
  const last = finals.map((vs) => concat(n, vs, 0));
  if (!batchFirst) return [y, ...last];
  return [transpose(n, y, [2, 0, 1, 3]), ...last.map((v) => transpose(n, v, [1, 0, 2]))];
}
