// Differential tests against mlir-opt 22: every corpus program prints exactly as mlir-opt prints
// it (pretty and generic, with and without locations), our pretty output parses in mlir-opt, and
// printing is idempotent. Skipped when mlir-opt is not installed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { basename } from 'node:path';
import { corpusFiles, dlcOpt, haveMlirOpt, mlirOpt } from './tools.js';

const FLAG_SETS: ReadonlyArray<readonly string[]> = [
  [],
  ['--mlir-print-op-generic'],
  ['--mlir-print-debuginfo'],
];

for (const file of corpusFiles('ir')) {
  const name = basename(file);
  for (const flags of FLAG_SETS) {
    const args = ['--allow-unregistered-dialect', ...flags, file];
    test(`${name} ${flags.join(' ') || '(pretty)'} prints as mlir-opt does`, () => {
      if (!haveMlirOpt) return;
      const ours = dlcOpt(args);
      assert.is(ours.stderr, '', `dlc-opt reported: ${ours.stderr}`);
      assert.is(ours.status, 0);
      const theirs = mlirOpt(args);
      assert.is(theirs.status, 0, theirs.stderr);
      assert.fixture(ours.stdout, theirs.stdout);
    });
  }
  test(`${name}: our pretty output parses in mlir-opt to the same generic IR`, () => {
    if (!haveMlirOpt) return;
    const ours = dlcOpt(['--allow-unregistered-dialect', file]);
    assert.is(ours.status, 0, ours.stderr);
    const reparsed = mlirOpt(['--allow-unregistered-dialect', '--mlir-print-op-generic', '-'], ours.stdout);
    assert.is(reparsed.status, 0, reparsed.stderr);
    const direct = mlirOpt(['--allow-unregistered-dialect', '--mlir-print-op-generic', file]);
    assert.fixture(reparsed.stdout, direct.stdout);
  });
  test(`${name}: printing is idempotent`, () => {
    for (const flags of FLAG_SETS) {
      const once = dlcOpt(['--allow-unregistered-dialect', ...flags, file]);
      assert.is(once.status, 0, once.stderr);
      const twice = dlcOpt(['--allow-unregistered-dialect', ...flags, '-'], once.stdout);
      assert.is(twice.status, 0, twice.stderr);
      assert.fixture(twice.stdout, once.stdout);
    }
  });
}

test.run();
