// gpu-keep-on-chip: in a persistent kernel (phases separated by gpu.grid_sync), a slice of a
// read-only buffer that a block reads in several phases (an LSTM's weight tile, read by the same
// block at every time step) is copied once into shared memory before the first phase, and those
// phases read the copy. A slice stays in global memory, with a remark, where shared memory per
// block or the co-residency of the cooperative grid does not allow it.
import { Builder, IndexType, IntegerAttr, IntegerType, MemRefType, Operation, type Type, type Value } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { occupancy } from '../../../lib/target/occupancy.js';
import { launchShape, launchedKernelOf, REGISTERS_PER_THREAD } from '../../../lib/target/cost-model-launch.js';
import { kernelInputCount, staticSharedMemory } from '../../../lib/target/cost-model-kernel.js';
import { CmpIOp } from '../../arith/ops.js';
import { LoadOp } from '../../memref/index.js';
import { addressSpaceAttr, KeywordEnumAttr } from '../attrs.js';
import { isKernel } from '../ops-kernel.js';
import { Emitter } from './lower-emit.js';
import { regridCopy } from './merge-kernels.js';
import { bufferLoads, phasesOf, readOnlyBuffers, type Box, type BufferLoad } from './keep-on-chip-reads.js';

/** A slice one block keeps. */
interface Holding {
  readonly buffer: Value;
  readonly box: Box;
}

/** One shared-memory buffer: every block keeps at most one slice in it, at the slice's origin. */
interface Slot {
  readonly element: Type;
  readonly rank: number;
  readonly holders: Map<number, Holding>;
  /** The largest extent of the slices along each dimension (the buffer's shape). */
  readonly shape: number[];
}

/** What the pass did to one module. */
export interface KeepOnChipResult {
  readonly kernels: number;
  readonly loadsRewritten: number;
  /** Shared memory added per block, summed over kernels. */
  readonly bytesPerBlock: number;
}

const extents = (box: Box): number[] => box.map(([lo, hi]) => hi - lo + 1);
const product = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);
const contains = (outer: Box, inner: Box) => outer.every(([lo, hi], d) => lo <= inner[d][0] && inner[d][1] <= hi);

function elementBytes(t: Type): number {
  if (t instanceof IndexType) return 8;
  const width = (t as { width?: number }).width;
  return Math.ceil((width ?? 32) / 8);
}

/** Bytes a slot takes per block (its copy and its origin), with `boxes` added to it. */
function slotBytes(slot: Slot, boxes: Iterable<Box> = []): number {
  const shape = [...slot.shape];
  for (const box of boxes) box.forEach(([lo, hi], d) => (shape[d] = Math.max(shape[d], hi - lo + 1)));
  return product(shape) * elementBytes(slot.element) + slot.rank * 8;
}

/** Adds `box` to what `block` keeps in `slot`. */
function hold(slot: Slot, block: number, holding: Holding): void {
  slot.holders.set(block, holding);
  holding.box.forEach(([lo, hi], d) => (slot.shape[d] = Math.max(slot.shape[d], hi - lo + 1)));
}

function argName(kernel: Operation, v: Value): string {
  const i = kernel.regions[0].entry!.arguments.indexOf(v as never);
  return `%arg${i} (${v.type.toString()})`;
}

/** Picks the slices to keep and the loads that read them; says why for each buffer it could not keep. */
/** The pass's decision for one kernel. */
interface Plan {
  readonly slots: Slot[];
  readonly slotOf: Map<BufferLoad, Slot>;
  /** Why each buffer that stays in global memory does. */
  readonly refused: Map<Value, string>;
  /** Whether something stayed because the grid would no longer be co-resident (a smaller grid might keep it). */
  readonly crowded: boolean;
  /** Bytes the kept slices save: per block and slice, its size times the phases after the first that read it. */
  readonly saved: number;
}

function choose(kernel: Operation, gpu: GpuProfile, grid: number, threads: number, loads: readonly BufferLoad[]): Plan {
  const position = new Map<Value, number>(kernel.regions[0].entry!.arguments.map((a, i) => [a, i]));
  const key = (buffer: Value, block: number, box: Box) => `${position.get(buffer)}:${block}:${box.map((i) => i.join(',')).join(';')}`;
  const phasesOfHolding = new Map<string, Set<number>>();
  for (const l of loads) for (const [b, box] of l.boxes ?? []) {
    const k = key(l.buffer, b, box);
    phasesOfHolding.set(k, (phasesOfHolding.get(k) ?? new Set()).add(l.phase));
  }
  // A load is worth redirecting when every block reaching it reads the same slice in another phase too.
  const reuse = (l: BufferLoad) => Math.min(...[...l.boxes!].map(([b, box]) => phasesOfHolding.get(key(l.buffer, b, box))!.size));
  // Most reused first: when shared memory runs out, what stays in global memory is what is read least often.
  const candidates = loads
    .filter((l) => l.boxes && l.boxes.size > 0 && reuse(l) >= 2)
    .map((l) => ({ l, n: reuse(l) }))
    .sort((a, b) => b.n - a.n)
    .map(({ l }) => l);
  const base = staticSharedMemory(kernel);
  const slots: Slot[] = [];
  const slotOf = new Map<BufferLoad, Slot>();
  const refused = new Map<Value, string>();
  let crowded = false;
  let slotsBytes = 0;
  const used = (extra: number) => base + slotsBytes + extra;
  const why = (bytes: number): string | undefined => {
    if (bytes > gpu.sharedMemoryPerBlock) return `a block may have at most ${gpu.sharedMemoryPerBlock} bytes of shared memory on ${gpu.name} and would need ${bytes}`;
    const { residentBlocks, reason } = occupancy(gpu, { threads, registersPerThread: REGISTERS_PER_THREAD, sharedMemory: bytes });
    if (residentBlocks < grid) return `with ${bytes} bytes of shared memory per block only ${residentBlocks} blocks are resident on ${gpu.name} (${reason}), fewer than the cooperative grid's ${grid}`;
    return undefined;
  };
  for (const l of candidates) {
    const boxes = l.boxes!;
    const element = (l.buffer.type as MemRefType).elementType;
    const rank = (l.buffer.type as MemRefType).shape.length;
    const fitsIn = (slot: Slot) =>
      slot.element === element && slot.rank === rank &&
      [...boxes].every(([b, box]) => {
        const h = slot.holders.get(b);
        return !h || (h.buffer === l.buffer && contains(h.box, box));
      });
    const held = (slot: Slot) => [...boxes.keys()].filter((b) => slot.holders.has(b)).length;
    let slot: Slot | undefined = slots.filter(fitsIn).sort((a, b) => held(b) - held(a))[0];
    if (slot) {
      // Growing a slot's shape for new holders must still fit.
      const problem = why(used(slotBytes(slot, boxes.values()) - slotBytes(slot)));
      if (problem) slot = undefined;
    }
    if (!slot) {
      const fresh: Slot = { element, rank, holders: new Map(), shape: new Array<number>(rank).fill(0) };
      const bytes = slotBytes(fresh, boxes.values());
      const problem = why(used(bytes));
      if (problem && used(bytes) <= gpu.sharedMemoryPerBlock) crowded = true;
      if (problem) {
        if (!refused.has(l.buffer)) {
          const [b, box] = [...boxes][0];
          const slice = extents(box);
          const phases = phasesOfHolding.get(key(l.buffer, b, box))!.size;
          refused.set(l.buffer, `${argName(kernel, l.buffer)} stays in global memory: block ${b} reads a ${slice.join('x')} slice of it (${product(slice) * elementBytes(element)} bytes) in ${phases} phases, but ${problem}`);
        }
        continue;
      }
      slot = fresh;
      slots.push(slot);
      slotsBytes += slotBytes(slot);
    }
    slotsBytes -= slotBytes(slot);
    for (const [b, box] of boxes) if (!slot.holders.has(b)) hold(slot, b, { buffer: l.buffer, box });
    slotsBytes += slotBytes(slot);
    slotOf.set(l, slot);
  }
  prune(slots, slotOf);
  const phasesOfKept = new Map<string, Set<number>>();
  for (const [l, slot] of slotOf) for (const b of l.boxes!.keys()) {
    const k = `${slots.indexOf(slot)}:${b}`;
    phasesOfKept.set(k, (phasesOfKept.get(k) ?? new Set()).add(l.phase));
  }
  let saved = 0;
  slots.forEach((slot, i) => {
    for (const [b, h] of slot.holders) saved += ((phasesOfKept.get(`${i}:${b}`)?.size ?? 1) - 1) * product(extents(h.box)) * elementBytes(slot.element);
  });
  return { slots: slots.filter((s) => s.holders.size > 0), slotOf, refused, crowded, saved };
}

/** Drops slices that the redirected loads read in fewer than two phases (copying them costs what reading them does), and the loads that relied on them. */
function prune(slots: readonly Slot[], slotOf: Map<BufferLoad, Slot>): void {
  for (let changed = true; changed; ) {
    changed = false;
    const loadsOf = new Map<Slot, BufferLoad[]>();
    for (const [l, s] of slotOf) {
      const list = loadsOf.get(s);
      if (list) list.push(l);
      else loadsOf.set(s, [l]);
    }
    for (const slot of slots) {
      for (const b of [...slot.holders.keys()]) {
        const mine = (loadsOf.get(slot) ?? []).filter((l) => slotOf.has(l) && l.boxes!.has(b));
        if (new Set(mine.map((l) => l.phase)).size >= 2) continue;
        slot.holders.delete(b);
        for (const l of mine) slotOf.delete(l);
        changed = true;
      }
    }
  }
}

/** Runs of consecutive blocks keeping slices of one buffer and shape whose origins step evenly. */
function groupsOf(slot: Slot): { first: number; end: number; holding: Holding; step: number[] }[] {
  const groups: { first: number; end: number; holding: Holding; step: number[] }[] = [];
  const blocks = [...slot.holders.keys()].sort((a, b) => a - b);
  for (const b of blocks) {
    const h = slot.holders.get(b)!;
    const g = groups[groups.length - 1];
    const origin = h.box.map((i) => i[0]);
    if (g && g.end === b && g.holding.buffer === h.buffer && extents(g.holding.box).join() === extents(h.box).join()) {
      const step = origin.map((o, d) => o - g.holding.box[d][0]);
      const k = b - g.first;
      if (g.end - g.first === 1 && step.every((s) => s % k === 0)) {
        g.step = step.map((s) => s / k);
        g.end++;
        continue;
      }
      if (origin.every((o, d) => o === g.holding.box[d][0] + k * g.step[d])) {
        g.end++;
        continue;
      }
    }
    groups.push({ first: b, end: b + 1, holding: h, step: origin.map(() => 0) });
  }
  return groups;
}

/** Adds a workgroup attribution of `type` to `kernel` (after the others); returns its argument. */
function addWorkgroup(kernel: Operation, type: MemRefType): Value {
  const entry = kernel.regions[0].entry!;
  const count = kernel.getAttr('workgroup_attributions');
  const n = count instanceof IntegerAttr ? Number(count.value) : 0;
  const arg = entry.insertArgument(kernelInputCount(kernel) + n, type, kernel.location);
  kernel.setAttr('workgroup_attributions', IntegerAttr.get(IntegerType.get(kernel.context, 64), BigInt(n + 1)));
  return arg;
}

/**
 * Rewrites `kernel`: per slot a workgroup buffer and its origin; a prologue where each block
 * copies its slices (threads striding over the slice) and thread 0 records their origins, then
 * a block barrier; each chosen load reads the copy at its index minus the origin.
 */
function rewrite(kernel: Operation, grid: number, threads: number, slots: readonly Slot[], slotOf: ReadonlyMap<BufferLoad, Slot>): void {
  const ctx = kernel.context;
  const entry = kernel.regions[0].entry!;
  const loc = kernel.location;
  const index = IndexType.get(ctx);
  const workgroup = addressSpaceAttr(ctx, 'workgroup');
  const first = entry.first!;
  const b = new Builder(ctx);
  b.setInsertionPointBefore(first);
  const e = new Emitter(b, loc, entry);
  const id = (name: string) => e.put(Operation.create({ name, location: loc, resultTypes: [index], properties: [{ name: 'dimension', value: KeywordEnumAttr.get(ctx, 'dim', 'x') }] })).result(0);
  const bid = id('gpu.block_id');
  const tid = id('gpu.thread_id');
  const buffers = new Map<Slot, { copy: Value; origin: Value; shared: (number | undefined)[] }>();
  for (const slot of slots) {
    const holdings = [...slot.holders.values()];
    const shape = Array.from({ length: slot.rank }, (_, d) => Math.max(...holdings.map((h) => h.box[d][1] - h.box[d][0] + 1)));
    const copy = addWorkgroup(kernel, MemRefType.get(shape, slot.element, null, workgroup));
    const origin = addWorkgroup(kernel, MemRefType.get([slot.rank], index, null, workgroup));
    // Origins every holder shares are constants, not loads.
    const shared = Array.from({ length: slot.rank }, (_, d) => (new Set(holdings.map((h) => h.box[d][0])).size === 1 ? holdings[0].box[d][0] : undefined));
    for (const g of groupsOf(slot)) {
      const conditions = [...(g.first > 0 ? [e.binary(CmpIOpGe, bid, e.int(g.first))] : []), ...(g.end < grid ? [e.lt(bid, e.int(g.end))] : [])];
      const copySlice = () => {
        const k = e.sub(bid, e.int(g.first));
        const o = g.holding.box.map((i, d) => e.add(e.int(i[0]), e.mul(k, e.int(g.step[d]))));
        const ext = extents(g.holding.box);
        e.loop(tid, e.int(product(ext)), e.int(threads), [], (p) => {
          const local = e.delinearize(p, ext);
          e.store(e.load(g.holding.buffer, local.map((i, d) => e.add(o[d], i))), copy, local);
          return [];
        });
        if (shared.some((c) => c === undefined)) e.when(e.binary(CmpIOpEq, tid, e.int(0)), () => o.forEach((v, d) => shared[d] === undefined && e.store(v, origin, [e.int(d)])));
      };
      if (conditions.length) e.when(conditions.length === 2 ? e.and(conditions[0], conditions[1]) : conditions[0], copySlice);
      else copySlice();
    }
    buffers.set(slot, { copy, origin, shared });
  }
  e.put(Operation.create({ name: 'gpu.barrier', location: loc }));
  const at = new Map<Slot, { copy: Value; origin: Value[] }>();
  for (const slot of slots) {
    const { copy, origin, shared } = buffers.get(slot)!;
    at.set(slot, { copy, origin: shared.map((c, d) => (c === undefined ? e.load(origin, [e.int(d)]) : e.int(c))) });
  }
  for (const [l, slot] of slotOf) {
    const { copy, origin } = at.get(slot)!;
    b.setInsertionPointBefore(l.op);
    const local = l.op.operands.slice(1).map((i, d) => e.sub(i, origin[d]));
    const load = e.put(LoadOp.create(l.op.location, { operands: { memref: copy, indices: local } }));
    l.op.result(0).replaceAllUsesWith(load.result(0));
    l.op.erase();
  }
}

type CmpDef = { create(loc: Operation['location'], args: { operands: { lhs: Value; rhs: Value } }): Operation };
const cmp = (predicate: 'sge' | 'eq'): CmpDef => ({ create: (loc, args) => CmpIOp.create(loc, { ...args, properties: { predicate } }) });
const CmpIOpGe = cmp('sge');
const CmpIOpEq = cmp('eq');

/** The plan for `kernel` run by `launches`; undefined where the pass does not apply (one phase, no read-only buffer, sizes that differ). */
function planFor(kernel: Operation, launches: readonly Operation[], gpu: GpuProfile, remark: (op: Operation, message: string) => void): Plan | undefined {
  const phases = phasesOf(kernel);
  if (phases.length < 2 || launches.length === 0) return undefined;
  const shapes = launches.map(launchShape);
  const s = shapes[0];
  if (!s || shapes.some((t) => !t || t.grid.join() !== s.grid.join() || t.block.join() !== s.block.join()) || s.grid[1] * s.grid[2] * s.block[1] * s.block[2] !== 1) {
    remark(kernel, 'gpu-keep-on-chip: kernel left as is: its launches do not all have the same constant one-dimensional sizes');
    return undefined;
  }
  const [grid, threads] = [s.grid[0], s.block[0]];
  const buffers = readOnlyBuffers(kernel, launches);
  if (!buffers.length) return undefined;
  return choose(kernel, gpu, grid, threads, bufferLoads(kernel, phases, buffers, grid, threads));
}

/** Keeps reused slices on chip in every persistent kernel of `module`; `remark` reports what stays in global memory and what was kept. */
export function keepOnChip(module: Operation, gpu: GpuProfile, remark: (op: Operation, message: string) => void): KeepOnChipResult {
  const kernels: Operation[] = [];
  const launches = new Map<Operation, Operation[]>();
  module.walk((op) => {
    if (op.name.name === 'gpu.func' && isKernel(op)) kernels.push(op);
    if (op.name.name === 'gpu.launch_func') {
      const k = launchedKernelOf(op);
      if (k) launches.set(k, [...(launches.get(k) ?? []), op]);
    }
  });
  let done = 0;
  let loadsRewritten = 0;
  let bytesPerBlock = 0;
  for (let kernel of kernels) {
    let mine = launches.get(kernel) ?? [];
    let plan = planFor(kernel, mine, gpu, remark);
    if (!plan) continue;
    // Kept slices that crowd the cooperative grid: one block per SM (phases of more tasks loop) may keep more.
    const grid = launchShape(mine[0])!.grid[0];
    if (plan.crowded && mine.length === 1 && grid > gpu.sms) {
      const copy = regridCopy(gpu, mine[0], gpu.sms);
      const copyKernel = typeof copy === 'string' ? undefined : launchedKernelOf(copy);
      const other = copyKernel && planFor(copyKernel, [copy as Operation], gpu, () => undefined);
      if (other && other.saved > plan.saved) {
        remark(copyKernel!, `gpu-keep-on-chip: the grid of ${grid} blocks becomes ${gpu.sms}, one per SM, so that more stays on chip (${other.saved} bytes of reads saved instead of ${plan.saved})`);
        mine[0].erase();
        kernel.erase();
        [kernel, mine, plan] = [copyKernel!, [copy as Operation], other];
      } else {
        remark(kernel, `gpu-keep-on-chip: the grid stays at ${grid} blocks: ${typeof copy === 'string' ? `it cannot loop over its tasks (${copy})` : `with ${gpu.sms} blocks the kept slices would save ${other?.saved ?? 0} bytes of reads, not more than ${plan.saved}`}`);
        if (copyKernel) {
          (copy as Operation).erase();
          copyKernel.erase();
        }
      }
    }
    for (const message of plan.refused.values()) remark(kernel, `gpu-keep-on-chip: ${message}`);
    const { slots, slotOf } = plan;
    if (!slotOf.size) continue;
    const shape = launchShape(mine[0])!;
    const before = staticSharedMemory(kernel);
    rewrite(kernel, shape.grid[0], shape.block[0], slots, slotOf);
    const added = staticSharedMemory(kernel) - before;
    const held = new Set([...slotOf.keys()].map((l) => l.buffer));
    remark(kernel, `gpu-keep-on-chip: ${slotOf.size} loads of ${held.size} buffers read ${slots.length} shared-memory copies (${added} bytes per block) loaded before the first phase`);
    done++;
    loadsRewritten += slotOf.size;
    bytesPerBlock += added;
  }
  return { kernels: done, loadsRewritten, bytesPerBlock };
}

export const keepOnChipPass = definePass({
  name: 'gpu-keep-on-chip',
  summary: 'Keep slices of read-only buffers that a block reads in several phases of a persistent kernel in shared memory',
  description:
    'In a kernel with grid barriers, a slice of a read-only global buffer that the same block reads in two or more phases is copied into a ' +
    'workgroup buffer before the first phase and those loads read the copy. Slices that would exceed the shared memory per block or make the ' +
    'cooperative grid larger than what can be resident stay in global memory (remarks=true says why).',
  anchor: 'builtin.module',
  options: {
    gpu: Option.enum(gpuProfileNames(), 'h100', 'The GPU profile whose shared memory and occupancy bound what stays on chip'),
    remarks: Option.bool(false, 'Emit a remark per kernel saying what was kept on chip and what stays in global memory, and why'),
  },
  statistics: { 'loads-rewritten': 'Loads that read a shared-memory copy', 'bytes-per-block': 'Shared memory added per block' },
  run(ctx) {
    const gpu = gpuProfile(ctx.options.gpu)!;
    const r = keepOnChip(ctx.op, gpu, (op, m) => void (ctx.options.remarks && op.emitRemark(m)));
    // Unchanged IR need not be verified again (on the LSTM that is seconds).
    if (r.kernels === 0) ctx.markAllAnalysesPreserved();
    ctx.addStatistic('loads-rewritten', r.loadsRewritten);
    ctx.addStatistic('bytes-per-block', r.bytesPerBlock);
  },
});
