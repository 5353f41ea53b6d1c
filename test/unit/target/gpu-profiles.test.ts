// Unit tests of the GPU profiles: lookup by name and the occupancy limit.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gpuProfile, gpuProfileNames, peakFlops, residentBlocks } from '../../../lib/target/gpu-profiles.js';

test('profiles are found by name, case-insensitively', () => {
  assert.equal(gpuProfileNames(), ['a100', 'h100', 'h200']);
  assert.is(gpuProfile('H100')!.sms, 132);
  assert.is(gpuProfile('a100')!.sharedMemoryPerBlock, 163 * 1024);
  assert.is(gpuProfile('h200')!.dramBandwidth, 4.8e12);
  assert.is(gpuProfile('v100'), undefined);
});

test('resident blocks are limited by shared memory, registers, threads and the block limit', () => {
  const h100 = gpuProfile('h100')!;
  assert.is(residentBlocks(h100, { sharedMemory: 100 * 1024, registers: 0, threads: 128 }), 2 * 132);
  assert.is(residentBlocks(h100, { sharedMemory: 0, registers: 32768, threads: 128 }), 2 * 132);
  assert.is(residentBlocks(h100, { sharedMemory: 0, registers: 0, threads: 1024 }), 2 * 132);
  assert.is(residentBlocks(h100, { sharedMemory: 0, registers: 0, threads: 32 }), 32 * 132);
});

test('peaks by dtype: CUDA cores for scalar code, tensor cores for library contractions', () => {
  const a100 = gpuProfile('a100')!;
  assert.is(peakFlops(a100, 'f32', false), 19.5e12);
  assert.is(peakFlops(a100, 'f16', false), 78e12);
  assert.is(peakFlops(a100, 'bf16', false), 39e12);
  assert.is(peakFlops(a100, 'f16', true), 312e12);
  assert.is(peakFlops(a100, 'f32', true), 156e12);
  for (const name of gpuProfileNames()) {
    const gpu = gpuProfile(name)!;
    assert.ok(gpu.flagWaitLatency < gpu.gridSyncLatency && gpu.gridSyncLatency < gpu.launchLatency, name);
  }
});

test.run();
