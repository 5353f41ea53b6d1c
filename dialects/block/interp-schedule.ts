// The block interpreter's part of a schedule: each phase boundary of a program's `launches`
// (a grid barrier, or the end of a launch) becomes a barrier between the tasks on either side.
import type { Operation } from '../../lib/ir/index.js';
import { programLaunches } from './schedule.js';
import { tileName } from './tile.js';

/** What the boundary barriers need of a task: a prerequisite count and the barriers it counts down. */
interface Waiting {
  pending: number;
  readonly barriers: number[];
}

/**
 * Adds to `barriers` one barrier per phase boundary of `program`'s schedule (none without one):
 * every task of a phase (launches taken in order, their phases in order) waits for every task
 * of the phase before it. `tasks` are by tile, in `tiles` order; within a phase the order stays
 * random, bound only by the declared dependencies.
 */
export function addScheduleBarriers<T extends Waiting>(program: Operation, tiles: readonly Operation[], tasks: readonly (readonly T[])[], barriers: { left: number; release: T[] }[]): void {
  const launches = programLaunches(program);
  if (!launches) return;
  const index = new Map(tiles.map((t, i) => [tileName(t), i]));
  const phases = launches.flat().map((ph) => ph.flatMap((n) => tasks[index.get(n) ?? -1] ?? []));
  for (let s = 1; s < phases.length; s++) {
    const [before, after] = [phases[s - 1], phases[s]];
    if (!before.length) continue;
    const b = barriers.push({ left: before.length, release: [...after] }) - 1;
    for (const t of before) t.barriers.push(b);
    for (const t of after) t.pending++;
  }
}
