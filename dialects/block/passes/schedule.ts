// block-schedule: orders a block program's phases into waves that respect its dependencies
// (grid barriers between waves, flag waits inside one) and groups the waves into launches
// whose blocks can all be resident at once, splitting where a tile's resources would starve
// the rest. See the Schedule section of docs/design/block-dialect.md.
import type { Operation } from '../../../lib/ir/index.js';
import { StringAttr } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { combinedUse, occupancy, type BlockUse, type Occupancy } from '../../../lib/target/occupancy.js';
import { BlockDependency } from '../analysis/dependency.js';
import { GPU_ATTR, launchesAttr, programLaunches, tileTasks, tileUse, type Launch } from '../schedule.js';
import { coschedule, type ScheduleRemark } from './coschedule.js';
import { tileGraph, type TileGraph } from './schedule-graph.js';

/** A wave: tiles run between two grid barriers, in dispatch order, as the units (former phases) they came in. */
interface Wave {
  readonly units: number[][];
}

const tilesOf = (w: Wave) => w.units.flat();
const names = (g: TileGraph, ts: readonly number[]) => ts.map((t) => '@' + g.names[t]).join(', ');

/** The units to schedule: the phases of the program's launches when they are in dependency order, else one per tile in topological order. */
function unitsOf(g: TileGraph): number[][] {
  const launches = programLaunches(g.program);
  const units = launches?.flatMap((l) => l.map((ph) => ph.map((n) => g.index.get(n) ?? -1)));
  if (!units || units.some((u) => u.includes(-1)) || units.reduce((s, u) => s + u.length, 0) !== g.tiles.length) return g.order.map((t) => [t]);
  // Every producer in an earlier unit, or earlier in the same one.
  const unitOf = new Int32Array(g.tiles.length);
  const place = new Int32Array(g.tiles.length);
  units.forEach((u, i) => u.forEach((t, k) => ((unitOf[t] = i), (place[t] = k))));
  const forward = units.every((u, i) => u.every((t) => g.preds[t].every((e) => unitOf[e.from] < i || (unitOf[e.from] === i && place[e.from] < place[t]))));
  return forward ? units : g.order.map((t) => [t]);
}

/** What a set of tiles needs together: the largest resources and the sum of tasks. */
interface Demand {
  use: BlockUse;
  tasks: number;
}

function demandOf(g: TileGraph, tiles: readonly number[], gpu: GpuProfile): Demand {
  return { use: combinedUse(tiles.map((t) => tileUse(g.tiles[t], gpu))), tasks: tiles.reduce((s, t) => s + tileTasks(g.tiles[t]), 0) };
}

/** Blocks running at once: every task of the widest phase, up to the resident blocks. */
const concurrency = (widest: number, occ: Occupancy) => Math.min(widest, occ.residentBlocks);

/**
 * Whether `b` may join `a` (tasks added to a wave's, or the widest phase of a launch when
 * `widest`): the merged blocks fit on an SM and as many run at once as in either part alone.
 * Returns undefined when it may, else why not.
 */
function narrows(a: Demand, b: Demand, gpu: GpuProfile, widest: boolean): string | undefined {
  const merged = occupancy(gpu, combinedUse([a.use, b.use]));
  if (merged.blocksPerSm === 0) return `no block of the two together fits on an SM (${merged.reason})`;
  const tasks = widest ? Math.max(a.tasks, b.tasks) : a.tasks + b.tasks;
  const alone = Math.max(concurrency(a.tasks, occupancy(gpu, a.use)), concurrency(b.tasks, occupancy(gpu, b.use)));
  const together = concurrency(tasks, merged);
  return together >= alone ? undefined : `together only ${together} blocks would run at once (${merged.reason}), fewer than the ${alone} of one part alone`;
}

/**
 * Waves: each unit in the earliest wave its edges allow (after a barrier's producer, with a
 * flags or none producer) whose blocks it does not narrow (see `narrows`), else a later one.
 */
function waves(g: TileGraph, units: readonly number[][], gpu: GpuProfile, explain?: ScheduleRemark): (Wave & Demand)[] {
  const waveOf = new Int32Array(g.tiles.length);
  const out: (Wave & Demand)[] = [];
  for (const unit of units) {
    const inUnit = new Set(unit);
    // The edge that places the unit latest, for the remark.
    let best: { at: number; from: number; to: number; sync: string } | undefined;
    for (const t of unit) {
      for (const e of g.preds[t]) {
        const at = waveOf[e.from] + (e.sync === 'barrier' ? 1 : 0);
        if (!inUnit.has(e.from) && (!best || at > best.at)) best = { at, from: e.from, to: t, sync: e.sync };
      }
    }
    const demand = demandOf(g, unit, gpu);
    const earliest = best?.at ?? 0;
    let w = earliest;
    let skipped: string | undefined;
    for (; out[w]; w++) {
      const why = narrows(out[w], demand, gpu, false);
      if (!why) break;
      skipped ??= why;
    }
    for (const t of unit) waveOf[t] = w;
    if (out[w]) {
      out[w].units.push(unit);
      out[w].use = combinedUse([out[w].use, demand.use]);
      out[w].tasks += demand.tasks;
    } else out[w] = { units: [unit], ...demand };
    if (explain) {
      const edge = best && `@${g.names[best.from]} -> @${g.names[best.to]}`;
      const why = !best
        ? 'no producer in the program'
        : best.sync === 'barrier'
          ? `after the wave of @${g.names[best.from]}: ${edge} is a grid barrier`
          : `with its producer @${g.names[best.from]}: ${edge} waits on ${best.sync === 'flags' ? 'per-tile flags' : 'nothing'}, no grid barrier`;
      const placed = skipped ? `wave #${w} (its edges allow wave #${earliest}, ${why}; there ${skipped})` : `wave #${w}, ${why}`;
      explain(g.tiles[unit[0]], `${names(g, unit)}: ${placed}`);
    }
  }
  return out;
}

/**
 * Splits each unit into parts whose tiles do not narrow one another (see `narrows`): a tile
 * joins the first part, not before its producers' parts, that it does not narrow.
 */
function splitUnits(g: TileGraph, units: readonly number[][], gpu: GpuProfile, explain?: ScheduleRemark): number[][] {
  return units.flatMap((unit) => {
    if (unit.length < 2) return [unit];
    const parts: (Demand & { tiles: number[] })[] = [];
    const partOf = new Map<number, number>();
    for (const t of unit) {
      const demand = demandOf(g, [t], gpu);
      let k = Math.max(0, ...g.preds[t].map((e) => partOf.get(e.from) ?? 0));
      while (parts[k] && narrows(parts[k], demand, gpu, false)) k++;
      partOf.set(t, k);
      if (!parts[k]) parts[k] = { tiles: [], ...demand };
      else Object.assign(parts[k], { use: combinedUse([parts[k].use, demand.use]), tasks: parts[k].tasks + demand.tasks });
      parts[k].tiles.push(t);
    }
    if (parts.length > 1) explain?.(g.tiles[unit[0]], `${names(g, unit)} split into ${parts.map((p) => `[${names(g, p.tiles)}]`).join(', ')}: together their blocks would run fewer at once than apart`);
    return parts.map((p) => p.tiles);
  });
}

/** A launch being built: its phases and what its kernel needs (`tasks`: its widest phase's). */
interface LaunchPlan extends Demand {
  readonly phases: number[][];
}

/** Groups waves into launches: a wave joins the current launch while it does not narrow it (see `narrows`). */
function launches(g: TileGraph, ws: readonly (Wave & Demand)[], gpu: GpuProfile, explain?: ScheduleRemark): LaunchPlan[] {
  const out: LaunchPlan[] = [];
  ws.forEach((w, i) => {
    const tiles = tilesOf(w);
    const here = `wave #${i} (${names(g, tiles)}, ${w.tasks} task${w.tasks === 1 ? '' : 's'})`;
    const last = out[out.length - 1];
    const why = last && narrows(last, w, gpu, true);
    if (last && !why) {
      last.phases.push(tiles);
      last.use = combinedUse([last.use, w.use]);
      last.tasks = Math.max(last.tasks, w.tasks);
      const occ = occupancy(gpu, last.use);
      explain?.(g.tiles[tiles[0]], `${here} joins launch #${out.length - 1} as phase #${last.phases.length - 1} behind a grid barrier: ${occ.residentBlocks} blocks resident (${occ.reason}), ${concurrency(last.tasks, occ)} at once, no fewer than either part alone`);
      return;
    }
    const occ = occupancy(gpu, w.use);
    explain?.(g.tiles[tiles[0]], last ? `${here} starts launch #${out.length}: with launch #${out.length - 1} ${why}` : `${here} starts launch #0: ${occ.residentBlocks} blocks resident (${occ.reason})`);
    out.push({ phases: [tiles], use: w.use, tasks: w.tasks });
  });
  return out;
}

/**
 * Schedules `program` for `gpu`: waves of its phases (its launches', or one per tile), fitted
 * to occupancy and grouped into launches; sets `launches` and `block.gpu`. Returns the launches.
 */
export function schedule(program: Operation, deps: BlockDependency, gpu: GpuProfile, explain?: ScheduleRemark): Launch[] {
  const g = tileGraph(program, deps);
  const plans = launches(g, waves(g, splitUnits(g, unitsOf(g), gpu, explain), gpu, explain), gpu, explain);
  const result = plans.map((p) => p.phases.map((ph) => ph.map((t) => g.names[t])));
  program.setProp('launches', launchesAttr(program.context, result));
  program.setAttr(GPU_ATTR, StringAttr.get(program.context, gpu.name));
  return result;
}

/** The programs `deps` analysed. */
const programsOf = (deps: BlockDependency) => new Set(deps.tiles.map((t) => t.program));

/** block-coschedule then block-schedule on every program under `root`, remarks to `explain` (block-explain's part). */
export function explainSchedule(root: Operation, explain: ScheduleRemark, gpu: GpuProfile = gpuProfile('h100')!): void {
  const deps = new BlockDependency(root);
  for (const program of programsOf(deps)) {
    coschedule(program, deps, explain);
    schedule(program, deps, gpu, explain);
  }
}

export const schedulePass = definePass({
  name: 'block-schedule',
  summary: 'Order the phases of every block program into waves and launches that respect its dependencies and the GPU occupancy',
  description:
    'Each phase (of block-coschedule, else each tile) goes to the earliest wave its edges allow: after a grid-barrier producer, with a ' +
    'flags producer. Waves join a launch (separated by grid barriers, blocks resident together) while its blocks fit on the GPU and run ' +
    "no fewer at once than either part alone; otherwise a new launch starts. Sets `launches` and `block.gpu`. With explain=true each decision is a remark.",
  anchor: 'func.func',
  options: {
    gpu: Option.enum(['a100', 'h100', 'h200'], 'h100', `the GPU profile (${gpuProfileNames().join(', ')})`),
    explain: Option.bool(false, 'emit a remark per decision (wave, split, launch) saying why'),
  },
  statistics: { 'num-launches': 'Launches', 'num-phases': 'Phases (grid barriers + launches)' },
  run(ctx) {
    const deps = ctx.getAnalysis(BlockDependency);
    const gpu = gpuProfile(ctx.options.gpu)!;
    const explain: ScheduleRemark | undefined = ctx.options.explain ? (op, m) => void op.emitRemark(m) : undefined;
    for (const program of programsOf(deps)) {
      const result = schedule(program, deps, gpu, explain);
      ctx.addStatistic('num-launches', result.length);
      ctx.addStatistic('num-phases', result.reduce((s, l) => s + l.length, 0));
    }
    // The launches property is new IR (verified after the pass); the dependencies are unchanged.
    ctx.markAnalysesPreserved(BlockDependency);
  },
});
