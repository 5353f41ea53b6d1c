// The small paper models through the one command a user runs, the `dlc-gpu` pipeline (with
// block-fuse, the schedule and gpu-merge-kernels): the gpu interpreter gives the graph-level
// results on random inputs. Skips while dlc-gpu or the gpu interpreter is not registered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults, lookupImpl } from '../../../lib/interp/index.js';
import { lookupPassOrPipeline } from '../../../lib/pass/index.js';
import { load } from '../dialects/tensor/passes/helpers.js';
import { SMALL_MODELS } from '../../../examples/models/catalog.js';
import { countOps, tolerance, transformModule } from './harness.js';

const ready = lookupPassOrPipeline('dlc-gpu') !== undefined && lookupImpl('gpu.launch_func') !== undefined;

if (!ready) console.log('  skipped: the dlc-gpu pipeline or the gpu interpreter is not registered');
for (const m of ready ? SMALL_MODELS : []) {
  test(`${m.path}: same results after dlc-gpu`, () => {
    const t0 = performance.now();
    const text = m.make().text;
    const graph = load(text, m.path);
    const gpu = transformModule(graph, 'dlc-gpu');
    const launches = countOps(gpu, 'gpu.launch_func');
    assert.ok(launches > 0, 'no gpu.launch_func after dlc-gpu');
    const r = checkSameResults(graph, gpu, { seed: 7, ...tolerance(text) });
    assert.ok(r.ok, `${m.path} after dlc-gpu: ${r.message}`);
    console.log(`  ${m.path}: ${launches} launches, ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
}

test.run();
