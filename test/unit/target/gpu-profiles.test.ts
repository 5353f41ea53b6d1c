// Unit tests of the GPU profiles: lookup by name and the peaks (occupancy: occupancy.test.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gpuProfile, gpuProfileNames, peakFlops } from '../../../lib/target/gpu-profiles.js';

test('profiles are found by name, case-insensitively', () => {
  assert.equal(gpuProfileNames(), ['a100', 'h100', 'h200']);
  assert.is(gpuProfile('H100')!.sms, 132);
  assert.is(gpuProfile('a100')!.sharedMemoryPerBlock, 163 * 1024);
  assert.is(gpuProfile('h200')!.dramBandwidth, 4.8e12);
  assert.is(gpuProfile('v100'), undefined);
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
