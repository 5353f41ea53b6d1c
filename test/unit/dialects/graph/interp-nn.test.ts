// Interpreter values of pooling, reductions, softmax and the normalisations against hand-worked expectations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { close, eval1 } from './harness.js';

const f32 = Math.fround;
const X16 = 'graph.constant dense<[[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0], [12.0, 13.0, 14.0, 15.0]]]]> : tensor<1x1x4x4xf32>';

test('max_pool2d 2x2 stride 2; padding never wins', () => {
  const r = eval1(`  %x = ${X16}\n  %r = graph.max_pool2d %x kernel = [2, 2] strides = [2, 2] : tensor<1x1x4x4xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(r.values, [5, 7, 13, 15]);
  const n = eval1(`
  %x = graph.constant dense<-1.0> : tensor<1x1x1x1xf32>
  %r = graph.max_pool2d %x kernel = [2, 2] pads = [1, 1, 0, 0] : tensor<1x1x1x1xf32>`, 'tensor<1x1x1x1xf32>');
  assert.equal(n.values, [-1]);
});

test('avg_pool2d: pads excluded from the divisor unless count_include_pad', () => {
  const x = 'graph.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>';
  const r = eval1(`  %x = ${x}\n  %r = graph.avg_pool2d %x kernel = [3, 3] pads = [1, 1, 1, 1] : tensor<1x1x2x2xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(r.values, [2.5, 2.5, 2.5, 2.5]);
  const p = eval1(`  %x = ${x}\n  %r = graph.avg_pool2d %x kernel = [3, 3] pads = [1, 1, 1, 1] {count_include_pad} : tensor<1x1x2x2xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(p.values, [f32(10 / 9), f32(10 / 9), f32(10 / 9), f32(10 / 9)]);
  const s = eval1(`  %x = ${X16}\n  %r = graph.avg_pool2d %x kernel = [2, 2] strides = [2, 2] : tensor<1x1x4x4xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(s.values, [2.5, 4.5, 10.5, 12.5]);
});

test('global_avg_pool: the mean of each channel', () => {
  const r = eval1(`
  %x = graph.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]]> : tensor<1x2x2x2xf32>
  %r = graph.global_avg_pool %x : tensor<1x2x2x2xf32>`, 'tensor<1x2x1x1xf32>');
  assert.equal(r, { shape: [1, 2, 1, 1], values: [2.5, 6.5] });
});

const M = 'graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>';

test('reduce_sum / reduce_mean / reduce_max over axes, keepdims or not, all axes when empty', () => {
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_sum %x axes = [1] : tensor<2x3xf32>`, 'tensor<2xf32>'), { shape: [2], values: [6, 15] });
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_sum %x axes = [-1] keepdims : tensor<2x3xf32>`, 'tensor<2x1xf32>'), { shape: [2, 1], values: [6, 15] });
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_mean %x axes = [0] : tensor<2x3xf32>`, 'tensor<3xf32>').values, [2.5, 3.5, 4.5]);
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_max %x axes = [] : tensor<2x3xf32>`, 'tensor<f32>'), { shape: [], values: [6] });
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_max %x axes = [1, 0] keepdims : tensor<2x3xf32>`, 'tensor<1x1xf32>').values, [6]);
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reduce_mean %x axes = [] : tensor<2x3xf32>`, 'tensor<f32>').values, [3.5]);
});

test('reduce over the middle axis of a 3-D tensor', () => {
  const r = eval1(`
  %x = graph.constant dense<[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]> : tensor<2x2x2xf32>
  %r = graph.reduce_sum %x axes = [1] : tensor<2x2x2xf32>`, 'tensor<2x2xf32>');
  assert.equal(r.values, [4, 6, 12, 14]);
});

test('softmax along the last axis and along axis 0', () => {
  const r = eval1(`
  %x = graph.constant dense<[[0.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf32>
  %r = graph.softmax %x : tensor<2x2xf32>`, 'tensor<2x2xf32>');
  const e = Math.E;
  close(r.values, [0.5, 0.5, 1 / (1 + e), e / (1 + e)]);
  const c = eval1(`
  %x = graph.constant dense<[[0.0, 0.0], [0.0, 1.0]]> : tensor<2x2xf32>
  %r = graph.softmax %x axis = 0 : tensor<2x2xf32>`, 'tensor<2x2xf32>');
  close(c.values, [0.5, 1 / (1 + e), 0.5, e / (1 + e)]);
  // Large inputs do not overflow: the max is subtracted first.
  const big = eval1(`
  %x = graph.constant dense<[1000.0, 1000.0]> : tensor<2xf32>
  %r = graph.softmax %x : tensor<2xf32>`, 'tensor<2xf32>');
  assert.equal(big.values, [0.5, 0.5]);
});

test('layer_norm over the last axis with scale and bias; over two axes', () => {
  // [1, 2, 3, 4]: mean 2.5, variance 1.25.
  const sd = Math.sqrt(1.25 + 1e-5);
  const r = eval1(`
  %x = graph.constant dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
  %s = graph.constant dense<[1.0, 2.0, 1.0, 1.0]> : tensor<4xf32>
  %b = graph.constant dense<[0.0, 0.0, 0.0, 10.0]> : tensor<4xf32>
  %r = graph.layer_norm %x, %s, %b : tensor<1x4xf32>, tensor<4xf32>`, 'tensor<1x4xf32>');
  close(r.values, [-1.5 / sd, (2 * -0.5) / sd, 0.5 / sd, 1.5 / sd + 10]);
  const two = eval1(`
  %x = graph.constant dense<[[[1.0, 3.0], [5.0, 7.0]]]> : tensor<1x2x2xf32>
  %s = graph.constant dense<1.0> : tensor<2x2xf32>
  %r = graph.layer_norm %x, %s axis = 1 epsilon = 0.0 : tensor<1x2x2xf32>, tensor<2x2xf32>`, 'tensor<1x2x2xf32>');
  // mean 4, variance (9 + 1 + 1 + 9) / 4 = 5.
  close(two.values, [-3, -1, 1, 3].map((d) => d / Math.sqrt(5)));
});

test('batch_norm: per channel (x - mean) / sqrt(var + eps) * scale + bias', () => {
  const r = eval1(`
  %x = graph.constant dense<[[[[1.0, 2.0]], [[3.0, 4.0]]]]> : tensor<1x2x1x2xf32>
  %s = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = graph.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %m = graph.constant dense<[1.0, 3.0]> : tensor<2xf32>
  %v = graph.constant dense<[4.0, 1.0]> : tensor<2xf32>
  %r = graph.batch_norm %x, %s, %b, %m, %v epsilon = 0.0 : tensor<1x2x1x2xf32>, tensor<2xf32>`, 'tensor<1x2x1x2xf32>');
  assert.equal(r.values, [0, 0.5, 1, 3]);
});

test.run();
