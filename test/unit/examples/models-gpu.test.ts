// The small paper models end to end: graph-level results equal the gpu interpreter's after the
// lowering to kernels (tensor, fusion, block, block-sync, convert-block-to-gpu) on random inputs.
// Skips while convert-block-to-gpu or the gpu interpreter is not registered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults, lookupImpl } from '../../../lib/interp/index.js';
import { lookupPassOrPipeline } from '../../../lib/pass/index.js';
import { load, transform } from '../dialects/tensor/passes/helpers.js';
import { SMALL_MODELS } from '../../../examples/models/catalog.js';
import { countOps, tolerance, transformModule } from './harness.js';

const TO_BLOCK = 'convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block,block-sync';
const ready = lookupPassOrPipeline('convert-block-to-gpu') !== undefined && lookupImpl('gpu.launch_func') !== undefined;

if (!ready) console.log('  skipped: convert-block-to-gpu or the gpu interpreter is not registered');
for (const m of ready ? SMALL_MODELS : []) {
  test(`${m.path}: the gpu interpreter gives the graph-level results`, () => {
    const t0 = performance.now();
    const text = m.make().text;
    const graph = load(text, m.path);
    const gpu = transformModule(transform(graph, TO_BLOCK), 'convert-block-to-gpu');
    const launches = countOps(gpu, 'gpu.launch_func');
    assert.ok(launches > 0, 'no gpu.launch_func after the lowering');
    const r = checkSameResults(graph, gpu, { seed: 7, ...tolerance(text) });
    assert.ok(r.ok, `${m.path} at the gpu level: ${r.message}`);
    console.log(`  ${m.path}: ${launches} launches, ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
}

test.run();
