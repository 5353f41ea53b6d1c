// Runs the implementation example of docs/interpreter.md: its TypeScript is transpiled, registered and run.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { registerInterpreterImpls, type InterpreterImpls } from '../../../lib/interp/index.js';
import { run } from './harness.js';

const root = new URL('../../../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/interpreter.md'), 'utf8');
const example = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('// dialects/mydialect/interp.ts'));

/** The example as a module, importing what it uses from the built lib/interp. */
async function loadExample(): Promise<() => InterpreterImpls> {
  const lib = pathToFileURL(join(root, 'build/lib/interp/index.js')).href;
  const js = transformSync(example!, { loader: 'ts', format: 'esm' }).code;
  const file = join(mkdtempSync(join(tmpdir(), 'dlc-doc-')), 'interp.mjs');
  writeFileSync(file, `import { mapElements } from '${lib}';\n${js}`);
  return (await import(pathToFileURL(file).href)).mydialectInterpreter;
}

test('the example registers and runs', async () => {
  assert.ok(example, 'docs/interpreter.md has the mydialect example');
  registerInterpreterImpls('mydialect', (await loadExample())());
  const r = run(`
    func.func @main(%x: f32, %n: index, %i: index) -> (f32, index) {
      %y = "mydialect.scale"(%x, %x) : (f32, f32) -> f32
      %s = "mydialect.repeat"(%n, %i) ({
      ^bb0(%k: index, %acc: index):
        %t = "test.addi"(%acc, %k) : (index, index) -> index
        "test.yield"(%t) : (index) -> ()
      }) : (index, index) -> index
      "mydialect.check"(%n) : (index) -> ()
      return %y, %s : f32, index
    }`, [3, 4n, 10n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [9, 16n]);
  assert.match(run('func.func @main(%n: index) {\n  "mydialect.check"(%n) : (index) -> ()\n  return\n}', [0n]).errors, 'test.mlir:2:3: error: check failed');
});

test.run();
