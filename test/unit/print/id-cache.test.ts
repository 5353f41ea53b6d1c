// The printer's id-indexed caches answer as their Map does. Caches that were never written share
// one set of empty slots; writing one cache must leave every other cache empty.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { IdCache } from '../../../lib/print/id-cache.js';

const key = (id: number): { readonly id: number } => ({ id });

test('a cache answers what was set, and nothing before', () => {
  const cache = new IdCache<{ readonly id: number }, string>();
  const a = key(3);
  assert.is(cache.get(a), undefined);
  cache.set(a, 'a');
  assert.is(cache.get(a), 'a');
});

test('writing one cache leaves a fresh one empty', () => {
  const first = new IdCache<{ readonly id: number }, string>();
  const second = new IdCache<{ readonly id: number }, string>();
  const a = key(7);
  first.set(a, 'a');
  assert.is(second.get(a), undefined);
  assert.is(new IdCache<{ readonly id: number }, string>().get(a), undefined);
});

test('keys that share a slot are both kept', () => {
  const cache = new IdCache<{ readonly id: number }, string>();
  const a = key(1);
  const b = key(1 + 256);
  cache.set(a, 'a');
  cache.set(b, 'b');
  assert.is(cache.get(a), 'a');
  assert.is(cache.get(b), 'b');
  assert.is(cache.get(a), 'a');
});

test.run();
