// The shipped paper models (examples/models): each file is what its builder writes today, every
// one parses and verifies, and the full BERT (12 layers) lowers to the block level in seconds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, transform } from '../dialects/tensor/passes/helpers.js';
import { FULL_MODELS, SMALL_MODELS } from '../../../examples/models/catalog.js';

const dir = fileURLToPath(new URL('../../../../examples/models/', import.meta.url));
const BLOCK = 'convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block,block-sync';

for (const m of [...FULL_MODELS, ...SMALL_MODELS]) {
  test(`${m.path}: the shipped file is the generator's output, and it parses and verifies`, () => {
    const shipped = readFileSync(`${dir}${m.path}`, 'utf8');
    const program = m.make();
    assert.ok(shipped === program.text, `${m.path} is stale: run node build/examples/models/generate.js`);
    const module = load(shipped, m.path);
    let ops = 0;
    module.walk((op) => void (op.name.name.startsWith('graph.') && ops++));
    assert.is(ops, program.ops);
  });
}

test('the full BERT (12 layers, seq 384, fp16) lowers to block programs within seconds', () => {
  const start = performance.now();
  const module = load(readFileSync(`${dir}bert-12.mlir`, 'utf8'), 'bert-12.mlir');
  const lowered = transform(module, BLOCK);
  const seconds = (performance.now() - start) / 1000;
  let programs = 0;
  lowered.walk((op) => void (op.name.name === 'block.program' && programs++));
  assert.ok(programs > 0, 'no block.program after the lowering');
  console.log(`  bert-12: parse, verify and ${BLOCK} in ${seconds.toFixed(2)} s`);
  assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
});

test.run();
