// The small paper models end to end: graph-level results equal the gpu interpreter's after the
// whole lowering (tensor, fusion, block, block-sync, convert-block-to-gpu) on random inputs.
// Skips while convert-block-to-gpu or the gpu interpreter is not registered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults, lookupImpl } from '../../../lib/interp/index.js';
import { PassManager, lookupPassOrPipeline, parsePassPipeline } from '../../../lib/pass/index.js';
import { verify } from '../../../lib/verify/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load, transform } from '../dialects/tensor/passes/helpers.js';
import { SMALL_MODELS } from '../../../examples/models/catalog.js';

const TO_BLOCK = 'convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block,block-sync';
const ready = lookupPassOrPipeline('convert-block-to-gpu') !== undefined && lookupImpl('gpu.launch_func') !== undefined;

/** convert-block-to-gpu (a module pass) on a copy of `module`, asserting success. */
function toGpu(module: Operation): Operation {
  const copy = module.clone();
  const ctx = module.context;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const pm = parsePassPipeline('builtin.module(convert-block-to-gpu)', (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    return pm.run(copy);
  });
  assert.ok(result, `convert-block-to-gpu: ${diagnostics.map((d) => d.message).join('\n')}`);
  return copy;
}

if (!ready) console.log('  skipped: convert-block-to-gpu or the gpu interpreter is not registered');
for (const m of ready ? SMALL_MODELS : []) {
  test(`${m.path}: the gpu interpreter gives the graph-level results`, () => {
    const t0 = performance.now();
    const text = m.make().text;
    const graph = load(text, m.path);
    const gpu = toGpu(transform(graph, TO_BLOCK));
    let launches = 0;
    gpu.walk((op) => void (op.name.name === 'gpu.launch_func' && launches++));
    assert.ok(launches > 0, 'no gpu.launch_func after the lowering');
    const tol = text.includes('xf16>') ? { rtol: 2e-2, atol: 2e-2 } : { rtol: 1e-4, atol: 1e-5 };
    const r = checkSameResults(graph, gpu, { seed: 7, ...tol });
    assert.ok(r.ok, `${m.path} at the gpu level: ${r.message}`);
    console.log(`  ${m.path}: ${launches} launches, ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  });
}

test.run();
