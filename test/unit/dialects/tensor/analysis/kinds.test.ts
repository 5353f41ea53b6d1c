// Souffle's kinds: the operator-pair table, access and TE classification from maps, and the
// domain-aware simplification that composed layout maps rely on.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AffineMap, add, dim, floorDiv, mod, mul, type AffineExpr } from '../../../../../lib/affine/index.js';
import { TE_KINDS, accessKind, combineKinds, isLocalAccess, teKind, type IteratorKind } from '../../../../../dialects/tensor/analysis/kinds.js';
import { simplifyMapInDomain } from '../../../../../dialects/tensor/analysis/simplify.js';

const P: IteratorKind = 'parallel';
const R: IteratorKind = 'reduction';
const map = (nd: number, ...results: AffineExpr[]) => AffineMap.get(nd, 0, results);

test('the table is the seed\'s, × for one-to-many or many-to-many followed by many-to-many', () => {
  const rows: Record<string, string> = {
    'one-to-one': 'one-to-one one-to-many many-to-many reorganize shuffle',
    'one-to-many': 'one-to-many one-to-many × one-to-many one-to-many',
    'many-to-many': 'many-to-many many-to-many × many-to-many many-to-many',
    reorganize: 'reorganize one-to-many many-to-many reorganize reorganize',
    shuffle: 'shuffle one-to-many many-to-many reorganize shuffle',
  };
  for (const first of TE_KINDS) {
    assert.is(TE_KINDS.map((second) => combineKinds(first, second) ?? '×').join(' '), rows[first], first);
  }
});

test('access kinds', () => {
  const id2 = AffineMap.identity(2);
  assert.is(accessKind(id2, id2, [P, P]), 'one-to-one');
  assert.is(accessKind(map(2, dim(1), dim(0)), id2, [P, P]), 'shuffle');
  assert.is(accessKind(map(2, dim(1)), id2, [P, P]), 'one-to-many');
  assert.is(accessKind(map(2, add(mul(dim(0), 4), dim(1))), id2, [P, P]), 'reorganize');
  assert.is(accessKind(map(2, add(dim(0), 1), dim(1)), id2, [P, P]), 'reorganize');
  const out = map(3, dim(0), dim(1));
  assert.is(accessKind(map(3, dim(0), dim(2)), out, [P, P, R]), 'many-to-many');
});

test('TE kinds: a broadcast operand leaves an elementwise TE one-to-one', () => {
  const id2 = AffineMap.identity(2);
  assert.is(teKind([id2, map(2, dim(1))], id2, [P, P]), 'one-to-one');
  assert.is(teKind([map(2, dim(1))], id2, [P, P]), 'one-to-many');
  assert.is(teKind([], id2, [P, P]), 'one-to-many');
  assert.is(teKind([map(2, dim(1), dim(0)), id2], id2, [P, P]), 'shuffle');
  assert.is(teKind([map(3, dim(0), dim(2)), map(3, dim(2), dim(1))], map(3, dim(0), dim(1)), [P, P, R]), 'many-to-many');
});

test('local accesses need no global synchronisation', () => {
  const id2 = AffineMap.identity(2);
  assert.ok(isLocalAccess(id2, id2, [P, P]));
  assert.ok(isLocalAccess(map(2, dim(0)), id2, [P, P]));
  assert.not.ok(isLocalAccess(map(2, dim(1), dim(0)), id2, [P, P]));
  assert.not.ok(isLocalAccess(map(3, dim(0), dim(2)), map(3, dim(0), dim(1)), [P, P, R]));
});

test('domain-aware simplification of composed reshapes', () => {
  // (d0, d1) over 12x64 flattened to d0 * 64 + d1 then unflattened.
  const flat = add(mul(dim(0), 64), dim(1));
  const m = map(2, floorDiv(flat, 64), mod(flat, 64));
  assert.is(String(simplifyMapInDomain(m, [12, 64])), '(d0, d1) -> (d0, d1)');
  // Without the range of d1 the division stays.
  assert.is(String(simplifyMapInDomain(m, [12, 65])), String(m.simplify()));
  const shifted = map(2, floorDiv(add(flat, 3), 64));
  assert.is(String(simplifyMapInDomain(shifted, [12, 60])), '(d0, d1) -> (d0)');
});

test.run();
