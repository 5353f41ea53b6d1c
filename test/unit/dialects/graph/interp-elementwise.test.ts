// Interpreter values of the graph elementwise ops against hand-worked expectations: broadcasting,
// f32 and f16 rounding, activations, casts and constants.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { close, eval1 } from './harness.js';

const f32 = Math.fround;

test('add broadcasts a row over a matrix; sub broadcasts a column', () => {
  const r = eval1(`
  %a = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = graph.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %c = graph.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %s = graph.add %a, %b : tensor<2x3xf32>, tensor<3xf32>
  %r = graph.sub %s, %c : tensor<2x3xf32>, tensor<2x1xf32>`, 'tensor<2x3xf32>');
  assert.equal(r.shape, [2, 3]);
  assert.equal(r.values, [10, 21, 32, 12, 23, 34]);
});

test('both operands stretch: 2x1 op 1x3 gives 2x3', () => {
  const r = eval1(`
  %a = graph.constant dense<[[2.0], [3.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[[1.0, 2.0, 4.0]]> : tensor<1x3xf32>
  %r = graph.mul %a, %b : tensor<2x1xf32>, tensor<1x3xf32>`, 'tensor<2x3xf32>');
  assert.equal(r.values, [2, 4, 8, 3, 6, 12]);
});

test('div, max, min and pow elementwise', () => {
  const body = (op: string) => `
  %a = graph.constant dense<[1.0, -2.0, 9.0, 2.0]> : tensor<4xf32>
  %b = graph.constant dense<[4.0, 3.0, 0.5, 3.0]> : tensor<4xf32>
  %r = graph.${op} %a, %b : tensor<4xf32>, tensor<4xf32>`;
  assert.equal(eval1(body('div'), 'tensor<4xf32>').values, [0.25, f32(-2 / 3), 18, f32(2 / 3)]);
  assert.equal(eval1(body('max'), 'tensor<4xf32>').values, [4, 3, 9, 3]);
  assert.equal(eval1(body('min'), 'tensor<4xf32>').values, [1, -2, 0.5, 2]);
  assert.equal(eval1(body('pow'), 'tensor<4xf32>').values, [1, -8, 3, 8]);
});

test('f32 sums round to f32', () => {
  const r = eval1(`
  %a = graph.constant dense<0.1> : tensor<1xf32>
  %b = graph.constant dense<0.2> : tensor<1xf32>
  %r = graph.add %a, %b : tensor<1xf32>, tensor<1xf32>`, 'tensor<1xf32>');
  assert.equal(r.values, [f32(f32(0.1) + f32(0.2))]);
  assert.not.equal(r.values, [0.1 + 0.2]);
});

test('f16 sums round to nearest even in f16', () => {
  // The f16 ulp at 1 is 2^-10: 1 + 2^-11 is a tie that goes to 1, 1 + 3 * 2^-11 goes to 1 + 2^-9.
  const r = eval1(`
  %a = graph.constant dense<1.0> : tensor<2xf16>
  %b = graph.constant dense<[4.8828125E-4, 1.46484375E-3]> : tensor<2xf16>
  %r = graph.add %a, %b : tensor<2xf16>, tensor<2xf16>`, 'tensor<2xf16>');
  assert.equal(r.values, [1, 1 + 2 ** -9]);
});

test('activations and unary math', () => {
  const x = 'dense<[-1.0, 0.0, 4.0]> : tensor<3xf32>';
  const u = (op: string) => eval1(`  %x = graph.constant ${x}\n  %r = graph.${op} %x : tensor<3xf32>`, 'tensor<3xf32>').values;
  assert.equal(u('relu'), [0, 0, 4]);
  assert.equal(u('neg'), [1, -0, -4]);
  assert.equal(u('abs'), [1, 0, 4]);
  assert.equal(u('sqrt'), [NaN, 0, 2]);
  assert.equal(u('rsqrt'), [NaN, Infinity, 0.5]);
  assert.equal(u('exp'), [f32(1 / Math.E), 1, f32(Math.exp(4))]);
  assert.equal(u('log'), [NaN, -Infinity, f32(Math.log(4))]);
  close(u('sigmoid'), [1 / (1 + Math.E), 0.5, 1 / (1 + Math.exp(-4))]);
  close(u('tanh'), [-0.7615941559557649, 0, 0.999329299739067]);
  // erf(1) and Φ(x) = (1 + erf(x / √2)) / 2 from tables.
  close(u('erf'), [-0.8427007929497149, 0, 1]);
  close(u('gelu'), [-1 * 0.15865525393145707, 0, 4 * 0.9999683287581669]);
});

test('cast: f32 to f16 rounds, to integers truncates toward zero, integers to floats', () => {
  const toF16 = eval1(`
  %x = graph.constant dense<[1.0009765625, 1.00048828125, 65520.0]> : tensor<3xf32>
  %r = graph.cast %x : tensor<3xf32> to tensor<3xf16>`, 'tensor<3xf16>');
  assert.equal(toF16.values, [1 + 2 ** -10, 1, Infinity]);
  const toInt = eval1(`
  %x = graph.constant dense<[-1.7, 2.9, 0.4]> : tensor<3xf32>
  %r = graph.cast %x : tensor<3xf32> to tensor<3xi32>`, 'tensor<3xi32>');
  assert.equal(toInt.values, [-1, 2, 0]);
  const fromInt = eval1(`
  %x = graph.constant dense<[-3, 16777217]> : tensor<2xi64>
  %r = graph.cast %x : tensor<2xi64> to tensor<2xf32>`, 'tensor<2xf32>');
  assert.equal(fromInt.values, [-3, 16777216]);
});

test('cast: to and from i1 tests non-zero / reads 0 and 1; integers narrow by wrapping and widen by sign', () => {
  const toBool = eval1(`
  %x = graph.constant dense<[0.0, -0.5, 2.0]> : tensor<3xf32>
  %r = graph.cast %x : tensor<3xf32> to tensor<3xi1>`, 'tensor<3xi1>');
  assert.equal(toBool.values, [0, 1, 1]);
  const fromBool = eval1(`
  %x = graph.constant dense<[true, false]> : tensor<2xi1>
  %r = graph.cast %x : tensor<2xi1> to tensor<2xf32>`, 'tensor<2xf32>');
  assert.equal(fromBool.values, [1, 0]);
  const narrow = eval1(`
  %x = graph.constant dense<[300, -1, 127]> : tensor<3xi32>
  %r = graph.cast %x : tensor<3xi32> to tensor<3xi8>`, 'tensor<3xi8>');
  assert.equal(narrow.values, [44, -1, 127]);
  const widen = eval1(`
  %x = graph.constant dense<[-2, 5]> : tensor<2xi8>
  %r = graph.cast %x : tensor<2xi8> to tensor<2xi64>`, 'tensor<2xi64>');
  assert.equal(widen.values, [-2, 5]);
});

test('f64 computes in doubles', () => {
  const r = eval1(`
  %a = graph.constant dense<0.1> : tensor<1xf64>
  %b = graph.constant dense<0.2> : tensor<1xf64>
  %r = graph.add %a, %b : tensor<1xf64>, tensor<1xf64>`, 'tensor<1xf64>');
  assert.equal(r.values, [0.1 + 0.2]);
});

test('constants are their values', () => {
  const r = eval1('  %r = graph.constant dense<[[1.5, 2.5]]> : tensor<1x2xf32>', 'tensor<1x2xf32>');
  assert.equal(r, { shape: [1, 2], values: [1.5, 2.5] });
});

test.run();
