// GraphBuilder (examples/models/builder.ts): the text it writes (arguments named by dlc.name,
// multi-result ops, elided defaults), its shape tracking, and the composed ops it offers
// (roll, swish) computing what they stand for in the interpreter.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RankedTensorType } from '../../../lib/ir/index.js';
import { TensorValue, findFunction, functionSignature, runFunction } from '../../../lib/interp/index.js';
import { GraphBuilder } from '../../../examples/models/builder.js';
import { load } from '../dialects/tensor/passes/helpers.js';

/** Runs the builder's program on `inputs` (row-major numbers) and returns its results' elements. */
function run(b: GraphBuilder, results: Parameters<GraphBuilder['finish']>[1], inputs: number[][]): number[][] {
  const module = load(b.finish('test', results).text, 'test.mlir');
  const types = functionSignature(findFunction(module, 'main')!).inputs as RankedTensorType[];
  const args = inputs.map((xs, i) => {
    const t = TensorValue.zeros(types[i]);
    xs.forEach((x, j) => t.data.set(j, x));
    return t;
  });
  const out = runFunction(module, 'main', args)!;
  return out.map((v) => Array.from({ length: (v as TensorValue).data.length }, (_, i) => (v as TensorValue).data.get(i) as number));
}

test('arguments carry dlc.name (dots become underscores in SSA names); results are named; defaults are elided', () => {
  const b = new GraphBuilder('f16');
  const x = b.arg('x', [1, 4, 8, 8]);
  const y = b.convLayer('l0.conv', x, 8, 3, 1, 4);
  const [p, q] = b.split(b.reshape(y, [8, 64]), 0, [3, 5]);
  const text = b.finish('a test\nof two lines', [['p', p], ['q', q]]).text;
  assert.match(text, '// a test\n// of two lines\n');
  assert.match(text, 'func.func @main(%x: tensor<1x4x8x8xf16> {dlc.name = "x"}, %l0_conv_w: tensor<8x1x3x3xf16> {dlc.name = "l0.conv.w"}, %l0_conv_b: tensor<8xf16> {dlc.name = "l0.conv.b"}) -> (tensor<3x64xf16> {dlc.name = "p"}, tensor<5x64xf16> {dlc.name = "q"})');
  assert.match(text, '%0 = graph.conv2d %x, %l0_conv_w, %l0_conv_b pads = [1, 1, 1, 1] groups = 4 : ');
  assert.match(text, '%2:2 = graph.split %1 axis = 0 sizes = [3, 5] : tensor<8x64xf16>');
  assert.match(text, 'return %2#0, %2#1 : tensor<3x64xf16>, tensor<5x64xf16>');
  load(text, 'test.mlir');
});

test('op counts and argument elements', () => {
  const b = new GraphBuilder();
  const x = b.arg('x', [2, 3]);
  const p = b.finish('counts', [['y', b.unary('relu', b.add(x, b.constant(1)))]]);
  assert.is(p.ops, 3);
  assert.equal([...p.opCounts], [['graph.add', 1], ['graph.constant', 1], ['graph.relu', 1]]);
  assert.is(p.parameters, 6);
});

test('a repeated argument name and a bad reshape are refused while building', () => {
  const b = new GraphBuilder();
  const x = b.arg('x', [2, 3]);
  assert.throws(() => b.arg('x', [1]), /declared twice/);
  assert.throws(() => b.reshape(x, [4]), /cannot reshape 2x3 to 4/);
  assert.throws(() => b.matmul(x, x), /contracting dimensions/);
});

test('roll is torch.roll: element i moves to i + shift (mod n), composed of slices and a concat', () => {
  const b = new GraphBuilder();
  const x = b.arg('x', [2, 4]);
  const [right, left, none] = [b.roll(x, 1, 1), b.roll(x, -1, 1), b.roll(x, 4, 1)];
  const out = run(b, [['right', right], ['left', left], ['none', none]], [[0, 1, 2, 3, 4, 5, 6, 7]]);
  assert.equal(out, [[3, 0, 1, 2, 7, 4, 5, 6], [1, 2, 3, 0, 5, 6, 7, 4], [0, 1, 2, 3, 4, 5, 6, 7]]);
});

test('swish is x * sigmoid(x)', () => {
  const b = new GraphBuilder();
  const [out] = run(b, [['y', b.swish(b.arg('x', [3]))]], [[-1, 0, 2]]);
  [-1, 0, 2].forEach((x, i) => assert.ok(Math.abs(out[i] - Math.fround(x / (1 + Math.exp(-x)))) < 1e-6, `swish(${x}) = ${out[i]}`));
});

test.run();
