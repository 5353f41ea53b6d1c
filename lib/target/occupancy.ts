// Occupancy: how many blocks of one kernel an SM holds at once, from the block's threads,
// registers and shared memory, by the rules of CUDA's occupancy calculator (cuda_occupancy.h).
import type { GpuProfile } from './gpu-profiles.js';

/**
 * The allocation rules of compute capabilities 8.x and 9.x (A100, H100, H200), as
 * `cuda_occupancy.h` (CUDA 13.0) states them and the CUDA C++ Programming Guide's table of
 * compute capabilities lists them:
 * - threads are allocated by whole warps of 32 (`__occDivideRoundUp(blockSize, warpSize)`);
 * - registers by warp, `regs per thread x 32` rounded up to 256 (cudaOccRegAllocationGranularity),
 *   in 4 sub-partitions of the register file (cudaOccSubPartitionsPerMultiprocessor) that each
 *   hold whole warps; a block may use at most 64 K registers, a thread 255;
 * - shared memory in units of 128 bytes (cudaOccSMemAllocationGranularity), plus 1 KiB the
 *   driver reserves per block from compute capability 8.0 on (reservedSharedMemPerBlock).
 * test/unit/target/occupancy-cuda.test.ts compiles cuda_occupancy.h where a toolkit is installed
 * and checks `occupancy` against it on thousands of cases.
 */
export const OCCUPANCY_RULES = Object.freeze({
  warpSize: 32,
  registerAllocationUnit: 256,
  registerSubPartitions: 4,
  registersPerBlock: 65536,
  sharedMemoryAllocationUnit: 128,
  reservedSharedMemoryPerBlock: 1024,
});

/** What one block of a kernel uses. */
export interface BlockUse {
  readonly threads: number;
  /** 32-bit registers per thread. */
  readonly registersPerThread: number;
  /** Shared memory per block in bytes (static and dynamic together, without the driver's reserve). */
  readonly sharedMemory: number;
}

/** The resource that bounds blocks per SM; `block` when a block cannot run at all. */
export type OccupancyLimit = 'blocks' | 'threads' | 'registers' | 'shared memory' | 'block';

/** The occupancy of a kernel on a GPU. */
export interface Occupancy {
  /** Blocks an SM holds at once (0: a block exceeds a per-block limit and cannot be launched). */
  readonly blocksPerSm: number;
  /** Blocks the whole GPU holds at once: blocksPerSm x SMs, the most a grid barrier allows. */
  readonly residentBlocks: number;
  readonly limitedBy: OccupancyLimit;
  /** Why, in words (`shared memory: 3 blocks of 66688 bytes in 233472`). */
  readonly reason: string;
}

const roundUp = (x: number, unit: number) => Math.ceil(x / unit) * unit;

/** The occupancy of blocks using `use` on `gpu` (the per-SM minimum over warps, registers, shared memory and the block limit). */
export function occupancy(gpu: GpuProfile, use: BlockUse): Occupancy {
  const R = OCCUPANCY_RULES;
  const of = (blocksPerSm: number, limitedBy: OccupancyLimit, reason: string): Occupancy => ({ blocksPerSm, residentBlocks: blocksPerSm * gpu.sms, limitedBy, reason });
  const threads = Math.max(1, Math.ceil(use.threads));
  const regs = Math.max(0, Math.ceil(use.registersPerThread));
  const smem = Math.max(0, Math.ceil(use.sharedMemory));
  const warps = Math.ceil(threads / R.warpSize);
  const regsPerWarp = roundUp(regs * R.warpSize, R.registerAllocationUnit);
  // The hardware checks the block's registers as if its warps filled every sub-partition evenly.
  const regsPerBlock = regsPerWarp * roundUp(warps, R.registerSubPartitions);
  const smemPerBlock = roundUp(smem + R.reservedSharedMemoryPerBlock, R.sharedMemoryAllocationUnit);
  if (threads > gpu.maxThreadsPerBlock) return of(0, 'block', `${threads} threads per block exceed the limit of ${gpu.maxThreadsPerBlock}`);
  if (regs > gpu.registersPerThread) return of(0, 'block', `${regs} registers per thread exceed the limit of ${gpu.registersPerThread}`);
  if (regsPerBlock > R.registersPerBlock) return of(0, 'block', `${regsPerBlock} registers per block exceed the limit of ${R.registersPerBlock}`);
  if (smem > gpu.sharedMemoryPerBlock) return of(0, 'block', `${smem} bytes of shared memory per block exceed the limit of ${gpu.sharedMemoryPerBlock}`);
  const byWarps = Math.floor(gpu.maxThreadsPerSm / R.warpSize / warps);
  const byRegs = regsPerWarp ? Math.floor(gpu.registersPerSm / R.registerSubPartitions / regsPerWarp) * R.registerSubPartitions / warps : Infinity;
  const bySmem = Math.floor(gpu.sharedMemoryPerSm / smemPerBlock);
  const limits: [number, OccupancyLimit, string][] = [
    [gpu.maxBlocksPerSm, 'blocks', `at most ${gpu.maxBlocksPerSm} blocks per SM`],
    [byWarps, 'threads', `${warps} warps per block of ${gpu.maxThreadsPerSm / R.warpSize} per SM`],
    [Math.floor(byRegs), 'registers', `${regsPerWarp} registers per warp, ${warps} warps per block, ${gpu.registersPerSm} per SM`],
    [bySmem, 'shared memory', `${smemPerBlock} bytes per block (with the 1 KiB reserve, in 128-byte units) of ${gpu.sharedMemoryPerSm} per SM`],
  ];
  const [n, limitedBy, why] = limits.reduce((a, b) => (b[0] < a[0] ? b : a));
  return of(n, limitedBy, `${n} per SM, bound by ${limitedBy}: ${why}`);
}

/** Blocks per SM of `use` on `gpu` (0 when one block does not fit). */
export function blocksPerSm(gpu: GpuProfile, use: BlockUse): number {
  return occupancy(gpu, use).blocksPerSm;
}

/** The use of one kernel running blocks of several kinds (a launch of several tiles): the largest of each resource. */
export function combinedUse(uses: readonly BlockUse[]): BlockUse {
  return {
    threads: Math.max(1, ...uses.map((u) => u.threads)),
    registersPerThread: Math.max(0, ...uses.map((u) => u.registersPerThread)),
    sharedMemory: Math.max(0, ...uses.map((u) => u.sharedMemory)),
  };
}
