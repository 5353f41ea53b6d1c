// Helpers of the pass tests: parse and verify a module, run a func.func or module pipeline on a copy.
import * as assert from 'uvu/assert';
import { createContext } from '../../../../../dialects/registry.js';
import { registerAllInterpreters } from '../../../../../dialects/interp-registry.js';
import { registerDialectPasses } from '../../../../../dialects/passes.js';
import { registerGenericPasses } from '../../../../../lib/passes/index.js';
import { PassManager, parsePassPipeline } from '../../../../../lib/pass/index.js';
import { parseSourceString } from '../../../../../lib/parse/index.js';
import { verify } from '../../../../../lib/verify/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';

registerAllInterpreters();
registerGenericPasses();
registerDialectPasses();

/** Parses and verifies `text` in a fresh context (unregistered ops allowed), asserting that it does. */
export function load(text: string, file: string): Operation {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  ctx.allowUnregisteredDialects = true;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: file });
    return m && verify(m) ? m : undefined;
  });
  assert.ok(result, `${file}: ${diagnostics.map((d) => d.message).join('\n')}`);
  return result!;
}

/** Runs `passes` nested in func.func on a copy of `module`, verifying after each; asserts success and no error. */
export function transform(module: Operation, passes: string): Operation {
  return transformModule(module, `func.func(${passes})`);
}

/** Runs `pipeline` (passes anchored on builtin.module) on a copy of `module`, verifying after each; asserts success and no error. */
export function transformModule(module: Operation, pipeline: string): Operation {
  const copy = module.clone();
  const ctx = module.context;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const pm = parsePassPipeline(`builtin.module(${pipeline})`, (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    return pm.run(copy);
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.ok(result && errors.length === 0, `${pipeline}: ${errors.map((d) => d.message).join('\n')}`);
  return copy;
}
