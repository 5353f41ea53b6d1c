// Interpreter values of matmul, gemm and conv2d against hand-worked expectations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eval1 } from './harness.js';

const A = 'graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>';
const B = 'graph.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>';

test('matmul 2-D: [[1,2],[3,4]] x [[5,6],[7,8]]', () => {
  const r = eval1(`  %a = ${A}\n  %b = ${B}\n  %r = graph.matmul %a, %b : tensor<2x2xf32>, tensor<2x2xf32>`, 'tensor<2x2xf32>');
  assert.equal(r.values, [19, 22, 43, 50]);
});

test('matmul 2x3 x 3x1', () => {
  const r = eval1(`
  %a = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = graph.constant dense<[[1.0], [0.5], [2.0]]> : tensor<3x1xf32>
  %r = graph.matmul %a, %b : tensor<2x3xf32>, tensor<3x1xf32>`, 'tensor<2x1xf32>');
  assert.equal(r.values, [8, 18.5]);
});

test('batched matmul broadcasts the batch: 2x(1x2) x (2x2) and 1x(2x2) x 2x(2x1)', () => {
  const r = eval1(`
  %a = graph.constant dense<[[[1.0, 0.0]], [[0.0, 1.0]]]> : tensor<2x1x2xf32>
  %b = ${B}
  %r = graph.matmul %a, %b : tensor<2x1x2xf32>, tensor<2x2xf32>`, 'tensor<2x1x2xf32>');
  assert.equal(r.values, [5, 6, 7, 8]);
  const s = eval1(`
  %a = graph.constant dense<[[[1.0, 2.0], [3.0, 4.0]]]> : tensor<1x2x2xf32>
  %b = graph.constant dense<[[[1.0], [0.0]], [[0.0], [1.0]]]> : tensor<2x2x1xf32>
  %r = graph.matmul %a, %b : tensor<1x2x2xf32>, tensor<2x2x1xf32>`, 'tensor<2x2x1xf32>');
  assert.equal(s.values, [1, 3, 2, 4]);
});

test('gemm: transA, transB, alpha, beta and a broadcast C', () => {
  const plain = eval1(`  %a = ${A}\n  %b = ${B}\n  %r = graph.gemm %a, %b : tensor<2x2xf32>, tensor<2x2xf32>`, 'tensor<2x2xf32>');
  assert.equal(plain.values, [19, 22, 43, 50]);
  // A^T = [[1,3],[2,4]]: A^T B = [[26,30],[38,44]].
  const ta = eval1(`  %a = ${A}\n  %b = ${B}\n  %r = graph.gemm %a, %b {transA} : tensor<2x2xf32>, tensor<2x2xf32>`, 'tensor<2x2xf32>');
  assert.equal(ta.values, [26, 30, 38, 44]);
  // A B^T = [[17,23],[39,53]].
  const tb = eval1(`  %a = ${A}\n  %b = ${B}\n  %r = graph.gemm %a, %b {transB} : tensor<2x2xf32>, tensor<2x2xf32>`, 'tensor<2x2xf32>');
  assert.equal(tb.values, [17, 23, 39, 53]);
  // 2 * A B + 0.5 * [10, 20] (row broadcast).
  const full = eval1(`
  %a = ${A}
  %b = ${B}
  %c = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %r = graph.gemm %a, %b, %c {alpha = 2.0 : f32, beta = 0.5 : f32} : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2xf32>`, 'tensor<2x2xf32>');
  assert.equal(full.values, [43, 54, 91, 110]);
  // Non-square with both transposes: A is 3x2 (op(A) 2x3), B is 1x3 (op(B) 3x1).
  const rect = eval1(`
  %a = graph.constant dense<[[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]> : tensor<3x2xf32>
  %b = graph.constant dense<[[1.0, 1.0, 1.0]]> : tensor<1x3xf32>
  %r = graph.gemm %a, %b {transA, transB} : tensor<3x2xf32>, tensor<1x3xf32>`, 'tensor<2x1xf32>');
  assert.equal(rect.values, [6, 15]);
});

const X = 'graph.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]]> : tensor<1x1x3x3xf32>';
const W = 'graph.constant dense<[[[[1.0, 0.0], [0.0, 1.0]]]]> : tensor<1x1x2x2xf32>';

test('conv2d: a 2x2 diagonal kernel over 3x3, with and without bias', () => {
  const r = eval1(`  %x = ${X}\n  %w = ${W}\n  %r = graph.conv2d %x, %w : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(r.values, [6, 8, 12, 14]);
  const b = eval1(`
  %x = ${X}
  %w = ${W}
  %b = graph.constant dense<0.5> : tensor<1xf32>
  %r = graph.conv2d %x, %w, %b : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(b.values, [6.5, 8.5, 12.5, 14.5]);
});

test('conv2d: pads 1 and stride 2 read zeros outside the input', () => {
  const r = eval1(`  %x = ${X}\n  %w = ${W}\n  %r = graph.conv2d %x, %w strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>`, 'tensor<1x1x2x2xf32>');
  assert.equal(r.values, [1, 3, 7, 14]);
});

test('conv2d: dilation 2 spreads the kernel over the corners', () => {
  const r = eval1(`  %x = ${X}\n  %w = ${W}\n  %r = graph.conv2d %x, %w dilations = [2, 2] : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>`, 'tensor<1x1x1x1xf32>');
  assert.equal(r.values, [10]);
});

test('conv2d: groups keep channels apart (depthwise), several output channels per group', () => {
  const dw = eval1(`
  %x = graph.constant dense<[[[[2.0]], [[3.0]]]]> : tensor<1x2x1x1xf32>
  %w = graph.constant dense<[[[[10.0]]], [[[100.0]]]]> : tensor<2x1x1x1xf32>
  %r = graph.conv2d %x, %w groups = 2 : tensor<1x2x1x1xf32>, tensor<2x1x1x1xf32>`, 'tensor<1x2x1x1xf32>');
  assert.equal(dw.values, [20, 300]);
  // 4 input channels in 2 groups, 4 outputs: outputs 0-1 see channels 0-1, outputs 2-3 see channels 2-3.
  const g = eval1(`
  %x = graph.constant dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]]]]> : tensor<1x4x1x1xf32>
  %w = graph.constant dense<[[[[1.0]], [[1.0]]], [[[1.0]], [[-1.0]]], [[[1.0]], [[1.0]]], [[[1.0]], [[-1.0]]]]> : tensor<4x2x1x1xf32>
  %r = graph.conv2d %x, %w groups = 2 : tensor<1x4x1x1xf32>, tensor<4x2x1x1xf32>`, 'tensor<1x4x1x1xf32>');
  assert.equal(g.values, [3, -1, 7, -1]);
});

test('conv2d: two images, two input channels summed', () => {
  const r = eval1(`
  %x = graph.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  %w = graph.constant dense<[[[[10.0]], [[1.0]]]]> : tensor<1x2x1x1xf32>
  %r = graph.conv2d %x, %w : tensor<2x2x1x1xf32>, tensor<1x2x1x1xf32>`, 'tensor<2x1x1x1xf32>');
  assert.equal(r.values, [12, 34]);
});

test('f16 matmul rounds each partial sum to f16, in index order', () => {
  // 1 + 2^-11 is a tie that rounds to 1 in f16 twice, though the exact sum 1 + 2^-10 is an f16 value.
  const r = eval1(`
  %a = graph.constant dense<[[1.0, 4.8828125E-4, 4.8828125E-4]]> : tensor<1x3xf16>
  %b = graph.constant dense<1.0> : tensor<3x1xf16>
  %r = graph.matmul %a, %b : tensor<1x3xf16>, tensor<3x1xf16>`, 'tensor<1x1xf16>');
  assert.equal(r.values, [1]);
});

test.run();
