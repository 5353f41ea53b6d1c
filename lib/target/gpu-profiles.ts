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
  /** Bandwidth between the L2 and the SMs (every global load and store crosses it, hits and misses alike): approximate, see `l2` below. */
  readonly l2Bandwidth: number;
  /** Data-sheet DRAM bandwidth. */
  readonly dramBandwidth: number;
  /** DRAM copy bandwidth measured on this workplace's machines (read + write counted); undefined where not measured. */
  readonly dramBandwidthMeasured: number | undefined;
  /** FP32 peak on the CUDA cores (FMA counted as two FLOPs). */
  readonly fp32Peak: number;
  /** FP16 peak on the CUDA cores (half2 FMAs), no tensor cores. */
  readonly fp16Peak: number;
  /** BF16 peak on the CUDA cores, no tensor cores. */
  readonly bf16Peak: number;
  /** Dense FP16/BF16 tensor-core peak (FP32 accumulate). */
  readonly fp16TensorPeak: number;
  /** Dense TF32 tensor-core peak (what an f32 matmul gets when TF32 is allowed). */
  readonly tf32TensorPeak: number;
  /** Seconds from one kernel's end to the next one's start when launched back to back in a stream (launch overhead). */
  readonly launchLatency: number;
  /** Seconds one cooperative grid-wide barrier (`grid.sync()`, `gpu.grid_sync`) costs when every block arrives together. */
  readonly gridSyncLatency: number;
  /** Seconds from a producer block's flag signal (fence + atomic) to a waiting block seeing it (`gpu.flag_wait`). */
  readonly flagWaitLatency: number;
  /** A BF16 8192³ matmul measured here; undefined where not measured. */
  readonly bf16MatmulMeasured: number | undefined;
}

const KB = 1024;
const MB = 1024 * 1024;
const TB = 1e12;
const T = 1e12;
const US = 1e-6;

const common = { registersPerSm: 65536, registersPerThread: 255, maxThreadsPerSm: 2048, maxBlocksPerSm: 32, maxThreadsPerBlock: 1024 } as const;

// Synchronisation costs. No data sheet gives them; they are round figures of the published
// measurements, the same on every profile (they move little between Ampere and Hopper):
// - launch: back-to-back launches of short kernels in one stream cost ~2-4 us each (NVIDIA's
//   "Getting Started with CUDA Graphs" blog, 2019: ~3 us per kernel without graphs); 3 us.
// - grid barrier: cooperative groups' grid.sync() costs about a microsecond or two, well
//   under a launch (Zhang, Wahib, Zhang, Matsuoka, "A Study of Single and Multi-device
//   Synchronization Methods in Nvidia GPUs", IPDPS 2020, arXiv:2004.05371); 1.5 us.
// - flag wait: a fence, an L2 atomic and the waiter's polling read, a few L2 round trips of
//   ~200-300 cycles each (Jia et al., "Dissecting the NVIDIA Volta/Turing/Ampere GPU
//   architecture through microbenchmarking", arXiv:1804.06826 and later); 0.7 us.
const sync = { launchLatency: 3 * US, gridSyncLatency: 1.5 * US, flagWaitLatency: 0.7 * US } as const;

// L2 -> SM bandwidth. No data sheet gives it as a figure; all three are approximate (within
// perhaps 20-30%), and bench/README.md (COST) says which times move with them:
// - A100: the whitepaper gives 5,120 bytes per clock of L2 read bandwidth (2.3x V100's 2,048),
//   7.2 TB/s at the 1,410 MHz boost clock. Microbenchmarks reach well under the nominal width
//   (Jia et al., "Dissecting the NVIDIA Volta GPU architecture via microbenchmarking",
//   arXiv:1804.06826, measured V100's L2 at about 2.2 TB/s of a nominal 3.1, ~70%); taking the
//   same share: 5.5 TB/s.
// - H100 SXM5: Chips and Cheese ("Nvidia's H100: Funny L2, and Tons of Bandwidth", 2023)
//   measured the PCIe H100 (114 SMs, up to 1,755 MHz, power-limited) at about 5.5 TB/s and up;
//   scaled to the SXM5's 132 SMs and 1,980 MHz (x1.3) that is 7-9 TB/s; about 1.5x the A100
//   figure. 8 TB/s.
// - H200: the same GH100 die, SMs and clocks as the H100 SXM5 (only the HBM differs). 8 TB/s.
const l2 = { a100: 5.5 * TB, h100: 8 * TB } as const;

/** Every profile, by short name. Frozen: a caller wanting other figures builds its own object. */
export const GPU_PROFILES: Readonly<Record<string, GpuProfile>> = Object.freeze({
  // NVIDIA A100 Tensor Core GPU Architecture whitepaper (2020), table 1 and the A100 80GB data
  // sheet: 108 SMs, 164 KB shared memory per SM, 40 MB L2, 2,039 GB/s HBM2e; FP32 19.5,
  // FP16 (non-tensor) 78, BF16 (non-tensor) 39, FP16/BF16 tensor 312 dense, TF32 tensor 156
  // dense TFLOP/s.
  a100: Object.freeze({
    name: 'a100', fullName: 'NVIDIA A100 SXM4 80GB', sms: 108, sharedMemoryPerSm: 164 * KB, sharedMemoryPerBlock: 163 * KB, ...common,
    l2Bytes: 40 * MB, l2Bandwidth: l2.a100, dramBandwidth: 2.0 * TB, dramBandwidthMeasured: undefined, fp32Peak: 19.5 * T, fp16Peak: 78 * T, bf16Peak: 39 * T,
    fp16TensorPeak: 312 * T, tf32TensorPeak: 156 * T, bf16MatmulMeasured: undefined, ...sync,
  }),
  // NVIDIA H100 Tensor Core GPU Architecture whitepaper (2022, v1.03), table 3, and the H100
  // data sheet: H100 SXM5, 132 SMs, 228 KB shared memory per SM, 50 MB L2, 3.35 TB/s HBM3;
  // FP32 66.9, FP16 and BF16 (non-tensor) 133.8, FP16/BF16 tensor 989.4 dense, TF32 tensor
  // 494.7 dense TFLOP/s.
  h100: Object.freeze({
    name: 'h100', fullName: 'NVIDIA H100 SXM5 80GB', sms: 132, sharedMemoryPerSm: 228 * KB, sharedMemoryPerBlock: 227 * KB, ...common,
    l2Bytes: 50 * MB, l2Bandwidth: l2.h100, dramBandwidth: 3.35 * TB, dramBandwidthMeasured: 3.0 * TB, fp32Peak: 67 * T, fp16Peak: 133.8 * T, bf16Peak: 133.8 * T,
    fp16TensorPeak: 989 * T, tf32TensorPeak: 494.7 * T, bf16MatmulMeasured: 798 * T, ...sync,
  }),
  // NVIDIA H200 data sheet (2024): the H100 SXM5's GH100 (132 SMs, same clocks, so the same
  // peaks: FP32 67, FP16/BF16 tensor 989 dense, TF32 tensor 495 dense TFLOP/s; the non-tensor
  // FP16/BF16 figure is the H100 whitepaper's) with 141 GB HBM3e at 4.8 TB/s; 50 MB L2.
  h200: Object.freeze({
    name: 'h200', fullName: 'NVIDIA H200', sms: 132, sharedMemoryPerSm: 228 * KB, sharedMemoryPerBlock: 227 * KB, ...common,
    l2Bytes: 50 * MB, l2Bandwidth: l2.h100, dramBandwidth: 4.8 * TB, dramBandwidthMeasured: 4.3 * TB, fp32Peak: 67 * T, fp16Peak: 133.8 * T, bf16Peak: 133.8 * T,
    fp16TensorPeak: 989 * T, tf32TensorPeak: 494.7 * T, bf16MatmulMeasured: 788 * T, ...sync,
  }),
});

/**
 * The share of L2 the cost model may count on to keep data between two uses (the capacity its
 * reuse distances are compared with, lib/target/cost-model-l2.ts). Half, because:
 * - the A100's L2 is two partitions, each caching the accesses of the SMs directly connected
 *   to it (A100 whitepaper, "L2 cache"): a buffer that blocks on both sides read can be held
 *   in both, so data the whole grid reads gets between half and all of the L2;
 * - the model keeps whole buffers in a fully associative LRU cache, while the L2 is set-
 *   associative, hashed and replaces lines by a policy NVIDIA does not publish, so a working
 *   set close to the capacity already loses lines;
 * - the stream the model sees is only the kernels' global buffers: flags, the spill of local
 *   memory and the driver's own data compete for the same lines.
 * Taken the same on every profile; a fraction, not a measurement: bench/README.md says which
 * figures move when it moves.
 */
export const L2_EFFECTIVE_SHARE = 0.5;

/** The L2 bytes the cost model counts on keeping data in (`L2_EFFECTIVE_SHARE` of the L2). */
export function effectiveL2Bytes(gpu: GpuProfile): number {
  return gpu.l2Bytes * L2_EFFECTIVE_SHARE;
}

/** Element types the peaks are given for. */
export type PeakDtype = 'f32' | 'f16' | 'bf16';

/**
 * The peak FLOP/s for arithmetic on `dtype`: on the tensor cores (`tensorCores`, matmul-like
 * work in a library kernel; f32 then means TF32) or on the CUDA cores (scalar code, what dlc's
 * kernels are).
 */
export function peakFlops(gpu: GpuProfile, dtype: PeakDtype, tensorCores: boolean): number {
  if (tensorCores) return dtype === 'f32' ? gpu.tf32TensorPeak : gpu.fp16TensorPeak;
  return dtype === 'f32' ? gpu.fp32Peak : dtype === 'f16' ? gpu.fp16Peak : gpu.bf16Peak;
}

/** The names `gpuProfile` accepts. */
export function gpuProfileNames(): string[] {
  return Object.keys(GPU_PROFILES);
}

/** The profile called `name` (case-insensitive: `H100`, `h100`), or undefined. */
export function gpuProfile(name: string): GpuProfile | undefined {
  return GPU_PROFILES[name.toLowerCase()];
}
