// Where dialects register the interpreter implementations of their ops (one table per dialect, loaded lazily).
import type { Operation } from '../ir/operation.js';
import type { Block } from '../ir/block.js';
import type { RtValue } from './values.js';
import type { Interpreter } from './interpreter.js';

/** What a terminator returns to jump to another block of its region (cf.br, cf.cond_br, ...). */
export class BranchTo {
  constructor(
    readonly dest: Block,
    readonly args: readonly RtValue[],
  ) {}
}

/**
 * Runs one op. `args` are the operands' runtime values. An op returns its results (one per
 * IR result). A terminator returns either the values it passes to its parent op (scf.yield,
 * func.return: the parent's implementation receives them from `runRegion`) or a BranchTo.
 * Report runtime errors with `interp.error(op, message)`.
 */
export type OpImpl = (op: Operation, args: readonly RtValue[], interp: Interpreter) => readonly RtValue[] | BranchTo;

/** The implementations of one dialect's ops, by full op name. */
export type InterpreterImpls = Readonly<Record<string, OpImpl>>;

const impls = new Map<string, OpImpl>();
const loaders = new Map<string, () => InterpreterImpls>();

/**
 * Registers implementations of `dialect`'s ops (adding to any registered before). Every name
 * must be `<dialect>.<op>`; otherwise this throws an Error naming the op.
 */
export function registerInterpreterImpls(dialect: string, table: InterpreterImpls): void {
  for (const [name, impl] of Object.entries(table)) {
    if (!name.startsWith(`${dialect}.`)) throw new Error(`interpreter implementations of '${dialect}': op '${name}' must be named '${dialect}.<op>'`);
    impls.set(name, impl);
  }
}

/** Registers a function building `dialect`'s implementations, called when one of its ops first runs. */
export function registerInterpreterLoader(dialect: string, load: () => InterpreterImpls): void {
  loaders.set(dialect, load);
}

/** The implementation of the op named `name`, loading its dialect's table on first use. */
export function lookupImpl(name: string): OpImpl | undefined {
  const found = impls.get(name);
  if (found) return found;
  const dot = name.indexOf('.');
  const dialect = dot < 0 ? name : name.slice(0, dot);
  const load = loaders.get(dialect);
  if (!load) return undefined;
  loaders.delete(dialect);
  registerInterpreterImpls(dialect, load());
  return impls.get(name);
}
