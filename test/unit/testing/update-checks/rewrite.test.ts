// Unit tests of rewriting a test file's checks: what is removed, where new blocks go, idempotence.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkLineRegex, rewriteChecks, type CheckBlock } from '../../../../lib/testing/update-checks/index.js';

const f = (func: string | undefined, ...lines: string[]): CheckBlock => (func === undefined ? { lines } : { func, lines });

test('only check lines of the regenerated prefixes are recognised', () => {
  const re = checkLineRegex('//', ['CHECK', 'A.B']);
  for (const l of ['// CHECK: x', '  //CHECK-NEXT: x', '// CHECK-COUNT-2: x', '// A.B-DAG: y', '// CHECK-EMPTY:']) assert.ok(re.test(l), l);
  for (const l of ['// OTHER: x', '// CHECKS: x', '# CHECK: x', '// RUN: FileCheck %s', 'CHECK: x', '// CHECK-FOO: x']) assert.not.ok(re.test(l), l);
});

test('blocks go before their functions when every function is there, in order', () => {
  const text = '// RUN: x | FileCheck %s\n\n// CHECK: old\nfunc.func @a() {\n}\n\n// note\nfunc.func @b() {\n}\n';
  const out = rewriteChecks(text, '//', [
    ['CHECK', [f('a', 'CHECK-LABEL: func.func @a('), f('b', 'CHECK-LABEL: func.func @b(')]],
    ['OTHER', [f('a', 'OTHER: a')]],
  ]);
  assert.is(
    out,
    '// RUN: x | FileCheck %s\n\n// CHECK-LABEL: func.func @a(\n// OTHER: a\nfunc.func @a() {\n}\n\n// note\n// CHECK-LABEL: func.func @b(\nfunc.func @b() {\n}\n',
  );
  assert.is(rewriteChecks(out, '//', [['CHECK', [f('a', 'CHECK-LABEL: func.func @a('), f('b', 'CHECK-LABEL: func.func @b(')]], ['OTHER', [f('a', 'OTHER: a')]]]), out);
});

test('otherwise all blocks go together where the old checks began, in output order', () => {
  const text = '# RUN: x\n\n# CHECK: old1\n\n# CHECK: old2\n\nfunc.func @b() {\n}\nfunc.func @a() {\n}\n';
  const blocks: [string, CheckBlock[]][] = [['CHECK', [f('a', 'CHECK: 1'), f('b', 'CHECK: 2'), f(undefined, 'CHECK: 3')]]];
  const out = rewriteChecks(text, '#', blocks);
  assert.is(out, '# RUN: x\n\n# CHECK: 1\n\n# CHECK: 2\n\n# CHECK: 3\n\nfunc.func @b() {\n}\nfunc.func @a() {\n}\n');
  assert.is(rewriteChecks(out, '#', blocks), out);
});

test('a file without checks gets them at the end, after a blank line', () => {
  const blocks: [string, CheckBlock[]][] = [['CHECK', [f(undefined, 'CHECK: x', 'CHECK-NEXT: y')]]];
  const out = rewriteChecks('// RUN: cat %s | FileCheck %s\nno newline at end', '//', blocks);
  assert.is(out, '// RUN: cat %s | FileCheck %s\nno newline at end\n\n// CHECK: x\n// CHECK-NEXT: y');
  assert.is(rewriteChecks(out, '//', blocks), out);
});

test.run();
