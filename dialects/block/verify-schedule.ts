// The verifier of a block.program's schedule (`launches`): names, each tile in one phase,
// dependencies forward, grid barriers across phases, co-resident launches within occupancy.
import { StringAttr, type Operation } from '../../lib/ir/index.js';
import { gpuProfileNames } from '../../lib/target/gpu-profiles.js';
import { programDeps, programTiles, tileName } from './tile.js';
import { GPU_ATTR, launchShapes, programGpu, programLaunches } from './schedule.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** Where a tile runs: launch, phase, and its place in the phase's dispatch order. */
interface Slot {
  readonly launch: number;
  readonly phase: number;
  readonly index: number;
}

const at = (s: Slot) => `phase #${s.phase} of launch #${s.launch}`;
const before = (a: Slot, b: Slot) => a.launch - b.launch || a.phase - b.phase || a.index - b.index;

/** Verifies the `launches` of a block.program (whose tiles and dependencies verified already); true without one. */
export function verifyLaunches(op: Operation): boolean {
  const gpuAttr = op.getAttr(GPU_ATTR);
  const gpu = programGpu(op);
  if (!gpu) {
    const name = gpuAttr instanceof StringAttr ? gpuAttr.value : String(gpuAttr);
    return fail(op, `'${GPU_ATTR}' names no GPU profile '${name}'; expected one of ${gpuProfileNames().join(', ')}`);
  }
  const launches = programLaunches(op);
  if (!launches) return true;
  const names = new Set(programTiles(op).map(tileName));
  const slots = new Map<string, Slot>();
  for (let l = 0; l < launches.length; l++) {
    if (!launches[l].length) return fail(op, `launch #${l} of the schedule has no phase`);
    for (let ph = 0; ph < launches[l].length; ph++) {
      const phase = launches[l][ph];
      if (!phase.length) return fail(op, `phase #${ph} of launch #${l} has no tile`);
      for (let i = 0; i < phase.length; i++) {
        const slot = { launch: l, phase: ph, index: i };
        if (!names.has(phase[i])) return fail(op, `schedule names no tile '@${phase[i]}' of this program (${at(slot)})`);
        const seen = slots.get(phase[i]);
        if (seen) return fail(op, `tile '@${phase[i]}' is scheduled twice: in ${at(seen)} and in ${at(slot)}`);
        slots.set(phase[i], slot);
      }
    }
  }
  const missing = [...names].find((n) => !slots.has(n));
  if (missing !== undefined) return fail(op, `tile '@${missing}' is in no phase of the schedule; every tile runs in exactly one phase`);
  for (const e of programDeps(op)) {
    const [p, c] = [slots.get(e.producer)!, slots.get(e.consumer)!];
    const text = `dependency '@${e.producer} -> @${e.consumer}'`;
    if (before(p, c) > 0) return fail(op, `${text} points backwards in the schedule: @${e.consumer} (${at(c)}) is dispatched before @${e.producer} (${at(p)})`);
    if (e.sync === 'barrier' && p.launch === c.launch && p.phase === c.phase) {
      return fail(op, `${text} is a grid barrier inside ${at(p)}; put @${e.consumer} in a later phase or launch (or wait on flags)`);
    }
  }
  const shapes = launchShapes(op, launches, gpu);
  for (let l = 0; l < launches.length; l++) {
    const shape = shapes[l];
    if (shape.coResident && shape.occupancy.blocksPerSm < 1) {
      const why = launches[l].length > 1 ? 'a grid barrier between its phases' : 'flag waits inside a phase';
      return fail(op, `launch #${l} needs its blocks resident together (${why}) but no block of it fits on an SM of ${gpu.name}: ${shape.occupancy.reason}`);
    }
  }
  return true;
}
