// The GPU cost model's figures and its roofline: what a kernel (or a whole function) costs in
// launches, syncs, DRAM bytes and FLOPs, and the time a GPU profile gives those.
import type { Type } from '../ir/types.js';
import { FloatType, IntegerType, IndexType, MemRefType, RankedTensorType, VectorType } from '../ir/types.js';
import { peakFlops, type GpuProfile, type PeakDtype } from './gpu-profiles.js';

/** The work of one kernel launch (or of the eager baseline's kernels, summed). */
export interface Work {
  readonly dramBytesRead: number;
  readonly dramBytesWritten: number;
  /** Bytes moved between the L2 and the SMs (global loads, hits and misses, and stores); absent: the DRAM bytes. */
  readonly l2Bytes?: number;
  readonly flops: number;
  /** The element type the arithmetic runs in: picks the peak. */
  readonly dtype: PeakDtype;
  /** True where the arithmetic runs on tensor cores (library matmuls of the baseline); dlc's kernels are scalar code but for their subgroup_mma ops. */
  readonly tensorCores: boolean;
  /** The part of `flops` that runs on the tensor cores whatever `tensorCores` says (a kernel's gpu.subgroup_mma_compute), in `tensorDtype`. */
  readonly tensorFlops?: number;
  readonly tensorDtype?: PeakDtype;
  /** Blocks in the grid: fewer than the SMs leave part of the GPU idle. */
  readonly blocks: number;
  readonly launches: number;
  readonly gridSyncs: number;
  /** Flag waits on the longest chain a block goes through (they overlap across blocks). */
  readonly flagWaitChain: number;
}

/**
 * The roofline estimate of `w` on `gpu`, in seconds: the largest of DRAM time (bytes over the
 * data-sheet bandwidth), L2 time (the bytes between L2 and the SMs over the L2 bandwidth: what
 * hits in L2 is not free) and compute time (FLOPs over the peak for the dtype, tensor-core FLOPs
 * over the tensor-core peak), all scaled by
 * the fraction of SMs the grid occupies (a grid of 10 blocks on 132 SMs gets 10/132 of each),
 * plus the latencies of launches, grid barriers and the flag-wait chain, which do not overlap
 * with anything.
 */
export function rooflineSeconds(gpu: GpuProfile, w: Work): number {
  const used = Math.min(1, Math.max(1, w.blocks) / gpu.sms);
  const memory = (w.dramBytesRead + w.dramBytesWritten) / (gpu.dramBandwidth * used);
  const l2 = (w.l2Bytes ?? w.dramBytesRead + w.dramBytesWritten) / (gpu.l2Bandwidth * used);
  const tensor = w.tensorFlops ?? 0;
  const compute = ((w.flops - tensor) / peakFlops(gpu, w.dtype, w.tensorCores) + tensor / peakFlops(gpu, w.tensorDtype ?? w.dtype, true)) / used;
  return Math.max(memory, l2, compute) + w.launches * gpu.launchLatency + w.gridSyncs * gpu.gridSyncLatency + w.flagWaitChain * gpu.flagWaitLatency;
}

/** The peak dtype of an element type: f16 and bf16 have their own peaks, everything else counts as f32. */
export function peakDtypeOf(element: Type): PeakDtype {
  if (element instanceof FloatType && (element.name === 'f16' || element.name === 'bf16')) return element.name;
  return 'f32';
}

/** Bytes of one element of `t` (index counts as 8, i1 as 1). */
export function elementBytes(t: Type): number {
  if (t instanceof FloatType) return Math.ceil(t.width / 8);
  if (t instanceof IntegerType) return Math.max(1, Math.ceil(t.width / 8));
  if (t instanceof IndexType) return 8;
  if (t instanceof VectorType) return elementBytes(t.elementType) * t.shape.reduce((a, b) => a * b, 1);
  return 4;
}

/** Bytes of a statically shaped tensor or memref (0 for anything else, or a dynamic shape). */
export function shapedBytes(t: Type): number {
  if (!(t instanceof RankedTensorType || t instanceof MemRefType)) return 0;
  if (t.shape.some((d) => d < 0)) return 0;
  return t.shape.reduce((a, b) => a * b, 1) * elementBytes(t.elementType);
}

/** The element type of a tensor or memref type, or the type itself. */
export function elementTypeOf(t: Type): Type {
  return t instanceof RankedTensorType || t instanceof MemRefType || t instanceof VectorType ? t.elementType : t;
}
