// Invalid programs annotated with expected-* comments: both mlir-opt and dlc-opt accept the
// annotations under --verify-diagnostics --split-input-file. Skipped without mlir-opt for the
// mlir-opt half; ours always runs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { basename } from 'node:path';
import { corpusFiles, dlcOpt, haveMlirOpt, mlirOpt } from './tools.js';

for (const file of corpusFiles('invalid')) {
  const args = ['--allow-unregistered-dialect', '--verify-diagnostics', '--split-input-file', file];
  test(`${basename(file)}: dlc-opt's diagnostics match the annotations`, () => {
    const ours = dlcOpt(args);
    assert.is(ours.status, 0, ours.stderr);
  });
  test(`${basename(file)}: the annotations hold in mlir-opt too`, () => {
    if (!haveMlirOpt) return;
    const theirs = mlirOpt(args);
    assert.is(theirs.status, 0, theirs.stderr);
  });
}

test.run();
