// Unit tests of the line diff and its unified-format hunks.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffLines, unifiedDiff } from '../../../../lib/testing/lit/index.js';

test('equal texts have no diff', () => {
  assert.is(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y'), '');
  assert.equal(diffLines([], []), []);
});

test('the edit script is minimal and reproduces both sides', () => {
  const a = 'a b c a b b a'.split(' ');
  const b = 'c b a b a c'.split(' ');
  const edits = diffLines(a, b);
  assert.equal(edits.filter((e) => e.kind !== '+').map((e) => e.text), a);
  assert.equal(edits.filter((e) => e.kind !== '-').map((e) => e.text), b);
  assert.is(edits.filter((e) => e.kind !== ' ').length, 5);
});

test('hunks carry three lines of context and merge when close', () => {
  const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
  const b = [...a];
  b[1] = 'X';
  b[17] = 'Y';
  const d = unifiedDiff(`${a.join('\n')}\n`, `${b.join('\n')}\n`, 'a', 'b');
  assert.is(
    d,
    '--- a\n+++ b\n@@ -1,5 +1,5 @@\n l1\n-l2\n+X\n l3\n l4\n l5\n@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+Y\n l19\n l20\n',
  );
  const near = [...a];
  near[5] = 'Z';
  near[9] = 'W';
  assert.is(unifiedDiff(`${a.join('\n')}\n`, `${near.join('\n')}\n`, 'a', 'b').match(/^@@/gm)?.length, 1);
});

test('insertions into and deletions from empty texts', () => {
  assert.is(unifiedDiff('', 'a\n', 'x', 'y'), '--- x\n+++ y\n@@ -0,0 +1,1 @@\n+a\n');
  assert.is(unifiedDiff('a\n', '', 'x', 'y'), '--- x\n+++ y\n@@ -1,1 +0,0 @@\n-a\n');
});

test.run();
