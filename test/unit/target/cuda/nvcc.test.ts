// The emitted CUDA compiles with `nvcc -arch=sm_90 -std=c++17`, every warning an error (the host
// compiler's -Wall -Wextra too): the hand-written kernels of the lit tests (every arith and math op,
// flags, grid syncs, shuffles, atomics, control flow, globals) with their host code and harness
// (`-c`), and the kernels of the test models after graph -> gpu (`-ptx`: their host code is made of
// the same constructs); each group merged into one file so that nvcc runs twice. Skipped where
// nvcc is absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { MODELS, NVCC_FLAGS, context, gpuModel, haveNvcc, mergeInto, nvcc, parseFile, translate } from './helpers.js';

const LIT = ['arith', 'math', 'control', 'harness', 'sync'].map((n) => `test/lit/tools/dlc-translate/${n}.mlir`);

if (!haveNvcc()) {
  test('nvcc is absent: skipped', () => {});
} else {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-nvcc-'));

  /** Hand-written kernels: one module holding the kernels of every lit test, with sync.mlir's @main as the harness entry. */
  function handWritten(): string {
    const ctx = context();
    const [first, ...rest] = LIT.map((f) => parseFile(ctx, f));
    rest.forEach((m, i) => mergeInto(first, m, i === rest.length - 1 ? '' : `m${i}_`));
    return translate(first);
  }

  /** The test models through the pipeline, one module, the harness running the first model. */
  function models(): string {
    const ctx = context();
    const [first, ...rest] = MODELS.map((m) => gpuModel(ctx, m));
    rest.forEach((m, i) => mergeInto(first, m, `${MODELS[i + 1]}_`));
    return translate(first, { entry: 'main' });
  }

  test('hand-written kernels (with host code and harness) and the test models compile without warnings', async () => {
    const files = { kernels: { text: handWritten(), mode: '-c' }, models: { text: models(), mode: '-ptx' } };
    const runs = Object.entries(files).map(([name, { text, mode }]) => {
      const cu = join(dir, `${name}.cu`);
      writeFileSync(cu, text);
      return nvcc([...NVCC_FLAGS, mode, cu, '-o', join(dir, `${name}.out`)]).then((r) => ({ name, ...r }));
    });
    for (const r of await Promise.all(runs)) assert.is(r.status, 0, `${r.name}.cu (in ${dir}):\n${r.output.slice(0, 3000)}`);
  });
}

test.run();
