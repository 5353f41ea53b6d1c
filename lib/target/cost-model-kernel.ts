// The cost model of one gpu kernel launch: op counts from static trip counts, times threads,
// times blocks; DRAM bytes per phase (between grid barriers) as the bytes of each global buffer
// touched, bounded by the buffer's size. Works on the generic IR (op names), so any kernel in
// the gpu/scf/arith/math/memref subset can be costed. The rules: docs/design/gpu-dialect.md.
import type { Operation } from '../ir/operation.js';
import { BlockArgument, type Value } from '../ir/value.js';
import type { Region } from '../ir/region.js';
import { TypeAttr } from '../ir/attributes.js';
import { FloatType, FunctionType, MemRefType, type Type } from '../ir/types.js';
import type { PeakDtype } from './gpu-profiles.js';
import { elementBytes, peakDtypeOf, shapedBytes } from './cost-model.js';
import { countMma, WARP_SIZE } from './cost-model-mma.js';
import { laneVaryingValues } from './cost-model-uniform.js';
import { countBelowZero, evaluate, lin, mk, truthFraction, type Known } from './cost-model-eval.js';

/** The launch configuration of a kernel: grid and block sizes (x, y, z) and dynamic shared memory bytes. */
export interface LaunchShape {
  readonly grid: readonly [number, number, number];
  readonly block: readonly [number, number, number];
  readonly dynamicSharedMemory: number;
}

/** What one phase (the code between two grid barriers) of a launch moves and computes. */
export interface PhaseCount {
  /** Per kernel argument: bytes the phase reads from it (distinct bytes, bounded by the buffer). */
  readonly readByArg: ReadonlyMap<number, number>;
  readonly writtenByArg: ReadonlyMap<number, number>;
  readonly dramBytesRead: number;
  readonly dramBytesWritten: number;
  /**
   * Bytes moved between the L2 and the SMs: per block, the bytes it reads and writes of each
   * buffer (bounded by the buffer: a block's re-reads of the same bytes may hit in its L1), summed
   * over the blocks (blocks share nothing above the L2, so n blocks reading one slice move it n times).
   */
  readonly l2Bytes: number;
  /** All FLOPs, the tensor cores' included. */
  readonly flops: number;
  /** The part of `flops` on the tensor cores (gpu.subgroup_mma_compute). */
  readonly tensorFlops: number;
}

/** The counts of one launch of a kernel. */
export interface KernelCount {
  readonly phases: readonly PhaseCount[];
  readonly dramBytesRead: number;
  readonly dramBytesWritten: number;
  /** Bytes between the L2 and the SMs, summed over the phases (`PhaseCount.l2Bytes`). */
  readonly l2Bytes: number;
  readonly flops: number;
  readonly tensorFlops: number;
  /** The element type most of the FLOPs on the CUDA cores are in. */
  readonly dtype: PeakDtype;
  /** The element type most of the tensor-core FLOPs take their operands in (f32 means TF32). */
  readonly tensorDtype: PeakDtype;
  /** Grid barriers one block passes (every block passes the same ones). */
  readonly gridSyncs: number;
  /** Flag waits over all blocks. */
  readonly flagWaits: number;
  /** The most flag waits one block makes (the model's chain of waits). */
  readonly maxFlagWaitsPerBlock: number;
  readonly blockBarriers: number;
  /** Workgroup attributions plus dynamic shared memory, bytes per block. */
  readonly sharedMemory: number;
  readonly blocks: number;
  readonly threadsPerBlock: number;
  /** Places where the count had to guess (a loop with unknown bounds, a while loop); empty when exact up to the rules. */
  readonly guesses: readonly string[];
}

const FLOAT_OPS_2 = new Set(['math.fma']);
/** Ops whose every thread-execution moves memory: read, write or both. */
const LOADS = new Set(['memref.load', 'vector.load', 'affine.load']);
const STORES = new Set(['memref.store', 'vector.store', 'affine.store']);

/** True for a memref in workgroup (shared) or private memory: not DRAM. */
export function isOnChip(t: Type): boolean {
  return memorySpaceOf(t) !== 'global';
}

/**
 * The memory a memref lives in: `#gpu.address_space<workgroup|private>` (read structurally, so
 * lib/target needs no dialect) or NVVM's numbers 3 and 5; anything else is global.
 */
export function memorySpaceOf(t: Type): 'global' | 'workgroup' | 'private' {
  if (!(t instanceof MemRefType) || t.memorySpace === null) return 'global';
  const space = t.memorySpace;
  const value = 'value' in space ? (space as { value: unknown }).value : undefined;
  if (value === 'workgroup' || value === 3n) return 'workgroup';
  if (value === 'private' || value === 5n) return 'private';
  return 'global';
}

/** The number of inputs of a gpu.func (its entry block arguments after them are attributions). */
export function kernelInputCount(kernel: Operation): number {
  const t = kernel.getProp('function_type') ?? kernel.getAttr('function_type');
  return t instanceof TypeAttr && t.value instanceof FunctionType ? t.value.inputs.length : (kernel.regions[0]?.entry?.arguments.length ?? 0);
}

/** Accumulates counts while walking a kernel for one block. */
class Counter {
  readonly values = new Map<Value, Known>();
  phase = 0;
  readonly read: Map<number, number>[] = [new Map()];
  readonly written: Map<number, number>[] = [new Map()];
  /** As `read` and `written`, but what crosses the L2: a warp-uniform access once per warp. */
  readonly l2Read: Map<number, number>[] = [new Map()];
  readonly l2Written: Map<number, number>[] = [new Map()];
  readonly flops: number[] = [0];
  readonly tensorFlops: number[] = [0];
  readonly flopsByDtype = new Map<PeakDtype, number>();
  readonly tensorFlopsByDtype = new Map<PeakDtype, number>();
  gridSyncs = 0;
  flagWaits = 0;
  barriers = 0;
  readonly guesses = new Set<string>();

  constructor(
    readonly bid: readonly [number, number, number],
    readonly shape: LaunchShape,
    readonly threads: number,
    readonly argIndex: ReadonlyMap<Value, number>,
    /** Values that decide control flow (if conditions, loop bounds, switch indices) or feed those. */
    readonly control: ReadonlySet<Value>,
    /** Values that may differ between the lanes of a warp (cost-model-uniform.ts). */
    readonly varying: ReadonlySet<Value>,
  ) {}

  known(v: Value): Known | undefined {
    return this.values.get(v);
  }

  num(v: Value): number | undefined {
    const k = this.values.get(v);
    return typeof k === 'number' ? k : undefined;
  }

  /**
   * Counts `bytes` of thread-executions reading or writing `memref`; with `uniform` (every lane
   * of a warp at the same address), only a warp's share crosses the L2.
   */
  access(kind: 'read' | 'written', memref: Value, bytes: number, uniform = false): void {
    const arg = this.argIndex.get(rootOf(memref));
    if (arg === undefined) return;
    const add = (m: Map<number, number>, b: number) => m.set(arg, (m.get(arg) ?? 0) + b);
    add(this[kind][this.phase], bytes);
    add((kind === 'read' ? this.l2Read : this.l2Written)[this.phase], uniform ? bytes / WARP_SIZE : bytes);
  }

  /** True when an address (a memref and its indices) is the same for all lanes of a warp. */
  uniform(address: readonly Value[]): boolean {
    return address.every((v) => !this.varying.has(v));
  }

  nextPhase(): void {
    this.phase++;
    this.read.push(new Map());
    this.written.push(new Map());
    this.l2Read.push(new Map());
    this.l2Written.push(new Map());
    this.flops.push(0);
    this.tensorFlops.push(0);
  }

  addFlops(f: number, dtype: PeakDtype, tensorCores: boolean): void {
    this.flops[this.phase] += f;
    if (tensorCores) this.tensorFlops[this.phase] += f;
    const by = tensorCores ? this.tensorFlopsByDtype : this.flopsByDtype;
    by.set(dtype, (by.get(dtype) ?? 0) + f);
  }
}

/** The memref a view chain starts from (subviews, casts, reinterpret_casts are the same buffer). */
export function rootOf(v: Value): Value {
  let cur = v;
  for (;;) {
    const def = cur.definingOp;
    if (!def || !/^memref\.(subview|cast|reinterpret_cast|collapse_shape|expand_shape|view)$/.test(def.name.name)) return cur;
    cur = def.operand(0);
  }
}

/**
 * The values of `kernel` that decide control flow: scf.if conditions, loop bounds and steps,
 * switch indices, and every value they are computed from. A loop whose induction variable is
 * among them is walked iteration by iteration; other loops are walked once and weighted by
 * their trip count.
 */
function controlValues(kernel: Operation): Set<Value> {
  const roots: Value[] = [];
  kernel.walk((op) => {
    const n = op.name.name;
    if (n === 'scf.if' || n === 'scf.index_switch' || n === 'cf.cond_br') roots.push(op.operand(0));
    else if (n === 'scf.for') roots.push(op.operand(0), op.operand(1), op.operand(2));
  });
  const seen = new Set<Value>();
  const stack = [...roots];
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    const def = v.definingOp;
    if (def) stack.push(...def.operands);
    else if (v instanceof BlockArgument) {
      // A loop's induction variable depends on the loop's bounds.
      const owner = v.owner.parentOp;
      if (owner?.name.name === 'scf.for') stack.push(...owner.operands.slice(0, 3));
    }
  }
  return seen;
}

const gridSyncInside = new WeakMap<Region, boolean>();

/** True when `region` (at any depth) holds a grid barrier: such loops are walked iteration by iteration. */
function holdsGridSync(region: Region): boolean {
  let found = gridSyncInside.get(region);
  if (found !== undefined) return found;
  found = false;
  for (const b of region.blocks) for (const op of b.operations) op.walk((o) => void (o.name.name === 'gpu.grid_sync' && (found = true)));
  gridSyncInside.set(region, found);
  return found;
}

/** Walks a region's first block with `weight` thread-executions per op (the block's threads times enclosing trips). */
function walkRegion(region: Region, weight: number, c: Counter): void {
  const block = region.blocks[0];
  if (!block) return;
  for (const op of block.operations) walkOp(op, weight, c);
}

function tripCount(lo: number, hi: number, step: number): number {
  return step > 0 && hi > lo ? Math.ceil((hi - lo) / step) : 0;
}

function walkFor(op: Operation, weight: number, c: Counter): void {
  const [lo, hi, step] = [c.known(op.operand(0)), c.known(op.operand(1)), c.known(op.operand(2))];
  const body = op.regions[0];
  const iv = body.blocks[0]?.arguments[0];
  if (typeof lo === 'number' && typeof hi === 'number' && typeof step === 'number') {
    const trips = tripCount(lo, hi, step);
    if (iv && (c.control.has(iv) || holdsGridSync(body))) {
      for (let i = 0; i < trips; i++) {
        c.values.set(iv, lo + i * step);
        walkRegion(body, weight, c);
      }
      return;
    }
    if (iv) c.values.delete(iv);
    walkRegion(body, weight * trips, c);
    return;
  }
  // A thread-strided loop (`for p = tid to n step threads`): iteration k runs on the threads
  // whose `lo + k * step` is below `hi`; walked iteration by iteration (the induction variable
  // stays linear in the thread index) when it decides control flow, else weighted by the trips
  // summed over the threads.
  if (lo !== undefined && typeof hi === 'number' && typeof step === 'number' && step > 0) {
    const l = lin(lo);
    // Threads still looping at iteration k: those with l.tid * t + l.c + k * step < hi.
    const active = (k: number) => countBelowZero(l.tid, l.c + k * step - hi, c.threads);
    const walkEach = iv !== undefined && c.control.has(iv);
    if (iv && !walkEach) c.values.delete(iv);
    let total = 0;
    for (let k = 0; ; k++) {
      const n = active(k);
      if (n === 0) break;
      if (walkEach) {
        c.values.set(iv, mk(l.tid, l.c + k * step));
        walkRegion(body, (weight * n) / c.threads, c);
      }
      total += n;
    }
    if (!walkEach) walkRegion(body, (weight / c.threads) * total, c);
    return;
  }
  c.guesses.add('scf.for with unknown bounds counted once');
  walkRegion(body, weight, c);
}

function walkOp(op: Operation, weight: number, c: Counter): void {
  const n = op.name.name;
  if (weight === 0) return;
  switch (n) {
    case 'scf.for':
      return walkFor(op, weight, c);
    case 'scf.if': {
      const f = truthFraction(op.operand(0), c);
      const hasElse = op.regions[1]?.blocks.length > 0;
      if (f === undefined) {
        walkRegion(op.regions[0], hasElse ? weight / 2 : weight, c);
        if (hasElse) walkRegion(op.regions[1], weight / 2, c);
        return;
      }
      walkRegion(op.regions[0], weight * f, c);
      if (hasElse) walkRegion(op.regions[1], weight * (1 - f), c);
      return;
    }
    case 'scf.index_switch': {
      const k = c.known(op.operand(0));
      const cases = (op.getProp('cases') ?? op.getAttr('cases')) as { values?: readonly (number | bigint)[] } | undefined;
      const values = (cases?.values ?? []).map(Number);
      if (typeof k === 'number') {
        const i = values.indexOf(k);
        // regions: the default first, as MLIR's index_switch stores it.
        return walkRegion(op.regions[i < 0 ? 0 : i + 1], weight, c);
      }
      for (const r of op.regions) walkRegion(r, weight / op.regions.length, c);
      return;
    }
    case 'scf.while':
    case 'scf.execute_region':
      if (n === 'scf.while') c.guesses.add('scf.while counted once');
      for (const r of op.regions) walkRegion(r, weight, c);
      return;
    case 'gpu.grid_sync':
      c.gridSyncs++;
      c.nextPhase();
      return;
    case 'gpu.flag_wait':
      c.flagWaits += weight / c.threads;
      return;
    case 'gpu.barrier':
      c.barriers += weight / c.threads;
      return;
  }
  if (n.startsWith('gpu.subgroup_mma_')) {
    // Warp-collective: every lane of a warp executes it once together.
    const m = countMma(op, weight / WARP_SIZE);
    if (m.read) c.access('read', m.read, m.bytes);
    if (m.written) c.access('written', m.written, m.bytes);
    if (m.flops) c.addFlops(m.flops, m.dtype, m.tensorCores);
    return;
  }
  if (LOADS.has(n)) return c.access('read', op.operand(0), weight * elementBytes(op.result(0).type), c.uniform(op.operands));
  if (STORES.has(n)) return c.access('written', op.operand(1), weight * elementBytes(op.operand(0).type), c.uniform(op.operands.slice(1)));
  if (n === 'memref.atomic_rmw') {
    const bytes = weight * elementBytes(op.operand(0).type);
    c.access('read', op.operand(1), bytes);
    return c.access('written', op.operand(1), bytes);
  }
  if ((op.name.dialect === 'arith' || op.name.dialect === 'math') && op.numResults === 1 && op.result(0).type instanceof FloatType && n !== 'arith.constant' && !/^arith\.(bitcast|sitofp|uitofp|extf|truncf|select)$/.test(n)) {
    return c.addFlops(weight * (FLOAT_OPS_2.has(n) ? 2 : 1), peakDtypeOf(op.result(0).type), false);
  }
  if (op.numResults > 0 && (op.name.dialect === 'arith' || op.name.dialect === 'gpu' || n === 'index.constant')) {
    const v = evaluate(op, c);
    if (v !== undefined) c.values.set(op.result(0), v);
    else c.values.delete(op.result(0));
    if (n === 'arith.select') {
      const f = truthFraction(op.operand(0), c);
      const chosen = f === 1 ? c.known(op.operand(1)) : f === 0 ? c.known(op.operand(2)) : undefined;
      if (chosen !== undefined) c.values.set(op.result(0), chosen);
    }
    return;
  }
  for (const r of op.regions) walkRegion(r, weight, c);
}

/** The dtype with the most FLOPs (f32 when there are none). */
function mostOf(byDtype: ReadonlyMap<PeakDtype, number>): PeakDtype {
  let dtype: PeakDtype = 'f32';
  let most = -1;
  for (const [d, f] of byDtype) if (f > most) [dtype, most] = [d, f];
  return dtype;
}

/** Bytes of the workgroup attributions of `kernel` (static shared memory per block). */
export function staticSharedMemory(kernel: Operation): number {
  const args = kernel.regions[0]?.entry?.arguments ?? [];
  return args.slice(kernelInputCount(kernel)).reduce((s, a) => s + (memorySpaceOf(a.type) === 'workgroup' ? shapedBytes(a.type) : 0), 0);
}

/**
 * Counts one launch of `kernel` with `shape`: walks the kernel once per block (control flow
 * that depends on the block index, like the dispatch of co-scheduled tasks and partial edge
 * tiles, is followed exactly), weighting each op by the thread-executions reaching it.
 * Phase bytes per buffer are bounded by the buffer's size.
 */
export function countKernel(kernel: Operation, shape: LaunchShape): KernelCount {
  const entry = kernel.regions[0]?.entry;
  const inputs = kernelInputCount(kernel);
  const argIndex = new Map<Value, number>();
  const argBytes: number[] = [];
  (entry?.arguments ?? []).slice(0, inputs).forEach((a, i) => {
    if (a.type instanceof MemRefType && !isOnChip(a.type)) argIndex.set(a, i);
    argBytes[i] = shapedBytes(a.type);
  });
  const threads = shape.block[0] * shape.block[1] * shape.block[2];
  const blocks = shape.grid[0] * shape.grid[1] * shape.grid[2];
  const control = controlValues(kernel);
  const varying = laneVaryingValues(kernel);
  const phases: { read: Map<number, number>; written: Map<number, number>; l2: number; flops: number; tensorFlops: number }[] = [];
  const blockBytes = (m: ReadonlyMap<number, number>) => [...m].reduce((s, [arg, b]) => s + Math.min(b, argBytes[arg] ?? b), 0);
  const byDtype = new Map<PeakDtype, number>();
  const tensorByDtype = new Map<PeakDtype, number>();
  let gridSyncs = 0;
  let flagWaits = 0;
  let maxWaits = 0;
  let barriers = 0;
  const guesses = new Set<string>();
  for (let z = 0; z < shape.grid[2]; z++) {
    for (let y = 0; y < shape.grid[1]; y++) {
      for (let x = 0; x < shape.grid[0]; x++) {
        const c = new Counter([x, y, z], shape, threads, argIndex, control, varying);
        if (entry) for (const op of entry.operations) walkOp(op, threads, c);
        c.read.forEach((m, p) => {
          phases[p] ??= { read: new Map(), written: new Map(), l2: 0, flops: 0, tensorFlops: 0 };
          phases[p].l2 += blockBytes(c.l2Read[p]) + blockBytes(c.l2Written[p]);
          for (const [arg, b] of m) phases[p].read.set(arg, (phases[p].read.get(arg) ?? 0) + b);
          for (const [arg, b] of c.written[p]) phases[p].written.set(arg, (phases[p].written.get(arg) ?? 0) + b);
          phases[p].flops += c.flops[p];
          phases[p].tensorFlops += c.tensorFlops[p];
        });
        for (const [d, f] of c.flopsByDtype) byDtype.set(d, (byDtype.get(d) ?? 0) + f);
        for (const [d, f] of c.tensorFlopsByDtype) tensorByDtype.set(d, (tensorByDtype.get(d) ?? 0) + f);
        gridSyncs = Math.max(gridSyncs, c.gridSyncs);
        flagWaits += c.flagWaits;
        maxWaits = Math.max(maxWaits, c.flagWaits);
        barriers += c.barriers;
        for (const g of c.guesses) guesses.add(g);
      }
    }
  }
  const bounded = (m: Map<number, number>) => new Map([...m].map(([arg, b]) => [arg, Math.min(Math.round(b), argBytes[arg] ?? b)]));
  const sum = (m: ReadonlyMap<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const counted: PhaseCount[] = phases.map((p) => {
    const readByArg = bounded(p.read);
    const writtenByArg = bounded(p.written);
    const l2Bytes = Math.round(p.l2);
    return { readByArg, writtenByArg, dramBytesRead: sum(readByArg), dramBytesWritten: sum(writtenByArg), l2Bytes, flops: Math.round(p.flops), tensorFlops: Math.round(p.tensorFlops) };
  });
  return {
    phases: counted,
    dramBytesRead: counted.reduce((s, p) => s + p.dramBytesRead, 0),
    dramBytesWritten: counted.reduce((s, p) => s + p.dramBytesWritten, 0),
    l2Bytes: counted.reduce((s, p) => s + p.l2Bytes, 0),
    flops: counted.reduce((s, p) => s + p.flops, 0),
    tensorFlops: counted.reduce((s, p) => s + p.tensorFlops, 0),
    dtype: mostOf(byDtype),
    tensorDtype: mostOf(tensorByDtype),
    gridSyncs,
    flagWaits: Math.round(flagWaits),
    maxFlagWaitsPerBlock: Math.round(maxWaits),
    blockBarriers: Math.round(barriers),
    sharedMemory: staticSharedMemory(kernel) + shape.dynamicSharedMemory,
    blocks,
    threadsPerBlock: threads,
    guesses: [...guesses],
  };
}
