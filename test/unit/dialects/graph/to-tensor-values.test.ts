// Values of lowered graph ops against hand-worked expectations, independent of the graph
// interpreter: padding (zeros for conv, -inf for max pooling, excluded from average counts),
// concat, negative slice steps, transpose, gather with negative indices, softmax, layer_norm, gemm.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { close } from './harness.js';
import { lowered, opNames, parse, runMain } from './to-tensor-harness.js';

/** Lowers `@main() -> type` with `body` (ending in `%r`) and returns its result's values. */
function evalLowered(body: string, type: string): number[] {
  const module = lowered(parse(`func.func @main() -> ${type} {\n${body}\n  return %r : ${type}\n}`));
  assert.not.ok(opNames(module).some((n) => n.startsWith('graph.')));
  return runMain(module)[0];
}

const image = '%x = graph.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]]> : tensor<1x1x3x3xf32>';

test('conv2d padded at the top and left sums zeros outside the image', () => {
  const r = evalLowered(
    `  ${image}
  %w = graph.constant dense<1.0> : tensor<1x1x2x2xf32>
  %r = graph.conv2d %x, %w pads = [1, 1, 0, 0] : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>`,
    'tensor<1x1x3x3xf32>',
  );
  assert.equal(r, [1, 3, 5, 5, 12, 16, 11, 24, 28]);
});

test('avg_pool2d divides by the taps inside the image, or by the window with count_include_pad', () => {
  const pool = (flag: string) => `  ${image}
  %r = graph.avg_pool2d %x kernel = [2, 2] strides = [2, 2] pads = [1, 1, 1, 1] ${flag} : tensor<1x1x3x3xf32>`;
  assert.equal(evalLowered(pool(''), 'tensor<1x1x2x2xf32>'), [1, 2.5, 5.5, 7]);
  assert.equal(evalLowered(pool('{count_include_pad}'), 'tensor<1x1x2x2xf32>'), [0.25, 1.25, 2.75, 7]);
});

test('max_pool2d padding never wins, even over negative values', () => {
  const r = evalLowered(
    `  ${image}
  %n = graph.neg %x : tensor<1x1x3x3xf32>
  %r = graph.max_pool2d %n kernel = [2, 2] strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x1x3x3xf32>`,
    'tensor<1x1x2x2xf32>',
  );
  assert.equal(r, [-1, -2, -4, -5]);
});

test('concat picks each element from the input that owns it', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[[3.0, 4.0], [5.0, 6.0]]> : tensor<2x2xf32>
  %r = graph.concat %a, %b axis = 1 : tensor<2x1xf32>, tensor<2x2xf32>`,
    'tensor<2x3xf32>',
  );
  assert.equal(r, [1, 3, 4, 2, 5, 6]);
});

test('slice with a negative step walks back from the clamped start', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]> : tensor<6xf32>
  %r = graph.slice %a starts = [-1] ends = [-100] steps = [-2] : tensor<6xf32>`,
    'tensor<3xf32>',
  );
  assert.equal(r, [5, 3, 1]);
});

test('transpose and reshape move elements as numpy does', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %t = graph.transpose %a perm = [1, 0] : tensor<2x3xf32>
  %r = graph.reshape %t : tensor<3x2xf32> to tensor<2x3xf32>`,
    'tensor<2x3xf32>',
  );
  assert.equal(r, [1, 4, 2, 5, 3, 6]);
});

test('gather counts negative indices from the end', () => {
  const r = evalLowered(
    `  %t = graph.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %i = graph.constant dense<[2, -3, -1]> : tensor<3xi64>
  %r = graph.gather %t, %i : tensor<3x2xf32>, tensor<3xi64>`,
    'tensor<3x2xf32>',
  );
  assert.equal(r, [5, 6, 1, 2, 5, 6]);
});

test('softmax of [0, ln 3] is [1/4, 3/4]', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[[0.0, 1.09861229]]> : tensor<1x2xf32>
  %r = graph.softmax %a : tensor<1x2xf32>`,
    'tensor<1x2xf32>',
  );
  close(r, [0.25, 0.75]);
});

test('layer_norm of [1, 2, 3, 4] has mean 2.5 and variance 1.25', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
  %s = graph.constant dense<[1.0, 1.0, 2.0, 1.0]> : tensor<4xf32>
  %b = graph.constant dense<[0.0, 0.0, 0.0, 10.0]> : tensor<4xf32>
  %r = graph.layer_norm %a, %s, %b epsilon = 0.0 : tensor<1x4xf32>, tensor<4xf32>`,
    'tensor<1x4xf32>',
  );
  const k = 1 / Math.sqrt(1.25);
  close(r, [-1.5 * k, -0.5 * k, 2 * 0.5 * k, 1.5 * k + 10], 1e-6);
});

test('gemm: alpha * A Bᵀ + beta * C', () => {
  const r = evalLowered(
    `  %a = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = graph.constant dense<[[1.0, 0.0], [1.0, 1.0]]> : tensor<2x2xf32>
  %c = graph.constant dense<[100.0, 200.0]> : tensor<2xf32>
  %r = graph.gemm %a, %b, %c {transB, alpha = 2.0 : f32, beta = 0.5 : f32} : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2xf32>`,
    'tensor<2x2xf32>',
  );
  // A Bᵀ = [[1, 3], [3, 7]].
  assert.equal(r, [52, 106, 56, 114]);
});

test.run();
