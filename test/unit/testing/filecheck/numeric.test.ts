// Numeric variables and expressions: formats, precision, functions, @LINE, and their errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fc, firstError } from './helpers.js';

test('definitions and arithmetic uses', () => {
  assert.is(fc('CHECK: n=[[#N:]]\nCHECK: m=[[#N+2]] [[#N-1]]\n', 'n=5\nm=7 4\n').exitCode, 0);
});

test('formats: %x, %X with #, %d and precision', () => {
  const check = 'CHECK: [[#%.3u,A:]] [[#%#X,B:]] [[#%d,C:]] [[#%x,D:]]\nCHECK: [[#A+1]] [[#%#X,B+1]] [[#C-10]] [[#D]]\n';
  assert.is(fc(check, '007 0xFF -3 ff\n008 0x100 -13 ff\n').exitCode, 0);
});

test('functions add, sub, mul, div, min, max', () => {
  assert.is(fc('CHECK: [[#A:]] [[#B:]]\nCHECK: [[#max(A,B)]] [[#min(A,B)]] [[#mul(A,B)]] [[#div(B,A)]] [[#add(A,sub(B,A))]]\n', '3 10\n10 3 30 3 10\n').exitCode, 0);
});

test('@LINE and legacy [[@LINE+N]]', () => {
  assert.is(fc('CHECK: line [[@LINE]]\nCHECK: line [[#@LINE-1]] [[@LINE+1]]\n', 'line 1\nline 1 3\n').exitCode, 0);
});

test('a mismatching value fails with the value shown', () => {
  const r = fc('CHECK: [[#N:]]\nCHECK-NEXT: [[#N+1]]\n', '4\n6\n');
  assert.is(r.exitCode, 1);
  assert.ok(r.stderr.includes('note: with "N+1" equal to "5"'), r.stderr);
});

test('parse errors exit 2 with FileCheck wording', () => {
  const cases: [string, string][] = [
    ['CHECK: [[#%z,A:]]\n', "check.txt:1:12: error: invalid format specifier in expression"],
    ['CHECK: [[#A:]] [[#A]]\n', "check.txt:1:19: error: numeric variable 'A' defined earlier in the same CHECK directive"],
    ['CHECK: [[#foo(1,2)]]\n', "check.txt:1:11: error: call to undefined function 'foo'"],
    ['CHECK: [[#add(1)]]\n', "check.txt:1:11: error: function 'add' takes 2 arguments but 1 given"],
    ['CHECK: [[#1*2]]\n', "check.txt:1:12: error: unsupported operation '*'"],
    ['CHECK: [[#(1+2]]\n', "check.txt:1:15: error: missing ')' at end of nested expression"],
    ['CHECK: [[#X+]]\n', 'check.txt:1:13: error: missing operand in expression'],
    ['CHECK: [[@FOO]]\n', "check.txt:1:10: error: invalid pseudo numeric variable '@FOO'"],
  ];
  for (const [check, err] of cases) {
    const r = fc(check, 'x\n');
    assert.is(r.exitCode, 2, check);
    assert.is(firstError(r.stderr), err, check);
  }
});

test('implicit format conflict needs an explicit format', () => {
  const r = fc('CHECK: [[#A:]]\nCHECK: [[#%x,B:]]\nCHECK: [[#A+B]]\n', '1\n2\n3\n');
  assert.is(r.exitCode, 2);
  assert.ok(r.stderr.includes("implicit format conflict between 'A' (%u) and 'B' (%x), need an explicit format specifier"), r.stderr);
});

test('negative value in unsigned format and division by zero are overflow errors', () => {
  const r = fc('CHECK: [[#N:]]\nCHECK: [[#N-10]]\n', '3\n-7\n');
  assert.is(r.exitCode, 1);
  assert.is(firstError(r.stderr), 'check.txt:2:11: error: unable to substitute variable or numeric expression: overflow error');
  assert.is(fc('CHECK: [[#div(1,0)]]\n', '3\n').exitCode, 1);
});

test('string and numeric variables cannot share a name', () => {
  // As in FileCheck, a numeric use of a string variable's name is an undefined numeric variable.
  assert.is(firstError(fc('CHECK: [[X:a]] [[#X]]\n', 'a\n').stderr), 'check.txt:1:19: error: undefined variable: X');
  assert.is(firstError(fc('CHECK: [[#X:]] [[X:a]]\n', 'a\n').stderr), "check.txt:1:18: error: numeric variable with name 'X' already exists");
});

test('bad -D definitions', () => {
  const r = fc('CHECK: a\n', 'a\n', ['-DX+1=a', '-D#Y=z', '-D$=3']);
  assert.is(r.exitCode, 2);
  assert.ok(r.stderr.includes("Global defines:1:19: error: invalid name in string variable definition 'X+1'"), r.stderr);
  assert.ok(r.stderr.includes('undefined variable: z'), r.stderr);
  assert.is(fc('CHECK: a\n', 'a\n', ['-DX']).stderr, "Missing equal sign in command-line definition '-DX'\n");
  assert.is(fc('CHECK: a\n', 'a\n', ['-D=1']).stderr, "Missing variable name in command-line definition '-D=1'\n");
});

test('an empty -D# expression is an error, not a crash', () => {
  const r = fc('CHECK: a\n', 'a\n', ['-D#X=']);
  assert.is(r.exitCode, 2);
  assert.ok(r.stderr.includes('error'), r.stderr);
});

test.run();
