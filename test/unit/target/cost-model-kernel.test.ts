// Unit tests of the kernel cost model on hand-written gpu IR, every figure computed by hand:
// a guarded elementwise kernel with a thread-strided loop, a two-phase cooperative kernel, a
// chain of flag waits, and the launch's roofline; L2 reuse across a grid barrier and across
// launches, where it fits and where it does not; a launch whose time is the L2's, and a
// warp-uniform load counted once per warp.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { costFunction } from '../../../lib/target/cost-model-launch.js';
import { gpuProfile, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load } from '../dialects/tensor/passes/helpers.js';

const h100 = gpuProfile('h100')!;
/** An H100 with 2 KiB of L2, so the model keeps 1 KiB: too little for the tests' 1 KiB buffers and anything else. */
const smallL2: GpuProfile = { ...h100, l2Bytes: 2048 };

/** The host function @host of a module. */
function host(module: Operation): Operation {
  return module.regions[0].blocks[0].operations.find((op) => op.name.name === 'func.func')!;
}

function cost(text: string, gpu: GpuProfile = h100) {
  const problems: string[] = [];
  const f = costFunction(gpu, host(load(text, 'kernel.mlir')), (_, p) => problems.push(p));
  assert.equal(problems, []);
  return f;
}

// c[i] = a[i] + b[i] over 1000 f32: 4 blocks of 128 threads, 256 points per block, each thread
// two points; block 3 covers 768..1023 and its guard keeps 232 of them.
const ELEMENTWISE = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @add(%a: memref<1000xf32>, %b: memref<1000xf32>, %c: memref<1000xf32>) kernel {
      %c128 = arith.constant 128 : index
      %c256 = arith.constant 256 : index
      %c1000 = arith.constant 1000 : index
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %base = arith.muli %bid, %c256 : index
      scf.for %p = %t to %c256 step %c128 {
        %i = arith.addi %base, %p : index
        %in = arith.cmpi ult, %i, %c1000 : index
        scf.if %in {
          %x = memref.load %a[%i] : memref<1000xf32>
          %y = memref.load %b[%i] : memref<1000xf32>
          %s = arith.addf %x, %y : f32
          memref.store %s, %c[%i] : memref<1000xf32>
        }
      }
      gpu.return
    }
  }
  func.func @host(%a: memref<1000xf32>, %b: memref<1000xf32>, %c: memref<1000xf32>) {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c128 = arith.constant 128 : index
    gpu.launch_func @kernels::@add blocks in (%c4, %c1, %c1) threads in (%c128, %c1, %c1) args(%a : memref<1000xf32>, %b : memref<1000xf32>, %c : memref<1000xf32>)
    return
  }
}`;

test('an elementwise kernel: the guard keeps 1000 of 1024 points; bytes as the buffers', () => {
  const f = cost(ELEMENTWISE);
  assert.is(f.launches.length, 1);
  const k = f.launches[0];
  assert.is(k.kernel, '@kernels::@add');
  assert.is(k.blocks, 4);
  assert.is(k.threadsPerBlock, 128);
  assert.is(k.flops, 1000);
  assert.is(k.dramBytesRead, 8000);
  assert.is(k.dramBytesReadNoL2, 8000);
  assert.is(k.dramBytesWritten, 4000);
  assert.is(k.l2Bytes, 12000);
  assert.is(k.gridSyncs, 0);
  assert.equal(k.guesses, []);
  // 12,000 bytes on 4 of 132 SMs at 3.35 TB/s, plus one 3 us launch.
  const expected = (12000 / (3.35e12 * (4 / 132)) + 3e-6) * 1e3;
  assert.ok(Math.abs(k.estimatedMs - expected) < 1e-12, `${k.estimatedMs} vs ${expected}`);
  assert.is(f.estimatedMs, k.estimatedMs);
});

// Phase 1: tmp[g] = a[g] * 2; grid barrier; phase 2: out[g] = tmp[g] + tmp[(g + 1) % 256].
// 2 blocks of 128 threads, one point per thread.
const TWO_PHASES = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%a: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) workgroup(%s: memref<128xf32, #gpu.address_space<workgroup>>) kernel {
      %c1 = arith.constant 1 : index
      %c128 = arith.constant 128 : index
      %c256 = arith.constant 256 : index
      %two = arith.constant 2.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %o = arith.muli %bid, %c128 : index
      %g = arith.addi %o, %t : index
      %x = memref.load %a[%g] : memref<256xf32>
      %d = arith.mulf %x, %two : f32
      memref.store %d, %s[%t] : memref<128xf32, #gpu.address_space<workgroup>>
      memref.store %d, %tmp[%g] : memref<256xf32>
      gpu.grid_sync
      %g1 = arith.addi %g, %c1 : index
      %n = arith.remui %g1, %c256 : index
      %u = memref.load %tmp[%g] : memref<256xf32>
      %v = memref.load %tmp[%n] : memref<256xf32>
      %w = arith.addf %u, %v : f32
      memref.store %w, %out[%g] : memref<256xf32>
      gpu.return
    }
  }
  func.func @host(%a: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c128 = arith.constant 128 : index
    gpu.launch_func @kernels::@k blocks in (%c2, %c1, %c1) threads in (%c128, %c1, %c1) args(%a : memref<256xf32>, %tmp : memref<256xf32>, %out : memref<256xf32>) {cooperative}
    return
  }
}`;

test('a cooperative kernel: bytes per phase, a buffer read twice in one phase counted once, shared memory not DRAM', () => {
  const k = cost(TWO_PHASES).launches[0];
  assert.ok(k.cooperative);
  assert.is(k.gridSyncs, 1);
  assert.is(k.phases.length, 2);
  assert.is(k.phases[0].dramBytesRead, 1024);
  assert.is(k.phases[0].dramBytesWritten, 1024);
  assert.is(k.phases[0].flops, 256);
  // tmp is read twice (2048 bytes of loads) but holds 1024 bytes.
  assert.is(k.phases[1].dramBytesReadNoL2, 1024);
  assert.is(k.phases[1].dramBytesWritten, 1024);
  assert.is(k.flops, 512);
  assert.is(k.sharedMemory, 512);
  assert.ok(k.residentBlocks >= 132);
});

// Blocks 1..3 each wait for the flag of the block before them.
const FLAGS = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @chain(%flags: memref<4xi32>, %a: memref<4x32xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %one = arith.constant 1 : i32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %first = arith.cmpi eq, %bid, %c0 : index
      scf.if %first {
      } else {
        %prev = arith.subi %bid, %c1 : index
        gpu.flag_wait %flags[%prev], %one : memref<4xi32>
      }
      %x = memref.load %a[%bid, %t] : memref<4x32xf32>
      %y = math.exp %x : f32
      %z = math.fma %y, %y, %y : f32
      memref.store %z, %a[%bid, %t] : memref<4x32xf32>
      gpu.flag_signal %flags[%bid] : memref<4xi32>
      gpu.return
    }
  }
  func.func @host(%flags: memref<4xi32>, %a: memref<4x32xf32>) {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c32 = arith.constant 32 : index
    %z = arith.constant 0 : i32
    gpu.memset %flags, %z : memref<4xi32>, i32
    gpu.launch_func @kernels::@chain blocks in (%c4, %c1, %c1) threads in (%c32, %c1, %c1) args(%flags : memref<4xi32>, %a : memref<4x32xf32>)
    gpu.launch_func @kernels::@chain blocks in (%c4, %c1, %c1) threads in (%c32, %c1, %c1) args(%flags : memref<4xi32>, %a : memref<4x32xf32>)
    return
  }
}`;

test('flag waits: the block-index condition is followed per block; FLOPs count exp as one and fma as two', () => {
  const f = cost(FLAGS);
  assert.is(f.launches.length, 2);
  assert.is(f.kernels, 1);
  const k = f.launches[0];
  assert.is(k.flagWaits, 3);
  assert.is(k.maxFlagWaitsPerBlock, 1);
  assert.is(k.flops, 128 * 3);
  assert.is(k.dramBytesRead, 512);
  assert.is(k.dramBytesWritten, 512);
  assert.is(f.flagWaits, 6);
  assert.is(f.dramBytesReadNoL2, 1024);
});

// Phase 2 reads tmp, which phase 1 wrote: in between, half of phase 1's other buffer (a, 1 KiB)
// and half of phase 2's (out, 1 KiB), 1 KiB in all; with tmp's own 1 KiB, 2 KiB fit in the
// H100's 25 MiB and not in the 1 KiB the small L2 keeps.
test('L2 across a grid barrier: the buffer the phase before wrote hits when it fits, misses when not', () => {
  const hit = cost(TWO_PHASES).launches[0];
  assert.is(hit.phases[1].dramBytesRead, 0);
  assert.is(hit.phases[1].dramBytesReadNoL2, 1024);
  assert.is(hit.dramBytesRead, 1024);
  assert.is(hit.dramBytesReadNoL2, 2048);
  // Writes reach DRAM either way (write-back).
  assert.is(hit.dramBytesWritten, 2048);
  const miss = cost(TWO_PHASES, smallL2).launches[0];
  assert.is(miss.phases[1].dramBytesRead, 1024);
  assert.is(miss.dramBytesRead, 2048);
  assert.is(miss.dramBytesWritten, 2048);
  // Fewer bytes, less time: the roofline takes the reads after L2.
  assert.ok(hit.estimatedMs < miss.estimatedMs);
});

// The second launch of @chain reads a (512 bytes), which the first read and wrote with nothing
// in between (flag waits and signals are synchronisation, not counted as data).
test('L2 across launches: the second launch of a kernel reads what the first left in L2', () => {
  const f = cost(FLAGS);
  assert.is(f.launches[0].dramBytesRead, 512);
  assert.is(f.launches[1].dramBytesRead, 0);
  assert.is(f.launches[1].dramBytesReadNoL2, 512);
  assert.is(f.dramBytesRead, 512);
  assert.is(f.dramBytesReadNoL2, 1024);
  const small = cost(FLAGS, { ...h100, l2Bytes: 1000 });
  assert.is(small.dramBytesRead, 1024);
});

// Every one of 132 blocks reads all of w (64 KiB: 256 threads, 64 loads each) and writes its
// 256 results: DRAM sees w once, the L2 hands it to each block's SM.
const BROADCAST = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @sum(%w: memref<16384xf32>, %out: memref<33792xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c256 = arith.constant 256 : index
      %c16384 = arith.constant 16384 : index
      %zero = arith.constant 0.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %s = scf.for %i = %t to %c16384 step %c256 iter_args(%acc = %zero) -> (f32) {
        %x = memref.load %w[%i] : memref<16384xf32>
        %a = arith.addf %acc, %x : f32
        scf.yield %a : f32
      }
      %o = arith.muli %bid, %c256 : index
      %g = arith.addi %o, %t : index
      memref.store %s, %out[%g] : memref<33792xf32>
      gpu.return
    }
  }
  func.func @host(%w: memref<16384xf32>, %out: memref<33792xf32>) {
    %c1 = arith.constant 1 : index
    %c132 = arith.constant 132 : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@sum blocks in (%c132, %c1, %c1) threads in (%c256, %c1, %c1) args(%w : memref<16384xf32>, %out : memref<33792xf32>)
    return
  }
}`;

test('a launch whose time is the L2\'s: each block reads all of w from L2, DRAM reads it once', () => {
  const k = cost(BROADCAST).launches[0];
  assert.is(k.dramBytesReadNoL2, 65536);
  assert.is(k.dramBytesWritten, 135168);
  assert.is(k.flops, 132 * 16384);
  // 132 x 64 KiB read plus 132 KiB written cross the L2: 8,785,920 bytes at 8 TB/s (1.10 us) against
  // 200,704 DRAM bytes at 3.35 TB/s (0.06 us) and 2.2 MFLOP at 67 TFLOP/s (0.03 us); plus the launch.
  assert.is(k.l2Bytes, 132 * 65536 + 135168);
  const expected = (8785920 / 8e12 + 3e-6) * 1e3;
  assert.ok(Math.abs(k.estimatedMs - expected) < 1e-12, `${k.estimatedMs} vs ${expected}`);
  // With the L2 free, the old roofline: DRAM time only.
  const free = cost(BROADCAST, { ...h100, l2Bandwidth: Infinity }).launches[0];
  assert.ok(Math.abs(free.estimatedMs - (200704 / 3.35e12 + 3e-6) * 1e3) < 1e-12);
});

test('a warp-uniform load crosses the L2 once per warp: every thread reading w[0..255] moves 1 KiB per warp', () => {
  const uniform = BROADCAST.replace('scf.for %i = %t to %c16384 step %c256', 'scf.for %i = %c0 to %c256 step %c1').replace('%c0 = arith.constant 0 : index', '%c0 = arith.constant 0 : index\n      %c1 = arith.constant 1 : index');
  const k = cost(uniform).launches[0];
  // The DRAM count knows no addresses: 132 x 256 KiB of thread-executions, bounded by w's 64 KiB.
  assert.is(k.dramBytesReadNoL2, 65536);
  // 8 warps per block each read w[0..255] once (1 KiB), not 256 threads each (256 KiB, bounded by w's 64 KiB).
  assert.is(k.l2Bytes, 132 * 8 * 1024 + 135168);
});

test.run();
