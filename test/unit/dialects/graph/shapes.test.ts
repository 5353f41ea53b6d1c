// Shape inference edge cases of the graph ops, on the rules themselves (dialects/graph/shapes.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ShapeError, broadcastShapes, concatShape, conv2dShape, gatherShape, gemmShape, globalPoolShape, matmulShape,
  poolShape, reduceShape, sliceDims, splitShapes, transposeShape,
} from '../../../../dialects/graph/shapes.js';

/** The ShapeError message of `f`. */
function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ShapeError) return e.message;
    throw e;
  }
  throw new Error('expected a ShapeError');
}

test('broadcast: scalars, rank extension, ones stretch, zero-size dims', () => {
  assert.equal(broadcastShapes([], [2, 3]), [2, 3]);
  assert.equal(broadcastShapes([4, 1, 3], [2, 1]), [4, 2, 3]);
  assert.equal(broadcastShapes([1], [0]), [0]);
  assert.equal(broadcastShapes([0, 3], [1, 3]), [0, 3]);
  assert.match(message(() => broadcastShapes([0], [2])), 'differ in dimension 0 of the result (0 vs 2)');
});

test('matmul: batch broadcasting across ranks', () => {
  assert.equal(matmulShape([7, 1, 4, 8], [3, 8, 2]), [7, 3, 4, 2]);
  assert.equal(matmulShape([4, 8], [2, 8, 5]), [2, 4, 5]);
  assert.match(message(() => matmulShape([4, 8], [9, 5])), 'lhs 4x8 has 8 columns, rhs 9x5 has 9 rows');
});

test('gemm: transposes and C shapes', () => {
  assert.equal(gemmShape([8, 4], [16, 8], undefined, true, true), [4, 16]);
  assert.equal(gemmShape([4, 8], [8, 16], [], false, false), [4, 16]);
  assert.equal(gemmShape([4, 8], [8, 16], [4, 1], false, false), [4, 16]);
  assert.match(message(() => gemmShape([4, 8], [8, 16], [16, 16], false, false)), 'C and the product are not broadcast-compatible');
  assert.match(message(() => gemmShape([4], [8, 16], undefined, false, false)), 'A must have rank 2, but has rank 1');
});

test('conv2d: output sizes floor; strides, pads, dilations combine', () => {
  const w = { strides: [1, 1], pads: [0, 0, 0, 0], dilations: [1, 1] };
  assert.equal(conv2dShape([1, 3, 7, 7], [8, 3, 3, 3], undefined, { ...w, strides: [2, 2] }, 1), [1, 8, 3, 3]);
  assert.equal(conv2dShape([1, 3, 7, 7], [8, 3, 3, 3], [8], { ...w, strides: [2, 2], pads: [1, 1, 1, 1] }, 1), [1, 8, 4, 4]);
  assert.equal(conv2dShape([2, 4, 9, 9], [4, 1, 3, 3], undefined, { ...w, dilations: [4, 1] }, 4), [2, 4, 1, 7]);
  assert.equal(conv2dShape([1, 1, 5, 5], [1, 1, 1, 1], undefined, { ...w, pads: [0, 2, 0, 0] }, 1), [1, 1, 5, 7]);
  assert.match(message(() => conv2dShape([1, 3, 2, 2], [8, 3, 3, 3], undefined, w, 1)), 'window of 3 (kernel 3, dilation 1) is larger than the padded input\'s height 2');
  assert.match(message(() => conv2dShape([1, 3, 7, 7], [8, 3, 3, 3], undefined, { ...w, dilations: [1, 0] }, 1)), 'dilations must be positive');
});

test('pools and global pooling', () => {
  const w = { kernel: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1], dilations: [1, 1] };
  assert.equal(poolShape([1, 64, 112, 112], w), [1, 64, 56, 56]);
  assert.equal(globalPoolShape([2, 3, 5]), [2, 3, 1]);
  assert.match(message(() => poolShape([1, 1, 4, 4], { ...w, kernel: [0, 2] })), 'kernel must be positive, but got [0, 2]');
});

test('reduce: negative axes, all axes, keepdims', () => {
  assert.equal(reduceShape([2, 3, 4], [-1], false), [2, 3]);
  assert.equal(reduceShape([2, 3, 4], [0, 2], true), [1, 3, 1]);
  assert.equal(reduceShape([2, 3, 4], [], false), []);
  assert.equal(reduceShape([2, 3, 4], [], true), [1, 1, 1]);
  assert.match(message(() => reduceShape([2, 3], [-3], false)), 'axis -3 is out of range for rank 2 (expected -2 <= axis < 2)');
});

test('transpose and concat', () => {
  assert.equal(transposeShape([2, 3, 4], [2, 0, 1]), [4, 2, 3]);
  assert.equal(transposeShape([], []), []);
  assert.match(message(() => transposeShape([2, 3], [1, 1])), 'perm [1, 1] is not a permutation of 0..1');
  assert.equal(concatShape([[2, 3], [2, 0], [2, 5]], -1), [2, 8]);
});

test('slice: clamping, empty results, negative steps', () => {
  const count = (...args: Parameters<typeof sliceDims>) => sliceDims(...args).map((s) => s.count);
  assert.equal(count([10], [3], [3], undefined, undefined), [0]);
  assert.equal(count([10], [8], [2], undefined, undefined), [0]);
  assert.equal(count([10], [-3], [100], undefined, undefined), [3]);
  assert.equal(count([10], [100], [-100], undefined, [-3]), [4]);
  assert.equal(sliceDims([10], [100], [-100], undefined, [-3]), [{ start: 9, step: -3, count: 4 }]);
  assert.equal(count([4, 6], [1], [5], [1], [2]), [4, 2]);
  assert.match(message(() => sliceDims([4], [0], [2], [0, 1], undefined)), 'axes must have one entry per start (1), but has 2');
  assert.match(message(() => sliceDims([4], [0, 0], [2, 2], undefined, undefined)), '2 starts for an input of rank 1');
});

test('gather and split', () => {
  assert.equal(gatherShape([5, 7], [], 0), [7]);
  assert.equal(gatherShape([5, 7, 2], [3, 4], -2), [5, 3, 4, 2]);
  assert.match(message(() => gatherShape([], [2], 0)), 'input must have rank 1 or more');
  assert.equal(splitShapes([4, 6], -1, [1, 2, 3]), [[4, 1], [4, 2], [4, 3]]);
  assert.match(message(() => splitShapes([4, 6], 0, [0, 4])), 'sizes must be positive, but got [0, 4]');
});

test.run();
