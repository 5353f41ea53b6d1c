// The whole tensor pipeline on the shared models and on a small BERT layer (both forms): the
// interpreter gives the same results at graph level, after convert-graph-to-tensor and after
// the pipeline, and the materialised intermediates drop.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import { load, transform } from './helpers.js';
import { bertEncoderLayer } from '../../../../../examples/models/bert.js';
import { countTensors } from '../../../../../bench/bert-count.js';

const TENSOR_PIPELINE = 'tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,tensor-partition';
const NO_RECOMPUTE = 'tensor-fold-layout,tensor-fuse{allow-recompute=false},tensor-fuse-horizontal,tensor-partition';

function checkModel(name: string, text: string): void {
  const graph = load(text, name);
  const lowered = transform(graph, 'convert-graph-to-tensor');
  for (const pipeline of [TENSOR_PIPELINE, NO_RECOMPUTE]) {
    const fused = transform(lowered, pipeline);
    for (const seed of [1, 2]) {
      const r = checkSameResults(lowered, fused, { seed });
      assert.ok(r.ok, `${name} after ${pipeline} (seed ${seed}): ${r.message}`);
      // The graph-level interpreter is the independent reference for the lowering and the pipeline together.
      const g = checkSameResults(graph, fused, { seed });
      assert.ok(g.ok, `${name} at graph level after ${pipeline} (seed ${seed}): ${g.message}`);
    }
    const before = countTensors(lowered);
    const after = countTensors(fused);
    assert.ok(after.tes <= before.tes, `${name}: ${before.tes} TEs before, ${after.tes} after ${pipeline}`);
    assert.ok(after.intermediates <= before.intermediates, `${name}: ${before.intermediates} intermediates before, ${after.intermediates} after ${pipeline}`);
  }
}

const models = fileURLToPath(new URL('../../../../../../test/models/', import.meta.url));
for (const file of readdirSync(models).filter((f) => f.endsWith('.mlir'))) {
  test(`test/models/${file}: same results after the tensor pipeline`, () => checkModel(file, readFileSync(join(models, file), 'utf8')));
}

for (const form of ['fused', 'onnx'] as const) {
  test(`a small BERT layer (${form} form): same results, at least 60% fewer materialised intermediates in ONNX form`, () => {
    const text = bertEncoderLayer({ seq: 8, hidden: 16, heads: 2, ffn: 32, form });
    checkModel(`bert-${form}`, text);
    if (form === 'onnx') {
      const lowered = transform(load(text, 'bert'), 'convert-graph-to-tensor');
      const before = countTensors(lowered).intermediates;
      const after = countTensors(transform(lowered, TENSOR_PIPELINE)).intermediates;
      assert.ok(after <= 0.4 * before, `${before} intermediates before, ${after} after`);
    }
  });
}

test.run();
