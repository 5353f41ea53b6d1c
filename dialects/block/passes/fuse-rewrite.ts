// block-fuse's rewrite: a producer tile merged into a consumer tile of its program (the consumer's
// anchor stays the anchor): what the merged tile would be (TEs, what leaves it, its figures and
// resources), and making it (the new block.tile, uses rewired, deps renamed, tiles reordered).
import { ArrayAttr, DenseArrayAttr, IntegerAttr, IntegerType, OpResult, Operation, Region, StringAttr, Builder, type Value } from '../../../lib/ir/index.js';
import type { GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { FusedTiling, type FusedFigures } from '../fused-figures.js';
import { depsAttr, isTile, programDeps, tileGrid, tileName, tileSizes, tileYielded, type DepEdge, type SyncKind } from '../tile.js';
import { joinPlans } from '../tile-regions.js';
import { REGISTERS_PER_THREAD } from '../tile-size.js';

/** What merging a producer tile into a consumer tile makes, before the IR changes. */
export interface MergedTile {
  readonly producer: Operation;
  readonly consumer: Operation;
  /** The producer's TEs, then the consumer's (the last is the anchor). */
  readonly tes: readonly Operation[];
  /** What the merged tile yields: the anchor's results, then the fused results that leave. */
  readonly yielded: readonly Value[];
  /** The merged plan on the consumer's tiling (boxes and figures of the parts that stay the same kept from the two tiles' tilings). */
  readonly tiling: FusedTiling;
  readonly figures: FusedFigures;
  readonly sharedMemory: number;
  readonly registers: number;
}

/** The tile op holding `op` (itself when it is one), or null. */
function tileOf(op: Operation): Operation | null {
  return isTile(op) ? op : op.parentWhere(isTile);
}

/**
 * The merged tile of `producer` into `consumer` (`tilings`: their TEs on their own tilings), or a
 * message saying why the TEs cannot share a tile.
 */
export function mergedTile(producer: Operation, consumer: Operation, tilings: readonly [FusedTiling, FusedTiling], gpu: GpuProfile): MergedTile | string {
  const pair = new Set([producer, consumer]);
  // Inside the merged tile a read of either tile's result is a read of the TE result it yields.
  const resolve = (v: Value) => (v instanceof OpResult && pair.has(v.owner) ? tileYielded(v.owner)[v.index] : v);
  const plan = joinPlans(tilings[0].plan, tilings[1].plan, resolve);
  if (typeof plan === 'string') return plan;
  const tes = plan.tes;
  const leaving = new Set<Value>();
  for (const t of pair) {
    t.results.forEach((r, k) => {
      if (r.uses.some((u) => !pair.has(tileOf(u.owner) as Operation))) leaving.add(tileYielded(t)[k]);
    });
  }
  const anchor = tes[tes.length - 1];
  const fusedLeaving = tes.slice(0, -1).flatMap((te) => te.results.filter((r) => leaving.has(r)));
  const tiling = FusedTiling.merge(tilings[0], tilings[1], plan);
  const figures = tiling.figures((k, r) => leaving.has(tes[k].result(r)));
  const threads = Math.min(gpu.maxThreadsPerBlock, figures.parallelPoints);
  return {
    producer, consumer, tes, tiling, figures,
    yielded: [...anchor.results, ...fusedLeaving],
    sharedMemory: figures.stagedBytes + figures.intermediateBytes,
    registers: threads * REGISTERS_PER_THREAD,
  };
}

/**
 * The tiles strictly between `producer` and `consumer` in their program that read the producer,
 * directly or through each other: they must follow the merged tile (it takes the consumer's place).
 */
export function tilesAfterProducer(producer: Operation, consumer: Operation): Operation[] {
  const reached = new Set<Operation>([producer]);
  const out: Operation[] = [];
  for (let op = producer.next; op && op !== consumer; op = op.next) {
    if (!isTile(op)) continue;
    let reads = false;
    op.walk((inner) => {
      if (inner.operands.some((v) => v instanceof OpResult && reached.has(v.owner))) reads = true;
    });
    if (reads) {
      reached.add(op);
      out.push(op);
    }
  }
  return out;
}

const STRENGTH: Readonly<Record<SyncKind, number>> = Object.freeze({ none: 0, flags: 1, barrier: 2 });

/**
 * The deps of `program` with fused tiles renamed to the tiles they went into (`renamed`: name
 * to name, possibly chained), edges inside a tile dropped and duplicates merged (the strongest
 * sync kept).
 */
export function renameDeps(program: Operation, renamed: ReadonlyMap<string, string>): void {
  const final = (name: string): string => {
    let n = name;
    for (let next = renamed.get(n); next !== undefined; next = renamed.get(n)) n = next;
    return n;
  };
  const out = new Map<string, DepEdge>();
  for (const e of programDeps(program)) {
    const producer = final(e.producer);
    const consumer = final(e.consumer);
    if (producer === consumer) continue;
    const key = `${producer}\u0000${consumer}`;
    const had = out.get(key);
    if (!had || STRENGTH[e.sync] > STRENGTH[had.sync]) out.set(key, { producer, consumer, sync: e.sync });
  }
  program.setProp('deps', depsAttr(program.context, [...out.values()]));
}

/** Replaces the two tiles of `m` by the merged tile (at the consumer's place); returns it. The program's deps are renamed by `renameDeps`, once for all merges. */
export function applyMerge(m: MergedTile): Operation {
  const { producer, consumer } = m;
  const ctx = consumer.context;
  const i64 = IntegerType.get(ctx, 64);
  const later = tilesAfterProducer(producer, consumer);
  const region = new Region();
  const body = new Builder(ctx).createBlock(region, [], undefined, consumer.location);
  const merged = Operation.create({
    name: 'block.tile',
    location: consumer.location,
    resultTypes: m.yielded.map((v) => v.type),
    properties: [
      { name: 'sym_name', value: StringAttr.get(ctx, tileName(consumer)) },
      { name: 'tile', value: DenseArrayAttr.get(i64, tileSizes(consumer)) },
      { name: 'grid', value: DenseArrayAttr.get(i64, tileGrid(consumer)) },
      { name: 'reads', value: ArrayAttr.get(ctx, m.figures.reads.map((r) => DenseArrayAttr.get(i64, r))) },
      { name: 'smem', value: IntegerAttr.get(i64, m.sharedMemory) },
      { name: 'regs', value: IntegerAttr.get(i64, m.registers) },
    ],
    regions: [region],
  });
  consumer.parent!.insertBefore(merged, consumer);
  const yieldedBy = [producer, consumer].map((t) => tileYielded(t));
  for (const te of m.tes) {
    te.remove();
    body.append(te);
  }
  body.append(Operation.create({ name: 'block.yield', location: consumer.location, operands: [...m.yielded] }));
  [producer, consumer].forEach((t, i) =>
    t.results.forEach((r, k) => {
      const v = yieldedBy[i][k];
      for (const u of r.uses) u.set(merged.isAncestor(u.owner) ? v : merged.result(m.yielded.indexOf(v)));
    }),
  );
  producer.erase();
  consumer.erase();
  let at = merged;
  for (const t of later) {
    t.moveAfter(at);
    at = t;
  }
  return merged;
}
