// The interpreter gives the same results before and after each tensor pass, and after the whole
// tensor pipeline, on random inputs: every function of the passes' lit inputs is checked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createContext } from '../../../../../dialects/registry.js';
import { registerAllInterpreters } from '../../../../../dialects/interp-registry.js';
import { registerDialectPasses } from '../../../../../dialects/passes.js';
import { registerGenericPasses } from '../../../../../lib/passes/index.js';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import { PassManager, parsePassPipeline } from '../../../../../lib/pass/index.js';
import { parseSourceString, splitInputFile } from '../../../../../lib/parse/index.js';
import { verify } from '../../../../../lib/verify/index.js';
import { getSymbolName, type Operation } from '../../../../../lib/ir/index.js';

registerAllInterpreters();
registerGenericPasses();
registerDialectPasses();

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

function load(text: string, file: string): Operation {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: file });
    return m && verify(m) ? m : undefined;
  });
  assert.ok(result, `${file}: ${diagnostics.map((d) => d.message).join('\n')}`);
  return result!;
}

/** Runs `passes` nested in func.func on a copy of `module`; the copy must verify. */
function transform(module: Operation, passes: string): Operation {
  const copy = module.clone();
  const ctx = module.context;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const pm = parsePassPipeline(`builtin.module(func.func(${passes}))`, (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    return pm.run(copy);
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.ok(result && errors.length === 0, `${passes}: ${errors.map((d) => d.message).join('\n')}`);
  return copy;
}

for (const file of inputs) {
  test(`${file}: same results after each pass and the pipeline`, () => {
    let checked = 0;
    for (const chunk of splitInputFile(readFileSync(join(root, file), 'utf8'))) {
      const module = load(chunk.text, file);
      const names = module.regions[0].blocks[0].operations.map((op) => getSymbolName(op)).filter((n): n is string => !!n);
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
