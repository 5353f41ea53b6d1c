// Unit tests of updating test files end to end: running the producer, errors as messages, the CLI.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedRuns, updateTest } from '../../../../lib/testing/update-checks/index.js';
import { makeTree } from '../lit/helpers.js';

// This file runs from build/test/unit/testing/update-checks, five levels below the root.
const TOOL = new URL('../../../../../dist/dlc-update-checks.js', import.meta.url).pathname;

test('RUN lines that pipe into FileCheck, with their prefixes', () => {
  const runs = checkedRuns([
    { line: 1, command: ' %tool %s | %filecheck %s' },
    { line: 2, command: " not %tool 'a|b' 2>&1 | FileCheck --check-prefix=ERR %s" },
    { line: 3, command: ' a || b | not %llvm-filecheck %s --check-prefixes X,Y' },
    { line: 4, command: ' %tool %s -o %t' },
    { line: 5, command: ' echo x | grep x' },
  ]);
  assert.equal(runs, [
    { line: 1, producer: '%tool %s', prefix: 'CHECK' },
    { line: 2, producer: "not %tool 'a|b' 2>&1", prefix: 'ERR' },
    { line: 3, producer: 'a || b', prefix: 'X' },
  ]);
});

const suite = (files: Record<string, string>): string =>
  makeTree({ 'lit.config.json': JSON.stringify({ name: 'u', suffixes: ['.mlir'], substitutions: { '%fake': 'cat' } }), ...files });

test('the producer runs with the suite substitutions; the result is idempotent', async () => {
  const root = suite({
    'out.txt': 'func.func @f(%arg0: i32) {\n  return\n}\n',
    't.mlir': '// RUN: %fake %S/out.txt | %filecheck %s\n\n// CHECK: stale\n',
  });
  const r = await updateTest(join(root, 't.mlir'));
  assert.is(r.after, '// RUN: %fake %S/out.txt | %filecheck %s\n\n// CHECK-LABEL: func.func @f(\n// CHECK-SAME: [[ARG0:%.*]]: i32) {\n// CHECK:   return\n// CHECK-NEXT: }\n');
  assert.equal(r.warnings, []);
});

test('a prefix checked twice is generated once, with a warning', async () => {
  const root = suite({ 't.mlir': '// RUN: echo a | FileCheck %s\n// RUN: echo b | FileCheck %s\n' });
  const r = await updateTest(join(root, 't.mlir'));
  assert.match(r.after, /\/\/ CHECK: a\n$/);
  assert.match(r.warnings[0]!, /t\.mlir:2: prefix CHECK is already checked by an earlier RUN line/);
});

test('errors are messages naming the file and line', async () => {
  const root = suite({
    'plain.mlir': '// RUN: true\n',
    'fails.mlir': '// RUN: sh -c "echo partial; exit 3" | FileCheck %s\n',
    'norun.mlir': 'nothing\n',
  });
  const fails = async (path: string, re: RegExp): Promise<void> => {
    await updateTest(path).then(
      () => assert.unreachable(),
      (e: Error) => assert.match(e.message, re),
    );
  };
  await fails(join(root, 'plain.mlir'), /plain\.mlir: no RUN line pipes a command into FileCheck/);
  await fails(join(root, 'fails.mlir'), /fails\.mlir:1: the command of this RUN line failed \(exit status 3\):\n\$ "sh"/);
  await fails(join(root, 'norun.mlir'), /norun\.mlir: Test has no 'RUN:' line/);
  await fails(join(root, 'missing.mlir'), /missing\.mlir: cannot read/);
  await fails(join(makeTree({ 'x.mlir': '// RUN: echo | FileCheck %s\n' }), 'x.mlir'), /no lit\.config\.json or lit\.config\.js found above the test/);
});

if (existsSync(TOOL)) {
  test('the CLI: --dry-run prints a diff and writes nothing; errors exit 1', () => {
    const root = suite({ 't.mlir': '// RUN: echo hello | FileCheck %s\n' });
    const file = join(root, 't.mlir');
    const dry = spawnSync(process.execPath, [TOOL, '--dry-run', file], { encoding: 'utf8' });
    assert.is(dry.status, 0);
    assert.is(dry.stdout, `--- a/${file}\n+++ b/${file}\n@@ -1,1 +1,3 @@\n // RUN: echo hello | FileCheck %s\n+\n+// CHECK: hello\n`);
    assert.is(readFileSync(file, 'utf8'), '// RUN: echo hello | FileCheck %s\n');
    const real = spawnSync(process.execPath, [TOOL, file], { encoding: 'utf8' });
    assert.is(real.status, 0);
    assert.match(real.stderr, /updated /);
    assert.is(readFileSync(file, 'utf8'), '// RUN: echo hello | FileCheck %s\n\n// CHECK: hello\n');
    const bad = spawnSync(process.execPath, [TOOL, '--nope'], { encoding: 'utf8' });
    assert.is(bad.status, 1);
    assert.match(bad.stderr, /unknown option '--nope'\nusage: dlc-update-checks/);
    const none = spawnSync(process.execPath, [TOOL, join(root, 'nope.mlir')], { encoding: 'utf8' });
    assert.is(none.status, 1);
    assert.match(none.stderr, /^dlc-update-checks: error: .*nope\.mlir: cannot read/);
  });
} else {
  test('dlc-update-checks is built', () => assert.unreachable(`${TOOL} is missing: run node scripts/build.mjs`));
}

test.run();
