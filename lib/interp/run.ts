// Entry points: find a function in a module and run it, turning runtime errors into diagnostics.
import { FunctionType, type Type } from '../ir/types.js';
import { TypeAttr } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { getSymbolName } from '../ir/symbol-table.js';
import { Interpreter, InterpError } from './interpreter.js';
import { registerAllInterpreters } from '../../dialects/interp-registry.js';
import type { RtValue } from './values.js';
import { checkArgument } from './inputs.js';

/** The function op `@name` (with or without `@`) directly in `module`, or undefined. */
export function findFunction(module: Operation, name: string): Operation | undefined {
  const bare = name.replace(/^@/, '');
  for (const block of module.regions[0]?.blocks ?? []) {
    for (const op of block) if (getSymbolName(op) === bare && op.regions.length) return op;
  }
  return undefined;
}

/** The argument and result types of a function op (from `function_type`, else its entry block). */
export function functionSignature(fn: Operation): { inputs: readonly Type[]; results: readonly Type[] } {
  const attr = fn.getAttr('function_type');
  if (attr instanceof TypeAttr && attr.value instanceof FunctionType) return attr.value;
  return { inputs: fn.regions[0]?.entry?.arguments.map((a) => a.type) ?? [], results: [] };
}

/** How many `called from` notes a runtime error gets at most (MLIR shows 10 call-site levels). */
const CALLERS_SHOWN = 10;

/** Options of runFunction. */
export interface RunOptions {
  /** The interpreter to run in (a fresh one by default); pass one to inspect its state afterwards. */
  readonly interpreter?: Interpreter;
  /** Stop with an error after this many ops (for a fresh interpreter; unlimited by default). */
  readonly maxOps?: number;
}

/**
 * Runs `@entry` of `module` on `args` and returns its results. A bad entry or argument and
 * runtime errors (out-of-bounds access, integer division by zero, use of freed memory, ...)
 * are emitted as error diagnostics to the module's context, at the faulty op with `called
 * from` notes at the calls that led there, and the result is undefined.
 */
export function runFunction(module: Operation, entry: string, args: readonly RtValue[], options: RunOptions = {}): readonly RtValue[] | undefined {
  registerAllInterpreters();
  const fn = findFunction(module, entry);
  if (!fn) {
    module.emitError(`no function named '@${entry.replace(/^@/, '')}' to run`);
    return undefined;
  }
  const { inputs } = functionSignature(fn);
  if (args.length !== inputs.length) {
    fn.emitError(`'@${entry.replace(/^@/, '')}' expects ${inputs.length} arguments, got ${args.length}`);
    return undefined;
  }
  for (let i = 0; i < args.length; i++) {
    const problem = checkArgument(inputs[i], args[i]);
    if (problem) {
      fn.emitError(`argument #${i}: ${problem}`);
      return undefined;
    }
  }
  const interp = options.interpreter ?? new Interpreter(options.maxOps);
  try {
    return interp.call(fn, args);
  } catch (e) {
    if (e instanceof InterpError) {
      const d = e.op.emitError(e.message);
      const shown = e.callers.slice(0, CALLERS_SHOWN);
      for (const call of shown) d.attachNote('called from', call.location);
      const hidden = e.callers.length - shown.length;
      if (hidden) d.attachNote(`called from ${hidden} more calls, the outermost here`, e.callers[e.callers.length - 1].location);
      return undefined;
    }
    if (e instanceof RangeError) {
      fn.emitError(`the interpreter ran out of stack (recursion too deep): ${e.message}`);
      return undefined;
    }
    throw e;
  }
}
