// The launches a block program runs as, by tile op, with their grids: its `launches` schedule
// (block-schedule's), else one single-phase launch per tile in program order.
import type { Operation } from '../../../lib/ir/index.js';
import type { GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { programTiles, tileName } from '../../block/tile.js';
import { effectiveLaunches, launchShape, programGpu } from '../../block/schedule.js';

/** A launch of a program: its phases (lists of block.tile ops), grid and whether its blocks wait on each other. */
export interface ScheduledLaunch {
  readonly phases: Operation[][];
  readonly grid: number;
  readonly coResident: boolean;
}

/** The program's launches, in order; grids from the program's GPU (`block.gpu`), else `fallback`. */
export function programSchedule(program: Operation, fallback: GpuProfile): ScheduledLaunch[] {
  const byName = new Map(programTiles(program).map((t) => [tileName(t), t]));
  const gpu = program.getAttr('block.gpu') ? programGpu(program) ?? fallback : fallback;
  return effectiveLaunches(program).map((launch) => {
    const shape = launchShape(program, launch, gpu);
    return { phases: launch.map((ph) => ph.map((n) => byName.get(n)!)), grid: shape.grid, coResident: shape.coResident };
  });
}
