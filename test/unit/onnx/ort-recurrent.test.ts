// LSTM, GRU and RNN (forward, reverse, bidirectional; GRU's linear_before_reset) against ONNX Runtime, after import and after
// convert-graph-to-tensor; layout 1 (batch first), which ONNX Runtime does not run, against the layout-0 model between transposes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildModel, type ModelSpec, type NodeSpec } from './model-builder.js';
import { feedsOf, testCases, weight, type Case } from './ort-cases.js';
import { importModule, loadOrt, mismatch, runDlc, runOrt } from './ort-harness.js';

const cases: Case[] = [
  ...(['forward', 'reverse'] as const).map((direction) => ({
    name: `LSTM (${direction}, bias, initial state)`,
    model: {
      inputs: [{ name: 'x0', dims: [5, 2, 3] }, { name: 'h0', dims: [1, 2, 4] }, { name: 'c0', dims: [1, 2, 4] }],
      outputs: [{ name: 'y' }, { name: 'yh' }, { name: 'yc' }],
      initializers: [weight('W', [1, 16, 3], 20), weight('R', [1, 16, 4], 21), weight('B', [1, 32], 22)],
      nodes: [{ op: 'LSTM', inputs: ['x0', 'W', 'R', 'B', '', 'h0', 'c0'], outputs: ['y', 'yh', 'yc'], attrs: { hidden_size: 4, direction } }],
    },
  })),
  {
    name: 'LSTM (no bias, zero state, Y_h only)',
    model: {
      inputs: [{ name: 'x0', dims: [3, 1, 2] }],
      outputs: [{ name: 'yh' }],
      initializers: [weight('W', [1, 12, 2], 23), weight('R', [1, 12, 3], 24)],
      nodes: [{ op: 'LSTM', inputs: ['x0', 'W', 'R'], outputs: ['', 'yh'], attrs: { hidden_size: 3 } }],
    },
  },
  {
    name: 'LSTM (bidirectional, bias, initial state)',
    model: {
      inputs: [{ name: 'x0', dims: [4, 2, 3] }, { name: 'h0', dims: [2, 2, 5] }, { name: 'c0', dims: [2, 2, 5] }],
      outputs: [{ name: 'y' }, { name: 'yh' }, { name: 'yc' }],
      initializers: [weight('W', [2, 20, 3], 40), weight('R', [2, 20, 5], 41), weight('B', [2, 40], 42)],
      nodes: [{ op: 'LSTM', inputs: ['x0', 'W', 'R', 'B', '', 'h0', 'c0'], outputs: ['y', 'yh', 'yc'], attrs: { hidden_size: 5, direction: 'bidirectional' } }],
    },
  },
  ...(['forward', 'reverse', 'bidirectional'] as const).flatMap((direction) => [0, 1].map((linearBeforeReset) => {
    const dirs = direction === 'bidirectional' ? 2 : 1;
    return {
      name: `GRU (${direction}, linear_before_reset ${linearBeforeReset}, bias, initial state)`,
      model: {
        inputs: [{ name: 'x0', dims: [4, 2, 3] }, { name: 'h0', dims: [dirs, 2, 5] }],
        outputs: [{ name: 'y' }, { name: 'yh' }],
        initializers: [weight('W', [dirs, 15, 3], 45), weight('R', [dirs, 15, 5], 46), weight('B', [dirs, 30], 47)],
        nodes: [{ op: 'GRU', inputs: ['x0', 'W', 'R', 'B', '', 'h0'], outputs: ['y', 'yh'], attrs: { hidden_size: 5, direction, linear_before_reset: linearBeforeReset } }],
      },
    };
  })),
  ...(['forward', 'bidirectional'] as const).map((direction) => {
    const dirs = direction === 'bidirectional' ? 2 : 1;
    return {
      name: `RNN (${direction}, bias, initial state)`,
      model: {
        inputs: [{ name: 'x0', dims: [3, 2, 3] }, { name: 'h0', dims: [dirs, 2, 4] }],
        outputs: [{ name: 'y' }, { name: 'yh' }],
        initializers: [weight('W', [dirs, 4, 3], 53), weight('R', [dirs, 4, 4], 54), weight('B', [dirs, 8], 55)],
        nodes: [{ op: 'RNN', inputs: ['x0', 'W', 'R', 'B', '', 'h0'], outputs: ['y', 'yh'], attrs: { hidden_size: 4, direction } }],
      },
    };
  }),
];

await testCases(cases);

/** A recurrent node in layout 1 (batch-first X, initial state and outputs), and the same node in layout 0 between transposes. */
function batchFirst(op: 'LSTM' | 'GRU', gates: number): [ModelSpec, ModelSpec] {
  const [batch, seq, input, hidden] = [2, 3, 4, 3];
  const inputs = [{ name: 'x0', dims: [batch, seq, input] }, { name: 'h0', dims: [batch, 1, hidden] }];
  const outputs = [{ name: 'y' }, { name: 'yh' }];
  const initializers = [weight('W', [1, gates * hidden, input], 50), weight('R', [1, gates * hidden, hidden], 51), weight('B', [1, 2 * gates * hidden], 52)];
  const node = (x: string, h: string, y: string, yh: string, layout: number): NodeSpec => ({ op, inputs: [x, 'W', 'R', 'B', '', h], outputs: [y, yh], attrs: { hidden_size: hidden, layout } });
  const t = (x: string, y: string, perm: number[]): NodeSpec => ({ op: 'Transpose', inputs: [x], outputs: [y], attrs: { perm } });
  return [
    { inputs, outputs, initializers, nodes: [node('x0', 'h0', 'y', 'yh', 1)] },
    { inputs, outputs, initializers, nodes: [t('x0', 'x', [1, 0, 2]), t('h0', 'h', [1, 0, 2]), node('x', 'h', 'y0', 'yh0', 0), t('y0', 'y', [2, 0, 1, 3]), t('yh0', 'yh', [1, 0, 2])] },
  ];
}

const ort = await loadOrt();
for (const [op, gates] of [['LSTM', 4], ['GRU', 3]] as const) {
  test(`${op} (layout 1) agrees with ONNX Runtime on the layout-0 model between transposes`, async () => {
    if (!ort) return;
    const [first, transposed] = batchFirst(op, gates);
    const feeds = feedsOf({ name: op, model: first });
    const problem = mismatch(runDlc(importModule(buildModel(first)), feeds), await runOrt(ort, buildModel(transposed), feeds));
    assert.is(problem, undefined, problem);
  });
}

test.run();
