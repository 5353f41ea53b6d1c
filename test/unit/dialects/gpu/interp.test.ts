// The gpu interpreter: a barrier-synchronised tree reduction sums right in every thread order and
// goes wrong in some order without its barrier; flags order blocks in every order and a missing
// signal is a deadlock at the wait; grid_sync orders phases; a launch of 16 x 256 threads is fast.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, IntegerType, MemRefType, type Operation } from '../../../../lib/ir/index.js';
import { MemRefValue, runFunction, type RtValue } from '../../../../lib/interp/index.js';
import { divergentBarrier, gridPhases, outOfBounds, load, producerConsumer, seed, treeReduction, warpOps } from './interp-programs.js';

const SEEDS = 8;

function memref(module: Operation, shape: number[], element: 'f32' | 'i32', fill: (i: number) => number = () => 0): MemRefValue {
  const ctx = module.context;
  const type = MemRefType.get(shape, element === 'f32' ? FloatType.get(ctx, 'f32') : IntegerType.get(ctx, 32));
  const m = MemRefValue.allocate(type, shape);
  for (let i = 0; i < m.allocation.data.length; i++) m.allocation.data.set(i, element === 'f32' ? fill(i) : BigInt(fill(i)));
  return m;
}

const values = (m: MemRefValue): RtValue[] => Array.from({ length: m.allocation.data.length }, (_, i) => m.allocation.data.get(i));

/** Runs @main on `args`, returning the diagnostics it reported. */
function run(module: Operation, args: RtValue[]): string[] {
  const { diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', args));
  return diagnostics.map((d) => `${d.message}${d.notes.map((n) => ` | ${n.message}`).join('')}`);
}

test('a tree reduction in workgroup memory sums each block in every thread order', () => {
  const module = load(treeReduction(4));
  for (let s = 0; s < SEEDS; s++) {
    seed(module, s);
    const input = memref(module, [1024], 'f32', (i) => i % 7);
    const out = memref(module, [4], 'f32');
    assert.equal(run(module, [input, out]), []);
    const expected = [0, 1, 2, 3].map((b) => Array.from({ length: 256 }, (_, t) => (b * 256 + t) % 7).reduce((x, y) => x + y, 0));
    assert.equal(values(out), expected, `seed ${s}`);
  }
});

test('without its barrier the reduction is wrong in some thread order', () => {
  const module = load(treeReduction(1, false));
  let wrong = 0;
  for (let s = 0; s < SEEDS; s++) {
    seed(module, s);
    const out = memref(module, [1], 'f32');
    assert.equal(run(module, [memref(module, [256], 'f32', () => 1), out]), []);
    if (values(out)[0] !== 256) wrong++;
  }
  assert.ok(wrong > 0, 'some seed interleaves threads so that a read comes before the write it needs');
});

test('a consumer block waits for its producer block in every order', () => {
  const module = load(producerConsumer());
  for (let s = 0; s < SEEDS; s++) {
    seed(module, s);
    const out = memref(module, [64], 'i32');
    assert.equal(run(module, [memref(module, [64], 'i32'), out]), []);
    assert.equal(values(out), Array.from({ length: 64 }, (_, i) => BigInt(i + 1)), `seed ${s}`);
  }
});

test('a flag nobody signals is a deadlock reported at the wait', () => {
  const module = load(producerConsumer(false));
  const diags = run(module, [memref(module, [64], 'i32'), memref(module, [64], 'i32')]);
  assert.is(diags.length, 1);
  assert.match(diags[0], /^deadlock: block \(1, 0, 0\) waits for its flag to reach 1, but it is 0/);
  assert.match(diags[0], '| called from');
});

test('a barrier that only some threads of a block reach is a deadlock reported at the barrier', () => {
  const diags = run(load(divergentBarrier), []);
  assert.equal(diags.length, 1);
  assert.match(diags[0], /^deadlock: 128 of 256 threads of block \(0, 0, 0\) wait at this 'gpu.barrier' \(128 finished without reaching it\)/);
});

test('a runtime error in a kernel names the thread and block, with a note at the launch', () => {
  const diags = run(load(outOfBounds), []);
  assert.equal(diags, ['index [64] is out of bounds for a memref of shape [64] (thread (63, 0, 0) of block (1, 0, 0)) | called from']);
});

test('grid_sync finishes every block\'s first phase before any second phase', () => {
  const module = load(gridPhases());
  for (let s = 0; s < SEEDS; s++) {
    seed(module, s);
    const out = memref(module, [8], 'i32');
    assert.equal(run(module, [memref(module, [8], 'i32'), out]), []);
    assert.equal(values(out), [2n, 3n, 4n, 5n, 6n, 7n, 8n, 1n], `seed ${s}`);
  }
  const unsynced = load(gridPhases(false));
  let wrong = 0;
  for (let s = 0; s < SEEDS; s++) {
    seed(unsynced, s);
    const out = memref(unsynced, [8], 'i32');
    run(unsynced, [memref(unsynced, [8], 'i32'), out]);
    if (values(out).some((v, b) => v !== BigInt(((b + 1) % 8) + 1))) wrong++;
  }
  assert.ok(wrong > 0, 'without grid_sync some order reads an entry before it is written');
});

test('shuffles and subgroup reductions exchange values between the lanes of a warp', () => {
  const module = load(warpOps);
  const [out, sums, quads] = [0, 1, 2].map(() => memref(module, [64], 'f32'));
  assert.equal(run(module, [out, sums, quads]), []);
  const lanes = Array.from({ length: 64 }, (_, t) => t);
  assert.equal(values(out), lanes.map((t) => t ^ 1));
  assert.equal(values(sums), lanes.map((t) => (t < 32 ? 496 : 1520)));
  assert.equal(values(quads), lanes.map((t) => 4 * (t - (t % 4)) + 6));
});

test('a launch of 16 blocks of 256 threads (about 80 ops and 9 barriers each) runs in well under a second', () => {
  const module = load(treeReduction(16));
  const input = memref(module, [16 * 256], 'f32', () => 1);
  const out = memref(module, [16], 'f32');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    assert.equal(run(module, [input, out]), []);
    best = Math.min(best, performance.now() - start);
  }
  assert.equal(values(out), Array(16).fill(256));
  assert.ok(best < 1000, `took ${best.toFixed(0)} ms`);
});

test.run();
