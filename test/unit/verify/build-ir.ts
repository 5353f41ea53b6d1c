// Helpers for verifier tests: build IR through the lib/ir API and collect what verify() reports.
import { createContext } from '../../../dialects/registry.js';
import {
  Block,
  FileLineColLoc,
  FunctionType,
  IntegerType,
  Operation,
  Region,
  StringAttr,
  TypeAttr,
  type Location,
  type MLIRContext,
  type NamedAttribute,
  type Type,
  type Value,
} from '../../../lib/ir/index.js';
import type { Diagnostic } from '../../../lib/diag/diagnostic.js';
import { verify } from '../../../lib/verify/index.js';

/**
 * A fresh context with every dialect, unregistered dialects allowed unless told otherwise.
 * `see current operation` notes are off, so that tests compare only the verifier's own notes.
 */
export function makeContext(allowUnregistered = true): MLIRContext {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = allowUnregistered;
  ctx.printOpOnDiagnostic = false;
  return ctx;
}

/** `t.mlir:line:1`: each op of a test gets its own line so that notes can be told apart. */
export function at(ctx: MLIRContext, line: number, col = 1): Location {
  return FileLineColLoc.get(ctx, 't.mlir', line, col);
}

export function i32(ctx: MLIRContext): Type {
  return IntegerType.get(ctx, 32);
}

export function i64(ctx: MLIRContext): Type {
  return IntegerType.get(ctx, 64);
}

/** Appends a generic op to `block`. */
export function op(
  block: Block,
  name: string,
  line: number,
  init: { operands?: Value[]; results?: Type[]; regions?: number | Region[]; successors?: Block[]; props?: NamedAttribute[]; attrs?: NamedAttribute[] } = {},
): Operation {
  const ctx = block.parentOp!.context;
  const o = Operation.create({
    name,
    location: at(ctx, line),
    operands: init.operands,
    resultTypes: init.results,
    regions: init.regions,
    successors: init.successors,
    properties: init.props,
    attributes: init.attrs,
  });
  block.append(o);
  return o;
}

/** A `builtin.module` with one empty body block, at line 1. */
export function makeModule(ctx: MLIRContext): { module: Operation; body: Block } {
  const module = Operation.create({ name: 'builtin.module', location: at(ctx, 1), regions: 1 });
  const body = module.regions[0].push(new Block());
  return { module, body };
}

/** A `func.func @name` in `parent` with an entry block whose arguments match `inputs`. */
export function makeFunc(
  parent: Block,
  name: string,
  line: number,
  inputs: Type[] = [],
  results: Type[] = [],
  extraProps: NamedAttribute[] = [],
): { fn: Operation; entry: Block } {
  const ctx = parent.parentOp!.context;
  const fn = op(parent, 'func.func', line, {
    regions: 1,
    props: [
      { name: 'sym_name', value: StringAttr.get(ctx, name) },
      { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, inputs, results)) },
      ...extraProps,
    ],
  });
  const entry = fn.regions[0].push(new Block());
  for (const t of inputs) entry.addArgument(t, at(ctx, line));
  return { fn, entry };
}

/** Runs verify(root) and returns its result with every diagnostic it emitted. */
export function check(root: Operation): { ok: boolean; diags: Diagnostic[] } {
  const { result, diagnostics } = root.context.diagnostics.collect(() => verify(root));
  return { ok: result, diags: diagnostics };
}

/** `line: severity: message` for a diagnostic and its notes, to compare in tests. */
export function describe(d: Diagnostic): string[] {
  const line = (x: Diagnostic): string => {
    const loc = x.location as FileLineColLoc;
    return `${loc.line ?? '?'}: ${x.severity}: ${x.message}`;
  };
  return [line(d), ...d.notes.map(line)];
}
