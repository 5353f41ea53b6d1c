// One kernel per launch: phases of tasks separated by grid barriers; in a phase the block index
// picks a task (a dispatch over the co-scheduled tiles' ranges, a loop when there are more
// tasks than blocks); flags order tasks of one phase (wait before, signal after; lower-flags.ts).
import { Builder, MemRefType, type Block, type Location, type Operation, type Value } from '../../../lib/ir/index.js';
import { BlockDependency } from '../../block/analysis/dependency.js';
import { tileCompute, tileComputes, tileGrid, tileSizes } from '../../block/tile.js';
import { computeIterators } from '../../tensor/index.js';
import { tileCount } from '../../block/tiling.js';
import { Emitter } from './lower-emit.js';
import { emitTile, type KernelScope } from './lower-tile.js';
import { emitFusedTile, fusedThreads, tilePlan } from './lower-fused.js';
import { createGpuFunc, gpuBarrier, gpuGridSync, gpuIndex, type GpuFuncParts } from './lower-gpu-ops.js';
import { emitFlagSignals, emitFlagWaits, type FlagLayout } from './lower-flags.js';

/** The most threads a block gets: tiles with more points loop over them. */
export const MAX_THREADS = 256;

/** A launch: its phases (each a list of block.tile ops sharing the grid) and its grid size. */
export interface LaunchPlan {
  readonly name: string;
  readonly phases: readonly (readonly Operation[])[];
  readonly grid: number;
  readonly threads: number;
  /** Flags of the edges synchronised inside a phase (undefined when none). */
  readonly flags?: FlagLayout;
}

/** The number of tasks (tiles) of a block.tile. */
export function taskCount(tile: Operation): number {
  return tileCount(tileGrid(tile));
}

/** Threads per block for a tile: one per point of its parallel box (of the largest computed box in a fused tile), at most MAX_THREADS. */
export function threadsFor(tile: Operation): number {
  const fused = tilePlan(tile);
  if (fused) return fusedThreads(tile, fused, MAX_THREADS);
  const iterators = computeIterators(tileCompute(tile)!);
  const points = tileSizes(tile).reduce((n, s, d) => (iterators[d] === 'reduction' ? n : n * s), 1);
  return Math.min(MAX_THREADS, points);
}

/** What the kernel builder needs from the host: the memref holding each tensor value. */
export type MemrefOf = (tensor: Value) => Value | undefined;

/**
 * Builds the kernel of `plan` at the end of `kernels` (the gpu.module's block); returns it and
 * the host memrefs to pass, in argument order (the flags memref last when there is one).
 */
export function buildKernel(kernels: Block, plan: LaunchPlan, memrefOf: MemrefOf, deps: () => BlockDependency, loc: Location, staging: boolean): { kernel: Operation; args: Value[] } {
  const ctx = loc.context;
  const args: Value[] = [];
  const seen = new Set<Value>();
  const use = (v: Value | undefined) => {
    if (v && !seen.has(v)) (seen.add(v), args.push(v));
  };
  for (const phase of plan.phases) {
    for (const tile of phase) {
      // Values from outside the tile (results of its own TEs stay on chip).
      for (const te of tileComputes(tile)) te.operands.forEach((v) => v.definingOp?.parentOp !== tile && use(memrefOf(v)));
      tile.results.forEach((r) => use(memrefOf(r)));
    }
  }
  if (plan.flags) use(plan.flags.memref);
  const parts: GpuFuncParts = { name: plan.name, inputs: args.map((a) => a.type), threads: plan.threads, grid: plan.grid };
  const func = createGpuFunc(ctx, parts, loc);
  kernels.append(func.op);
  const b = new Builder(ctx);
  b.setInsertionPointToEnd(func.body);
  const e = new Emitter(b, loc, func.body);
  const kernelArg = new Map<Value, Value>(args.map((a, i) => [a, func.body.arguments[i]]));
  const kernelMemref = (tensor: Value) => {
    const m = memrefOf(tensor);
    return m && kernelArg.get(m);
  };
  const inKernel = (tensor: Value) => kernelMemref(tensor)!;
  const tid = e.put(gpuIndex(ctx, 'gpu.thread_id', loc)).result(0);
  const bid = e.put(gpuIndex(ctx, 'gpu.block_id', loc)).result(0);
  const scope: KernelScope = {
    tid,
    threads: plan.threads,
    workgroup: (type: MemRefType, slot: string) => func.attribution('workgroup', type, slot),
    private: (type: MemRefType, slot: string) => func.attribution('private', type, slot),
    barrier: () => void e.put(gpuBarrier(ctx, loc)),
  };
  const flags = plan.flags && kernelArg.get(plan.flags.memref)!;
  const task = (tile: Operation, t: Value) => {
    const te = tileCompute(tile)!;
    if (plan.flags && flags) emitFlagWaits(e, plan.flags, flags, deps(), tile, t);
    const fused = tilePlan(tile);
    if (fused) emitFusedTile(e, scope, tile, fused, kernelMemref, t, staging);
    else emitTile(e, scope, { te, tile: tileSizes(tile), inputs: te.operands.map(inKernel), outputs: tile.results.map(inKernel), staging }, t);
    const arrays = plan.flags?.signals.get(tile);
    if (arrays && flags) emitFlagSignals(e, arrays, flags, tileGrid(tile), t);
  };
  plan.phases.forEach((phase, i) => {
    if (i > 0) e.put(gpuGridSync(ctx, loc));
    const counts = phase.map(taskCount);
    const total = counts.reduce((a, b) => a + b, 0);
    const offsets = counts.reduce<number[]>((o, c) => (o.push(o[o.length - 1] + c), o), [0]);
    const dispatch = (n: Value) => {
      // Tasks are numbered tile after tile in the listed order. The ranges are split in halves,
      // so a phase of k tiles nests ifs log2(k) deep: a chain k deep made verifying, walking
      // and printing a phase of thousands of tiles quadratic.
      const at = (lo: number, hi: number): void => {
        if (hi - lo === 1) return task(phase[lo], e.sub(n, e.int(offsets[lo])));
        const mid = (lo + hi) >> 1;
        e.choose(e.lt(n, e.int(offsets[mid])), [], () => (at(lo, mid), []), () => (at(mid, hi), []));
      };
      at(0, phase.length);
    };
    if (total === plan.grid) dispatch(bid);
    else if (total < plan.grid) e.when(e.lt(bid, e.int(total)), () => dispatch(bid));
    else e.loop(bid, e.int(total), e.int(plan.grid), [], (n) => (dispatch(n), []));
  });
  func.finish();
  return { kernel: func.op, args };
}
