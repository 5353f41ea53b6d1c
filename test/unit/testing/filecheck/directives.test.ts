// Directive semantics: CHECK, -NEXT, -SAME, -NOT, -DAG, -LABEL, -EMPTY, -COUNT, COM, modifiers,
// and the flags that change matching.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc, firstError } from './helpers.js';

const passes = (check: string, input: string, flags: string[] = []) => assert.is(fc(check, input, flags).exitCode, 0, fc(check, input, flags).stderr);
const fails = (check: string, input: string, flags: string[] = []) => assert.is(fc(check, input, flags).exitCode, 1);

test('CHECK matches in order and never goes back', () => {
  passes('CHECK: a\nCHECK: b\n', 'a\nb\n');
  fails('CHECK: b\nCHECK: a\n', 'a\nb\n');
});

test('CHECK-NEXT requires the very next line', () => {
  passes('CHECK: a\nCHECK-NEXT: b\n', 'a\nb\n');
  assert.is(firstError(fc('CHECK: a\nCHECK-NEXT: c\n', 'a\nb\nc\n').stderr), 'check.txt:2:13: error: CHECK-NEXT: is not on the line after the previous match');
  assert.is(firstError(fc('CHECK: a\nCHECK-NEXT: b\n', 'a b\n').stderr), 'check.txt:2:13: error: CHECK-NEXT: is on the same line as previous match');
});

test('CHECK-SAME stays on the line', () => {
  passes('CHECK: a\nCHECK-SAME: b\n', 'a b\n');
  assert.is(firstError(fc('CHECK: a\nCHECK-SAME: b\n', 'a\nb\n').stderr), 'check.txt:2:13: error: CHECK-SAME: is not on the same line as the previous match');
});

test('CHECK-EMPTY matches an empty next line', () => {
  passes('CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n', 'a\n\nb\n');
  fails('CHECK: a\nCHECK-EMPTY:\n', 'a\nb\n\n');
});

test('CHECK-NOT covers the range between the surrounding matches', () => {
  passes('CHECK: a\nCHECK-NOT: x\nCHECK: b\n', 'x\na\nb\nx\n');
  fails('CHECK: a\nCHECK-NOT: x\nCHECK: b\n', 'a\nx\nb\n');
  fails('CHECK: a\nCHECK-NOT: x\n', 'a\nx\n');
});

test('CHECK-DAG matches in any order, without overlap', () => {
  passes('CHECK-DAG: b\nCHECK-DAG: a\n', 'a\nb\n');
  fails('CHECK-DAG: a\nCHECK-DAG: a\n', 'a\n');
  passes('CHECK-DAG: a\nCHECK-DAG: a\n', 'a\n', ['--allow-deprecated-dag-overlap']);
});

test('CHECK-NOT between CHECK-DAG groups', () => {
  passes('CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n', 'a\nb\nx\n');
  fails('CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n', 'a\nx\nb\n');
});

test('CHECK-LABEL partitions the input before other checks', () => {
  passes('CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\nCHECK: y\n', 'f1\nx\nf2\ny\n');
  fails('CHECK-LABEL: f1\nCHECK: y\nCHECK-LABEL: f2\n', 'f1\nx\nf2\ny\n');
  fails('CHECK-LABEL: f1\nCHECK-LABEL: f3\n', 'f1\nf2\n');
});

test('CHECK-COUNT-n matches n times', () => {
  passes('CHECK-COUNT-3: ab\n', 'ab ab\nab\n');
  assert.is(firstError(fc('CHECK-COUNT-3: ab\n', 'ab\nab\n').stderr), 'check.txt:1:16: error: CHECK-COUNT: expected string not found in input (3 out of 3)');
});

test('COM and RUN lines are comments; custom comment prefixes', () => {
  passes('COM: CHECK: never\nRUN: CHECK: never\nCHECK: a\n', 'a\n');
  passes('MY: CHECK: never\nCHECK: a\n', 'a\n', ['--comment-prefixes=MY']);
});

test('a prefix inside a word is not a directive', () => {
  passes('XCHECK: nope\nCHECK: a\n', 'a\n');
});

test('{LITERAL} matches the pattern text as is', () => {
  passes('CHECK{LITERAL}: [[x]] {{y}}\n', '[[x]] {{y}}\n');
  passes('CHECK: z\nCHECK-NEXT{LITERAL}: [[a]]\n', 'z\n[[a]]\n');
});

test('several prefixes', () => {
  passes('A: one\nB: two\n', 'one two\n', ['--check-prefixes=A,B']);
  passes('A: one\nB: two\n', 'one two\n', ['--check-prefix=A', '--check-prefix', 'B']);
});

test('--match-full-lines', () => {
  passes('CHECK: a b\n', '  a b  \n', ['--match-full-lines']);
  fails('CHECK: a b\n', 'xa b\n', ['--match-full-lines']);
  fails('CHECK: a b\n', 'a b\n', ['--match-full-lines', '--strict-whitespace']);
});

test('--strict-whitespace keeps runs of blanks significant', () => {
  passes('CHECK: a  b\n', 'a \t b\n');
  fails('CHECK: a  b\n', 'a b\n', ['--strict-whitespace']);
});

test('--ignore-case', () => {
  passes('CHECK: HeLLo {{WOR[L]D}}\n', 'hello world\n', ['--ignore-case']);
  fails('CHECK: HeLLo\n', 'hello\n');
});

test('--implicit-check-not applies between every pair of matches', () => {
  passes('CHECK: a\nCHECK: b\n', 'a\nb\n', ['--implicit-check-not=error']);
  const r = fc('CHECK: a\nCHECK: b\n', 'a\nerror\nb\n', ['--implicit-check-not=error']);
  assert.is(r.exitCode, 1);
  assert.is(firstError(r.stderr), "command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input");
});

test('string variables, same-line back-references, globals and --enable-var-scope', () => {
  passes('CHECK: def [[V:[a-z]+]]\nCHECK: use [[V]]\n', 'def abc\nuse abc\n');
  passes('CHECK: [[X:[a-z]+]]-[[X]]\n', 'ab-ab\n');
  const scoped = 'CHECK-LABEL: f\nCHECK: [[$G:[0-9]+]] [[L:[a-z]]]\nCHECK-LABEL: g\nCHECK: [[$G]] [[L]]\n';
  passes(scoped, 'f\n1 x\ng\n1 x\n');
  fails(scoped, 'f\n1 x\ng\n1 x\n', ['--enable-var-scope']);
});

test('-D string and numeric definitions', () => {
  passes('CHECK: [[NAME]] [[#N+1]]\n', 'hello 6\n', ['-DNAME=hello', '-D#N=5']);
});

test('the first matching line wins over later ones (no backtracking across directives)', () => {
  fails('CHECK: a{{.*}}\nCHECK-NEXT: b\n', 'a1\nx\na2\nb\n');
});

test.run();
