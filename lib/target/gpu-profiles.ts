// The GPUs dlc targets as typed data (the figures of GPU-PROFILES.md), looked up by name: read by
// the block level to size tiles and grids, and by the gpu cost model for bandwidth and peaks.

/** One GPU's figures. Sizes are in bytes, bandwidths in bytes per second, peaks in FLOP/s. */
export interface GpuProfile {
  /** The short name used in options (`gpu=h100`). */
  readonly name: string;
  /** The vendor's full name. */
  readonly fullName: string;
  readonly sms: number;
  /** Shared memory per SM. */
  readonly sharedMemoryPerSm: number;
  /** The most shared memory one block may use. */
  readonly sharedMemoryPerBlock: number;
  /** 32-bit registers per SM. */
  readonly registersPerSm: number;
  /** The most 32-bit registers one thread may use. */
  readonly registersPerThread: number;
  readonly maxThreadsPerSm: number;
  readonly maxBlocksPerSm: number;
  readonly maxThreadsPerBlock: number;
  readonly l2Bytes: number;
  /** Data-sheet DRAM bandwidth. */
  readonly dramBandwidth: number;
  /** DRAM copy bandwidth measured on this workplace's machines (read + write counted); undefined where not measured. */
  readonly dramBandwidthMeasured: number | undefined;
  readonly fp32Peak: number;
  /** Dense FP16/BF16 tensor-core peak. */
  readonly fp16TensorPeak: number;
  /** A BF16 8192³ matmul measured here; undefined where not measured. */
  readonly bf16MatmulMeasured: number | undefined;
}

const KB = 1024;
const MB = 1024 * 1024;
const TB = 1e12;
const T = 1e12;

const common = { registersPerSm: 65536, registersPerThread: 255, maxThreadsPerSm: 2048, maxBlocksPerSm: 32, maxThreadsPerBlock: 1024 } as const;

/** Every profile, by short name. Frozen: a caller wanting other figures builds its own object. */
export const GPU_PROFILES: Readonly<Record<string, GpuProfile>> = Object.freeze({
  a100: Object.freeze({
    name: 'a100', fullName: 'NVIDIA A100 SXM4 80GB', sms: 108, sharedMemoryPerSm: 164 * KB, sharedMemoryPerBlock: 163 * KB, ...common,
    l2Bytes: 40 * MB, dramBandwidth: 2.0 * TB, dramBandwidthMeasured: undefined, fp32Peak: 19.5 * T, fp16TensorPeak: 312 * T,
    bf16MatmulMeasured: undefined,
  }),
  h100: Object.freeze({
    name: 'h100', fullName: 'NVIDIA H100 SXM5 80GB', sms: 132, sharedMemoryPerSm: 228 * KB, sharedMemoryPerBlock: 227 * KB, ...common,
    l2Bytes: 50 * MB, dramBandwidth: 3.35 * TB, dramBandwidthMeasured: 3.0 * TB, fp32Peak: 67 * T, fp16TensorPeak: 989 * T,
    bf16MatmulMeasured: 798 * T,
  }),
  h200: Object.freeze({
    name: 'h200', fullName: 'NVIDIA H200', sms: 132, sharedMemoryPerSm: 228 * KB, sharedMemoryPerBlock: 227 * KB, ...common,
    l2Bytes: 50 * MB, dramBandwidth: 4.8 * TB, dramBandwidthMeasured: 4.3 * TB, fp32Peak: 67 * T, fp16TensorPeak: 989 * T,
    bf16MatmulMeasured: 788 * T,
  }),
});

/** The names `gpuProfile` accepts. */
export function gpuProfileNames(): string[] {
  return Object.keys(GPU_PROFILES);
}

/** The profile called `name` (case-insensitive: `H100`, `h100`), or undefined. */
export function gpuProfile(name: string): GpuProfile | undefined {
  return GPU_PROFILES[name.toLowerCase()];
}

/** How many blocks can be resident at once (the most a cooperative grid barrier allows), given per-block needs. */
export function residentBlocks(gpu: GpuProfile, use: { sharedMemory: number; registers: number; threads: number }): number {
  const bySmem = use.sharedMemory > 0 ? Math.floor(gpu.sharedMemoryPerSm / use.sharedMemory) : gpu.maxBlocksPerSm;
  const byRegs = use.registers > 0 ? Math.floor(gpu.registersPerSm / use.registers) : gpu.maxBlocksPerSm;
  const byThreads = Math.floor(gpu.maxThreadsPerSm / Math.max(1, use.threads));
  return Math.min(gpu.maxBlocksPerSm, bySmem, byRegs, byThreads) * gpu.sms;
}
