// Unit tests for the affine parser's API: offsets, embedding in larger text, named and
// SSA ids, and errors (never exceptions).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AffineMap,
  IntegerSet,
  dim,
  parseAffineExprOfSsaIds,
  parseAffineExprWithIds,
  parseAffineExprListWithIds,
  parseAffineMap,
  parseAffineMapOfSsaIds,
  parseAffineMapOrSet,
  parseIntegerSet,
  symbol,
} from '../../../lib/affine/index.js';
import { rng } from './random-affine.js';

test('parses the body inside affine_map<...> and stops before >', () => {
  const src = '#map = affine_map< (d0) // rows\n  -> (d0 + 1) > // next';
  const pos = src.indexOf('<') + 1;
  const r = parseAffineMap(src, pos);
  assert.ok('value' in r);
  if ('value' in r) {
    assert.is(String(r.value), '(d0) -> (d0 + 1)');
    assert.is(src.slice(r.end).trimStart()[0], '>');
    assert.is(src[r.end - 1], ')');
  }
});

test('map, set and either', () => {
  const m = parseAffineMapOrSet('(d0) -> (d0)', 0);
  const s = parseAffineMapOrSet('(d0) : (d0 >= 0)', 0);
  assert.ok('value' in m && m.value instanceof AffineMap);
  assert.ok('value' in s && s.value instanceof IntegerSet);
  assert.equal(parseAffineMap('(d0) : (d0 >= 0)', 0), { error: 'expected AffineMap, but got IntegerSet', offset: 0 });
  assert.equal(parseIntegerSet('  (d0) -> (d0)', 0), { error: 'expected IntegerSet, but got AffineMap', offset: 2 });
});

test('errors carry MLIR messages and offsets', () => {
  assert.equal(parseAffineMap('(d0) -> (d0 + x)', 0), { error: 'use of undeclared identifier', offset: 13 });
  assert.equal(parseAffineMap('(d0) -> (d0 * d0)', 0), {
    error: 'non-affine expression: at least one of the multiply operands has to be either a constant or symbolic',
    offset: 12,
  });
  // At the end of the input MLIR steps back one character first.
  assert.equal(parseAffineMap('(d0) -> (d0', 0), { error: "expected ')' in affine map range", offset: 10 });
  assert.equal(parseAffineMap('(d0, d0) -> (d0)', 0), { error: "redefinition of identifier 'd0'", offset: 5 });
  assert.equal(parseAffineMap('(d0) -> (d0 + 9223372036854775808)', 0), { error: 'constant too large for index', offset: 14 });
  assert.equal(parseAffineMap('(d0) -> (d0 ` 1)', 0), { error: 'unexpected character', offset: 12 });
  assert.equal(parseAffineMap('(d0) -> (%x)', 0), { error: 'unexpected ssa identifier', offset: 9 });
  assert.equal(parseIntegerSet('(d0) : (d0 > 0)', 0), {
    error: "expected '== affine-expr' or '>= affine-expr' at end of affine constraint",
    offset: 13,
  });
  // A missing token at a line start is reported after the previous token.
  const src = '(d0) -> (d0,\n  // note\n  )';
  assert.equal(parseAffineMap(src, 0), { error: 'expected affine expression', offset: src.lastIndexOf(')') });
  assert.equal(parseAffineMap('(d0) ->\n  // note\n  >', 0), { error: "expected '(' in affine map range", offset: 7 });
});

test('expressions over named ids', () => {
  const r = parseAffineExprWithIds('i * 4 + j floordiv 2 )', 0, [
    ['i', dim(0)],
    ['j', dim(1)],
  ]);
  assert.ok('value' in r);
  if ('value' in r) {
    assert.is(String(r.value), 'd0 * 4 + d1 floordiv 2');
    assert.is(r.end, 20);
  }
  assert.equal(parseAffineExprWithIds('k', 0, []), { error: 'use of undeclared identifier', offset: 0 });
  const list = parseAffineExprListWithIds('[i, i + 1] x', 0, [['i', dim(0)]], '[');
  assert.ok('value' in list && list.value.map(String).join() === 'd0,d0 + 1' && list.end === 10);
});

test('maps of SSA ids bind dims and symbols in order of first use', () => {
  const seen: string[] = [];
  const r = parseAffineMapOfSsaIds('[%i + 1, symbol(%n) - %j, %i * 2, %r#1]', 0, '[', {
    onSsaId: (name, isSymbol) => void seen.push(`${name}:${isSymbol ? 's' : 'd'}`),
  });
  assert.ok('value' in r);
  if ('value' in r) {
    assert.is(String(r.value), '(d0, d1, d2)[s0] -> (d0 + 1, -d1 + s0, d0 * 2, d2)');
    assert.equal(r.dimNames, ['%i', '%j', '%r#1']);
    assert.equal(r.symbolNames, ['%n']);
    assert.equal(seen, ['%i:d', '%n:s', '%j:d', '%r#1:d']);
  }
  const e = parseAffineExprOfSsaIds('%a * 2 + symbol(%b)', 0);
  assert.ok('value' in e && String(e.value) === 'd0 * 2 + s0');
  const rejected = parseAffineMapOfSsaIds('(%x)', 0, '(', { onSsaId: () => 'use of undeclared SSA value name' });
  assert.equal(rejected, { error: 'use of undeclared SSA value name', offset: 1 });
  assert.equal(parseAffineMapOfSsaIds('[%i * %j]', 0, '['), {
    error: 'non-affine expression: at least one of the multiply operands has to be either a constant or symbolic',
    offset: 4,
  });
});

test('symbols in parsed maps', () => {
  const r = parseAffineMap('(i)[N] -> (i floordiv N)', 0);
  assert.ok('value' in r && r.value.results[0]!.kind === 'floordiv');
  assert.ok('value' in r && (r.value.results[0] as { rhs: unknown }).rhs === symbol(0));
});

test('never throws on random input', () => {
  const r = rng(5);
  const alphabet = '()[]-> :,+*=<>d0s1 floordiv mod ceildiv%#\n/x9';
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = Math.floor(r() * 30);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(r() * alphabet.length)];
    const res = parseAffineMapOrSet(s, 0);
    assert.ok('value' in res || (typeof res.error === 'string' && res.offset >= 0 && res.offset <= s.length));
  }
});

test.run();
