// Unit tests of the L2 model on hand-made streams of phases: first touches miss, reuse hits when
// the reuse distance and the buffer fit, the phase-mates of both ends count half, a partial
// earlier touch hits only for its bytes, a phase reads back a fresh buffer it wrote, and a buffer larger than
// the capacity never hits.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { l2Hits, type StreamPhase } from '../../../lib/target/cost-model-l2.js';

function phase(reads: Record<string, number>, writes: Record<string, number> = {}): StreamPhase<string> {
  return { reads: new Map(Object.entries(reads)), writes: new Map(Object.entries(writes)) };
}

test('first touches miss; a read of what the phase before wrote hits', () => {
  const stream = [phase({ a: 100 }, { b: 100 }), phase({ b: 100 }, { c: 100 })];
  assert.equal(l2Hits(stream, 1000), [0, 100]);
});

// b is written in phase 0 and read in phase 2. In between: c (300) whole, a (phase 0's other
// buffer) and d (phase 2's) half each, 400 bytes; with b's own 100, 500.
test('the reuse distance: buffers in between whole, phase-mates of both ends half', () => {
  const stream = [phase({ a: 100 }, { b: 100 }), phase({ c: 300 }), phase({ b: 100 }, { d: 100 })];
  assert.equal(l2Hits(stream, 500), [0, 0, 100]);
  assert.equal(l2Hits(stream, 499), [0, 0, 0]);
});

test('a buffer touched in between counts once, at its latest footprint', () => {
  const stream = [phase({ b: 100 }), phase({ c: 200 }), phase({ c: 200 }), phase({ b: 100 })];
  assert.equal(l2Hits(stream, 300), [0, 0, 200, 100]);
  assert.equal(l2Hits(stream, 299), [0, 0, 200, 0]);
});

test('a read of more than the last touch left hits only for those bytes, and then keeps all it read', () => {
  const stream = [phase({}, { b: 40 }), phase({ b: 100 }), phase({ b: 100 })];
  assert.equal(l2Hits(stream, 1000), [0, 40, 100]);
});

// Phase 1 writes the fresh buffer t and reads it back (producer and consumer in one phase): t
// (100) and half of a (200) fit in 200, not in 199. A buffer with contents, read and written by
// its first phase, may be updated in place: a miss.
test('a phase reads back a fresh buffer it writes: a hit when the buffer and half the phase-mates fit', () => {
  const stream = [phase({ x: 10 }), phase({ t: 100, a: 200 }, { t: 100 })];
  const fresh = (k: string) => k === 't';
  assert.equal(l2Hits(stream, 200, fresh), [0, 100]);
  assert.equal(l2Hits(stream, 199, fresh), [0, 0]);
  assert.equal(l2Hits(stream, 200), [0, 0]);
});

test('a buffer larger than the capacity never hits, and streams everything else out', () => {
  const stream = [phase({ w: 50 }), phase({ big: 2000 }), phase({ big: 2000, w: 50 })];
  assert.equal(l2Hits(stream, 1000), [0, 0, 0]);
});

test.run();
