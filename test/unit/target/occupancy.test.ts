// Unit tests of the occupancy rules: blocks per SM as CUDA's occupancy calculator gives them on sm_80/sm_90.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gpuProfile } from '../../../lib/target/gpu-profiles.js';
import { blocksPerSm, combinedUse, occupancy } from '../../../lib/target/occupancy.js';

const h100 = gpuProfile('h100')!;
const a100 = gpuProfile('a100')!;

test('threads bound blocks by whole warps', () => {
  assert.is(blocksPerSm(h100, { threads: 256, registersPerThread: 32, sharedMemory: 0 }), 8);
  assert.is(blocksPerSm(h100, { threads: 1024, registersPerThread: 0, sharedMemory: 0 }), 2);
  // 33 threads take two warps.
  assert.is(blocksPerSm(h100, { threads: 33, registersPerThread: 0, sharedMemory: 0 }), 32);
  assert.is(blocksPerSm(h100, { threads: 96, registersPerThread: 0, sharedMemory: 0 }), 21);
  assert.is(occupancy(h100, { threads: 32, registersPerThread: 0, sharedMemory: 0 }).limitedBy, 'blocks');
});

test('registers are allocated per warp in units of 256, by sub-partition', () => {
  // 64 regs/thread: 2048 per warp, 8 warps per sub-partition, 32 per SM: 4 blocks of 8 warps.
  const r = occupancy(h100, { threads: 256, registersPerThread: 64, sharedMemory: 0 });
  assert.is(r.blocksPerSm, 4);
  assert.is(r.limitedBy, 'registers');
  // 33 regs/thread round up to 40 (1280 per warp): 12 warps per sub-partition, 48 per SM: 6 blocks of 8 warps.
  assert.is(blocksPerSm(h100, { threads: 256, registersPerThread: 33, sharedMemory: 0 }), 6);
  // 255 regs/thread with 1024 threads exceed the 64 K registers of a block.
  assert.is(occupancy(h100, { threads: 1024, registersPerThread: 255, sharedMemory: 0 }).limitedBy, 'block');
  assert.is(blocksPerSm(h100, { threads: 32, registersPerThread: 256, sharedMemory: 0 }), 0);
});

test('shared memory is allocated in 128-byte units plus a 1 KiB reserve per block', () => {
  // 48 KiB + 1 KiB: 4 blocks in 228 KiB (4 x 49 KiB = 196 KiB; 5 would need 245 KiB).
  const r = occupancy(h100, { threads: 128, registersPerThread: 32, sharedMemory: 48 * 1024 });
  assert.is(r.blocksPerSm, 4);
  assert.is(r.limitedBy, 'shared memory');
  assert.is(r.residentBlocks, 4 * 132);
  // 113 KiB + 1 KiB fits twice into 228 KiB; 114 KiB does not.
  assert.is(blocksPerSm(h100, { threads: 128, registersPerThread: 32, sharedMemory: 113 * 1024 }), 2);
  assert.is(blocksPerSm(h100, { threads: 128, registersPerThread: 32, sharedMemory: 114 * 1024 }), 1);
  assert.is(blocksPerSm(h100, { threads: 128, registersPerThread: 32, sharedMemory: 227 * 1024 }), 1);
  assert.is(blocksPerSm(h100, { threads: 128, registersPerThread: 32, sharedMemory: 227 * 1024 + 1 }), 0);
  assert.is(blocksPerSm(a100, { threads: 128, registersPerThread: 32, sharedMemory: 100 * 1024 }), 1);
  assert.match(occupancy(a100, { threads: 128, registersPerThread: 32, sharedMemory: 200000 }).reason, /200000 bytes of shared memory per block exceed the limit of 166912/);
});

test('a kernel running several kinds of blocks takes the largest of each resource', () => {
  const use = combinedUse([
    { threads: 1024, registersPerThread: 32, sharedMemory: 0 },
    { threads: 64, registersPerThread: 64, sharedMemory: 100 * 1024 },
  ]);
  assert.equal(use, { threads: 1024, registersPerThread: 64, sharedMemory: 100 * 1024 });
  assert.is(blocksPerSm(h100, use), 1);
});

test.run();
