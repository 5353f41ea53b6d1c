// The interpreter core: runs ops through their dialects' implementations, regions, blocks and calls.
import { SymbolRefAttr } from '../ir/attributes.js';
import { lookupNearestSymbolFrom } from '../ir/symbol-table.js';
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Value } from '../ir/value.js';
import { BranchTo, lookupImpl, type OpImpl } from './registry.js';
import type { Allocation, MemRefValue, RtValue } from './values.js';

/** A runtime error at an op: becomes a diagnostic at the op's location, with the calls that led there. */
export class InterpError extends Error {
  /** The call ops from the innermost outwards, for `called from` notes. */
  readonly callers: Operation[] = [];
  constructor(
    readonly op: Operation,
    message: string,
  ) {
    super(message);
  }
}

/** A block ready to run: its ops with implementations and operands looked up once. */
interface PreparedBlock {
  readonly steps: readonly Step[];
  /** Whether the last op is a terminator (whose values the block returns). */
  readonly terminated: boolean;
}

/** One op of a prepared block: its implementation and operands looked up once. */
interface Step {
  readonly op: Operation;
  readonly impl: OpImpl;
  readonly operands: readonly Value[];
  readonly results: readonly Value[];
}

/** The implementation used for terminators without one (scf.yield, func.return, ...): pass the operands on. */
const passOperands: OpImpl = (_op, args) => args;

/**
 * Runs IR. Values live in one frame (a Map from SSA value to runtime value) per function
 * call: regions of non-isolated ops share their function's frame, since SSA dominance
 * guarantees that a value is written before it is read, also across loop iterations.
 * Blocks are prepared once (implementations and operand lists resolved), so running a
 * single-block body per element, as tensor.compute does, costs little beyond the ops.
 */
export class Interpreter {
  private frame = new Map<Value, RtValue>();
  private readonly prepared = new WeakMap<Block, PreparedBlock>();
  private readonly callStack: Operation[] = [];
  /** Per active call, the allocations freed when it returns (memref.alloca's stack memory). */
  private readonly scopes: Allocation[][] = [];
  private readonly symbols = new WeakMap<Operation, Map<string, Operation | undefined>>();
  /** The storage of memref.global symbols, created on first use, by global op. */
  readonly globals = new Map<Operation, MemRefValue>();
  /** Per-dialect state that implementations may keep for the whole run (e.g. device memory). */
  readonly state = new Map<string, unknown>();
  /** Ops run so far (counted per block run, so a budget costs one addition per block). */
  private opsRun = 0;

  /** `maxOps`: a budget of ops to run, past which the run stops with an error (against endless loops). */
  constructor(private readonly maxOps = Infinity) {}

  /** Reports a runtime error at `op`: throws an InterpError that the entry point turns into a diagnostic. */
  error(op: Operation, message: string): never {
    throw new InterpError(op, message);
  }

  /** The runtime value of `v` in the current frame. */
  value(v: Value): RtValue {
    const x = this.frame.get(v);
    if (x === undefined) throw new Error('interpreter: value used before it was defined');
    return x;
  }

  /** Runs the function op `fn` (its first region) in a fresh frame; returns what its terminator returns. */
  call(fn: Operation, args: readonly RtValue[], callSite?: Operation): readonly RtValue[] {
    const saved = this.frame;
    this.frame = new Map();
    if (callSite) this.callStack.push(callSite);
    const scope: Allocation[] = [];
    this.scopes.push(scope);
    try {
      return this.runRegion(fn.regions[0], args);
    } catch (e) {
      if (e instanceof InterpError && callSite) e.callers.push(callSite);
      throw e;
    } finally {
      this.frame = saved;
      if (callSite) this.callStack.pop();
      this.scopes.pop();
      for (const a of scope) a.freed = true;
    }
  }

  /** Frees `a` when the current function call returns (stack memory, as memref.alloca's). */
  freeOnReturn(a: Allocation): void {
    this.scopes[this.scopes.length - 1]?.push(a);
  }

  /** The symbol `name` (`@f` or `f`, or a SymbolRefAttr) seen from `from`, or undefined. */
  lookupSymbol(from: Operation, name: string | SymbolRefAttr): Operation | undefined {
    const ref = typeof name === 'string' ? SymbolRefAttr.get(from.context, name.replace(/^@/, '')) : name;
    // Cached per referencing op: a lookup scans the symbol table, and calls in loops repeat it.
    let cache = this.symbols.get(from);
    if (!cache) this.symbols.set(from, (cache = new Map()));
    const key = [ref.root, ...ref.nested].join('::');
    if (!cache.has(key)) cache.set(key, lookupNearestSymbolFrom(from, ref));
    return cache.get(key);
  }

  /** How many calls are active (for recursion limits). */
  get callDepth(): number {
    return this.callStack.length;
  }

  /**
   * Runs `region` from its entry block with `args` as the entry block's arguments, following
   * branches, until a terminator returns values: those are returned (scf.yield's operands,
   * scf.condition's condition then arguments, ...). A region without a terminator returns [].
   */
  runRegion(region: Region, args: readonly RtValue[]): readonly RtValue[] {
    let block = region.entry;
    if (!block) return [];
    for (;;) {
      const out = this.runBlock(block, args);
      if (!(out instanceof BranchTo)) return out;
      block = out.dest;
      args = out.args;
    }
  }

  /**
   * A function that runs a single-block region's body with the given block arguments and
   * returns its terminator's values: the fast path for bodies run many times (per element or
   * per iteration). Branches are followed as by runRegion.
   */
  bodyRunner(region: Region): (args: readonly RtValue[]) => readonly RtValue[] {
    const block = region.entry;
    if (!block || region.blocks.length !== 1) return (args) => this.runRegion(region, args);
    const prepared = this.prepare(block);
    return (args) => {
      let out = this.runPrepared(block, prepared, args);
      while (out instanceof BranchTo) out = this.runBlock(out.dest, out.args);
      return out;
    };
  }

  /** Runs one block: binds its arguments, runs its ops, returns the terminator's values or branch. */
  runBlock(block: Block, args: readonly RtValue[]): readonly RtValue[] | BranchTo {
    return this.runPrepared(block, this.prepare(block), args);
  }

  private runPrepared(block: Block, prepared: PreparedBlock, args: readonly RtValue[]): readonly RtValue[] | BranchTo {
    const steps = prepared.steps;
    this.opsRun += steps.length;
    if (this.opsRun > this.maxOps && steps.length) {
      throw new InterpError(steps[0].op, `the run exceeded its budget of ${this.maxOps} ops (an endless loop?)`);
    }
    const frame = this.frame;
    const params = block.arguments;
    if (args.length !== params.length) throw new Error(`interpreter: block expects ${params.length} arguments, got ${args.length}`);
    for (let i = 0; i < params.length; i++) frame.set(params[i], args[i]);
    let out: readonly RtValue[] | BranchTo = [];
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s];
      const operands = step.operands;
      const values = new Array<RtValue>(operands.length);
      for (let i = 0; i < operands.length; i++) {
        const x = frame.get(operands[i]);
        if (x === undefined) throw new InterpError(step.op, `operand #${i} has no value (used before it was defined)`);
        values[i] = x;
      }
      out = this.apply(step, values);
      if (out instanceof BranchTo) return out;
      const results = step.results;
      if (results.length) {
        if (out.length !== results.length) {
          throw new InterpError(step.op, `interpreter implementation returned ${out.length} values for ${results.length} results`);
        }
        for (let i = 0; i < results.length; i++) frame.set(results[i], out[i]);
      }
    }
    return prepared.terminated ? out : [];
  }

  /** Calls an implementation, turning errors it throws (e.g. a scalar division by zero) into errors at its op. */
  private apply(step: Step, values: readonly RtValue[]): readonly RtValue[] | BranchTo {
    try {
      return step.impl(step.op, values, this);
    } catch (e) {
      if (e instanceof InterpError) throw e;
      // A stack overflow surfaces at whatever op was running: say what it means.
      if (e instanceof RangeError && e.message.includes('call stack')) {
        throw new InterpError(step.op, `recursion too deep: the interpreter ran out of stack at ${this.callDepth} nested calls`);
      }
      throw new InterpError(step.op, e instanceof Error ? e.message : String(e));
    }
  }

  /** `block`, prepared on first use. */
  private prepare(block: Block): PreparedBlock {
    let prepared = this.prepared.get(block);
    if (prepared) return prepared;
    const last = block.last;
    // As in MLIR, an unregistered op ending a block may be its terminator.
    const terminated = last !== null && (last.hasTrait('Terminator') || !last.isRegistered);
    const steps = block.operations.map((op) => ({ op, impl: implFor(op, terminated && op === last), operands: op.operands, results: op.results }));
    prepared = { steps, terminated };
    this.prepared.set(block, prepared);
    return prepared;
  }
}

/** The implementation of `op`: registered, or passing operands on for a terminator without successors. */
function implFor(op: Operation, terminator: boolean): OpImpl {
  const impl = lookupImpl(op.name.name);
  if (impl) return impl;
  if (terminator && op.successorSlots.length === 0) return passOperands;
  const name = op.name.name;
  return (o) => {
    throw new InterpError(o, `no interpreter implementation for '${name}'`);
  };
}
