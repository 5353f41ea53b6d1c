// The small paper models (examples/models/small) give the graph-level results on random inputs
// after each lowering step: convert-graph-to-tensor, the tensor fusion passes, and
// convert-tensor-to-block with block-sync.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults } from '../../../lib/interp/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load, transform } from '../dialects/tensor/passes/helpers.js';
import { SMALL_MODELS } from '../../../examples/models/catalog.js';

const TENSOR = 'convert-graph-to-tensor';
const FUSED = `${TENSOR},tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal`;
const BLOCK = `${FUSED},convert-tensor-to-block,block-sync`;

/** f16 rounds every step to 11 bits, and the lowered code may round in another order (layer norm's mean and variance). */
function tolerance(text: string) {
  return text.includes('xf16>') ? { rtol: 2e-2, atol: 2e-2 } : { rtol: 1e-4, atol: 1e-5 };
}

function check(name: string, graph: Operation, lowered: Operation, level: string, tol: { rtol: number; atol: number }): void {
  const r = checkSameResults(graph, lowered, { seed: 7, ...tol });
  assert.ok(r.ok, `${name} after ${level}: ${r.message}`);
}

for (const m of SMALL_MODELS) {
  test(`${m.path}: same results at the tensor level, after fusion and at the block level`, () => {
    const t0 = performance.now();
    const text = m.make().text;
    const graph = load(text, m.path);
    const tol = tolerance(text);
    check(m.path, graph, transform(graph, TENSOR), TENSOR, tol);
    check(m.path, graph, transform(graph, FUSED), 'the tensor fusion passes', tol);
    check(m.path, graph, transform(graph, BLOCK), 'convert-tensor-to-block,block-sync', tol);
    console.log(`  ${m.path}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
}

test.run();
