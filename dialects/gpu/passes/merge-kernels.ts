// gpu-merge-kernels: Souffle's last step. Consecutive gpu.launch_func ops of a host function
// become one persistent cooperative kernel: each launch's kernel is a phase (its own grid
// barriers split it into several), phases are separated by gpu.grid_sync, and the merged grid
// is what can be resident at once; a phase with more blocks than that loops over them.
import { Builder, DenseArrayAttr, FloatAttr, FloatType, IndexType, IntegerAttr, IntegerType, IRMapping, MemRefType, Operation, StringAttr, type Block, type Location, type Type, type Value } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { occupancy } from '../../../lib/target/occupancy.js';
import { launchShape, launchedKernelOf, REGISTERS_PER_THREAD } from '../../../lib/target/cost-model-launch.js';
import { kernelInputCount, memorySpaceOf } from '../../../lib/target/cost-model-kernel.js';
import { shapedBytes } from '../../../lib/target/cost-model.js';
import { CmpIOp, ConstantOp } from '../../arith/ops.js';
import { ForOp, IfOp, YieldOp } from '../../scf/index.js';
import { KeywordEnumAttr } from '../attrs.js';
import { createGpuFunc, createLaunchFunc } from '../build.js';
import { shareWorkgroup, workgroupAttributions } from './merge-share.js';

/** One launch of a run, with what merging needs to know about it. */
interface Phase {
  readonly launch: Operation;
  readonly kernel: Operation;
  readonly grid: number;
  readonly threads: number;
}

/** Ops that may sit between two launches of a run: they move before the merged launch. */
const HOISTABLE = new Set(['arith.constant', 'memref.alloc', 'gpu.memset']);

/** Ops a later segment of a kernel may recompute rather than reference (no memory effects, no regions). */
function recomputable(op: Operation): boolean {
  if (op.regions.length) return false;
  const n = op.name.name;
  return op.name.dialect === 'arith' || op.name.dialect === 'math' || /^gpu\.(thread_id|block_id|block_dim|grid_dim|lane_id)$/.test(n);
}

/** Why `launch` cannot be a phase (undefined when it can). */
function phaseOf(launch: Operation): Phase | string {
  const segments = launch.getProp('operandSegmentSizes');
  const asyncDeps = segments instanceof DenseArrayAttr ? Number(segments.values[0]) : 0;
  if (launch.numResults > 0 || asyncDeps > 0) return 'an asynchronous launch';
  const kernel = launchedKernelOf(launch);
  if (!kernel) return 'its kernel is not found';
  const shape = launchShape(launch);
  if (!shape) return 'its sizes are not constants';
  if (shape.grid[1] !== 1 || shape.grid[2] !== 1 || shape.block[1] !== 1 || shape.block[2] !== 1) return 'a grid or block of more than one dimension';
  if (shape.dynamicSharedMemory !== 0) return 'dynamic shared memory';
  const cut = segmentsOf(kernel);
  if (typeof cut === 'string') return cut;
  return { launch, kernel, grid: shape.grid[0], threads: shape.block[0] };
}

/** A kernel's entry block cut at its top-level grid barriers; a string when a value crosses a barrier that cannot be recomputed. */
function segmentsOf(kernel: Operation): Operation[][] | string {
  const entry = kernel.regions[0]?.entry;
  if (!entry || kernel.regions[0].blocks.length !== 1) return 'a kernel of several blocks';
  const segments: Operation[][] = [[]];
  const segmentOf = new Map<Operation, number>();
  for (const op of entry.operations) {
    if (op.name.name === 'gpu.grid_sync') segments.push([]);
    else if (op.name.name !== 'gpu.return') {
      segmentOf.set(op, segments.length - 1);
      segments[segments.length - 1].push(op);
    }
  }
  for (const [op, s] of segmentOf) {
    let bad: Operation | undefined;
    op.walk((inner) => {
      for (const v of inner.operands) {
        const def = v.definingOp;
        if (def && segmentOf.has(def) && segmentOf.get(def)! < s && !recomputable(def)) bad = def;
      }
    });
    if (bad) return `'${bad.name.name}' is used across a grid barrier`;
  }
  return segments;
}

/** Threads per block of a merged kernel: the most any phase has. */
function threadsOf(phases: readonly Phase[]): number {
  return Math.max(...phases.map((p) => p.threads));
}

/** Bytes of workgroup attributions (phases share storage), and the resident blocks of a merged kernel of `phases`. */
function fit(gpu: GpuProfile, phases: readonly Phase[]): { shared: number; resident: number } {
  const shared = shareWorkgroup(phases.map((p) => p.kernel)).types.reduce((s, t) => s + shapedBytes(t), 0);
  const { residentBlocks } = occupancy(gpu, { threads: threadsOf(phases), registersPerThread: REGISTERS_PER_THREAD, sharedMemory: shared });
  return { shared, resident: residentBlocks };
}

/** Why `next` cannot join `group` (undefined when it can). */
function cannotJoin(gpu: GpuProfile, group: readonly Phase[], next: Phase): string | undefined {
  const threads = threadsOf(group);
  for (const p of next.threads === threads ? [] : next.threads < threads ? [next] : group) {
    const why = unpredicable(p.kernel);
    if (why) return `its blocks have ${next.threads} threads, the merged kernel's ${threads}, and ${why}`;
  }
  const { shared, resident } = fit(gpu, [...group, next]);
  if (shared > gpu.sharedMemoryPerBlock) return `the merged kernel would need ${shared} bytes of shared memory per block, more than ${gpu.name}'s ${gpu.sharedMemoryPerBlock}`;
  if (resident === 0) return `no block of the merged kernel fits on an SM of ${gpu.name}`;
  return undefined;
}

/** The runs of launches in `block`: consecutive launch_func ops with only hoistable ops between them. */
function runsIn(block: Block): Operation[][] {
  const runs: Operation[][] = [];
  let run: Operation[] = [];
  for (const op of block.operations) {
    if (op.name.name === 'gpu.launch_func') run.push(op);
    else if (HOISTABLE.has(op.name.name) && !(op.name.name === 'gpu.memset' && run.some((l) => l.operands.includes(op.operand(0))))) continue;
    else {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** A fresh symbol name in `module`. */
function freshName(module: Operation, base: string): string {
  const taken = new Set((module.regions[0].entry?.operations ?? []).map(symName));
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
  return name;
}

/** Builds index constants and comparisons at a builder's insertion point. */
class Ops {
  constructor(
    readonly b: Builder,
    readonly loc: Location,
  ) {}
  int(n: number): Value {
    const index = IndexType.get(this.loc.context);
    return this.b.insert(ConstantOp.create(this.loc, { properties: { value: IntegerAttr.get(index, BigInt(n)) }, resultTypes: [index] })).result(0);
  }
  put(op: Operation): Operation {
    return this.b.insert(op);
  }
  /** A zero of an integer, index or float type. */
  zero(type: Type): Value {
    const value = type instanceof FloatType ? FloatAttr.get(type, 0) : IntegerAttr.get(type, 0n);
    return this.b.insert(ConstantOp.create(this.loc, { properties: { value }, resultTypes: [type] })).result(0);
  }
}

/** Ops every thread of a block executes together: under a thread guard they would deadlock or read garbage. */
const COLLECTIVE = new Set(['gpu.barrier', 'gpu.flag_wait', 'gpu.flag_signal', 'gpu.grid_sync', 'gpu.shuffle', 'gpu.subgroup_reduce']);

function isScalar(t: Type): boolean {
  return t instanceof FloatType || t instanceof IntegerType || t instanceof IndexType;
}

function holdsCollective(op: Operation): boolean {
  let found = false;
  op.walk((o) => void (COLLECTIVE.has(o.name.name) && (found = true)));
  return found;
}

/**
 * Why `kernel` cannot run with more threads than it was written for (undefined when it can):
 * the extra threads must skip its work but still meet its barriers and flags, which the merged
 * kernel does by guarding each stretch of work without collective ops by `thread_id < n`,
 * looking inside loops and ifs that hold collective ops (they must not carry or yield values).
 */
function unpredicable(kernel: Operation): string | undefined {
  const check = (ops: readonly Operation[]): string | undefined => {
    for (const op of ops) {
      if (!recomputable(op) && op.results.some((r) => !isScalar(r.type))) return `its '${op.name.name}' gives a value a guard cannot carry`;
      if (!holdsCollective(op) || op.name.name === 'gpu.barrier' || op.name.name === 'gpu.flag_wait' || op.name.name === 'gpu.flag_signal') continue;
      if ((op.name.name === 'scf.for' || op.name.name === 'scf.if') && op.numResults === 0) {
        for (const r of op.regions) for (const b of r.blocks) {
          const why = check(b.operations);
          if (why) return why;
        }
        continue;
      }
      return `its '${op.name.name}' holds ${op.name.name.startsWith('gpu.') ? 'a warp-level operation' : 'collective operations and carries values'}`;
    }
    return undefined;
  };
  return check(kernel.regions[0].entry?.operations ?? []);
}

/**
 * Clones one segment of a phase's kernel at `ops`' insertion point: kernel arguments and
 * attributions through `mapping`, `gpu.block_id x` as `block`, `gpu.grid_dim x` as the phase's
 * own grid, and values of earlier segments recomputed where they are used. With `threads` (a
 * phase written for fewer threads than the merged kernel has), work runs under
 * `thread_id < threads` while every thread meets the barriers and flags.
 */
function cloneSegment(ops: Ops, segment: readonly Operation[], mapping: IRMapping, block: Value, grid: number, threads?: number): void {
  const inSegment = new Set<Operation>();
  for (const op of segment) op.walk((o) => void inSegment.add(o));
  const ensure = (v: Value): void => {
    if (mapping.contains(v)) return;
    const def = v.definingOp;
    if (!def || inSegment.has(def) || def.parentOp?.name.name !== 'gpu.func') return;
    for (const w of def.operands) ensure(w);
    place(def);
  };
  const ensureAll = (op: Operation): void =>
    void op.walk((inner) => {
      for (const v of inner.operands) ensure(v);
    });
  const place = (op: Operation): void => {
    const n = op.name.name;
    if (n === 'gpu.block_id' && dimensionOf(op) === 'x') return void mapping.map(op.result(0), block);
    if (n === 'gpu.grid_dim' && dimensionOf(op) === 'x') return void mapping.map(op.result(0), ops.int(grid));
    const copy = ops.put(op.clone(mapping));
    // Nested ids (inside loops and ifs of the segment) are rewritten in the copy.
    copy.walk((inner) => {
      if (inner === copy) return;
      if (inner.name.name === 'gpu.block_id' && dimensionOf(inner) === 'x') {
        inner.result(0).replaceAllUsesWith(block);
        inner.erase();
      } else if (inner.name.name === 'gpu.grid_dim' && dimensionOf(inner) === 'x') {
        const b = new Builder(inner.context);
        b.setInsertionPointBefore(inner);
        inner.result(0).replaceAllUsesWith(new Ops(b, inner.location).int(grid));
        inner.erase();
      }
    });
  };
  if (threads === undefined) {
    for (const op of segment) {
      ensureAll(op);
      place(op);
    }
    return;
  }
  const loc = ops.loc;
  const ctx = loc.context;
  const tid = ops.put(Operation.create({ name: 'gpu.thread_id', location: loc, resultTypes: [IndexType.get(ctx)], properties: [{ name: 'dimension', value: KeywordEnumAttr.get(ctx, 'dim', 'x') }] })).result(0);
  const active = ops.put(CmpIOp.create(loc, { operands: { lhs: tid, rhs: ops.int(threads) }, properties: { predicate: 'ult' } })).result(0);
  const guarded = (group: readonly Operation[]): void => {
    const inside = new Set<Operation>();
    for (const op of group) op.walk((o) => void inside.add(o));
    const escaping = group.flatMap((op) => op.results.filter((r) => r.uses.some((u) => !inside.has(u.owner))));
    for (const op of group) ensureAll(op);
    const op = ops.put(IfOp.create(loc, { operands: { condition: active }, resultTypes: escaping.map((v) => v.type) }));
    const saved = ops.b.insertionPoint;
    ops.b.createBlock(op.regions[0], [], undefined, loc);
    for (const g of group) place(g);
    ops.put(YieldOp.create(loc, { operands: { results: escaping.map((v) => mapping.lookup(v)) } }));
    if (escaping.length) {
      // Threads past the phase's count never use these values for work, only carry them.
      ops.b.createBlock(op.regions[1], [], undefined, loc);
      ops.put(YieldOp.create(loc, { operands: { results: escaping.map((v) => ops.zero(v.type)) } }));
    }
    ops.b.insertionPoint = saved;
    escaping.forEach((v, i) => mapping.map(v, op.result(i)));
  };
  const walkList = (list: readonly Operation[]): void => {
    let group: Operation[] = [];
    const flush = () => {
      if (group.length) guarded(group);
      group = [];
    };
    for (const op of list) {
      if (op.name.name === 'scf.yield') continue;
      if (recomputable(op)) {
        flush();
        ensureAll(op);
        place(op);
      } else if (!holdsCollective(op)) group.push(op);
      else {
        flush();
        ensureAll(op);
        if (op.regions.length === 0) place(op);
        else {
          // A loop or if holding collective ops: the same control for every thread, the work inside guarded.
          const shell = ops.put(op.cloneWithoutRegions(mapping));
          op.regions.forEach((r, i) => {
            if (!r.blocks.length) return;
            const saved = ops.b.insertionPoint;
            const body = ops.b.createBlock(shell.regions[i], r.blocks[0].arguments.map((a) => a.type), r.blocks[0].arguments.map((a) => a.location));
            r.blocks[0].arguments.forEach((a, k) => mapping.map(a, body.arguments[k]));
            walkList(r.blocks[0].operations);
            ops.put(YieldOp.create(loc, { operands: { results: [] } }));
            ops.b.insertionPoint = saved;
          });
        }
      }
    }
    flush();
  };
  walkList(segment);
}

function dimensionOf(op: Operation): string {
  const d = op.getProp('dimension') ?? op.getAttr('dimension');
  return d instanceof KeywordEnumAttr ? d.value : 'x';
}

/** Emits `body(blockValue)` for a phase of `grid` blocks in a kernel of `merged` blocks: as is, under `bid < grid`, or looping over the phase's blocks. */
function wrapPhase(ops: Ops, bid: Value, grid: number, merged: number, body: (block: Value) => void): void {
  const { b, loc } = ops;
  const saved = b.insertionPoint;
  if (grid === merged) return body(bid);
  if (grid < merged) {
    const cond = ops.put(CmpIOp.create(loc, { operands: { lhs: bid, rhs: ops.int(grid) }, properties: { predicate: 'ult' } })).result(0);
    const op = ops.put(IfOp.create(loc, { operands: { condition: cond }, resultTypes: [] }));
    b.createBlock(op.regions[0], [], undefined, loc);
    body(bid);
    ops.put(YieldOp.create(loc, { operands: { results: [] } }));
  } else {
    const op = ops.put(ForOp.create(loc, { operands: { lowerBound: bid, upperBound: ops.int(grid), step: ops.int(merged), initArgs: [] }, resultTypes: [] }));
    const block = b.createBlock(op.regions[0], [IndexType.get(loc.context)], undefined, loc);
    body(block.arguments[0]);
    ops.put(YieldOp.create(loc, { operands: { results: [] } }));
  }
  b.insertionPoint = saved;
}

/**
 * Merges `group` into one cooperative kernel and launch, placed where the first launch was;
 * returns the new launch. The group's launches, and their kernels no other launch uses, are
 * erased unless `keep` (the caller then erases one version).
 */
function mergeGroup(gpu: GpuProfile, group: readonly Phase[], maxBlocks: number, keep = false): Operation {
  const first = group[0];
  const loc = first.launch.location;
  const ctx = loc.context;
  const module = first.kernel.parentOp!;
  const { resident } = fit(gpu, group);
  const threads = threadsOf(group);
  const merged = Math.min(resident, maxBlocks > 0 ? maxBlocks : Infinity, Math.max(...group.map((p) => p.grid)));
  // Arguments: every distinct host value, in order of first use.
  const hostArgs: Value[] = [];
  for (const p of group) for (const v of p.launch.operands.slice(p.launch.numOperands - kernelInputCount(p.kernel))) if (!hostArgs.includes(v)) hostArgs.push(v);
  const priv = group.flatMap((p) => (p.kernel.regions[0].entry?.arguments ?? []).slice(kernelInputCount(p.kernel)).filter((a) => memorySpaceOf(a.type) === 'private'));
  // Phases never run together: their workgroup attributions share slots.
  const workgroup = shareWorkgroup(group.map((p) => p.kernel));
  const name = freshName(module, `merged_${symName(first.kernel)}`);
  const func = createGpuFunc(loc, {
    name, inputs: hostArgs.map((v) => v.type), workgroup: [...workgroup.types], private: priv.map((a) => a.type as MemRefType),
    kernel: true, knownBlockSize: [threads, 1, 1],
  });
  module.regions[0].entry!.insertBefore(func, first.kernel.next);
  const entry = func.regions[0].entry!;
  const b = new Builder(ctx);
  b.setInsertionPointToEnd(entry);
  const ops = new Ops(b, loc);
  const bid = ops.put(Operation.create({ name: 'gpu.block_id', location: loc, resultTypes: [IndexType.get(ctx)], properties: [{ name: 'dimension', value: KeywordEnumAttr.get(ctx, 'dim', 'x') }] })).result(0);
  let phaseCount = 0;
  for (const [pi, p] of group.entries()) {
    const kernelArgs = p.kernel.regions[0].entry!.arguments;
    const inputs = kernelInputCount(p.kernel);
    const operands = p.launch.operands.slice(p.launch.numOperands - inputs);
    for (const segment of segmentsOf(p.kernel) as Operation[][]) {
      if (phaseCount++ > 0) ops.put(Operation.create({ name: 'gpu.grid_sync', location: loc }));
      const mapping = new IRMapping();
      kernelArgs.slice(0, inputs).forEach((a, i) => mapping.map(a, entry.arguments[hostArgs.indexOf(operands[i])]));
      workgroupAttributions(p.kernel).forEach((a, i) => mapping.map(a, entry.arguments[hostArgs.length + workgroup.slotOf[pi][i]]));
      kernelArgs.slice(inputs).forEach((a) => {
        if (memorySpaceOf(a.type) === 'private') mapping.map(a, entry.arguments[hostArgs.length + workgroup.types.length + priv.indexOf(a)]);
      });
      wrapPhase(ops, bid, p.grid, merged, (block) => cloneSegment(ops, segment, mapping, block, p.grid, p.threads < threads ? p.threads : undefined));
    }
  }
  ops.put(Operation.create({ name: 'gpu.return', location: loc }));
  // The launch: where the last one was, after the ops that sat between the launches.
  const last = group[group.length - 1].launch;
  const hb = new Builder(ctx);
  hb.setInsertionPointBefore(first.launch);
  const host = new Ops(hb, loc);
  const launch = createLaunchFunc(loc, {
    module: symName(module),
    kernel: name,
    grid: [host.int(merged), host.int(1), host.int(1)],
    block: [host.int(threads), host.int(1), host.int(1)],
    args: hostArgs,
    cooperative: true,
  });
  // Hoistable ops between the launches move before the merged launch (they use no launch's results).
  for (let op = group.length > 1 ? first.launch.next : null; op && op !== last; ) {
    const next = op.next;
    if (op.name.name !== 'gpu.launch_func') op.moveBefore(first.launch);
    op = next;
  }
  hb.setInsertionPointBefore(first.launch);
  hb.insert(launch);
  if (keep) return launch;
  for (const p of group) p.launch.erase();
  // Kernels no other launch uses go.
  for (const p of group) if (!usedElsewhere(p.kernel, module)) p.kernel.erase();
  return launch;
}

/**
 * A copy of the cooperative kernel `launch` runs, on at most `blocks` blocks (a phase of more
 * tasks loops over them, as merged phases do), launched just before `launch`, which stays (the
 * caller erases one of the two); a string says why the kernel cannot be re-gridded.
 */
export function regridCopy(gpu: GpuProfile, launch: Operation, blocks: number): Operation | string {
  const p = phaseOf(launch);
  return typeof p === 'string' ? p : mergeGroup(gpu, [p], blocks, true);
}

function usedElsewhere(kernel: Operation, module: Operation): boolean {
  let used = false;
  module.parentOp?.walk((op) => void (op.name.name === 'gpu.launch_func' && launchedKernelOf(op) === kernel && (used = true)));
  return used;
}

/** The symbol name of a gpu.module or gpu.func ('' when missing). */
function symName(op: Operation): string {
  const s = op.getAttr('sym_name') ?? op.getProp('sym_name');
  return s instanceof StringAttr ? s.value : '';
}

/** Merges the runs of launches in `func`; returns the launches before and after. `remark` reports each split. */
export function mergeKernels(func: Operation, gpu: GpuProfile, remark: (op: Operation, message: string) => void, maxBlocks = 0): { before: number; after: number } {
  const blocks: Block[] = [];
  func.walk((op) => {
    for (const r of op.regions) for (const b of r.blocks) blocks.push(b);
  });
  let before = 0;
  func.walk((op) => void (op.name.name === 'gpu.launch_func' && before++));
  for (const block of blocks) {
    for (const run of runsIn(block)) {
      const groups: Phase[][] = [];
      let group: Phase[] = [];
      for (const launch of run) {
        const p = phaseOf(launch);
        const why = typeof p === 'string' ? p : group.length ? cannotJoin(gpu, group, p) : undefined;
        if (why !== undefined && group.length) remark(launch, `gpu-merge-kernels: not merged with the launch before: ${why}`);
        if (typeof p === 'string') {
          groups.push(group);
          group = [];
          continue;
        }
        if (why !== undefined) {
          groups.push(group);
          group = [];
        }
        group.push(p);
      }
      groups.push(group);
      for (const g of groups) if (g.length > 1) mergeGroup(gpu, g, maxBlocks);
    }
  }
  let after = 0;
  func.walk((op) => void (op.name.name === 'gpu.launch_func' && after++));
  return { before, after };
}

export const mergeKernelsPass = definePass({
  name: 'gpu-merge-kernels',
  summary: 'Merge consecutive kernel launches into one persistent cooperative kernel with grid barriers between phases',
  description:
    'Each launch becomes a phase (its own grid barriers split it further); the merged grid is the blocks that can be resident at once on the ' +
    'profile, and a phase with more blocks loops over them. A launch that cannot join (different block size, shared memory beyond the ' +
    'limit, non-constant sizes) starts a new kernel, with a remark when remarks=true.',
  anchor: 'func.func',
  options: {
    gpu: Option.enum(gpuProfileNames(), 'h100', 'The GPU profile whose occupancy bounds the merged grid'),
    remarks: Option.bool(false, 'Emit a remark where a launch is not merged, saying why'),
    'max-blocks': Option.int(0, 'Cap the merged grid below the resident blocks (0: no cap); phases with more blocks loop'),
  },
  statistics: { 'launches-before': 'Launches before merging', 'launches-after': 'Launches after merging' },
  run(ctx) {
    const gpu = gpuProfile(ctx.options.gpu)!;
    const { before, after } = mergeKernels(ctx.op, gpu, (op, m) => void (ctx.options.remarks && op.emitRemark(m)), ctx.options['max-blocks']);
    ctx.addStatistic('launches-before', before);
    ctx.addStatistic('launches-after', after);
  },
});
