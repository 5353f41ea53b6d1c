// gpu-merge-kernels' workgroup sharing keeps results: on the lit test's three phases (flat f16
// buffers of different sizes in one slot, tiles of one type in another) the gpu interpreter gives
// the same buffers before and after merging, and the merged kernel holds the max, not the sum; on
// two tensor-core kernels (staging buffers of 4096 and 2048 f16) the merged kernel has one staging
// buffer, the same results, and CUDA that nvcc compiles (skipped without nvcc).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { staticSharedMemory } from '../../../../../lib/target/cost-model-kernel.js';
import { translateToCuda } from '../../../../../lib/target/cuda/translate.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';
import { countOps } from '../../../examples/harness.js';
import { NVCC_FLAGS, haveNvcc, nvcc } from '../../../target/cuda/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));

function kernels(module: Operation): Operation[] {
  const out: Operation[] = [];
  module.walk((op) => void (op.name.name === 'gpu.func' && out.push(op)));
  return out;
}

test('phases share workgroup storage: 13 KiB instead of 22, the same buffers', () => {
  const before = load(readFileSync(`${root}test/lit/dialects/gpu/passes/merge-share.mlir`, 'utf8'), 'merge-share.mlir');
  assert.is(kernels(before).reduce((s, k) => s + staticSharedMemory(k), 0), 22 * 1024);
  const after = transformModule(before, 'func.func(gpu-merge-kernels)');
  const merged = kernels(after).filter((k) => String(k.getAttr('sym_name') ?? k.getProp('sym_name')).includes('merged'));
  assert.is(merged.length, 1);
  assert.is(staticSharedMemory(merged[0]), 13 * 1024);
  for (const seed of [1, 2, 3]) {
    const r = checkSameResults(before, after, { entry: 'host', seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
});

test('tensor-core phases share one staging buffer of the larger size; nvcc compiles the merged kernel', async () => {
  const text = `func.func @main(%a: tensor<128x128xf16>, %b: tensor<128x128xf16>, %c: tensor<32x32xf16>, %d: tensor<32x32xf16>) -> (tensor<128x128xf16>, tensor<32x32xf16>) {
    %0 = graph.matmul %a, %b : tensor<128x128xf16>, tensor<128x128xf16>
    %1 = graph.matmul %c, %d : tensor<32x32xf16>, tensor<32x32xf16>
    return %0, %1 : tensor<128x128xf16>, tensor<32x32xf16>
  }`;
  const apart = transformModule(load(text, 'mma.mlir'), 'func.func(convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=128,128},block-sync),convert-block-to-gpu');
  assert.equal(kernels(apart).map(staticSharedMemory), [8192, 4096]);
  const merged = transformModule(apart, 'func.func(gpu-merge-kernels)');
  assert.is(countOps(merged, 'gpu.launch_func'), 1);
  assert.equal(kernels(merged).map(staticSharedMemory), [8192]);
  assert.ok(countOps(merged, 'gpu.subgroup_mma_compute') > 0);
  const r = checkSameResults(apart, merged, { seed: 3 });
  assert.ok(r.ok, r.message);
  if (!haveNvcc()) return;
  const cu = join(mkdtempSync(join(tmpdir(), 'dlc-merge-share-')), 'merged.cu');
  writeFileSync(cu, translateToCuda(merged, { harness: false })!);
  const c = await nvcc([...NVCC_FLAGS, '-ptx', cu, '-o', cu.replace(/\.cu$/, '.ptx')]);
  assert.is(c.status, 0, c.output);
});

test.run();
