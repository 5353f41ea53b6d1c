// gpu-keep-on-chip keeps results: the gpu interpreter gives the same buffers before and after the
// pass on the hand-written persistent kernel of the lit test and on the small LSTM lowered with
// tiles small enough that its kernel has several phases; the pass leaves the kernels it cannot
// help (does not fit, one phase) as they are.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const litCases = readFileSync(`${root}test/lit/dialects/gpu/passes/keep-on-chip.mlir`, 'utf8').split('// -----');

/** Loads of global memrefs and workgroup attributions in the kernels of `module`. */
function census(module: Operation): { globalLoads: number; workgroupLoads: number } {
  let globalLoads = 0;
  let workgroupLoads = 0;
  module.walk((op) => {
    if (op.name.name !== 'memref.load' || op.parentOp === null) return;
    let inKernel = false;
    for (let p: Operation | null = op.parentOp; p; p = p.parentOp) if (p.name.name === 'gpu.func') inKernel = true;
    if (!inKernel) return;
    if (op.operand(0).type.toString().includes('workgroup')) workgroupLoads++;
    else globalLoads++;
  });
  return { globalLoads, workgroupLoads };
}

test('hand-written persistent kernel: the weight slice read from shared memory, the same buffers', () => {
  const before = load(litCases[0], 'keep-on-chip.mlir');
  const after = transformModule(before, 'gpu-keep-on-chip{gpu=a100}');
  assert.is(census(before).globalLoads - census(after).globalLoads, 2, 'three loads of W become one copy loop');
  for (const seed of [1, 2, 3]) {
    const r = checkSameResults(before, after, { entry: 'host', seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
});

test('slices that do not fit: the kernel is unchanged', () => {
  for (const text of litCases.slice(1)) {
    const before = load(text, 'keep-on-chip.mlir');
    const after = transformModule(before, 'gpu-keep-on-chip{gpu=a100}');
    assert.equal(census(after), census(before));
  }
});

test('small LSTM in several phases: weights kept on chip, the graph results', () => {
  const graph = load(readFileSync(`${root}examples/models/small/lstm.mlir`, 'utf8'), 'lstm.mlir');
  const lowered = transformModule(
    graph,
    'func.func(convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block{gpu=a100 tile-sizes=1,4},' +
      'block-fuse{gpu=a100},block-sync,block-coschedule,block-schedule{gpu=a100}),convert-block-to-gpu{gpu=a100},func.func(gpu-merge-kernels{gpu=a100})',
  );
  let syncs = 0;
  lowered.walk((op) => void (op.name.name === 'gpu.grid_sync' && syncs++));
  assert.ok(syncs >= 2, `${syncs} grid barriers`);
  const kept = transformModule(lowered, 'gpu-keep-on-chip{gpu=a100}');
  assert.ok(census(kept).workgroupLoads > census(lowered).workgroupLoads, 'some loads read shared-memory copies');
  assert.ok(census(kept).globalLoads < census(lowered).globalLoads);
  for (const seed of [1, 2]) {
    const r = checkSameResults(lowered, kept, { seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
  const r = checkSameResults(graph, kept);
  assert.ok(r.ok, r.message);
});

test.run();
