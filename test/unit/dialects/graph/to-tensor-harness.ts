// Test helpers for convert-graph-to-tensor: parse a module, lower a clone of it, and check in
// the interpreter that both give the same results on seeded random inputs.
import * as assert from 'uvu/assert';
import { verify } from '../../../../lib/verify/index.js';
import { renderDiagnostics } from '../../../../lib/diag/index.js';
import { PassManager } from '../../../../lib/pass/index.js';
import { TensorValue, checkSameResults, findFunction, runFunction, type RtValue } from '../../../../lib/interp/index.js';
import type { Operation } from '../../../../lib/ir/index.js';
import { convertGraphToTensorPass } from '../../../../dialects/graph/to-tensor/index.js';
import { parse } from './harness.js';

export { parse };

/** Runs convert-graph-to-tensor (verifying after it) on `module`; returns the rendered diagnostics and whether it succeeded. */
export function runLowering(module: Operation): { ok: boolean; diagnostics: string } {
  const pm = new PassManager(module.context, 'builtin.module');
  pm.nest('func.func').addPass(convertGraphToTensorPass);
  pm.setVerifier((op) => verify(op));
  const { result, diagnostics } = module.context.diagnostics.collect(() => pm.run(module));
  return { ok: result, diagnostics: renderDiagnostics(diagnostics, {}) };
}

/** A lowered clone of `module`; throws with the diagnostics when the lowering fails. */
export function lowered(module: Operation): Operation {
  const clone = module.clone();
  const r = runLowering(clone);
  if (!r.ok) throw new Error(`convert-graph-to-tensor failed:\n${r.diagnostics}`);
  return clone;
}

/** The names of the ops directly in `@main`'s body, terminator excluded. */
export function opNames(module: Operation): string[] {
  const fn = findFunction(module, 'main');
  if (!fn) throw new Error('no @main');
  return fn.regions[0].blocks[0].operations.slice(0, -1).map((o) => o.name.name);
}

/**
 * Asserts that `@main` of `text` gives the same results (1e-5 relative unless `rtol` says
 * otherwise) before and after the lowering on the random inputs of each seed, and that no
 * graph op is left.
 */
export function assertLoweringPreserves(text: string, seeds: readonly number[] = [0, 1, 2], rtol = 1e-5): Operation {
  const before = parse(text);
  const after = lowered(before);
  assert.not.ok(opNames(after).some((n) => n.startsWith('graph.')), `graph ops left: ${opNames(after).join(', ')}`);
  for (const seed of seeds) {
    const r = checkSameResults(before, after, { seed, rtol });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
  return after;
}

/** Runs `@main` of `module` (no arguments); returns its results as flat numbers, or throws with the runtime error. */
export function runMain(module: Operation): number[][] {
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', []));
  if (!result) throw new Error(renderDiagnostics(diagnostics, {}));
  return result.map((v: RtValue) => {
    if (!(v instanceof TensorValue)) throw new Error('expected tensor results');
    return Array.from({ length: v.data.length }, (_, i) => Number(v.data.get(i)));
  });
}
