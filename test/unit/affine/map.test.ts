// Unit tests for affine maps and integer sets: construction, queries, composition,
// inversion, sub-maps, simplification, evaluation and result bounds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AffineMap,
  IntegerSet,
  add,
  concatAffineMaps,
  constant,
  dim,
  floorDiv,
  inversePermutation,
  mod,
  mul,
  parseAffineMap,
  symbol,
} from '../../../lib/affine/index.js';
import { randomMapShape, rng } from './random-affine.js';

function map(body: string): AffineMap {
  const r = parseAffineMap(body, 0);
  if ('error' in r) throw new Error(`${body}: ${r.error}`);
  return r.value;
}

test('maps are uniqued and validated', () => {
  assert.is(map('(d0, d1) -> (d1, d0)'), AffineMap.get(2, 0, [dim(1), dim(0)]));
  assert.is(AffineMap.identity(3), map('(a, b, c) -> (a, b, c)'));
  assert.throws(() => AffineMap.get(1, 0, [dim(1)]), /uses d1 but the map has 1 dims/);
  assert.throws(() => AffineMap.get(1, 0, [symbol(0)]), /uses s0/);
});

test('special maps and their queries', () => {
  assert.is(String(AffineMap.constantMap(0)), '() -> (0)');
  assert.is(String(AffineMap.get(0, 0, [])), '() -> ()');
  assert.is(String(AffineMap.minorIdentity(3, 2)), '(d0, d1, d2) -> (d1, d2)');
  assert.is(String(AffineMap.permutation([2, 0, 1])), '(d0, d1, d2) -> (d2, d0, d1)');
  assert.throws(() => AffineMap.permutation([0, 0]), /not a permutation/);
  assert.ok(AffineMap.identity(2).isIdentity());
  assert.ok(map('(d0)[s0] -> (d0)').isIdentity());
  assert.not.ok(map('(d0, d1) -> (d1, d0)').isIdentity());
  assert.ok(map('(d0, d1) -> (d1, d0)').isPermutation());
  assert.not.ok(map('(d0, d1) -> (d1)').isPermutation());
  assert.ok(map('(d0, d1) -> (d1)').isProjectedPermutation());
  assert.ok(map('(d0, d1) -> (0, d1)').isProjectedPermutation(true));
  assert.not.ok(map('(d0, d1) -> (0, d1)').isProjectedPermutation());
  assert.ok(map('(d0, d1, d2) -> (d1, d2)').isMinorIdentity());
  assert.ok(map('() -> ()').isEmpty());
  assert.ok(map('(d0) -> (3)').isSingleConstant());
  assert.equal(map('(d0) -> (3, -1)').constantResults(), [3n, -1n]);
  assert.equal(map('(d0, d1, d2) -> (d0 + d2)').unusedDims(), [1]);
  assert.is(map('(d0, d1) -> (d1, d0)').dimPosition(0), 1);
  assert.is(String(map('(d0, d1, d2)[s0, s1] -> (d2 + s1, d0)').compressUnusedDims()), '(d0, d1)[s0, s1] -> (d1 + s1, d0)');
  assert.is(String(map('(d0)[s0, s1, s2] -> (d0 + s2, s0)').compressUnusedSymbols()), '(d0)[s0, s1] -> (d0 + s1, s0)');
});

test('compose follows MLIR: f.compose(g) is f after g, symbols of f first', () => {
  const f = map('(d0, d1)[s0] -> (d0 + s0, d1 * 2)');
  const g = map('(d0)[s0] -> (d0 floordiv 2, d0 + s0)');
  assert.is(String(f.compose(g)), '(d0)[s0, s1] -> (d0 floordiv 2 + s0, (d0 + s1) * 2)');
  assert.is(String(map('(d0) -> (d0 + 1)').compose(map('(d0) -> (d0 - 1)'))), '(d0) -> (d0)');
  assert.is(String(map('(d0, d1) -> (d1, d0)').compose(map('(d0, d1) -> (d1, d0)'))), '(d0, d1) -> (d0, d1)');
  assert.throws(() => f.compose(map('(d0) -> (d0)')), /2 dims but 1 results/);
  assert.equal(map('(d0, d1) -> (d0 * 4 + d1, d0 floordiv 2)').composeValues([3, 5]), [17n, 1n]);
});

test('inversePermutation', () => {
  assert.is(String(inversePermutation(map('(d0, d1, d2) -> (d1, d2, d0)'))), '(d0, d1, d2) -> (d2, d0, d1)');
  // First occurrences of a projected permutation with extra results.
  assert.is(String(inversePermutation(map('(d0, d1) -> (d1, d1, d0)'))), '(d0, d1, d2) -> (d2, d0)');
  assert.is(inversePermutation(map('(d0, d1) -> (d0)')), undefined);
  assert.is(inversePermutation(map('(d0, d1) -> (d0 + d1, d1)')), undefined);
  assert.is(inversePermutation(map('() -> ()')), map('() -> ()'));
  const p = map('(d0, d1, d2, d3) -> (d2, d0, d3, d1)');
  assert.ok(p.compose(inversePermutation(p)!).isIdentity());
});

test('sub-maps and dropping results', () => {
  const m = map('(d0, d1)[s0] -> (d0, d1 + s0, d0 * 2)');
  assert.is(String(m.getSubMap([2, 0])), '(d0, d1)[s0] -> (d0 * 2, d0)');
  assert.is(String(m.dropResults([0, 2])), '(d0, d1)[s0] -> (d1 + s0)');
  assert.is(String(m.dropResult(1)), '(d0, d1)[s0] -> (d0, d0 * 2)');
  assert.is(String(m.getSliceMap(1, 2)), '(d0, d1)[s0] -> (d1 + s0, d0 * 2)');
  assert.is(String(concatAffineMaps([map('(d0)[s0] -> (d0 + s0)'), map('(d0, d1)[s0] -> (s0 * d1)')])), '(d0, d1)[s0, s1] -> (d0 + s0, d1 * s1)');
  assert.equal(AffineMap.inferFromExprList([[dim(2)], [symbol(1)]]).map(String), ['(d0, d1, d2)[s0, s1] -> (d2)', '(d0, d1, d2)[s0, s1] -> (s1)']);
});

test('simplify flattens like MLIR', () => {
  assert.is(String(map('(d0, d1) -> (d0 * 2 + d1 - d0 * 2, (d0 * 4 + 8) floordiv 4)').simplify()), '(d0, d1) -> (d1, d0 + 2)');
  assert.is(String(map('(d0) -> ((d0 * 4 - 4) floordiv 3 + 1 - 1)').simplify()), '(d0) -> ((d0 * 4 - 4) floordiv 3)');
  assert.is(String(map('(d0) -> (d0 mod 4 + (d0 floordiv 4) * 4)').simplify()), '(d0) -> (d0)');
  assert.is(String(map('(d0)[s0] -> ((d0 * s0) floordiv s0, (d0 * s0) mod s0)').simplify()), '(d0)[s0] -> (d0, 0)');
});

test('evaluate with floor semantics and poison', () => {
  const m = map('(d0, d1)[s0] -> (d0 floordiv 4, d0 ceildiv 4, d0 mod 4, d1 * s0 + 1, d0 floordiv s0)');
  assert.equal(m.evaluate([-5, 3], [2]), [-2, -1, 3, 7, -3]);
  assert.equal(m.evaluate([7, 3], [0]), [1, 2, 3, 1, undefined]);
  assert.equal(map('(d0) -> (d0 mod -2)').evaluate([3]), [undefined]);
});

test('result bounds over a box of dims: tile footprints', () => {
  // A 32x32 tile at (i, j) of a 3x3 convolution input: rows 32i + r + kh.
  const m = map('(d0, d1) -> (d0 * 32 + d1, d0 - d0, d1 floordiv 4, d1 mod 8, -d1)');
  const b = m.resultBounds([
    { lo: 0, hi: 3 },
    { lo: 0, hi: 33 },
  ]);
  assert.equal(b, [
    { lo: 0, hi: 129 },
    { lo: 0, hi: 0 },
    { lo: 0, hi: 8 },
    { lo: 0, hi: 7 },
    { lo: -33, hi: 0 },
  ]);
  assert.equal(map('(d0) -> (d0 mod 8)').resultBounds([{ lo: 9, hi: 12 }]), [{ lo: 1, hi: 4 }]);
  assert.equal(map('(d0)[s0] -> (d0 * s0)').resultBounds([{ lo: -2, hi: 3 }], [{ lo: 4, hi: 5 }]), [{ lo: -10, hi: 15 }]);
  assert.equal(map('(d0, d1) -> (d0 + d1)').resultBounds([{ lo: 0, hi: 3 }]), [{ lo: -Infinity, hi: Infinity }]);
  assert.equal(map('(d0)[s0] -> (d0 floordiv s0)').resultBounds([{ lo: 0, hi: 9 }], [{ lo: -1, hi: 1 }]), [{ lo: -Infinity, hi: Infinity }]);
});

test('result bounds are sound on 300 random maps (checked by enumeration)', () => {
  const r = rng(12);
  const range = () => {
    const lo = Math.floor(r() * 21) - 10;
    return { lo, hi: lo + Math.floor(r() * 6) };
  };
  for (let i = 0; i < 300; i++) {
    const numDims = 1 + Math.floor(r() * 2);
    const numSymbols = Math.floor(r() * 2);
    const m = map(randomMapShape(r, numDims, numSymbols, 2, 3));
    const dims = Array.from({ length: numDims }, range);
    const syms = Array.from({ length: numSymbols }, range);
    const bounds = m.resultBounds(dims, syms);
    const points: number[][] = [[]];
    for (const b of [...dims, ...syms]) {
      const next: number[][] = [];
      for (const p of points) for (let v = b.lo; v <= b.hi; v++) next.push([...p, v]);
      points.splice(0, points.length, ...next);
    }
    for (const p of points) {
      m.evaluate(p.slice(0, numDims), p.slice(numDims)).forEach((v, k) => {
        if (v === undefined) return;
        const b = bounds[k]!;
        assert.ok(b.lo <= v && v <= b.hi, `${m} result ${k} at (${p}) = ${v} outside [${b.lo}, ${b.hi}]`);
      });
    }
  }
});

test('integer sets', () => {
  const s = IntegerSet.get(1, 1, [add(dim(0), mul(symbol(0), -1)), dim(0)], [false, true]);
  assert.is(String(s), '(d0)[s0] : (d0 - s0 >= 0, d0 == 0)');
  assert.is(s.numEqualities, 1);
  assert.is(s.numInequalities, 1);
  assert.is(String(IntegerSet.empty(2, 0)), '(d0, d1) : (1 == 0)');
  assert.ok(IntegerSet.empty(2, 0).isEmptyIntegerSet());
  assert.not.ok(s.isEmptyIntegerSet());
  assert.ok(s.contains([0], [0]));
  assert.not.ok(s.contains([0], [1]));
  assert.is(String(s.replaceDimsAndSymbols([mod(dim(0), 4)], [constant(2)], 1, 0)), '(d0) : (d0 mod 4 - 2 >= 0, d0 mod 4 == 0)');
  assert.throws(() => IntegerSet.get(1, 0, [], []), /at least one constraint/);
  assert.is(String(floorDiv(dim(0), 2)), 'd0 floordiv 2');
});

test.run();
