// Choosing a TE's tiling for a GPU: tile sizes (defaults from the profile or given), and the
// shared memory and registers one tile of that tiling needs.
import type { Operation } from '../../lib/ir/index.js';
import type { GpuProfile } from '../../lib/target/gpu-profiles.js';
import { computeBounds, computeIterators, inputMaps } from '../tensor/index.js';
import { elementBytes } from '../tensor/analysis/te.js';
import { footprintExtent, gridOf, tileCount } from './tiling.js';
import { MMA_FRAGMENT, mmaDims, type MmaDims } from './tile-mma.js';

/** Registers one thread is assumed to need (an estimate until the gpu level allocates them). */
export const REGISTERS_PER_THREAD = 32;
/** Reduction steps a tile stages in shared memory at a time (a kernel streams its reduction in chunks). */
export const REDUCTION_CHUNK = 32;
/** Below this many output points per tile, the default tiling stops splitting to fill the machine. */
export const MIN_TILE_POINTS = 256;

/** What one tile of a tiling needs on chip. */
export interface TileResources {
  /** One reduction chunk of the footprint of every input, staged in shared memory, in bytes. */
  readonly sharedMemory: number;
  /** One thread per point of the tile's parallel box (at most 1024). */
  readonly threads: number;
  readonly registers: number;
  /** The footprint extent of each input. */
  readonly reads: number[][];
}

const product = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);

/** The resources one tile of `tile` over `te` needs. */
export function tileResources(te: Operation, tile: readonly number[], gpu: GpuProfile): TileResources {
  const bounds = computeBounds(te);
  const iterators = computeIterators(te);
  const maps = inputMaps(te);
  const reads = maps.map((m) => footprintExtent(m, bounds, tile));
  const chunk = tile.map((t, d) => (iterators[d] === 'reduction' ? Math.min(t, REDUCTION_CHUNK) : t));
  const staged = maps.map((m) => footprintExtent(m, bounds, chunk));
  const sharedMemory = staged.reduce((s, r, i) => s + product(r) * elementBytes(te.operand(i).type), 0);
  const points = product(tile.filter((_, d) => iterators[d] === 'parallel'));
  const threads = Math.min(gpu.maxThreadsPerBlock, points);
  return { sharedMemory, threads, registers: threads * REGISTERS_PER_THREAD, reads };
}

/** The power of two below `t` (its half when `t` is one). */
function smaller(t: number): number {
  const p = 2 ** Math.floor(Math.log2(t));
  return p === t ? t / 2 : p;
}

/**
 * The next smaller size of dim `d` for the default tiling: the power of two below the tile; for an
 * f16 contraction (`mma`), rows and columns stop at a fragment (16) and batch dims take the next
 * smaller divisor of their extent (the gpu level's tensor-core code needs whole batch tiles);
 * undefined when `d` cannot shrink.
 */
function shrink(tile: readonly number[], bounds: readonly number[], d: number, mma: MmaDims | undefined): number | undefined {
  const t = tile[d];
  if (t <= 1) return undefined;
  if (!mma) return smaller(t);
  if (d === mma.m || d === mma.n) return t > MMA_FRAGMENT ? Math.max(MMA_FRAGMENT, smaller(t)) : undefined;
  let s = t - 1;
  while (bounds[d] % s !== 0) s--;
  return s;
}

/**
 * The default tiling of `te` for `gpu`: reduction dimensions whole, parallel ones halved
 * (largest first, to powers of two) until the grid has at least one tile per SM — or a tile
 * is down to MIN_TILE_POINTS points — and the tile's footprints fit in a block's shared memory.
 * An f16 contraction keeps rows and columns of whole 16x16 fragments (see `shrink`) while that
 * fits, so that convert-block-to-gpu can run it on tensor cores.
 */
export function defaultTileSizes(te: Operation, gpu: GpuProfile): number[] {
  const mma = mmaDims(te);
  return (mma && halve(te, gpu, mma)) || halve(te, gpu, undefined)!;
}

/** The default tiling with `shrink`'s steps, or undefined when it cannot fit in shared memory. */
function halve(te: Operation, gpu: GpuProfile, mma: MmaDims | undefined): number[] | undefined {
  const bounds = computeBounds(te);
  const iterators = computeIterators(te);
  const tile = [...bounds];
  const parallel = bounds.flatMap((_, d) => (iterators[d] === 'parallel' ? [d] : []));
  for (;;) {
    const points = product(parallel.map((d) => tile[d]));
    const fill = tileCount(gridOf(bounds, tile)) < gpu.sms && points > MIN_TILE_POINTS;
    const fits = tileResources(te, tile, gpu).sharedMemory <= gpu.sharedMemoryPerBlock;
    if (!fill && fits) return tile;
    let best = -1;
    for (const d of parallel) if (shrink(tile, bounds, d, mma) !== undefined && (best < 0 || tile[d] > tile[best])) best = d;
    if (best < 0) return fits || !mma ? tile : undefined;
    tile[best] = shrink(tile, bounds, best, mma)!;
  }
}

/**
 * The tiling of `te` with `given` sizes for its parallel dimensions in order (missing ones
 * take the default, sizes above a dimension's extent are cut to it); reductions stay whole.
 */
export function tileSizesFor(te: Operation, given: readonly number[], gpu: GpuProfile): number[] {
  const bounds = computeBounds(te);
  const iterators = computeIterators(te);
  const parallel = iterators.filter((k) => k === 'parallel').length;
  const fallback = given.length < parallel ? defaultTileSizes(te, gpu) : undefined;
  let next = 0;
  return bounds.map((b, d) => {
    if (iterators[d] === 'reduction') return b;
    const g = given[next++];
    return g === undefined ? fallback![d] : Math.min(g, b);
  });
}
