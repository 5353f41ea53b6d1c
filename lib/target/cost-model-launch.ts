// The cost model of a host function: its gpu.launch_func ops, each counted (cost-model-kernel.ts),
// their phases' reads run through the L2 model in program order (cost-model-l2.ts), and each
// launch timed by the roofline, phase by phase, with its launch and sync latencies.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { DenseArrayAttr, IntegerAttr, StringAttr, SymbolRefAttr } from '../ir/attributes.js';
import { effectiveL2Bytes, type GpuProfile } from './gpu-profiles.js';
import { occupancy } from './occupancy.js';
import { rooflineSeconds, shapedBytes } from './cost-model.js';
import { countKernel, rootOf, type KernelCount, type LaunchShape, type PhaseCount } from './cost-model-kernel.js';
import { l2Hits, type StreamPhase } from './cost-model-l2.js';

/** A phase of a launch after L2: `dramBytesRead` is what misses L2, `dramBytesReadNoL2` all the phase reads of global memory. */
export interface LaunchPhase extends PhaseCount {
  readonly dramBytesReadNoL2: number;
}

/** One launch in a host function, with its counts and estimate; `dramBytesRead` is after L2. */
export interface LaunchCost extends Omit<KernelCount, 'phases'> {
  readonly phases: readonly LaunchPhase[];
  /** What the launch reads of global memory, hits in L2 included (the count before the L2 model). */
  readonly dramBytesReadNoL2: number;
  /** `@module::@kernel`. */
  readonly kernel: string;
  readonly cooperative: boolean;
  /** Blocks that can be resident at once (blocks per SM from shared memory, registers and threads, times SMs). */
  readonly residentBlocks: number;
  /** Blocks per SM the launch's resource use allows. */
  readonly blocksPerSm: number;
  readonly estimatedMs: number;
}

/** The totals of a host function. */
export interface FunctionCost {
  readonly name: string;
  readonly launches: readonly LaunchCost[];
  /** Distinct kernels launched. */
  readonly kernels: number;
  readonly gridSyncs: number;
  readonly flagWaits: number;
  /** DRAM bytes read after L2. */
  readonly dramBytesRead: number;
  /** Global memory bytes read, every one counted as a DRAM read. */
  readonly dramBytesReadNoL2: number;
  readonly dramBytesWritten: number;
  /** Bytes between the L2 and the SMs (every global load and store, hits included). */
  readonly l2Bytes: number;
  readonly flops: number;
  /** The part of `flops` on the tensor cores. */
  readonly tensorFlops: number;
  readonly estimatedMs: number;
}

/** Registers a thread is assumed to use (the block level's estimate; kernels carry no register count). */
export const REGISTERS_PER_THREAD = 32;

/** The operand groups of a gpu.launch_func, from its operand segment sizes. */
function launchGroups(op: Operation): Value[][] | undefined {
  const seg = op.getProp('operandSegmentSizes') ?? op.getAttr('operandSegmentSizes');
  if (!(seg instanceof DenseArrayAttr)) return undefined;
  const groups: Value[][] = [];
  let at = 0;
  for (const n of seg.values.map(Number)) {
    groups.push(op.operands.slice(at, at + n));
    at += n;
  }
  return groups;
}

function constantIndex(v: Value | undefined): number | undefined {
  const def = v?.definingOp;
  if (!def || def.name.name !== 'arith.constant') return undefined;
  const a = def.getProp('value') ?? def.getAttr('value');
  return a instanceof IntegerAttr ? Number(a.value) : undefined;
}

/** The grid, block and dynamic shared memory of a launch whose sizes are constants; undefined otherwise. */
export function launchShape(op: Operation): LaunchShape | undefined {
  const g = launchGroups(op);
  if (!g || g.length < 11) return undefined;
  const dims = g.slice(1, 7).map((v) => constantIndex(v[0]));
  if (dims.some((d) => d === undefined)) return undefined;
  const [gx, gy, gz, bx, by, bz] = dims as number[];
  const dyn = g[10][0] ? (constantIndex(g[10][0]) ?? 0) : 0;
  return { grid: [gx, gy, gz], block: [bx, by, bz], dynamicSharedMemory: dyn };
}

/** The gpu.func a launch names, searched in the symbol tables around it. */
export function launchedKernelOf(launch: Operation): Operation | undefined {
  const ref = launch.getProp('kernel') ?? launch.getAttr('kernel');
  if (!(ref instanceof SymbolRefAttr) || ref.nested.length !== 1) return undefined;
  const named = (table: Operation, name: string, kind: string): Operation | undefined => {
    for (const block of table.regions[0]?.blocks ?? []) {
      for (const op of block.operations) {
        const sym = op.getAttr('sym_name') ?? op.getProp('sym_name');
        if (op.name.name === kind && sym instanceof StringAttr && sym.value === name) return op;
      }
    }
    return undefined;
  };
  for (let table = launch.parentOp; table; table = table.parentOp) {
    const module = named(table, ref.root, 'gpu.module');
    if (module) return named(module, ref.nested[0], 'gpu.func');
  }
  return undefined;
}

/** The roofline milliseconds of one counted launch: per phase the largest of DRAM, L2 and compute time, then launch and sync latencies. */
export function launchMs(gpu: GpuProfile, count: Pick<KernelCount, 'phases' | 'blocks' | 'dtype' | 'tensorDtype' | 'gridSyncs' | 'maxFlagWaitsPerBlock'>): number {
  const active = count.blocks;
  let seconds = 0;
  for (const p of count.phases) {
    const work = {
      dramBytesRead: p.dramBytesRead, dramBytesWritten: p.dramBytesWritten, l2Bytes: p.l2Bytes, flops: p.flops, dtype: count.dtype, tensorCores: false,
      tensorFlops: p.tensorFlops, tensorDtype: count.tensorDtype, blocks: active, launches: 0, gridSyncs: 0, flagWaitChain: 0,
    };
    seconds += rooflineSeconds(gpu, work);
  }
  const sync = { dramBytesRead: 0, dramBytesWritten: 0, flops: 0, dtype: count.dtype, tensorCores: false, blocks: active, launches: 1 };
  seconds += rooflineSeconds(gpu, { ...sync, gridSyncs: count.gridSyncs, flagWaitChain: count.maxFlagWaitsPerBlock });
  return seconds * 1e3;
}

/** A launch counted but not yet put through L2 and timed. */
interface CountedLaunch {
  readonly count: KernelCount;
  readonly kernel: string;
  readonly cooperative: boolean;
  readonly residentBlocks: number;
  readonly blocksPerSm: number;
  /** Per kernel argument, the host buffer it is (views as their source). */
  readonly buffers: readonly Value[];
}

function countLaunch(gpu: GpuProfile, launch: Operation): CountedLaunch | { problem: string } {
  const kernel = launchedKernelOf(launch);
  if (!kernel) return { problem: 'the launched kernel was not found' };
  const shape = launchShape(launch);
  if (!shape) return { problem: 'grid and block sizes are not constants' };
  const count = countKernel(kernel, shape);
  const fit = occupancy(gpu, { threads: count.threadsPerBlock, registersPerThread: REGISTERS_PER_THREAD, sharedMemory: count.sharedMemory });
  const ref = launch.getProp('kernel') as SymbolRefAttr;
  return {
    count,
    kernel: `@${ref.root}::@${ref.nested[0]}`,
    cooperative: launch.getAttr('cooperative') !== undefined,
    residentBlocks: fit.residentBlocks,
    blocksPerSm: fit.blocksPerSm,
    buffers: (launchGroups(launch)?.[11] ?? []).map(rootOf),
  };
}

/** Per-buffer bytes keyed by host buffer: arguments that are the same buffer add up, bounded by the buffer's size. */
function byBuffer(byArg: ReadonlyMap<number, number>, buffers: readonly Value[]): Map<Value, number> {
  const m = new Map<Value, number>();
  for (const [arg, bytes] of byArg) {
    const v = buffers[arg];
    if (v) m.set(v, (m.get(v) ?? 0) + bytes);
  }
  for (const [v, bytes] of m) {
    const size = shapedBytes(v.type);
    if (size > 0) m.set(v, Math.min(bytes, size));
  }
  return m;
}

/** True for a buffer the host function allocates: its contents are undefined until a kernel writes them. */
function isAllocation(v: Value): boolean {
  const def = v.definingOp;
  return def ? /^(memref|gpu)\.alloc$/.test(def.name.name) : false;
}

/** Runs the phases of `counted` (in order, one stream: L2 survives launches) through the L2 model of `gpu` and times each launch. */
function withL2(gpu: GpuProfile, counted: readonly CountedLaunch[]): LaunchCost[] {
  const stream: StreamPhase<Value>[] = counted.flatMap((c) => c.count.phases.map((p) => ({ reads: byBuffer(p.readByArg, c.buffers), writes: byBuffer(p.writtenByArg, c.buffers) })));
  const hits = l2Hits(stream, effectiveL2Bytes(gpu), isAllocation);
  let at = 0;
  return counted.map((c) => {
    const phases = c.count.phases.map((p) => ({ ...p, dramBytesRead: p.dramBytesRead - hits[at++], dramBytesReadNoL2: p.dramBytesRead }));
    const after = { ...c.count, phases, dramBytesRead: phases.reduce((s, p) => s + p.dramBytesRead, 0), dramBytesReadNoL2: c.count.dramBytesRead };
    const { kernel, cooperative, residentBlocks, blocksPerSm } = c;
    return { ...after, kernel, cooperative, residentBlocks, blocksPerSm, estimatedMs: launchMs(gpu, after) };
  });
}

/** Costs one launch on its own (nothing in L2 when it starts); the reason when its sizes are not constants or its kernel is missing. */
export function costLaunch(gpu: GpuProfile, launch: Operation): LaunchCost | { problem: string } {
  const c = countLaunch(gpu, launch);
  return 'problem' in c ? c : withL2(gpu, [c])[0];
}

/**
 * Costs every launch of host function `func` (in program order, nested regions included;
 * L2 carries data from one launch to the next); problems go to `report`.
 */
export function costFunction(gpu: GpuProfile, func: Operation, report: (op: Operation, problem: string) => void): FunctionCost {
  const counted: CountedLaunch[] = [];
  func.walk((op) => {
    if (op.name.name !== 'gpu.launch_func') return;
    const c = countLaunch(gpu, op);
    if ('problem' in c) report(op, c.problem);
    else counted.push(c);
  }, 'pre');
  const launches = withL2(gpu, counted);
  const sum = (f: (l: LaunchCost) => number) => launches.reduce((s, l) => s + f(l), 0);
  const name = func.getAttr('sym_name') ?? func.getProp('sym_name');
  return {
    name: name instanceof StringAttr ? name.value : '',
    launches,
    kernels: new Set(launches.map((l) => l.kernel)).size,
    gridSyncs: sum((l) => l.gridSyncs),
    flagWaits: sum((l) => l.flagWaits),
    dramBytesRead: sum((l) => l.dramBytesRead),
    dramBytesReadNoL2: sum((l) => l.dramBytesReadNoL2),
    dramBytesWritten: sum((l) => l.dramBytesWritten),
    l2Bytes: sum((l) => l.l2Bytes),
    flops: sum((l) => l.flops),
    tensorFlops: sum((l) => l.tensorFlops),
    estimatedMs: sum((l) => l.estimatedMs),
  };
}
