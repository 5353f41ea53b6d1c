// The flag waits a flags edge costs: which producer grid dims its counters sum over, whether a
// consumer tile waits on its own producer tile's flag, and how many gpu.flag_wait ops each
// consumer tile makes. block-sync weighs them against a grid barrier; convert-block-to-gpu
// (dialects/gpu/passes/lower-flags.ts) lowers the same plan, so the two agree on the count.
import type { BlockDependency, BlockEdge } from '../analysis/dependency.js';
import type { GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { combinedUse, occupancy } from '../../../lib/target/occupancy.js';
import { tileUse } from '../schedule.js';

/**
 * The producer grid dims along which every consumer tile of a slab or all edge needs every
 * producer tile: the dims its flags sum over (none for identity and bounded edges).
 */
export function projectedDims(deps: BlockDependency, edge: BlockEdge): boolean[] {
  const grid = edge.producer.grid;
  const projected = grid.map((g) => g > 1 && (edge.kind === 'slab' || edge.kind === 'all'));
  if (!projected.some((x) => x)) return projected;
  for (let t = 0; t < edge.consumer.count; t++) {
    // A consumer tile that needs no producer tile waits for more than it needs: still correct.
    const box = deps.producerTiles(edge, t);
    box?.forEach((x, d) => (projected[d] &&= x.lo === 0 && x.hi === grid[d] - 1));
  }
  return projected;
}

/** Whether consumer tile t of the edge needs producer tile t alone, for every t (identity edges over one numbering, fused tiles included). */
export function alignedEdge(deps: BlockDependency, edge: BlockEdge): boolean {
  if (edge.kind !== 'identity') return false;
  const grid = edge.producer.grid;
  for (let t = 0; t < edge.consumer.count; t++) {
    const box = deps.producerTiles(edge, t);
    if (!box || box.reduce((n, x, d) => (x.lo === x.hi ? n * grid[d] + x.lo : NaN), 0) !== t) return false;
  }
  return true;
}

/**
 * The flag waits each consumer tile of a flags edge makes: one per counter of its producer-tile
 * box (the box along the dims not projected), one for an aligned identity edge. This is the
 * lowering's count where it computes the exact box of every tile.
 */
export function waitsPerTile(deps: BlockDependency, edge: BlockEdge): number[] {
  if (alignedEdge(deps, edge)) return new Array<number>(edge.consumer.count).fill(1);
  const projected = projectedDims(deps, edge);
  const waits: number[] = [];
  for (let t = 0; t < edge.consumer.count; t++) {
    const box = deps.producerTiles(edge, t);
    waits.push(box ? box.reduce((n, x, d) => (projected[d] ? n : n * (x.hi - x.lo + 1)), 1) : 0);
  }
  return waits;
}

/** What flags cost on one edge, against the grid barrier that could replace them. */
export interface FlagCost {
  /** Flag waits over every consumer tile. */
  readonly waits: number;
  /** Blocks that can be resident while producer and consumer tiles share a phase. */
  readonly resident: number;
  /** Consumer tiles per resident block (persistent blocks loop over the rest). */
  readonly tilesPerBlock: number;
  /** The waits on one block's chain: tiles per block times the mean waits per tile. */
  readonly chain: number;
  /** chain x the profile's flag-wait latency, in seconds. */
  readonly seconds: number;
}

/**
 * The cost model's view of synchronising `edge` with flags on `gpu` (lib/target/cost-model.ts
 * charges the flag-wait latency per wait on the longest chain of one block, a grid barrier's
 * latency once): the consumer's tiles spread over the blocks that can be resident with the
 * producer's, each making the mean number of waits.
 */
export function flagCost(deps: BlockDependency, edge: BlockEdge, gpu: GpuProfile): FlagCost {
  const waits = waitsPerTile(deps, edge).reduce((a, b) => a + b, 0);
  const count = edge.consumer.count;
  const resident = Math.max(1, occupancy(gpu, combinedUse([tileUse(edge.producer.op, gpu), tileUse(edge.consumer.op, gpu)])).residentBlocks);
  const tilesPerBlock = Math.ceil(count / Math.min(count, resident));
  const chain = count ? (tilesPerBlock * waits) / count : 0;
  return { waits, resident, tilesPerBlock, chain, seconds: chain * gpu.flagWaitLatency };
}
