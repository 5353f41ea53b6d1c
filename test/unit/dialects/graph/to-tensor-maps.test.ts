// The affine maps of convert-graph-to-tensor: broadcasting, reduced outputs, permutations,
// strided windows, reshapes by dim groups and wrapped reads, checked as printed maps and by
// evaluating them against numpy's index arithmetic.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AffineMap } from '../../../../lib/affine/index.js';
import { broadcastMap, keptDims, reducedMap, reshapeMap, stridedMap, transposeMap, wrappedMap } from '../../../../dialects/graph/to-tensor/maps.js';

function each(shape: readonly number[], f: (idx: number[]) => void, prefix: number[] = []): void {
  if (prefix.length === shape.length) return f(prefix);
  for (let i = 0; i < shape[prefix.length]; i++) each(shape, f, [...prefix, i]);
}

test('broadcastMap: right-aligned, stretched size-1 dims read 0', () => {
  assert.is(broadcastMap(2, [3], [2, 3]).toString(), '(d0, d1) -> (d1)');
  assert.is(broadcastMap(2, [2, 1], [2, 3]).toString(), '(d0, d1) -> (d0, 0)');
  assert.is(broadcastMap(3, [1, 1], [4, 1, 1]).toString(), '(d0, d1, d2) -> (d1, d2)');
  assert.is(broadcastMap(5, [3, 1], [2, 3, 4], [0, 1, 2]).toString(), '(d0, d1, d2, d3, d4) -> (d1, 0)');
});

test('reducedMap and keptDims', () => {
  assert.is(reducedMap(3, new Set([0, 2]), true).toString(), '(d0, d1, d2) -> (0, d1, 0)');
  assert.is(reducedMap(3, new Set([1]), false).toString(), '(d0, d1, d2) -> (d0, d2)');
  assert.equal(keptDims(3, new Set([1])), [0, 2]);
});

test('transposeMap: output dim i reads input dim perm[i]', () => {
  assert.is(transposeMap([2, 0, 1]).toString(), '(d0, d1, d2) -> (d1, d2, d0)');
  assert.is(transposeMap([1, 0]), AffineMap.permutation([1, 0]));
});

test('stridedMap: start + step * i, negative steps included', () => {
  assert.is(stridedMap([1, 5], [1, -2]).toString(), '(d0, d1) -> (d0 + 1, d1 * -2 + 5)');
});

test('reshapeMap: splits and merges need no redundant floordiv or mod', () => {
  assert.is(reshapeMap([2, 12], [2, 3, 4]).toString(), '(d0, d1, d2) -> (d0, d1 * 4 + d2)');
  assert.is(reshapeMap([2, 3, 4], [6, 4]).toString(), '(d0, d1) -> (d0 floordiv 3, d0 mod 3, d1)');
  assert.is(reshapeMap([1, 8, 16], [1, 8, 2, 8]).toString(), '(d0, d1, d2, d3) -> (d0, d1, d2 * 8 + d3)');
});

test('reshapeMap reads the element of the same row-major position, for every point', () => {
  const cases: [number[], number[]][] = [
    [[6, 4], [4, 6]],
    [[2, 3, 4], [24]],
    [[24], [2, 3, 4]],
    [[2, 3, 4], [3, 1, 8]],
    [[1, 6, 1, 4], [3, 1, 8]],
    [[4, 6], [2, 2, 3, 2]],
  ];
  for (const [input, output] of cases) {
    const map = reshapeMap(input, output);
    const inStrides = input.map((_, j) => input.slice(j + 1).reduce((a, b) => a * b, 1));
    let linear = 0;
    each(output, (idx) => {
      const at = map.evaluate(idx) as number[];
      at.forEach((v, j) => assert.ok(v >= 0 && v < input[j], `${map}: index ${j} of ${at} out of range at [${idx}]`));
      assert.is(at.reduce((a, v, j) => a + v * inStrides[j], 0), linear++, `${input} -> ${output} at [${idx}]`);
    });
  }
});

test('wrappedMap stays in bounds over the larger domain and is the identity inside the placed box', () => {
  const map = wrappedMap([0, 2], [3, 4], [3, 7]);
  assert.is(map.toString(), '(d0, d1) -> (d0, (d1 - 2) mod 4)');
  each([3, 7], ([i, j]) => {
    const [a, b] = map.evaluate([i, j]) as number[];
    assert.ok(b >= 0 && b < 4);
    if (j >= 2 && j < 6) assert.equal([a, b], [i, j - 2]);
  });
  assert.is(wrappedMap([0, 0], [3, 4], [3, 5]).toString(), '(d0, d1) -> (d0, d1 mod 4)');
});

test.run();
