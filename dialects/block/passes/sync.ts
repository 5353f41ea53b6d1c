// block-sync: every producer→consumer edge of a block program gets the cheapest correct
// synchronisation: a grid barrier where a consumer tile needs all producer tiles, otherwise
// per-tile flags unless the waits they put on a block's chain cost more, on the GPU profile,
// than one grid barrier (sync-waits.ts); block-explain says why, as remarks.
import type { Operation } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { BlockDependency, type BlockEdge } from '../analysis/dependency.js';
import { depsAttr, programDeps, type DepEdge, type SyncKind } from '../tile.js';
import { describeFuse, fuseTiles } from './fuse.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { explainSchedule } from './schedule.js';
import { flagCost } from './sync-waits.js';

/** The sync chosen for an edge and the sentence that explains it. */
export interface SyncDecision {
  readonly sync: SyncKind;
  readonly reason: string;
}

const fanIn = (e: BlockEdge) => (e.fanInMin === e.fanInMax ? `${e.fanInMax}` : `${e.fanInMin} to ${e.fanInMax}`);
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const us = (seconds: number) => `${+(seconds * 1e6).toFixed(2)} us`;
const round = (x: number) => +x.toFixed(1);

/**
 * The cheapest correct sync of a data edge on `gpu`: a grid barrier for an `all` edge; for the
 * others per-tile flags, unless their waits on one block's chain (the consumer's tiles spread over
 * the resident blocks, each waiting for the counters of its box) cost more than one grid barrier.
 */
export function decideSync(e: BlockEdge, deps: BlockDependency, gpu: GpuProfile): SyncDecision {
  const producerTiles = plural(e.producer.count, 'producer tile');
  if (e.kind === 'all') return { sync: 'barrier', reason: `every consumer tile needs all ${producerTiles}: a grid barrier` };
  const cost = flagCost(deps, e, gpu);
  const perTile = round(cost.waits / Math.max(1, e.consumer.count));
  const chain =
    `${plural(round(cost.chain), 'flag wait')} on a block's chain (${plural(cost.tilesPerBlock, 'consumer tile')} per block, ${cost.resident} resident; ` +
    `${plural(perTile, 'wait')} per tile) x ${us(gpu.flagWaitLatency)} = ${us(cost.seconds)}`;
  if (cost.seconds > gpu.gridSyncLatency) {
    return { sync: 'barrier', reason: `each consumer tile needs ${fanIn(e)} of the ${producerTiles}, but ${chain} cost more than one grid barrier (${us(gpu.gridSyncLatency)} on ${gpu.name}): a grid barrier` };
  }
  const within = `(${chain}, no more than one grid barrier's ${us(gpu.gridSyncLatency)} on ${gpu.name})`;
  if (e.kind === 'identity') {
    return { sync: 'flags', reason: `each consumer tile needs only its own producer tile: per-tile flags ${within} (block-fuse could keep it on chip)` };
  }
  return { sync: 'flags', reason: `each consumer tile needs ${fanIn(e)} of the ${producerTiles}: per-tile flags wait for exactly those instead of a barrier ${within}` };
}

/**
 * Sets the sync of every data edge of every program `deps` analysed on `gpu` (declaring edges that
 * were missing); ordering-only edges are kept. `explain` receives each decision. Returns how many
 * edges changed.
 */
export function chooseSyncs(deps: BlockDependency, gpu: GpuProfile, explain?: (consumer: Operation, message: string) => void): number {
  const programs = new Set(deps.tiles.map((t) => t.program));
  let changed = 0;
  for (const program of programs) {
    const declared = programDeps(program);
    const key = (p: string, c: string) => `${p}\u0000${c}`;
    const index = new Map(declared.map((e, i) => [key(e.producer, e.consumer), i]));
    const next: DepEdge[] = [...declared];
    for (const e of deps.edges) {
      if (e.consumer.program !== program) continue;
      const d = decideSync(e, deps, gpu);
      const at = index.get(key(e.producer.name, e.consumer.name));
      const before = at === undefined ? undefined : declared[at].sync;
      if (before !== d.sync) changed++;
      const edge = { producer: e.producer.name, consumer: e.consumer.name, sync: d.sync };
      if (at === undefined) next.push(edge);
      else next[at] = edge;
      const was = before === undefined ? 'undeclared' : before === d.sync ? `already ${before}` : `was ${before}`;
      explain?.(e.consumer.op, `@${e.producer.name} -> @${e.consumer.name}: ${e.kind} edge (${was}): ${d.reason}`);
    }
    program.setProp('deps', depsAttr(program.context, next));
  }
  return changed;
}

export const syncPass = definePass({
  name: 'block-sync',
  summary: 'Give every edge of a block program the cheapest correct synchronisation (per-tile flags or a grid barrier)',
  description:
    "identity, bounded and slab edges get per-tile flags (a consumer tile waits for exactly the producer tiles its footprint needs) " +
    "unless the waits on one block's chain cost more than a grid barrier on the GPU profile; 'all' edges a grid barrier; " +
    "data edges missing from 'deps' are declared. With explain=true each decision is a remark.",
  anchor: 'func.func',
  options: {
    explain: Option.bool(false, 'emit a remark per edge saying which sync was chosen and why'),
    gpu: Option.enum(['a100', 'h100', 'h200'], 'h100', `the GPU profile whose flag-wait and grid-barrier latencies are weighed (${gpuProfileNames().join(', ')})`),
  },
  statistics: { 'num-changed': 'Edges whose sync changed or that were declared' },
  run(ctx) {
    const deps = ctx.getAnalysis(BlockDependency);
    const explain = ctx.options.explain ? (op: Operation, m: string) => void op.emitRemark(m) : undefined;
    ctx.addStatistic('num-changed', chooseSyncs(deps, gpuProfile(ctx.options.gpu)!, explain));
    // The syncs are new IR (verified after the pass); the dependencies are unchanged.
    ctx.markAnalysesPreserved(BlockDependency);
  },
});

export const explainPass = definePass({
  name: 'block-explain',
  summary: 'Explain, as remarks, the decisions the block passes would take on the program as given: fuse, sync (the IR is left unchanged)',
  anchor: 'func.func',
  run(ctx) {
    // The decisions are taken on a copy; its ops keep the original locations, so the remarks point at the input.
    // block-fuse's decisions on the program as given (its own copy: the syncs below are those of the unfused program).
    const fused = ctx.op.clone();
    fuseTiles(fused, gpuProfile('h100')!, (op, d) => void op.emitRemark(describeFuse(d)));
    fused.erase();
    const copy = ctx.op.clone();
    chooseSyncs(new BlockDependency(copy), gpuProfile('h100')!, (op, m) => void op.emitRemark(m));
    explainSchedule(copy, (op, m) => void op.emitRemark(m));
    copy.erase();
    ctx.markAllAnalysesPreserved();
  },
});
