// The interpreter gives the same results before and after each tensor pass, and after the whole
// tensor pipeline, on random inputs: every function of the passes' lit inputs is checked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import { load, transform } from './helpers.js';
import { splitInputFile } from '../../../../../lib/parse/index.js';
import { getSymbolName } from '../../../../../lib/ir/index.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const inputs = ['test/lit/dialects/tensor/passes', 'test/lit/dialects/tensor/analysis'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.mlir'))
    .map((f) => join(dir, f)),
);

const PIPELINES = [
  'tensor-fold-layout',
  'tensor-fuse',
  'tensor-fuse{allow-recompute=false}',
  'tensor-fuse{max-body-size=2}',
  'tensor-fuse-horizontal',
  'tensor-partition',
  'tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,tensor-partition',
  'tensor-fold-layout,tensor-fuse{allow-recompute=false},tensor-fuse-horizontal,tensor-partition',
];

for (const file of inputs) {
  test(`${file}: same results after each pass and the pipeline`, () => {
    let checked = 0;
    for (const chunk of splitInputFile(readFileSync(join(root, file), 'utf8'))) {
      const module = load(chunk.text, file);
      // Functions with unregistered ops (`test.op`) have no interpreter: only the passes' IR checks cover them.
      const runnable = module.regions[0].blocks[0].operations.filter((fn) => fn.walk((op) => (op.isRegistered ? 'advance' : 'interrupt')) === 'advance');
      const names = runnable.map((op) => getSymbolName(op)).filter((n): n is string => !!n);
      for (const passes of PIPELINES) {
        const after = transform(module, passes);
        for (const entry of names) {
          for (const seed of [1, 2]) {
            const r = checkSameResults(module, after, { entry, seed });
            assert.ok(r.ok, `${file} @${entry} after ${passes} (seed ${seed}): ${r.message}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 0);
  });
}

test.run();
