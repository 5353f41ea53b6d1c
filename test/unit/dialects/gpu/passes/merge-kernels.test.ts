// gpu-merge-kernels keeps results: the gpu interpreter gives the same buffers before and after
// merging, on the hand-written launches of the lit test (phases looping over their blocks, and
// under `block_id < n`, a phase of fewer threads than the merged kernel) and on the test models
// lowered to one launch per tile (block sizes differ), merged into one cooperative kernel.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));

const lower = transformModule;

function launches(module: Operation): Operation[] {
  const out: Operation[] = [];
  module.walk((op) => void (op.name.name === 'gpu.launch_func' && out.push(op)));
  return out;
}

test('hand-written launches: one cooperative kernel, the same buffers for every merged grid size', () => {
  const text = readFileSync(`${root}test/lit/dialects/gpu/merge-kernels.mlir`, 'utf8').split('// -----')[0];
  const before = load(text, 'merge-kernels.mlir');
  assert.is(launches(before).length, 3);
  for (const maxBlocks of [0, 1, 2, 3]) {
    const after = lower(before, `func.func(gpu-merge-kernels{max-blocks=${maxBlocks}})`);
    const merged = launches(after);
    assert.is(merged.length, 1);
    assert.ok(merged[0].getAttr('cooperative'));
    for (const seed of [1, 2]) {
      const r = checkSameResults(before, after, { entry: 'host', seed });
      assert.ok(r.ok, `max-blocks=${maxBlocks}, seed ${seed}: ${r.message}`);
    }
  }
});

test('a phase written for fewer threads: guarded work, shared barrier, the same buffers', () => {
  const text = readFileSync(`${root}test/lit/dialects/gpu/merge-kernels.mlir`, 'utf8').split('// -----')[2];
  const before = load(text, 'merge-kernels.mlir');
  const after = lower(before, 'func.func(gpu-merge-kernels)');
  assert.is(launches(after).length, 1);
  for (const seed of [1, 2, 3]) {
    const r = checkSameResults(before, after, { entry: 'host', seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
});

for (const name of ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell']) {
  test(`${name}: one launch per tile merged into one kernel gives the graph's results`, () => {
    const graph = load(readFileSync(`${root}test/models/${name}.mlir`, 'utf8'), `${name}.mlir`);
    const apart = lower(graph, 'func.func(convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4},block-sync),convert-block-to-gpu');
    const merged = lower(apart, 'func.func(gpu-merge-kernels{max-blocks=3})');
    assert.ok(launches(apart).length > 1, `${name}: ${launches(apart).length} launches before merging`);
    assert.is(launches(merged).length, 1);
    const r = checkSameResults(graph, merged);
    assert.ok(r.ok, `${name}: ${r.message}`);
  });
}

test.run();
