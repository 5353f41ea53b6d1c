// Test helpers for the graph dialect: run a function of graph ops in the interpreter and read its tensors.
import { createContext } from '../../../../dialects/registry.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { renderDiagnostics } from '../../../../lib/diag/index.js';
import { TensorValue, runFunction, type RtValue } from '../../../../lib/interp/index.js';
import type { Operation } from '../../../../lib/ir/index.js';

/** Parses and verifies `text`; throws with the rendered diagnostics on error. */
export function parse(text: string): Operation {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: 'test.mlir' });
    return m && verify(m) ? m : undefined;
  });
  if (!result) throw new Error(renderDiagnostics(diagnostics, { 'test.mlir': text }));
  return result;
}

/** A result tensor as plain data. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly values: readonly number[];
}

/** Runs `@main` (no arguments) of `text`; returns its tensor results, or throws with the runtime error. */
export function run(text: string): Tensor[] {
  const module = parse(text);
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', []));
  if (!result) throw new Error(renderDiagnostics(diagnostics, { 'test.mlir': text }));
  return result.map((v: RtValue) => {
    if (!(v instanceof TensorValue)) throw new Error('expected tensor results');
    return { shape: [...v.shape], values: Array.from({ length: v.data.length }, (_, i) => Number(v.data.get(i))) };
  });
}

/** The runtime error `text` stops with. */
export function runError(text: string): string {
  const module = parse(text);
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', []));
  if (result) throw new Error('expected a runtime error');
  return renderDiagnostics(diagnostics, { 'test.mlir': text });
}

/** `@main` returning one value computed by `body` (lines of graph ops ending in `%r = ...`) of type `type`. */
export function main(body: string, type: string): string {
  return `func.func @main() -> ${type} {\n${body}\n  return %r : ${type}\n}`;
}

/** Runs `main(body, type)` and gives its one result. */
export function eval1(body: string, type: string): Tensor {
  return run(main(body, type))[0];
}

/** Asserts every value is within `tol` (relative, or absolute near 0) of the expected one. */
export function close(actual: readonly number[], expected: readonly number[], tol = 1e-6): void {
  if (actual.length !== expected.length) throw new Error(`expected ${expected.length} values, got ${actual.length}: [${actual.join(', ')}]`);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (!(Math.abs(a - e) <= tol * Math.max(1, Math.abs(e)))) throw new Error(`value ${i}: expected ${e}, got ${a} (all: [${actual.join(', ')}])`);
  });
}
