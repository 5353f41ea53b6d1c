// block-coschedule: tiles with no path between them share a launch, so that small operators
// (an attention layer's Q, K and V projections) fill the GPU together.
import type { Operation } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { BlockDependency } from '../analysis/dependency.js';
import { launchesAttr, tileTasks, type Launch } from '../schedule.js';
import { tileGraph, type TileGraph } from './schedule-graph.js';

/** Receives a scheduling decision: the tile it concerns and the sentence that explains it. */
export type ScheduleRemark = (tile: Operation, message: string) => void;

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const names = (g: TileGraph, ts: readonly number[]) => ts.map((t) => '@' + g.names[t]).join(', ');

/**
 * The tiles of `g` grouped by their ASAP level (one more than the deepest producer's): the
 * tiles of a level have no path between them, as block-dependency's `independent` says.
 * Levels in order, tiles in program order within each.
 */
export function independentGroups(g: TileGraph): number[][] {
  const level = new Int32Array(g.tiles.length);
  const groups: number[][] = [];
  for (const t of g.order) {
    for (const e of g.preds[t]) level[t] = Math.max(level[t], level[e.from] + 1);
    (groups[level[t]] ??= []).push(t);
  }
  for (const group of groups) group.sort((a, b) => a - b);
  return groups;
}

/** Co-schedules `program`: one single-phase launch per group of independent tiles. Returns the launches set. */
export function coschedule(program: Operation, deps: BlockDependency, explain?: ScheduleRemark): Launch[] {
  const g = tileGraph(program, deps);
  const groups = independentGroups(g);
  const launches = groups.map((group) => [group.map((t) => g.names[t])]);
  program.setProp('launches', launchesAttr(program.context, launches));
  if (explain) {
    groups.forEach((group, l) => {
      const first = group[0];
      const tasks = group.reduce((s, t) => s + tileTasks(g.tiles[t]), 0);
      explain(
        g.tiles[first],
        group.length > 1
          ? `${names(g, group)} share launch #${l}: no path joins them, so their ${tasks} tasks fill the GPU together`
          : `@${g.names[first]} runs alone in launch #${l} (${plural(tasks, 'task')}): no other tile is at depth ${l} of its dependency graph`,
      );
    });
  }
  return launches;
}

export const coschedulePass = definePass({
  name: 'block-coschedule',
  summary: 'Put tiles with no path between them into one launch (a dispatch over their tasks), so small operators fill the GPU together',
  description:
    "Sets every block.program's `launches` to one single-phase launch per ASAP level of its dependency graph: the tiles of a level " +
    'are independent, and their tasks share one grid. block-schedule then merges launches into phases. With explain=true each launch is a remark.',
  anchor: 'func.func',
  options: { explain: Option.bool(false, 'emit a remark per launch saying which tiles share it and why') },
  statistics: { 'num-launches': 'Launches made', 'num-shared': 'Tiles sharing a launch with another tile' },
  run(ctx) {
    const deps = ctx.getAnalysis(BlockDependency);
    const explain: ScheduleRemark | undefined = ctx.options.explain ? (op, m) => void op.emitRemark(m) : undefined;
    for (const program of new Set(deps.tiles.map((t) => t.program))) {
      const launches = coschedule(program, deps, explain);
      ctx.addStatistic('num-launches', launches.length);
      ctx.addStatistic('num-shared', launches.reduce((s, l) => s + (l[0].length > 1 ? l[0].length : 0), 0));
    }
    // The launches property is new IR (verified after the pass); the dependencies are unchanged.
    ctx.markAnalysesPreserved(BlockDependency);
  },
});
