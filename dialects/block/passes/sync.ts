// block-sync: every producer→consumer edge of a block program gets the cheapest correct
// synchronisation its class allows (per-tile flags where a consumer tile needs some producer
// tiles, a grid barrier where it needs all of them); block-explain says why, as remarks.
import type { Operation } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { BlockDependency, type BlockEdge } from '../analysis/dependency.js';
import { depsAttr, programDeps, type DepEdge, type SyncKind } from '../tile.js';
import { describeFuse, fuseTiles } from './fuse.js';
import { gpuProfile } from '../../../lib/target/gpu-profiles.js';
import { explainSchedule } from './schedule.js';

/** The sync chosen for an edge and the sentence that explains it. */
export interface SyncDecision {
  readonly sync: SyncKind;
  readonly reason: string;
}

const fanIn = (e: BlockEdge) => (e.fanInMin === e.fanInMax ? `${e.fanInMax}` : `${e.fanInMin} to ${e.fanInMax}`);
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The cheapest correct sync of a data edge, by its class. */
export function decideSync(e: BlockEdge): SyncDecision {
  const producerTiles = plural(e.producer.count, 'producer tile');
  switch (e.kind) {
    case 'all':
      return { sync: 'barrier', reason: `every consumer tile needs all ${producerTiles}: a grid barrier` };
    case 'identity':
      return { sync: 'flags', reason: `each consumer tile needs only its own producer tile: per-tile flags (block-fuse could keep it on chip)` };
    case 'bounded':
    case 'slab':
      return {
        sync: 'flags',
        reason: `each consumer tile needs ${fanIn(e)} of the ${producerTiles}: per-tile flags wait for exactly those instead of a barrier`,
      };
  }
}

/**
 * Sets the sync of every data edge of every program `deps` analysed (declaring edges that were
 * missing); ordering-only edges are kept. `explain` receives each decision. Returns how many
 * edges changed.
 */
export function chooseSyncs(deps: BlockDependency, explain?: (consumer: Operation, message: string) => void): number {
  const programs = new Set(deps.tiles.map((t) => t.program));
  let changed = 0;
  for (const program of programs) {
    const declared = programDeps(program);
    const key = (p: string, c: string) => `${p}\u0000${c}`;
    const index = new Map(declared.map((e, i) => [key(e.producer, e.consumer), i]));
    const next: DepEdge[] = [...declared];
    for (const e of deps.edges) {
      if (e.consumer.program !== program) continue;
      const d = decideSync(e);
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
    "identity, bounded and slab edges get per-tile flags (a consumer tile waits for exactly the producer tiles its footprint needs), " +
    "'all' edges a grid barrier; data edges missing from 'deps' are declared. With explain=true each decision is a remark.",
  anchor: 'func.func',
  options: { explain: Option.bool(false, 'emit a remark per edge saying which sync was chosen and why') },
  statistics: { 'num-changed': 'Edges whose sync changed or that were declared' },
  run(ctx) {
    const deps = ctx.getAnalysis(BlockDependency);
    const explain = ctx.options.explain ? (op: Operation, m: string) => void op.emitRemark(m) : undefined;
    ctx.addStatistic('num-changed', chooseSyncs(deps, explain));
    ctx.markAllAnalysesPreserved();
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
    chooseSyncs(new BlockDependency(copy), (op, m) => void op.emitRemark(m));
    explainSchedule(copy, (op, m) => void op.emitRemark(m));
    copy.erase();
    ctx.markAllAnalysesPreserved();
  },
});
