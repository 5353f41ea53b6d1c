// Helpers of the model tests: module-level pipelines on a copy, and the tolerance a model's
// element type needs when its results are compared across levels.
import * as assert from 'uvu/assert';
import { PassManager, parsePassPipeline } from '../../../lib/pass/index.js';
import { verify } from '../../../lib/verify/index.js';
import type { Operation } from '../../../lib/ir/index.js';

/** Runs `pipeline` (passes anchored on builtin.module) on a copy of `module`, verifying after each; asserts success. */
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

/** f16 rounds every step to 11 bits, and the lowered code may round in another order (layer norm's mean and variance). */
export function tolerance(text: string): { rtol: number; atol: number } {
  return text.includes('xf16>') ? { rtol: 2e-2, atol: 2e-2 } : { rtol: 1e-4, atol: 1e-5 };
}

/** How many ops named `name` `module` holds. */
export function countOps(module: Operation, name: string): number {
  let n = 0;
  module.walk((op) => void (op.name.name === name && n++));
  return n;
}
