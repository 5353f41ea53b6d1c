// Interpreter values of the data-movement ops against hand-worked expectations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eval1, main, run, runError } from './harness.js';

const M = 'graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>';

test('reshape keeps the row-major order', () => {
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.reshape %x : tensor<2x3xf32> to tensor<3x2xf32>`, 'tensor<3x2xf32>'), { shape: [3, 2], values: [1, 2, 3, 4, 5, 6] });
});

test('transpose 2-D and a 3-D rotation', () => {
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.transpose %x perm = [1, 0] : tensor<2x3xf32>`, 'tensor<3x2xf32>').values, [1, 4, 2, 5, 3, 6]);
  // x[i][j][k] = 100i + 10j + k with shape 2x1x3; perm [2, 0, 1] gives r[k][i][j].
  const r = eval1(`
  %x = graph.constant dense<[[[0, 1, 2]], [[100, 101, 102]]]> : tensor<2x1x3xi32>
  %r = graph.transpose %x perm = [2, 0, 1] : tensor<2x1x3xi32>`, 'tensor<3x2x1xi32>');
  assert.equal(r.values, [0, 100, 1, 101, 2, 102]);
});

test('concat along each axis, three inputs', () => {
  assert.equal(eval1(`  %x = ${M}\n  %r = graph.concat %x, %x axis = 0 : tensor<2x3xf32>, tensor<2x3xf32>`, 'tensor<4x3xf32>').values, [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
  const r = eval1(`
  %x = ${M}
  %y = graph.constant dense<[[7.0], [8.0]]> : tensor<2x1xf32>
  %r = graph.concat %y, %x, %y axis = 1 : tensor<2x1xf32>, tensor<2x3xf32>, tensor<2x1xf32>`, 'tensor<2x5xf32>');
  assert.equal(r.values, [7, 1, 2, 3, 7, 8, 4, 5, 6, 8]);
});

test('slice: ONNX clamping, negative indices and steps, axes', () => {
  const v = (attrs: string, type: string) => eval1(`  %x = ${M}\n  %r = graph.slice %x ${attrs} : tensor<2x3xf32>`, type);
  assert.equal(v('starts = [0, 1] ends = [2, 3]', 'tensor<2x2xf32>').values, [2, 3, 5, 6]);
  assert.equal(v('starts = [-1] ends = [1000] axes = [1]', 'tensor<2x1xf32>').values, [3, 6]);
  assert.equal(v('starts = [-1] ends = [-1000] axes = [1] steps = [-1]', 'tensor<2x3xf32>').values, [3, 2, 1, 6, 5, 4]);
  assert.equal(v('starts = [0, 0] ends = [2, 3] steps = [1, 2]', 'tensor<2x2xf32>').values, [1, 3, 4, 6]);
  assert.equal(v('starts = [1] ends = [2]', 'tensor<1x3xf32>').values, [4, 5, 6]);
});

test('gather: embedding rows by index (negative counts from the end), and along axis 1', () => {
  const r = eval1(`
  %t = graph.constant dense<[[0.0, 0.5], [1.0, 1.5], [2.0, 2.5]]> : tensor<3x2xf32>
  %i = graph.constant dense<[[2, 0], [-1, 1]]> : tensor<2x2xi64>
  %r = graph.gather %t, %i : tensor<3x2xf32>, tensor<2x2xi64>`, 'tensor<2x2x2xf32>');
  assert.equal(r.values, [2, 2.5, 0, 0.5, 2, 2.5, 1, 1.5]);
  const c = eval1(`
  %x = ${M}
  %i = graph.constant dense<[2, 0]> : tensor<2xi32>
  %r = graph.gather %x, %i axis = 1 : tensor<2x3xf32>, tensor<2xi32>`, 'tensor<2x2xf32>');
  assert.equal(c.values, [3, 1, 6, 4]);
});

test('gather: an index out of range is a runtime error on the op', () => {
  const message = runError(main(`
  %t = graph.constant dense<1.0> : tensor<3x2xf32>
  %i = graph.constant dense<[3]> : tensor<1xi64>
  %r = graph.gather %t, %i : tensor<3x2xf32>, tensor<1xi64>`, 'tensor<1x2xf32>'));
  assert.match(message, 'index 3 is out of range for dimension 0 of size 3');
});

test('split into pieces along an axis', () => {
  const [a, b] = run(`func.func @main() -> (tensor<2x1xf32>, tensor<2x2xf32>) {
  %x = ${M}
  %r:2 = graph.split %x axis = 1 sizes = [1, 2] : tensor<2x3xf32>
  return %r#0, %r#1 : tensor<2x1xf32>, tensor<2x2xf32>
}`);
  assert.equal(a.values, [1, 4]);
  assert.equal(b.values, [2, 3, 5, 6]);
});

test.run();
