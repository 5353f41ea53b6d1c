// Unit tests of feature expressions (REQUIRES/UNSUPPORTED/XFAIL), with lit's error wording.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateFeatureExpr } from '../../../../lib/testing/lit/index.js';

const features = new Set(['foo', 'bar-baz', 'x86_64']);
const ev = (e: string): boolean => evaluateFeatureExpr(e, features);

test('names, true, negation', () => {
  assert.is(ev('foo'), true);
  assert.is(ev('nope'), false);
  assert.is(ev('true'), true);
  assert.is(ev('!nope'), true);
  assert.is(ev('!!foo'), true);
});

test('&& binds tighter than ||, parentheses group', () => {
  assert.is(ev('nope || foo && bar-baz'), true);
  assert.is(ev('(nope || foo) && nope'), false);
  assert.is(ev('nope || (foo && !nope)'), true);
});

test('regex parts match whole feature names', () => {
  assert.is(ev('{{x86.*}}'), true);
  assert.is(ev('{{x86}}'), false);
  assert.is(ev('bar-{{b.z}}'), true);
  assert.is(ev('{{fo}}'), false);
});

test('malformed expressions throw with lit messages', () => {
  assert.throws(() => ev('foo &&'), /expected: '!', '\(', '\{\{', or identifier\nhave: <end of expression>\nin expression: 'foo &&'/);
  assert.throws(() => ev('(foo'), /expected: '\)'/);
  assert.throws(() => ev('foo bar'), /expected: <end of expression>\nhave: 'bar'/);
  assert.throws(() => ev('foo @'), /couldn't parse text: '@'/);
});

test.run();
