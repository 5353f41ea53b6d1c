// The schedule of a block.program: its optional `launches` property (launches of phases of
// tile names), read and written here with its custom syntax, and what a launch needs on a GPU
// (its tiles' block resources, occupancy, grid). See the Schedule section of docs/design/block-dialect.md.
import { ArrayAttr, StringAttr, type Attribute, type MLIRContext, type OpAsmParser, type OpAsmPrinter, type Operation } from '../../lib/ir/index.js';
import { gpuProfile, type GpuProfile } from '../../lib/target/gpu-profiles.js';
import { combinedUse, occupancy, type BlockUse, type Occupancy } from '../../lib/target/occupancy.js';
import { REGISTERS_PER_THREAD } from './tile-size.js';
import { programDeps, programTiles, tileGrid, tileName, tileRegisters, tileSharedMemory } from './tile.js';

/** A phase: tile names whose tasks share one grid, in dispatch order. */
export type Phase = readonly string[];
/** A launch: phases separated by grid barriers. */
export type Launch = readonly Phase[];

/** The discardable attribute naming the GPU a program was scheduled for (`"h100"` when absent). */
export const GPU_ATTR = 'block.gpu';
/** The profile a program without `block.gpu` is checked against. */
export const DEFAULT_GPU = 'h100';

/** Whether an attribute is a well-formed `launches` value: an array of arrays of arrays of strings. */
export function isLaunchesAttr(a: Attribute): boolean {
  const arrays = (x: Attribute, inner: (y: Attribute) => boolean) => x instanceof ArrayAttr && x.elements.every(inner);
  return arrays(a, (l) => arrays(l, (p) => arrays(p, (t) => t instanceof StringAttr)));
}

/** The program's launches, or undefined when it has no schedule (one launch per tile, in program order). */
export function programLaunches(op: Operation): Launch[] | undefined {
  const a = op.getAttr('launches');
  if (!(a instanceof ArrayAttr) || !isLaunchesAttr(a)) return undefined;
  return a.elements.map((l) => (l as ArrayAttr).elements.map((p) => (p as ArrayAttr).elements.map((t) => (t as StringAttr).value)));
}

/** The `launches` attribute holding `launches`. */
export function launchesAttr(ctx: MLIRContext, launches: readonly Launch[]): Attribute {
  return ArrayAttr.get(ctx, launches.map((l) => ArrayAttr.get(ctx, l.map((p) => ArrayAttr.get(ctx, p.map((t) => StringAttr.get(ctx, t)))))));
}

/** The launches a program runs: its schedule, or one single-phase launch per tile in program order. */
export function effectiveLaunches(op: Operation): Launch[] {
  return programLaunches(op) ?? programTiles(op).map((t) => [[tileName(t)]]);
}

/** Parses `[elem, ...]` (possibly empty) with `elem` reading one element. */
function parseList<T>(p: OpAsmParser, elem: () => T): T[] {
  const out: T[] = [];
  p.parsePunct('[');
  if (p.parseOptionalPunct(']')) return out;
  do out.push(elem());
  while (p.parseOptionalPunct(','));
  p.parsePunct(']');
  return out;
}

/** Parses an optional `launches [[[@a, @b], [@c]], [[@d]]]` clause; undefined when the keyword is absent. */
export function parseOptionalLaunches(p: OpAsmParser): Attribute | undefined {
  if (!p.parseOptionalKeyword('launches')) return undefined;
  const launches = parseList(p, () => parseList(p, () => parseList(p, () => p.parseSymbolName())));
  return launchesAttr(p.context, launches);
}

/** Prints ` launches [[[@a, @b], [@c]], [[@d]]]` when the program has a schedule. */
export function printLaunches(op: Operation, p: OpAsmPrinter): void {
  const launches = programLaunches(op);
  if (!launches) return;
  const list = <T>(xs: readonly T[], each: (x: T) => void) => {
    p.write('[');
    xs.forEach((x, i) => {
      if (i) p.write(', ');
      each(x);
    });
    p.write(']');
  };
  p.write(' launches ');
  list(launches, (l) => list(l, (ph) => list(ph, (t) => p.printSymbolName(t))));
}

/** The GPU a program is scheduled for: its `block.gpu` attribute's profile (undefined for an unknown name), h100 when absent. */
export function programGpu(op: Operation): GpuProfile | undefined {
  const a = op.getAttr(GPU_ATTR);
  return gpuProfile(a instanceof StringAttr ? a.value : DEFAULT_GPU);
}

/**
 * What one block running a tile uses: threads from the tile's registers at REGISTERS_PER_THREAD
 * each (as convert-tensor-to-block estimates them; at least one thread, at most the block
 * limit, the registers spread over them), and its shared memory.
 */
export function tileUse(tile: Operation, gpu: GpuProfile): BlockUse {
  const regs = tileRegisters(tile);
  const threads = Math.min(gpu.maxThreadsPerBlock, Math.max(1, Math.ceil(regs / REGISTERS_PER_THREAD)));
  return { threads, registersPerThread: Math.ceil(regs / threads), sharedMemory: tileSharedMemory(tile) };
}

/** The number of tasks (tiles of the grid) of a block.tile. */
export function tileTasks(tile: Operation): number {
  return tileGrid(tile).reduce((a, b) => a * b, 1);
}

/** A launch as the GPU sees it. */
export interface LaunchShape {
  /** Tasks per phase. */
  readonly tasks: readonly number[];
  /** Whether its blocks must all be resident: a grid barrier between phases, or a flag wait inside a phase. */
  readonly coResident: boolean;
  /** The occupancy of its kernel (the largest resources over its tiles). */
  readonly occupancy: Occupancy;
  /**
   * Blocks to launch: every task of its largest phase when they need not be resident together;
   * otherwise at most the resident blocks, each looping over the tasks of a phase (persistent blocks).
   */
  readonly grid: number;
}

/** The shapes of `launches` of `program` on `gpu`, in one pass over its tiles and dependencies (tile names not in the program are ignored). */
export function launchShapes(program: Operation, launches: readonly Launch[], gpu: GpuProfile): LaunchShape[] {
  const byName = new Map(programTiles(program).map((t) => [tileName(t), t]));
  const tiles = (ph: Phase) => ph.flatMap((n) => byName.get(n) ?? []);
  // Where each tile runs, as "launch,phase": a flags edge inside one phase needs co-resident blocks.
  const slot = new Map(launches.flatMap((l, i) => l.flatMap((ph, j) => ph.map((n) => [n, `${i},${j}`] as const))));
  const waitsIn = new Set<number>();
  for (const e of programDeps(program)) {
    const at = slot.get(e.producer);
    if (e.sync === 'flags' && at !== undefined && at === slot.get(e.consumer)) waitsIn.add(Number(at.split(',')[0]));
  }
  return launches.map((launch, i) => {
    const tasks = launch.map((ph) => tiles(ph).reduce((s, t) => s + tileTasks(t), 0));
    const coResident = launch.length > 1 || waitsIn.has(i);
    const occ = occupancy(gpu, combinedUse(launch.flatMap((ph) => tiles(ph).map((t) => tileUse(t, gpu)))));
    const widest = Math.max(0, ...tasks);
    return { tasks, coResident, occupancy: occ, grid: coResident ? Math.min(widest, occ.residentBlocks) : widest };
  });
}

/** The shape of one launch of `program` on `gpu` (see launchShapes). */
export function launchShape(program: Operation, launch: Launch, gpu: GpuProfile): LaunchShape {
  return launchShapes(program, [launch], gpu)[0];
}
