// convert-graph-to-tensor on the shared models of test/models: every graph op lowered, and the
// interpreter gives the same results before lowering, after it, and after the whole tensor
// pipeline (fold-layout, fuse, fuse-horizontal, partition) on seeded random inputs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PassManager, parsePassPipeline } from '../../../../lib/pass/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { renderDiagnostics } from '../../../../lib/diag/index.js';
import { checkSameResults } from '../../../../lib/interp/index.js';
import { registerDialectPasses } from '../../../../dialects/passes.js';
import { assertLoweringPreserves, opNames, parse } from './to-tensor-harness.js';

const models = fileURLToPath(new URL('../../../../../test/models/', import.meta.url));
const pipeline = 'builtin.module(func.func(convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,tensor-partition))';

function model(name: string): string {
  return readFileSync(`${models}${name}.mlir`, 'utf8');
}

/** How many tensor.compute ops each model lowers to (a change here is a change of the lowering). */
const expectedTes: Readonly<Record<string, number>> = {
  mlp: 9,
  attention: 20,
  lstm_cell: 17,
  conv_block: 12,
  layernorm_residual: 9,
};

for (const [name, tes] of Object.entries(expectedTes)) {
  test(`${name}: same results after lowering, ${tes} TEs`, () => {
    const after = assertLoweringPreserves(model(name), [0, 1, 2, 3]);
    assert.is(opNames(after).filter((n) => n === 'tensor.compute').length, tes);
  });

  test(`${name}: same results after the whole tensor pipeline`, () => {
    registerDialectPasses();
    const before = parse(model(name));
    const after = before.clone();
    const pm = parsePassPipeline(pipeline, (anchor) => new PassManager(after.context, anchor));
    pm.setVerifier((op) => verify(op));
    const { result, diagnostics } = after.context.diagnostics.collect(() => pm.run(after));
    assert.ok(result, renderDiagnostics(diagnostics, {}));
    for (const seed of [0, 1]) {
      const r = checkSameResults(before, after, { seed });
      assert.ok(r.ok, `seed ${seed}: ${r.message}`);
    }
  });
}

test.run();
