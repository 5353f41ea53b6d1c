// convert-graph-to-tensor on the shared models of test/models: every graph op lowered, and
// the interpreter gives the same results before and after on seeded random inputs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertLoweringPreserves, opNames } from './to-tensor-harness.js';

const models = fileURLToPath(new URL('../../../../../test/models/', import.meta.url));

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
}

test.run();
