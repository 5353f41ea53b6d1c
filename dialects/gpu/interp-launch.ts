// The gpu interpreter's scheduler: runs one gpu.launch_func as every thread of every block, each
// a generator over the kernel, resuming ready threads in a seeded random order. Threads pause at
// block barriers (gpu.barrier, flag_signal, flag_wait), the grid barrier (grid_sync) and warp ops
// (shuffle, subgroup_reduce, the collective subgroup mma ops); nothing left to run while some
// thread waits is a deadlock, reported at the op it waits at.
import { IntegerAttr, MemRefType, type Operation } from '../../lib/ir/index.js';
import { InterpError, MemRefValue, allocateMemRef, elementPosition, type Interpreter, type RtValue } from '../../lib/interp/index.js';
import { compileKernel, runPausing, type CompiledKernel, type Pause, type ThreadContext } from './interp-kernel.js';
import { WARP_OPS } from './interp-warp.js';
import { attributions } from './ops-kernel.js';
import { rngFor } from '../block/interp-random.js';

/** A seeded generator of integers in [0, n). */
type Random = (n: number) => number;

/** The discardable attribute (on a launch, or on an enclosing op) holding the seed of the thread order; 0 when absent. */
export const SEED_ATTR = 'gpu.seed';

const WARP = 32;

type Stage = 'block' | 'flag' | 'grid' | 'warp';

interface Thread extends ThreadContext {
  readonly block: BlockState;
  gen: Generator<Pause, readonly RtValue[], void>;
  pause: Pause | undefined;
  stage: Stage | undefined;
  done: boolean;
}

interface BlockState {
  readonly id: readonly bigint[];
  readonly threads: Thread[];
  /** Threads waiting at the block barrier (of a barrier, flag_signal or flag_wait). */
  arrived: Thread[];
  finished: number;
  /** Threads of each warp waiting at a warp op, by warp number. */
  readonly warps: Map<number, Thread[]>;
}

/** Launch dims and arguments as the host computed them. */
export interface LaunchArgs {
  readonly grid: readonly number[];
  readonly block: readonly number[];
  readonly args: readonly RtValue[];
}

/** The compiled form of `kernel`, made once per interpreter run. */
function compiled(interp: Interpreter, kernel: Operation): CompiledKernel {
  let cache = interp.state.get('gpu.kernels') as Map<Operation, CompiledKernel> | undefined;
  if (!cache) interp.state.set('gpu.kernels', (cache = new Map()));
  let k = cache.get(kernel);
  if (!k) cache.set(kernel, (k = compileKernel(kernel)));
  return k;
}

/** The seed of a launch: its own `gpu.seed`, else the nearest enclosing op's, else 0; mixed with how many launches ran before. */
function seedFor(interp: Interpreter, launch: Operation): number {
  let seed = 0;
  for (let op: Operation | null = launch; op; op = op.parentOp) {
    const a = op.getAttr(SEED_ATTR);
    if (a instanceof IntegerAttr) {
      seed = Number(a.value);
      break;
    }
  }
  const count = (interp.state.get('gpu.launches') as number | undefined) ?? 0;
  interp.state.set('gpu.launches', count + 1);
  return (seed * 1000003 + count) >>> 0;
}

const text = (v: readonly bigint[]) => `(${v.join(', ')})`;

/** How many blocks run interleaved at most, before others start (more start when all of them wait). */
const MAX_WINDOW = 4;

/**
 * Runs `kernel` for every block and thread of the launch; memory effects land in the memrefs
 * passed in. Blocks start in a random order, a few at a time (a GPU also runs some blocks before
 * others start; it keeps the live threads, and so the interpreter's memory, small); a block
 * starts when one finishes or when every running thread waits.
 */
export function runLaunch(interp: Interpreter, launch: Operation, kernel: Operation, la: LaunchArgs): void {
  const k = compiled(interp, kernel);
  const random = rngFor(seedFor(interp, launch));
  const { workgroup, private: priv } = attributions(kernel);
  const gridDim = la.grid.map(BigInt);
  const blockDim = la.block.map(BigInt);
  const perBlock = la.block[0] * la.block[1] * la.block[2];
  const numBlocks = la.grid[0] * la.grid[1] * la.grid[2];
  const makeBlock = (b: number): BlockState => {
    const id = [b % la.grid[0], Math.floor(b / la.grid[0]) % la.grid[1], Math.floor(b / (la.grid[0] * la.grid[1]))].map(BigInt);
    const state: BlockState = { id, threads: [], arrived: [], finished: 0, warps: new Map() };
    const shared = workgroup.map((a) => allocateMemRef(a.type as MemRefType, (a.type as MemRefType).shape, kernel));
    for (let l = 0; l < perBlock; l++) {
      const tid = [l % la.block[0], Math.floor(l / la.block[0]) % la.block[1], Math.floor(l / (la.block[0] * la.block[1]))].map(BigInt);
      const own = priv.map((a) => allocateMemRef(a.type as MemRefType, (a.type as MemRefType).shape, kernel));
      const t: Thread = {
        frame: new Array<RtValue>(k.numSlots), threadId: tid, blockId: id, blockDim, gridDim, linear: l, resume: [],
        block: state, gen: undefined as never, pause: undefined, stage: undefined, done: false,
      };
      t.gen = runPausing(t, k.entry, [...la.args, ...shared, ...own], interp);
      state.threads.push(t);
    }
    return state;
  };
  const order = Array.from({ length: numBlocks }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  new Scheduler(interp, order, makeBlock, numBlocks * perBlock, 1 + random(MAX_WINDOW), random).run();
}

/** The element of a flag memref a flag op names (its first two operands). */
function flagSlot(interp: Interpreter, p: Pause): { m: MemRefValue; i: number } {
  const m = p.args[0] as MemRefValue;
  return { m, i: elementPosition(interp, p.op, m, p.args, 1) };
}

class Scheduler {
  private readonly ready: Thread[] = [];
  /** The threads of the blocks started so far. */
  private readonly threads: Thread[] = [];
  private flagWaiters: Thread[] = [];
  private grid: Thread[] = [];
  private finished = 0;
  private started = 0;

  constructor(
    private readonly interp: Interpreter,
    /** Block numbers in the order they start. */
    private readonly order: readonly number[],
    private readonly makeBlock: (b: number) => BlockState,
    private readonly total: number,
    private readonly window: number,
    private readonly random: Random,
  ) {}

  /** Starts the next block; false when all have started. */
  private startBlock(): boolean {
    if (this.started === this.order.length) return false;
    const b = this.makeBlock(this.order[this.started++]);
    this.threads.push(...b.threads);
    this.ready.push(...b.threads);
    return true;
  }

  run(): void {
    const ready = this.ready;
    for (let i = 0; i < this.window; i++) this.startBlock();
    for (;;) {
      while (ready.length) {
        const i = ready.length === 1 ? 0 : this.random(ready.length);
        const t = ready[i];
        ready[i] = ready[ready.length - 1];
        ready.pop();
        this.step(t);
      }
      if (this.finished === this.total) return;
      if (!this.wakeFlagWaiters() && !this.startBlock()) this.deadlock();
    }
  }

  /** Resumes `t` until it pauses or ends. */
  private step(t: Thread): void {
    let r: IteratorResult<Pause, readonly RtValue[]>;
    try {
      r = t.gen.next();
    } catch (e) {
      if (e instanceof InterpError) throw new InterpError(e.op, `${e.message} (thread ${text(t.threadId)} of block ${text(t.blockId)})`);
      throw e;
    }
    if (r.done) {
      t.done = true;
      t.pause = undefined;
      this.finished++;
      // A finished block makes room for the next one.
      if (++t.block.finished === t.block.threads.length) this.startBlock();
      return;
    }
    const p = r.value;
    t.pause = p;
    switch (p.op.name.name) {
      case 'gpu.barrier':
      case 'gpu.flag_signal':
        return this.arriveBlock(t);
      case 'gpu.flag_wait':
        if (this.flagReady(p)) return this.arriveBlock(t);
        t.stage = 'flag';
        this.flagWaiters.push(t);
        return;
      case 'gpu.grid_sync':
        t.stage = 'grid';
        this.grid.push(t);
        if (this.grid.length === this.total) this.release(this.grid.splice(0));
        return;
      default:
        return this.arriveWarp(t);
    }
  }

  private flagReady(p: Pause): boolean {
    const { m, i } = flagSlot(this.interp, p);
    return (m.allocation.data.get(i) as bigint) >= (p.args[2] as bigint);
  }

  /** Moves flag waiters whose flag reached its count on to their block barrier; true when one moved. */
  private wakeFlagWaiters(): boolean {
    let woke = false;
    this.flagWaiters = this.flagWaiters.filter((t) => {
      if (!this.flagReady(t.pause!)) return true;
      woke = true;
      this.arriveBlock(t);
      return false;
    });
    return woke;
  }

  private release(ts: readonly Thread[]): void {
    for (const t of ts) {
      t.pause = undefined;
      t.stage = undefined;
      this.ready.push(t);
    }
  }

  /** A block barrier: released when every thread of the block is there, at the same op. */
  private arriveBlock(t: Thread): void {
    t.stage = 'block';
    const b = t.block;
    b.arrived.push(t);
    if (b.arrived.length < b.threads.length) return;
    const op = t.pause!.op;
    const other = b.arrived.find((u) => u.pause!.op !== op);
    if (other) {
      const e = new InterpError(op, `the threads of block ${text(b.id)} wait at different block-collective ops (this '${op.name.name}' and a '${other.pause!.op.name.name}')`);
      throw e;
    }
    const arrived = b.arrived;
    b.arrived = [];
    if (op.name.name === 'gpu.flag_signal') {
      // After the block's barrier: a fence (memory is sequentially consistent here) and one atomic increment.
      const { m, i } = flagSlot(this.interp, t.pause!);
      m.allocation.data.set(i, (m.allocation.data.get(i) as bigint) + 1n);
      this.release(arrived);
      if (this.flagWaiters.length) this.wakeFlagWaiters();
      return;
    }
    this.release(arrived);
  }

  /** A warp op: released when every lane of the warp is there; each lane gets its results. */
  private arriveWarp(t: Thread): void {
    t.stage = 'warp';
    const b = t.block;
    const w = Math.floor(t.linear / WARP);
    let lanes = b.warps.get(w);
    if (!lanes) b.warps.set(w, (lanes = []));
    lanes.push(t);
    const size = Math.min(WARP, b.threads.length - w * WARP);
    if (lanes.length < size) return;
    b.warps.delete(w);
    lanes.sort((x, y) => x.linear - y.linear);
    const op = t.pause!.op;
    if (lanes.some((u) => u.pause!.op !== op)) throw new InterpError(op, `the lanes of warp ${w} of block ${text(b.id)} reached different warp ops`);
    const values = lanes.map((u) => u.pause!.args);
    const results = WARP_OPS[op.name.name](this.interp, op, values);
    lanes.forEach((u, i) => (u.resume = results[i]));
    this.release(lanes);
  }

  /** Nothing can run, yet some thread has not finished: report where the first such thread waits. */
  private deadlock(): never {
    const t = this.threads.find((u) => !u.done)!;
    const p = t.pause!;
    const b = t.block;
    const where = `block ${text(b.id)}`;
    switch (t.stage) {
      case 'flag': {
        const { m, i } = flagSlot(this.interp, p);
        throw new InterpError(p.op, `deadlock: ${where} waits for its flag to reach ${p.args[2]}, but it is ${m.allocation.data.get(i)} and no running thread is left to signal it`);
      }
      case 'grid':
        throw new InterpError(p.op, `deadlock: ${this.grid.length} of ${this.total} threads of the launch reached this grid_sync (${this.finished} finished without it)`);
      case 'warp':
        throw new InterpError(p.op, `deadlock: not every lane of warp ${Math.floor(t.linear / WARP)} of ${where} reached this '${p.op.name.name}'`);
      default:
        throw new InterpError(p.op, `deadlock: ${b.arrived.length} of ${b.threads.length} threads of ${where} wait at this '${p.op.name.name}' (${b.finished} finished without reaching it)`);
    }
  }
}
