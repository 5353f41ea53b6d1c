// The cost model of a host function: its gpu.launch_func ops, each counted (cost-model-kernel.ts)
// and timed by the roofline, phase by phase, with its launch and sync latencies.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { DenseArrayAttr, IntegerAttr, StringAttr, SymbolRefAttr } from '../ir/attributes.js';
import type { GpuProfile } from './gpu-profiles.js';
import { occupancy } from './occupancy.js';
import { rooflineSeconds } from './cost-model.js';
import { countKernel, type KernelCount, type LaunchShape } from './cost-model-kernel.js';

/** One launch in a host function, with its counts and estimate. */
export interface LaunchCost extends KernelCount {
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
  readonly dramBytesRead: number;
  readonly dramBytesWritten: number;
  readonly flops: number;
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

/** The roofline milliseconds of one counted launch: per phase the larger of DRAM and compute time, then launch and sync latencies. */
export function launchMs(gpu: GpuProfile, count: KernelCount): number {
  const active = count.blocks;
  let seconds = 0;
  for (const p of count.phases) {
    const work = { dramBytesRead: p.dramBytesRead, dramBytesWritten: p.dramBytesWritten, flops: p.flops, dtype: count.dtype, tensorCores: false, blocks: active, launches: 0, gridSyncs: 0, flagWaitChain: 0 };
    seconds += rooflineSeconds(gpu, work);
  }
  const sync = { dramBytesRead: 0, dramBytesWritten: 0, flops: 0, dtype: count.dtype, tensorCores: false, blocks: active, launches: 1 };
  seconds += rooflineSeconds(gpu, { ...sync, gridSyncs: count.gridSyncs, flagWaitChain: count.maxFlagWaitsPerBlock });
  return seconds * 1e3;
}

/** Costs one launch; undefined (with the reason) when its sizes are not constants or its kernel is missing. */
export function costLaunch(gpu: GpuProfile, launch: Operation): LaunchCost | { problem: string } {
  const kernel = launchedKernelOf(launch);
  if (!kernel) return { problem: 'the launched kernel was not found' };
  const shape = launchShape(launch);
  if (!shape) return { problem: 'grid and block sizes are not constants' };
  const count = countKernel(kernel, shape);
  const fit = occupancy(gpu, { threads: count.threadsPerBlock, registersPerThread: REGISTERS_PER_THREAD, sharedMemory: count.sharedMemory });
  const ref = launch.getProp('kernel') as SymbolRefAttr;
  return {
    ...count,
    kernel: `@${ref.root}::@${ref.nested[0]}`,
    cooperative: launch.getAttr('cooperative') !== undefined,
    residentBlocks: fit.residentBlocks,
    blocksPerSm: fit.blocksPerSm,
    estimatedMs: launchMs(gpu, count),
  };
}

/** Costs every launch of host function `func` (in program order, nested regions included); problems go to `report`. */
export function costFunction(gpu: GpuProfile, func: Operation, report: (op: Operation, problem: string) => void): FunctionCost {
  const launches: LaunchCost[] = [];
  func.walk((op) => {
    if (op.name.name !== 'gpu.launch_func') return;
    const c = costLaunch(gpu, op);
    if ('problem' in c) report(op, c.problem);
    else launches.push(c);
  }, 'pre');
  const sum = (f: (l: LaunchCost) => number) => launches.reduce((s, l) => s + f(l), 0);
  const name = func.getAttr('sym_name') ?? func.getProp('sym_name');
  return {
    name: name instanceof StringAttr ? name.value : '',
    launches,
    kernels: new Set(launches.map((l) => l.kernel)).size,
    gridSyncs: sum((l) => l.gridSyncs),
    flagWaits: sum((l) => l.flagWaits),
    dramBytesRead: sum((l) => l.dramBytesRead),
    dramBytesWritten: sum((l) => l.dramBytesWritten),
    flops: sum((l) => l.flops),
    estimatedMs: sum((l) => l.estimatedMs),
  };
}
