// The tiny .onnx models the dlc-import-onnx lit tests read (test/lit/tools/dlc-import-onnx/Inputs), as specs; make-lit-fixtures writes them.
import type { ModelSpec } from './model-builder.js';

/** Where the fixtures live, from the repository root. */
export const FIXTURE_DIR = 'test/lit/tools/dlc-import-onnx/Inputs';

/** File name -> model. */
export const litFixtures: Record<string, ModelSpec> = {
  // A 4 -> 3 classifier with a symbolic batch: Gemm, Relu, Softmax; two named outputs.
  'mlp.onnx': {
    inputs: [{ name: 'input', dims: ['batch', 4] }],
    outputs: [{ name: 'probs' }, { name: 'hidden' }],
    initializers: [
      { name: 'w', dims: [4, 3], values: [0.5, -1, 0.25, 1, 0, -0.5, -0.25, 0.75, 1, 0, 0.5, -1] },
      { name: 'b', dims: [3], values: [0.1, -0.2, 0.3], raw: true },
    ],
    nodes: [
      { op: 'Gemm', inputs: ['input', 'w', 'b'], outputs: ['g'], name: 'fc' },
      { op: 'Relu', inputs: ['g'], outputs: ['hidden'], name: 'act' },
      { op: 'Softmax', inputs: ['hidden'], outputs: ['probs'], name: 'softmax', attrs: { axis: -1 } },
    ],
  },
  // Two operators dlc does not have, a user of one of them, and a node whose weight is missing.
  'unsupported.onnx': {
    inputs: [{ name: 'x', dims: [1, 8] }],
    outputs: [{ name: 'y' }, { name: 'z' }],
    nodes: [
      { op: 'TopK', inputs: ['x', 'k'], outputs: ['vals', 'idx'], name: 'topk' },
      { op: 'Relu', inputs: ['vals'], outputs: ['y'], name: 'after_topk' },
      { op: 'FusedMatMul', domain: 'com.microsoft', inputs: ['x', 'x'], outputs: ['f'], name: 'fused' },
      { op: 'Add', inputs: ['x', 'bias'], outputs: ['z'], name: 'add_bias' },
    ],
  },
  // A weight of 4x300 = 1200 elements (above the default --resource-threshold of 1024: a dense_resource blob) and a 300-element bias (inline).
  'wide.onnx': {
    inputs: [{ name: 'x', dims: [1, 4] }],
    outputs: [{ name: 'y' }],
    initializers: [
      { name: 'w', dims: [4, 300], values: Array.from({ length: 1200 }, (_, i) => (((i * 37) % 17) - 8) / 16) },
      { name: 'b', dims: [300], values: Array.from({ length: 300 }, (_, i) => (i % 5) / 4), raw: true },
    ],
    nodes: [
      { op: 'MatMul', inputs: ['x', 'w'], outputs: ['xw'], name: 'matmul' },
      { op: 'Add', inputs: ['xw', 'b'], outputs: ['y'], name: 'bias' },
    ],
  },
  // Two nodes that feed each other.
  'cyclic.onnx': {
    inputs: [{ name: 'x', dims: [2] }],
    outputs: [{ name: 'y' }],
    nodes: [
      { op: 'Add', inputs: ['x', 'b'], outputs: ['a'], name: 'first' },
      { op: 'Relu', inputs: ['a'], outputs: ['b'], name: 'second' },
      { op: 'Neg', inputs: ['a'], outputs: ['y'], name: 'out' },
    ],
  },
};
