// block-fuse: producer tiles computed inside their consumer's tile (identity edges always, bounded
// edges when recomputing the halo is cheaper than the traffic and the wait it saves; slab and all
// edges never), so their results stay on chip; one remark per decision says why.
import type { Operation, RankedTensorType } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { computeBody } from '../../tensor/index.js';
import { elementBytes } from '../../tensor/analysis/te.js';
import { edgeBetween, tileNode, type BlockEdge, type EdgeClass, type TileNode } from '../analysis/dependency.js';
import { FusedTiling } from '../fused-figures.js';
import { isTile, programTiles, programsUnder, tileName, tileYielded } from '../tile.js';
import { fusedPlan, type FusedPlan } from '../tile-regions.js';
import { applyMerge, mergedTile, renameDeps, tilesAfterProducer, type MergedTile } from './fuse-rewrite.js';

/** A decision on one edge and the sentence that explains it. */
export interface FuseDecision {
  readonly producer: string;
  readonly consumer: string;
  readonly kind: Exclude<EdgeClass, 'none'>;
  readonly fused: boolean;
  readonly reason: string;
}

const ns = (seconds: number) => `${Number((seconds * 1e9).toPrecision(2))} ns`;

/** Body ops per point of a TE (at least one): the work one point of its domain costs. */
function opsPerPoint(te: Operation): number {
  return Math.max(1, computeBody(te).operations.length - 1);
}

/** The bytes the producer's yielded results hold (what it writes to global memory unfused). */
function resultBytes(producer: Operation): number {
  return producer.results.reduce((n, r) => n + volumeOf((r.type as RankedTensorType).shape) * elementBytes(r.type), 0);
}

/**
 * The cost test of a bounded edge: the recomputed points (times their body ops) at the GPU's
 * FP32 peak plus the extra bytes the recomputing tiles read at its DRAM bandwidth, against the
 * bytes saved at that bandwidth plus one flag wait per wave of consumer tiles. Returns the
 * decision's sentence and whether to fuse.
 */
function recomputeIsCheaper(e: BlockEdge, m: MergedTile, own: FusedTiling, gpu: GpuProfile): { fuse: boolean; why: string } {
  const figures = own.figures(() => false);
  let extraPoints = 0;
  let extraOps = 0;
  let extraReads = 0;
  e.producer.tes.forEach((te, k) => {
    const extra = Math.max(0, m.figures.points[k] - figures.points[k]);
    extraPoints += extra;
    extraOps += extra * opsPerPoint(te);
    extraReads += Math.max(0, m.figures.globalReads[k] - figures.globalReads[k]);
  });
  const leaves = m.yielded.some((v) => tileYielded(e.producer.op).includes(v));
  const saved = e.bytes + (leaves ? 0 : resultBytes(e.producer.op));
  const recompute = extraOps / gpu.fp32Peak + extraReads / gpu.dramBandwidth;
  const save = saved / gpu.dramBandwidth + gpu.flagWaitLatency * Math.ceil(e.consumer.count / gpu.sms);
  const fuse = recompute <= save;
  const what =
    `recomputing ${extraPoints} points and reading ${extraReads} more bytes (${ns(recompute)}) ` +
    `${fuse ? 'costs no more than' : 'costs more than'} the ${saved} bytes and the wait it saves (${ns(save)})`;
  return { fuse, why: what };
}

function volumeOf(bounds: readonly number[]): number {
  return bounds.reduce((a, b) => a * b, 1);
}

/** Decides one edge (`tilingOf`: a tile's TEs on its own tiling); with the merged tile to make when it fuses. */
function decide(e: BlockEdge, tilingOf: (n: TileNode) => FusedTiling, gpu: GpuProfile): { decision: FuseDecision; merge?: MergedTile } {
  const base = { producer: e.producer.name, consumer: e.consumer.name, kind: e.kind };
  const no = (reason: string) => ({ decision: { ...base, fused: false, reason: `not fused: ${reason}` } });
  if (e.kind === 'slab') return { decision: { ...base, fused: false, reason: 'never fused: each consumer tile needs a whole band of producer tiles' } };
  if (e.kind === 'all') return { decision: { ...base, fused: false, reason: 'never fused: each consumer tile needs every producer tile' } };
  const anchor = e.producer.tes.length - 1;
  if (!e.reads.some((r) => e.producer.yielded[r.result]?.[0] === anchor)) return no(`@${e.consumer.name} reads only fused results of @${e.producer.name}, not its anchor`);
  const between = tilesAfterProducer(e.producer.op, e.consumer.op);
  const via = between.find((t) => readsTile(e.consumer.op, t));
  if (via) return no(`it would make a cycle through @${tileName(via)}`);
  const m = mergedTile(e.producer.op, e.consumer.op, [tilingOf(e.producer), tilingOf(e.consumer)], gpu);
  if (typeof m === 'string') return no(m);
  const u = m.figures.uncovered;
  if (u) return no(`a result of @${e.producer.name} leaves the tile but @${e.consumer.name}'s tiles would compute only ${u.covered} of its ${u.total} elements`);
  if (m.sharedMemory > gpu.sharedMemoryPerBlock) {
    return no(`the fused tile would need ${m.sharedMemory} bytes of shared memory, over the ${gpu.sharedMemoryPerBlock} a block may use`);
  }
  const waits = `${e.fanInSum} flag wait${e.fanInSum === 1 ? '' : 's'} removed`;
  if (e.kind === 'identity') return { decision: { ...base, fused: true, reason: `fused into @${e.consumer.name} (${e.bytes} bytes stay on chip, ${waits})` }, merge: m };
  const cost = recomputeIsCheaper(e, m, tilingOf(e.producer), gpu);
  if (!cost.fuse) return no(cost.why);
  return { decision: { ...base, fused: true, reason: `fused into @${e.consumer.name} with its halo recomputed: ${cost.why}` }, merge: m };
}

/** Whether any op inside `consumer` reads a result of tile `t`. */
function readsTile(consumer: Operation, t: Operation): boolean {
  let found = false;
  consumer.walk((inner) => {
    if (inner.operands.some((v) => v.definingOp === t)) found = true;
  });
  return found;
}

/** The tiles of `tile`'s program whose results it reads, nearest first. */
function producersOf(tile: Operation): Operation[] {
  const found = new Set<Operation>();
  tile.walk((inner) => {
    for (const v of inner.operands) {
      const def = v.definingOp;
      if (def && def !== tile && def.parent === tile.parent && isTile(def)) found.add(def);
    }
  });
  return [...found].sort((a, b) => (b.isBeforeInBlock(a) ? -1 : 1));
}

/**
 * Fuses along the edges of every block.program under `root`, consumers in program order, each
 * consumer's producers nearest first (again after each fusion: the merged tile has new edges).
 * `explain` receives the last decision on each edge. Returns the number of fusions.
 */
export function fuseTiles(root: Operation, gpu: GpuProfile, explain?: (consumer: Operation, d: FuseDecision) => void): number {
  let fused = 0;
  // A tile one TE computes has no plan as the analysis sees it, but the merges want one.
  const single = new WeakMap<TileNode, FusedTiling>();
  const tilingOf = (n: TileNode): FusedTiling => {
    let t = n.tiling ?? single.get(n);
    if (!t) single.set(n, (t = new FusedTiling(fusedPlan(n.tes) as FusedPlan, n.tile)));
    return t;
  };
  for (const program of programsUnder(root)) {
    // Producers are always earlier in the order than their consumer, so a tile is never merged before its turn.
    const gone = new Set<Operation>();
    const renamed = new Map<string, string>();
    // Each tile is analysed once: its computed boxes and figures serve every decision it takes part in.
    const nodes = new Map<Operation, TileNode>();
    const nodeOf = (op: Operation): TileNode => {
      let n = nodes.get(op);
      if (!n) nodes.set(op, (n = tileNode(op, program, nodes.size)!));
      return n;
    };
    for (const original of programTiles(program)) {
      if (gone.has(original)) continue;
      let consumer = original;
      const decisions = new Map<string, FuseDecision>();
      let tried = new Set<Operation>();
      for (;;) {
        const producer = producersOf(consumer).find((p) => !tried.has(p));
        if (!producer) break;
        tried.add(producer);
        const edge = edgeBetween(nodeOf(producer), nodeOf(consumer));
        if (!edge) continue;
        const { decision, merge } = decide(edge, tilingOf, gpu);
        decisions.set(decision.producer, decision);
        if (!merge) continue;
        gone.add(merge.producer);
        renamed.set(tileName(merge.producer), tileName(consumer));
        nodes.delete(merge.producer);
        nodes.delete(consumer);
        consumer = applyMerge(merge);
        nodes.set(consumer, tileNode(consumer, program, nodes.size, merge.tiling)!);
        tried = new Set();
        fused++;
      }
      if (explain) for (const d of decisions.values()) explain(consumer, d);
    }
    if (renamed.size) {
      renameDeps(program, renamed);
      // A schedule names tiles that are gone: the program falls back to one launch per tile until block-schedule runs again.
      program.setProp('launches', undefined);
    }
  }
  return fused;
}

/** The remark of a decision: `@p -> @c: identity edge: fused into @c (...)`. */
export function describeFuse(d: FuseDecision): string {
  return `@${d.producer} -> @${d.consumer}: ${d.kind} edge: ${d.reason}`;
}

export const fusePass = definePass({
  name: 'block-fuse',
  summary: "Compute producer tiles inside their consumers' tiles (identity edges; bounded edges when recomputing the halo is cheaper)",
  description:
    'A fused producer is computed, per anchor (consumer) tile, for exactly the part that tile needs, and its results stay on chip; ' +
    'results still read elsewhere leave the tile. Slab and all edges never fuse; a fusion that would make a cycle, leave a result ' +
    "partly unwritten or exceed the GPU's shared memory per block is not made. With explain=true each decision is a remark.",
  anchor: 'func.func',
  options: {
    explain: Option.bool(false, 'emit a remark per edge saying whether it was fused and why'),
    gpu: Option.enum(['a100', 'h100', 'h200'], 'h100', `the GPU profile (${gpuProfileNames().join(', ')})`),
  },
  statistics: { 'num-fused': 'Producer tiles fused into a consumer tile' },
  run(ctx) {
    const explain = ctx.options.explain ? (op: Operation, d: FuseDecision) => void op.emitRemark(describeFuse(d)) : undefined;
    ctx.addStatistic('num-fused', fuseTiles(ctx.op, gpuProfile(ctx.options.gpu)!, explain));
  },
});
