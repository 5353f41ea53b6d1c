// What gpu-keep-on-chip reads off a persistent kernel: its phases (the code between top-level
// grid barriers), its read-only global buffers, and for each load of one of them, per block of
// the grid, the box of elements that block can read there (interval evaluation of the indices
// with the block index fixed, every thread and every loop iteration allowed).
import { BlockArgument, IntegerAttr, MemRefType, type Operation, type Value } from '../../../lib/ir/index.js';
import { kernelInputCount, memorySpaceOf } from '../../../lib/target/cost-model-kernel.js';
import { KeywordEnumAttr } from '../attrs.js';

/** Inclusive bounds of an integer value. */
export type Interval = readonly [number, number];

/** A box of elements, one inclusive interval per dimension. */
export type Box = readonly Interval[];

/** One load of a read-only buffer and what each block that may reach it reads there. */
export interface BufferLoad {
  readonly op: Operation;
  readonly phase: number;
  /** The kernel argument loaded from. */
  readonly buffer: Value;
  /** The box per block that may run the load; undefined when some block's indices are not bounded. */
  readonly boxes: Map<number, Box> | undefined;
}

/** A kernel's phases: its entry block's ops cut at top-level gpu.grid_sync (the terminator left out). */
export function phasesOf(kernel: Operation): Operation[][] {
  const phases: Operation[][] = [[]];
  for (const op of kernel.regions[0]?.entry?.operations ?? []) {
    if (op.name.name === 'gpu.grid_sync') phases.push([]);
    else if (op.name.name !== 'gpu.return') phases[phases.length - 1].push(op);
  }
  return phases;
}

/**
 * The kernel arguments in global memory that the kernel only loads from (no store, atomic, view
 * or call takes them) and that no argument bound to the same host buffer by `launches` writes.
 */
export function readOnlyBuffers(kernel: Operation, launches: readonly Operation[]): Value[] {
  const inputs = kernel.regions[0].entry!.arguments.slice(0, kernelInputCount(kernel));
  const loadedOnly = (a: Value) => a.uses.every((u) => u.owner.name.name === 'memref.load' && u.index === 0);
  const candidates = inputs.filter((a) => a.type instanceof MemRefType && memorySpaceOf(a.type) === 'global' && a.uses.length > 0);
  const written = new Set<Value>();
  for (const launch of launches) {
    const hosts = launch.operands.slice(launch.numOperands - inputs.length);
    inputs.forEach((a, i) => {
      if (memorySpaceOf(a.type) === 'global' && !loadedOnly(a)) written.add(hosts[i]);
    });
    inputs.forEach((a, i) => {
      if (written.has(hosts[i])) written.add(a);
    });
  }
  return candidates.filter((a) => loadedOnly(a) && !written.has(a));
}

const CMP: Record<string, (a: Interval, b: Interval) => Interval> = {
  eq: (a, b) => (a[0] === a[1] && b[0] === b[1] ? (a[0] === b[0] ? [1, 1] : [0, 0]) : a[1] < b[0] || b[1] < a[0] ? [0, 0] : [0, 1]),
  ne: (a, b) => flip(CMP.eq(a, b)),
  slt: (a, b) => (a[1] < b[0] ? [1, 1] : a[0] >= b[1] ? [0, 0] : [0, 1]),
  sle: (a, b) => (a[1] <= b[0] ? [1, 1] : a[0] > b[1] ? [0, 0] : [0, 1]),
  sgt: (a, b) => CMP.slt(b, a),
  sge: (a, b) => CMP.sle(b, a),
};
CMP.ult = CMP.slt;
CMP.ule = CMP.sle;
CMP.ugt = CMP.sgt;
CMP.uge = CMP.sge;

function flip(i: Interval): Interval {
  return [1 - i[1], 1 - i[0]];
}

function predicateOf(op: Operation): string | undefined {
  const p = op.getProp('predicate') ?? op.getAttr('predicate');
  if (p instanceof IntegerAttr) return ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge'][Number(p.value)];
  return p === undefined ? undefined : String(p).replace(/[^a-z]/g, '');
}

function dimensionOf(op: Operation): string {
  const d = op.getProp('dimension') ?? op.getAttr('dimension');
  return d instanceof KeywordEnumAttr ? d.value : 'x';
}

const corners = (a: Interval, b: Interval, f: (x: number, y: number) => number): Interval => {
  const v = [f(a[0], b[0]), f(a[0], b[1]), f(a[1], b[0]), f(a[1], b[1])];
  return [Math.min(...v), Math.max(...v)];
};

/** Interval evaluation of a kernel's index values for one block (memoised per value). */
export class BlockIntervals {
  private readonly memo = new Map<Value, Interval | null>();

  constructor(
    readonly block: number,
    readonly grid: number,
    readonly threads: number,
    /** One iteration of a loop: its induction variable's value; values not inside the loop come from `outer`. */
    private readonly iteration?: { readonly loop: Operation; readonly value: number; readonly outer: BlockIntervals },
  ) {}

  /** The same block in iteration `value` of `loop` (an scf.for the block runs). */
  inIteration(loop: Operation, value: number): BlockIntervals {
    return new BlockIntervals(this.block, this.grid, this.threads, { loop, value, outer: this });
  }

  /** The bounds of `v` in this block, undefined when not bounded. */
  of(v: Value): Interval | undefined {
    const it = this.iteration;
    if (it) {
      if (v === it.loop.regions[0].entry!.arguments[0]) return [it.value, it.value];
      const def = v.definingOp ?? (v instanceof BlockArgument ? v.owner.parentOp : null);
      if (!def || !it.loop.isAncestor(def)) return it.outer.of(v);
    }
    const m = this.memo.get(v);
    if (m !== undefined) return m ?? undefined;
    const r = this.compute(v);
    this.memo.set(v, r ?? null);
    return r;
  }

  private compute(v: Value): Interval | undefined {
    const def = v.definingOp;
    if (!def) return this.inductionVariable(v);
    const n = def.name.name;
    switch (n) {
      case 'arith.constant': {
        const a = def.getProp('value') ?? def.getAttr('value');
        return a instanceof IntegerAttr ? [Number(a.value), Number(a.value)] : undefined;
      }
      case 'gpu.block_id':
        return dimensionOf(def) === 'x' ? [this.block, this.block] : [0, 0];
      case 'gpu.thread_id':
        return dimensionOf(def) === 'x' ? [0, this.threads - 1] : [0, 0];
      case 'gpu.block_dim':
        return dimensionOf(def) === 'x' ? [this.threads, this.threads] : [1, 1];
      case 'gpu.grid_dim':
        return dimensionOf(def) === 'x' ? [this.grid, this.grid] : [1, 1];
      case 'arith.index_cast':
      case 'arith.index_castui':
      case 'arith.extsi':
      case 'arith.extui':
        return this.of(def.operand(0));
      case 'arith.select': {
        const c = this.of(def.operand(0));
        const [a, b] = [this.of(def.operand(1)), this.of(def.operand(2))];
        if (!c) return undefined;
        if (c[0] === 1) return a;
        if (c[1] === 0) return b;
        return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : undefined;
      }
    }
    if (def.numOperands !== 2) return undefined;
    const a = this.of(def.operand(0));
    const b = this.of(def.operand(1));
    if (!a || !b) return undefined;
    const constant = b[0] === b[1] && b[0] > 0 ? b[0] : undefined;
    switch (n) {
      case 'arith.addi':
        return [a[0] + b[0], a[1] + b[1]];
      case 'arith.subi':
        return [a[0] - b[1], a[1] - b[0]];
      case 'arith.muli':
        return corners(a, b, (x, y) => x * y);
      case 'arith.minsi':
      case 'arith.minui':
        return [Math.min(a[0], b[0]), Math.min(a[1], b[1])];
      case 'arith.maxsi':
      case 'arith.maxui':
        return [Math.max(a[0], b[0]), Math.max(a[1], b[1])];
      case 'arith.andi':
      case 'arith.ori':
        // i1 conditions only: anything wider is not tracked.
        if (a[0] < 0 || a[1] > 1 || b[0] < 0 || b[1] > 1) return undefined;
        return n === 'arith.andi' ? [a[0] & b[0], a[1] & b[1]] : [a[0] | b[0], a[1] | b[1]];
      case 'arith.cmpi': {
        const p = predicateOf(def);
        return p && CMP[p] ? CMP[p](a, b) : undefined;
      }
    }
    if (constant === undefined) return undefined;
    switch (n) {
      case 'arith.floordivsi':
        return [Math.floor(a[0] / constant), Math.floor(a[1] / constant)];
      case 'arith.divui':
      case 'arith.divsi':
        return a[0] < 0 ? undefined : [Math.floor(a[0] / constant), Math.floor(a[1] / constant)];
      case 'arith.ceildivsi':
      case 'arith.ceildivui':
        return a[0] < 0 ? undefined : [Math.ceil(a[0] / constant), Math.ceil(a[1] / constant)];
      case 'arith.remui':
      case 'arith.remsi':
        if (a[0] < 0) return undefined;
        return Math.floor(a[0] / constant) === Math.floor(a[1] / constant) ? [a[0] % constant, a[1] % constant] : [0, constant - 1];
    }
    return undefined;
  }

  /** An scf.for's induction variable: from the lowest lower bound to below the highest upper bound. */
  private inductionVariable(v: Value): Interval | undefined {
    if (!(v instanceof BlockArgument) || v.index !== 0) return undefined;
    const loop = v.owner.parentOp;
    if (!loop || loop.name.name !== 'scf.for') return undefined;
    const [lb, ub, step] = [this.of(loop.operand(0)), this.of(loop.operand(1)), this.of(loop.operand(2))];
    if (!lb || !ub || !step || step[0] < 1) return undefined;
    return [lb[0], ub[1] - 1];
  }
}

/** Iterations of a loop over tasks walked one by one (more are walked as one, over their bounds). */
const MAX_ITERATIONS = 16;

/** A loop whose induction variable starts at the block index: a persistent block's loop over tasks. */
function isTaskLoop(loop: Operation): boolean {
  const lb = loop.operand(0).definingOp;
  return lb?.name.name === 'gpu.block_id';
}

/**
 * Every load of `buffers` in the phases of `kernel`, with the box each block of `grid` reads
 * there: each block walks each phase, following an scf.if whose condition it decides (the
 * dispatch of tasks on the block index) and both branches otherwise, skipping loops that run
 * for none of its threads.
 */
export function bufferLoads(kernel: Operation, phases: readonly Operation[][], buffers: readonly Value[], grid: number, threads: number): BufferLoad[] {
  const wanted = new Set(buffers);
  const holders = new Set<Operation>();
  for (const phase of phases) for (const op of phase) op.walk((o) => {
    if (o.name.name === 'memref.load' && wanted.has(o.operand(0))) for (let p: Operation | null = o; p && p !== kernel; p = p.parentOp) holders.add(p);
  });
  const loads = new Map<Operation, { phase: number; boxes: Map<number, Box> | undefined }>();
  for (let block = 0; block < grid; block++) {
    let iv = new BlockIntervals(block, grid, threads);
    const visit = (ops: readonly Operation[], phase: number): void => {
      for (const op of ops) {
        if (!holders.has(op)) continue;
        const n = op.name.name;
        if (n === 'memref.load') {
          const entry = loads.get(op) ?? { phase, boxes: new Map<number, Box>() };
          loads.set(op, entry);
          // The program's loads are in bounds, so what the intervals say beyond the buffer's edge is never read.
          const shape = (op.operand(0).type as MemRefType).shape;
          const box = op.operands.slice(1).map((i, d) => {
            const r = iv.of(i);
            return r && ([Math.max(r[0], 0), Math.min(r[1], Number(shape[d]) - 1)] as const);
          });
          if (box.some((i) => i === undefined || i[0] > i[1])) entry.boxes = undefined;
          else {
            // Several iterations of a task loop reach the load: their hull.
            const had = entry.boxes?.get(block);
            const hull = had ? box.map((i, d) => [Math.min(i![0], had[d][0]), Math.max(i![1], had[d][1])] as const) : box;
            entry.boxes?.set(block, hull as Interval[]);
          }
        } else if (n === 'scf.if') {
          const c = iv.of(op.operand(0));
          if (!c || c[1] === 1) visit(op.regions[0].entry?.operations ?? [], phase);
          if (!c || c[0] === 0) visit(op.regions[1]?.entry?.operations ?? [], phase);
        } else if (n === 'scf.for') {
          const [lb, ub, step] = [iv.of(op.operand(0)), iv.of(op.operand(1)), iv.of(op.operand(2))];
          if (lb && ub && lb[0] >= ub[1]) continue;
          const body = op.regions[0].entry?.operations ?? [];
          // A block's few iterations of a loop over tasks (a phase of more tasks than blocks), one by one: each decides its own dispatch.
          const exact = lb && ub && step && lb[0] === lb[1] && ub[0] === ub[1] && step[0] === step[1] && step[0] > 0;
          if (exact && (ub[0] - lb[0]) / step[0] <= MAX_ITERATIONS && isTaskLoop(op)) {
            const outer = iv;
            for (let v = lb[0]; v < ub[0]; v += step[0]) {
              iv = outer.inIteration(op, v);
              visit(body, phase);
            }
            iv = outer;
          } else visit(body, phase);
        } else for (const r of op.regions) for (const b of r.blocks) visit(b.operations, phase);
      }
    };
    phases.forEach((ops, p) => visit(ops, p));
  }
  return [...loads].map(([op, e]) => ({ op, phase: e.phase, buffer: op.operand(0), boxes: e.boxes }));
}
