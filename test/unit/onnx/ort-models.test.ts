// Whole small models against ONNX Runtime: a BERT-like encoder layer as exporters write it (shape arithmetic, decomposed LayerNorm, erf Gelu) and a small CNN: after import, after convert-graph-to-tensor and after dlc-gpu (in the gpu interpreter).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildModel, type AttrValue, type ModelSpec, type NodeSpec, type Tensor } from './model-builder.js';
import { differential, loadOrt, randomValues } from './ort-harness.js';
import { gpuReady } from './ort-cases.js';

/** Collects nodes and initializers, naming intermediate values. */
class Graph {
  readonly nodes: NodeSpec[] = [];
  readonly initializers: Tensor[] = [];
  private count = 0;
  op(op: string, inputs: string[], attrs: Record<string, AttrValue> = {}, outputs = 1): string {
    const names = Array.from({ length: outputs }, () => `t${this.count++}`);
    this.nodes.push({ op, inputs, outputs: names, attrs });
    return names[0];
  }
  weight(dims: number[], scale = 0.3): string {
    const name = `w${this.initializers.length}`;
    this.initializers.push({ name, dims, values: randomValues(dims.reduce((a, b) => a * b, 1), this.initializers.length + 50, -scale, scale) });
    return name;
  }
  scalar(value: number): string {
    const name = `c${this.initializers.length}`;
    this.initializers.push({ name, dims: [], values: [value] });
    return name;
  }
  ints(values: number[]): string {
    const name = `i${this.initializers.length}`;
    this.initializers.push({ name, dims: [values.length], values, dataType: 7 });
    return name;
  }
  linear(x: string, k: number, n: number): string {
    return this.op('Add', [this.op('MatMul', [x, this.weight([k, n])]), this.weight([n], 0.1)]);
  }
  /** LayerNorm the way pre-opset-17 exporters decompose it. */
  decomposedLayerNorm(x: string, width: number): string {
    const mean = this.op('ReduceMean', [x], { axes: [-1] });
    const d = this.op('Sub', [x, mean]);
    const variance = this.op('ReduceMean', [this.op('Pow', [d, this.scalar(2)])], { axes: [-1] });
    const std = this.op('Sqrt', [this.op('Add', [variance, this.scalar(1e-5)])]);
    return this.op('Add', [this.op('Mul', [this.op('Div', [d, std]), this.weight([width], 1)]), this.weight([width], 0.1)]);
  }
}

const [S, H, HEADS] = [8, 16, 2];
const D = H / HEADS;

function encoder(): ModelSpec {
  const g = new Graph();
  const x = 'hidden';
  // Heads split with a shape computed from the input's: Shape -> Gather -> Unsqueeze -> Concat.
  const batch = g.op('Unsqueeze', [g.op('Gather', [g.op('Shape', [x]), g.ints([0])]), g.ints([0])]);
  const headShape = g.op('Concat', [g.op('Squeeze', [batch, g.ints([0])]), g.ints([-1, HEADS, D])], { axis: 0 });
  const heads = (t: string, perm: number[]) => g.op('Transpose', [g.op('Reshape', [t, headShape])], { perm });
  const q = heads(g.linear(x, H, H), [0, 2, 1, 3]);
  const k = heads(g.linear(x, H, H), [0, 2, 3, 1]);
  const v = heads(g.linear(x, H, H), [0, 2, 1, 3]);
  // Additive mask from a 0/1 input: (1 - mask) * -10000, broadcast over heads and queries.
  const maskBias = g.op('Mul', [g.op('Sub', [g.scalar(1), g.op('Unsqueeze', ['mask', g.ints([1, 2])])]), g.scalar(-10000)]);
  const scores = g.op('Add', [g.op('Div', [g.op('MatMul', [q, k]), g.scalar(Math.sqrt(D))]), maskBias]);
  const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: -1 }), v]);
  const merged = g.op('Reshape', [g.op('Transpose', [context], { perm: [0, 2, 1, 3] }), g.ints([0, 0, H])]);
  const attn = g.decomposedLayerNorm(g.op('Add', [x, g.linear(merged, H, H)]), H);
  const up = g.linear(attn, H, 2 * H);
  const gelu = g.op('Mul', [g.op('Mul', [up, g.scalar(0.5)]), g.op('Add', [g.op('Erf', [g.op('Div', [up, g.scalar(Math.SQRT2)])]), g.scalar(1)])]);
  const out = g.op('LayerNormalization', [g.op('Add', [attn, g.linear(gelu, 2 * H, H)]), g.weight([H], 1), g.weight([H], 0.1)], { axis: -1 });
  g.nodes.push({ op: 'Identity', inputs: [out], outputs: ['output'] });
  return { inputs: [{ name: 'hidden', dims: [1, S, H] }, { name: 'mask', dims: [1, S] }], outputs: [{ name: 'output' }], initializers: g.initializers, nodes: g.nodes, opset: 17 };
}

function cnn(): ModelSpec {
  const g = new Graph();
  const bn = (x: string, c: number) =>
    g.op('BatchNormalization', [x, g.weight([c], 1), g.weight([c], 0.1), g.weight([c], 0.1), g.op('Add', [g.op('Abs', [g.weight([c], 1)]), g.scalar(0.5)])]);
  let x = g.op('Relu', [bn(g.op('Conv', ['image', g.weight([8, 3, 3, 3]), g.weight([8], 0.1)], { pads: [1, 1, 1, 1] }), 8)]);
  x = g.op('MaxPool', [x], { kernel_shape: [2, 2], strides: [2, 2] });
  x = g.op('Relu', [g.op('Conv', [x, g.weight([8, 8, 3, 3])], { strides: [2, 2], auto_pad: 'SAME_UPPER' })]);
  x = g.op('Flatten', [g.op('GlobalAveragePool', [x])]);
  const logits = g.op('Gemm', [x, g.weight([10, 8]), g.weight([10], 0.1)], { transB: 1 });
  g.nodes.push({ op: 'Softmax', inputs: [logits], outputs: ['probs'], attrs: { axis: 1 } });
  return { inputs: [{ name: 'image', dims: [2, 3, 12, 12] }], outputs: [{ name: 'probs' }], initializers: g.initializers, nodes: g.nodes, opset: 13 };
}

const ort = await loadOrt();
if (ort) {
  test('BERT-like encoder layer', async () => {
    const feeds = {
      hidden: { dims: [1, S, H], values: randomValues(S * H, 1) },
      mask: { dims: [1, S], values: [1, 1, 1, 1, 1, 1, 0, 0] },
    };
    const problem = await differential(ort, buildModel(encoder()), feeds, { gpu: gpuReady });
    assert.is(problem, undefined, problem);
  });

  test('small CNN', async () => {
    const problem = await differential(ort, buildModel(cnn()), { image: { dims: [2, 3, 12, 12], values: randomValues(2 * 3 * 12 * 12, 2) } }, { gpu: gpuReady });
    assert.is(problem, undefined, problem);
  });
}

test.run();
