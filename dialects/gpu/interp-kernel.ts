// The gpu interpreter's per-thread walker: a kernel compiled once into blocks of steps over
// numbered value slots, run by each thread with its own frame. Regions that may pause (they hold
// a barrier, flag, grid_sync or warp op) run as generators; the others as plain loops.
import { isShaped, type Block, type Operation, type Region, type Value } from '../../lib/ir/index.js';
import { InterpError, lookupImpl, type Interpreter, type OpImpl, type RtValue } from '../../lib/interp/index.js';
import { indexSwitchRegionFor } from '../scf/index-switch.js';
import { WARP_OPS } from './interp-warp.js';

/** What a step does: delegate to the op's implementation, or one of the ops the walker runs itself. */
const enum Kind { Delegate, Constant, For, If, Switch, While, Return, Id, Pause, Unsupported }

/** The ops at which a thread pauses for its block, warp or grid. */
const PAUSING = new Set(['gpu.barrier', 'gpu.grid_sync', 'gpu.flag_signal', 'gpu.flag_wait', ...Object.keys(WARP_OPS)]);
const IDS = new Set(['gpu.thread_id', 'gpu.block_id', 'gpu.block_dim', 'gpu.grid_dim', 'gpu.global_id', 'gpu.lane_id']);
/** Region ops the walker runs (the others cannot see a thread's frame). */
const WALKED = new Set(['scf.for', 'scf.if', 'scf.index_switch', 'scf.while']);

interface Step {
  readonly kind: Kind;
  readonly op: Operation;
  readonly impl: OpImpl | undefined;
  readonly args: Int32Array;
  readonly results: Int32Array;
  /** Compiled regions, by region index (empty regions are undefined). */
  readonly regions: (KBlock | undefined)[];
  /** For Id steps: which id and dimension. */
  readonly id: string;
  readonly dim: number;
  /** True for pausing ops and region ops holding one. */
  readonly pauses: boolean;
  /** For Constant steps: the value, computed by the first thread that runs the step. */
  value: RtValue | undefined;
}

/** A compiled block: its argument slots and steps; `pauses` when some step (or a nested one) may pause. */
export interface KBlock {
  readonly argSlots: Int32Array;
  readonly steps: readonly Step[];
  readonly pauses: boolean;
}

/** A kernel compiled for the walker: its entry block and how many value slots a frame needs. */
export interface CompiledKernel {
  readonly entry: KBlock;
  readonly numSlots: number;
}

/** Why a thread paused: the op, and the operand values it had there. */
export interface Pause {
  readonly op: Operation;
  readonly args: readonly RtValue[];
}

/** The per-thread state the walker reads: frame, ids, and the values a warp op hands back. */
export interface ThreadContext {
  readonly frame: RtValue[];
  /** thread_id, block_id, block_dim, grid_dim as [x, y, z] (bigints, index values). */
  readonly threadId: readonly bigint[];
  readonly blockId: readonly bigint[];
  readonly blockDim: readonly bigint[];
  readonly gridDim: readonly bigint[];
  /** The linear thread index in the block (x fastest). */
  readonly linear: number;
  /** Results of the last warp op, set by the scheduler before the thread resumes. */
  resume: readonly RtValue[];
}

const DIMS: Record<string, number> = { x: 0, y: 1, z: 2 };

/** Compiles `kernel` (a gpu.func) for the walker; throws an InterpError at an op no thread can run. */
export function compileKernel(kernel: Operation): CompiledKernel {
  const slots = new Map<Value, number>();
  const slotOf = (v: Value): number => {
    let s = slots.get(v);
    if (s === undefined) slots.set(v, (s = slots.size));
    return s;
  };
  const compileRegion = (r: Region): KBlock | undefined => {
    if (!r.entry) return undefined;
    if (r.blocks.length !== 1) throw new InterpError(r.parent!, 'the gpu interpreter runs single-block regions only (no cf branches in kernels)');
    return compileBlock(r.entry);
  };
  const compileBlock = (b: Block): KBlock => {
    const argSlots = Int32Array.from(b.arguments, slotOf);
    const steps: Step[] = [];
    let pauses = false;
    for (const op of b.operations) {
      const name = op.name.name;
      const kind = stepKind(op, b);
      const regions = kind === Kind.For || kind === Kind.If || kind === Kind.Switch || kind === Kind.While ? op.regions.map(compileRegion) : [];
      const args = Int32Array.from(op.operands, slotOf);
      const results = Int32Array.from(op.results, slotOf);
      const dimAttr = op.getAttr('dimension');
      const dim = dimAttr && 'value' in dimAttr ? (DIMS[String((dimAttr as { value: unknown }).value)] ?? 0) : 0;
      const stepPauses = kind === Kind.Pause || regions.some((r) => r?.pauses);
      steps.push({ kind, op, impl: kind === Kind.Delegate || kind === Kind.Constant ? lookupImpl(name) : undefined, args, results, regions, id: name, dim, pauses: stepPauses, value: undefined });
      if (stepPauses) pauses = true;
    }
    return { argSlots, steps, pauses };
  };
  const entry = compileRegion(kernel.regions[0]);
  if (!entry) throw new InterpError(kernel, 'cannot launch a kernel without a body');
  return { entry, numSlots: slots.size };
}

function stepKind(op: Operation, b: Block): Kind {
  const name = op.name.name;
  if (op === b.last && op.hasTrait('Terminator')) return Kind.Return;
  if (PAUSING.has(name)) return Kind.Pause;
  if (IDS.has(name)) return Kind.Id;
  switch (name) {
    case 'scf.for': return Kind.For;
    case 'scf.if': return Kind.If;
    case 'scf.index_switch': return Kind.Switch;
    case 'scf.while': return Kind.While;
  }
  if (op.regions.length && !WALKED.has(name)) return Kind.Unsupported;
  // Scalar constants are the same for every thread: computed once per launch, not per thread.
  if (name === 'arith.constant' && op.numResults === 1 && !isShaped(op.result(0).type)) return Kind.Constant;
  return lookupImpl(name) ? Kind.Delegate : Kind.Unsupported;
}

function gather(frame: readonly RtValue[], slots: Int32Array): RtValue[] {
  const out = new Array<RtValue>(slots.length);
  for (let i = 0; i < slots.length; i++) out[i] = frame[slots[i]];
  return out;
}

function idValue(t: ThreadContext, step: Step): bigint {
  const d = step.dim;
  switch (step.id) {
    case 'gpu.thread_id': return t.threadId[d];
    case 'gpu.block_id': return t.blockId[d];
    case 'gpu.block_dim': return t.blockDim[d];
    case 'gpu.grid_dim': return t.gridDim[d];
    case 'gpu.global_id': return t.blockId[d] * t.blockDim[d] + t.threadId[d];
    default: return BigInt(t.linear % 32);
  }
}

/** Runs a delegated op, turning errors its implementation throws into errors at the op (as the core interpreter does). */
function delegate(step: Step, values: RtValue[], interp: Interpreter): readonly RtValue[] {
  try {
    const out = step.impl!(step.op, values, interp);
    if (!Array.isArray(out)) throw new InterpError(step.op, 'branches are not supported inside kernels by the gpu interpreter');
    return out;
  } catch (e) {
    if (e instanceof InterpError) throw e;
    throw new InterpError(step.op, e instanceof Error ? e.message : String(e));
  }
}

/** The region an scf.if, index_switch or (before/after) while step takes, or undefined for an empty else. */
function chosenRegion(step: Step, frame: readonly RtValue[]): KBlock | undefined {
  const v = frame[step.args[0]];
  if (step.kind === Kind.If) return step.regions[v !== 0n ? 0 : 1];
  const r = indexSwitchRegionFor(step.op, v as bigint);
  return step.regions[step.op.regions.indexOf(r)];
}

/** An scf.for's bounds (a step that is not positive is a runtime error, as in the core interpreter) and body. */
function loopOf(step: Step, frame: readonly RtValue[], interp: Interpreter): { lb: bigint; ub: bigint; st: bigint; body: KBlock } {
  const st = frame[step.args[2]] as bigint;
  if (st <= 0n) interp.error(step.op, `loop step must be positive, got ${st}`);
  return { lb: frame[step.args[0]] as bigint, ub: frame[step.args[1]] as bigint, st, body: step.regions[0]! };
}

function unsupported(op: Operation): never {
  throw new InterpError(op, `'${op.name.name}' cannot run inside a kernel in the gpu interpreter`);
}

/** Binds a block's arguments in the thread's frame. */
function bindArgs(frame: RtValue[], kb: KBlock, args: readonly RtValue[]): void {
  const argSlots = kb.argSlots;
  for (let i = 0; i < argSlots.length; i++) frame[argSlots[i]] = args[i];
}

/** Stores a step's results in the thread's frame. */
function store(frame: RtValue[], step: Step, out: readonly RtValue[]): void {
  const results = step.results;
  for (let i = 0; i < results.length; i++) frame[results[i]] = out[i];
}

/** Runs one step that cannot pause (neither it nor its regions), storing its results. */
function runStep(t: ThreadContext, step: Step, interp: Interpreter): void {
  const frame = t.frame;
  switch (step.kind) {
    case Kind.Delegate:
      return store(frame, step, delegate(step, gather(frame, step.args), interp));
    case Kind.Id:
      frame[step.results[0]] = idValue(t, step);
      return;
    case Kind.Constant:
      frame[step.results[0]] = step.value ??= delegate(step, [], interp)[0];
      return;
    case Kind.For: {
      const { lb, ub, st, body } = loopOf(step, frame, interp);
      let iter: readonly RtValue[] = gather(frame, step.args.subarray(3));
      for (let iv = lb; iv < ub; iv += st) iter = runPlain(t, body, [iv, ...iter], interp);
      return store(frame, step, iter);
    }
    case Kind.If:
    case Kind.Switch: {
      const r = chosenRegion(step, frame);
      return store(frame, step, r ? runPlain(t, r, [], interp) : []);
    }
    case Kind.While: {
      let values: readonly RtValue[] = gather(frame, step.args);
      for (;;) {
        const [c, ...forwarded] = runPlain(t, step.regions[0]!, values, interp);
        if (c === 0n) return store(frame, step, forwarded);
        values = runPlain(t, step.regions[1]!, forwarded, interp);
      }
    }
    default:
      return unsupported(step.op);
  }
}

/** Runs a block that never pauses; returns its terminator's values. */
export function runPlain(t: ThreadContext, kb: KBlock, args: readonly RtValue[], interp: Interpreter): readonly RtValue[] {
  bindArgs(t.frame, kb, args);
  const steps = kb.steps;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if (step.kind === Kind.Return) return gather(t.frame, step.args);
    runStep(t, step, interp);
  }
  return [];
}

/**
 * Runs a block that may pause: yields a Pause at each pausing op and resumes after the
 * scheduler releases it. Only steps that may pause run in the generator; the others, and
 * regions that never pause, run as plain code (most do, and generator code is slower).
 */
export function* runPausing(t: ThreadContext, kb: KBlock, args: readonly RtValue[], interp: Interpreter): Generator<Pause, readonly RtValue[], void> {
  const frame = t.frame;
  bindArgs(frame, kb, args);
  for (const step of kb.steps) {
    if (step.kind === Kind.Return) return gather(frame, step.args);
    if (step.kind === Kind.Pause) {
      yield { op: step.op, args: gather(frame, step.args) };
      store(frame, step, t.resume);
      continue;
    }
    if (!step.pauses) {
      runStep(t, step, interp);
      continue;
    }
    // A region op holding a pausing op: the same walk as runStep's, through generators.
    const run = (r: KBlock, a: readonly RtValue[]) => runPausing(t, r, a, interp);
    switch (step.kind) {
      case Kind.For: {
        const { lb, ub, st, body } = loopOf(step, frame, interp);
        let iter: readonly RtValue[] = gather(frame, step.args.subarray(3));
        for (let iv = lb; iv < ub; iv += st) iter = yield* run(body, [iv, ...iter]);
        store(frame, step, iter);
        break;
      }
      case Kind.If:
      case Kind.Switch: {
        const r = chosenRegion(step, frame);
        store(frame, step, r ? yield* run(r, []) : []);
        break;
      }
      default: {
        let values: readonly RtValue[] = gather(frame, step.args);
        for (;;) {
          const [c, ...forwarded] = yield* run(step.regions[0]!, values);
          if (c === 0n) {
            store(frame, step, forwarded);
            break;
          }
          values = yield* run(step.regions[1]!, forwarded);
        }
      }
    }
  }
  return [];
}
