// Differential test of lib/target/occupancy.ts against NVIDIA's own calculator: the header-only
// cuda_occupancy.h of a CUDA toolkit, compiled on the host with a C++ compiler, gives blocks per
// SM for the same threads, registers and shared memory on A100 and H100 figures. Skips cleanly
// when no toolkit or compiler is installed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gpuProfile } from '../../../lib/target/gpu-profiles.js';
import { blocksPerSm } from '../../../lib/target/occupancy.js';

/** The include folder holding cuda_occupancy.h, if a CUDA toolkit is installed. */
function cudaInclude(): string | undefined {
  const roots = [process.env.CUDA_HOME, process.env.CUDA_PATH, '/usr/local/cuda'];
  if (existsSync('/usr/local')) roots.push(...readdirSync('/usr/local').filter((d) => d.startsWith('cuda-')).map((d) => `/usr/local/${d}`));
  return roots.map((r) => r && join(r, 'include')).find((d) => d && existsSync(join(d, 'cuda_occupancy.h')));
}

const include = cudaInclude();
const compiler = spawnSync('c++', ['--version']).status === 0 ? 'c++' : undefined;
const available = include !== undefined && compiler !== undefined;
if (!available) console.log('occupancy-cuda: skipped (no cuda_occupancy.h or no c++ compiler)');

// Reads "major minor smPerSm smPerBlockOptin threads regs smem" lines; prints blocks per SM (-1 on an error).
const PROGRAM = `#include <cstdio>
#include <cuda_occupancy.h>
int main() {
  int major, minor, threads, regs; size_t smPerSm, optin, smem;
  while (std::scanf("%d %d %zu %zu %d %d %zu", &major, &minor, &smPerSm, &optin, &threads, &regs, &smem) == 7) {
    cudaOccDeviceProp p;
    p.computeMajor = major; p.computeMinor = minor; p.maxThreadsPerBlock = 1024; p.maxThreadsPerMultiprocessor = 2048;
    p.regsPerBlock = 65536; p.regsPerMultiprocessor = 65536; p.warpSize = 32; p.sharedMemPerBlock = 49152;
    p.sharedMemPerMultiprocessor = smPerSm; p.numSms = 1; p.sharedMemPerBlockOptin = optin; p.reservedSharedMemPerBlock = 1024;
    cudaOccFuncAttributes a;
    a.maxThreadsPerBlock = 1024; a.numRegs = regs; a.sharedSizeBytes = 0; a.partitionedGCConfig = PARTITIONED_GC_OFF;
    a.shmemLimitConfig = FUNC_SHMEM_LIMIT_OPTIN; a.maxDynamicSharedSizeBytes = optin; a.numBlockBarriers = 1;
    cudaOccDeviceState s;
    cudaOccResult r;
    cudaOccError e = cudaOccMaxActiveBlocksPerMultiprocessor(&r, &p, &a, &s, threads, smem);
    std::printf("%d\\n", e == CUDA_OCC_SUCCESS ? r.activeBlocksPerMultiprocessor : -1);
  }
}
`;

const THREADS = [1, 32, 33, 64, 96, 128, 160, 192, 256, 384, 512, 640, 768, 1024];
const REGS = [0, 16, 24, 32, 33, 40, 48, 64, 72, 96, 128, 168, 200, 255];
const SMEM = [0, 1, 1000, 4096, 16384, 40000, 48 * 1024, 50000, 70000, 100000, 113 * 1024, 114 * 1024, 150000, 166912, 200000, 227 * 1024, 227 * 1024 + 1];

(available ? test : test.skip)('blocks per SM agree with cuda_occupancy.h on every case of the grid (A100, H100)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-occ-'));
  writeFileSync(join(dir, 'occ.cpp'), PROGRAM);
  const built = spawnSync(compiler!, ['-O1', '-I', include!, '-o', join(dir, 'occ'), join(dir, 'occ.cpp')], { encoding: 'utf8' });
  assert.is(built.status, 0, built.stderr);
  const cases: [string, number, number, number][] = [];
  for (const gpu of ['a100', 'h100']) for (const t of THREADS) for (const r of REGS) for (const m of SMEM) cases.push([gpu, t, r, m]);
  const input = cases.map(([gpu, t, r, m]) => {
    const p = gpuProfile(gpu)!;
    return `${gpu === 'a100' ? '8 0' : '9 0'} ${p.sharedMemoryPerSm} ${p.sharedMemoryPerBlock} ${t} ${r} ${m}`;
  });
  const run = spawnSync(join(dir, 'occ'), { input: input.join('\n') + '\n', encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.is(run.status, 0, run.stderr);
  const theirs = run.stdout.trim().split('\n').map(Number);
  assert.is(theirs.length, cases.length);
  const wrong = cases.flatMap(([gpu, t, r, m], i) => {
    const ours = blocksPerSm(gpuProfile(gpu)!, { threads: t, registersPerThread: r, sharedMemory: m });
    return ours === theirs[i] ? [] : [`${gpu} ${t} threads, ${r} regs, ${m} B: ours ${ours}, cuda_occupancy.h ${theirs[i]}`];
  });
  assert.equal(wrong.slice(0, 10), [], `${wrong.length} of ${cases.length} cases differ`);
});

test.run();
