// Test helpers for the interpreter: parse a module, run a function, and a `test` dialect of scalar ops.
import { createContext } from '../../../dialects/registry.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import { verify } from '../../../lib/verify/index.js';
import { renderDiagnostics } from '../../../lib/diag/index.js';
import { registerInterpreterImpls, runFunction, type RtValue } from '../../../lib/interp/index.js';
import type { Operation } from '../../../lib/ir/index.js';

// `test.*` ops (unregistered) stand in for arith in these tests, so they do not depend on arith's implementations.
registerInterpreterImpls('test', {
  'test.addi': (_op, [a, b]) => [(a as bigint) + (b as bigint)],
  'test.muli': (_op, [a, b]) => [(a as bigint) * (b as bigint)],
  'test.lti': (_op, [a, b]) => [(a as bigint) < (b as bigint) ? 1n : 0n],
  'test.const': (op) => {
    const v = op.getAttr('value') as unknown as { value: bigint | number };
    return [v.value];
  },
});

/** Parses `text` (unregistered `test.*` ops allowed); throws with the rendered diagnostics on error. */
export function parse(text: string): Operation {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = true;
  ctx.printOpOnDiagnostic = false;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: 'test.mlir' });
    return m && verify(m) ? m : undefined;
  });
  if (!result) throw new Error(renderDiagnostics(diagnostics, { 'test.mlir': text }));
  return result;
}

/** Runs `@entry` of `text`; returns the results, or the rendered error diagnostics. */
export function run(text: string, args: readonly RtValue[], entry = 'main'): { results?: readonly RtValue[]; errors: string } {
  const module = parse(text);
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, entry, args));
  return { results: result, errors: renderDiagnostics(diagnostics, { 'test.mlir': text }) };
}
