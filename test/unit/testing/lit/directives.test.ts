// Unit tests of directive parsing: RUN continuation, feature lists, ALLOW_RETRIES, END., and the UNRESOLVED cases.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DirectiveError, parseDirectives } from '../../../../lib/testing/lit/index.js';

test('RUN lines in any comment style, joined by a trailing backslash', () => {
  const d = parseDirectives('// RUN: a \\\n// RUN:   b\n; RUN: c\n# RUN: d %(line) %(line+2) %(line - 1)\n');
  assert.equal(d.run, [
    { line: 1, command: ' a    b' },
    { line: 3, command: ' c' },
    { line: 4, command: ' d 4 6 3' },
  ]);
});

test('keywords are found anywhere in a line, the earliest one wins', () => {
  const d = parseDirectives('foo RUN: x REQUIRES: y\nzzREQUIRES: a, b\n');
  assert.equal(d.run.map((r) => r.command), [' x REQUIRES: y']);
  assert.equal(d.requires, ['a', 'b']);
});

test('feature lists accumulate and continue across lines', () => {
  const d = parseDirectives('RUN: x\nXFAIL: a, b &&\\\nXFAIL: c\nUNSUPPORTED: u\nUNSUPPORTED: v\n');
  assert.equal(d.xfail, ['a', 'b &&c']);
  assert.equal(d.unsupported, ['u', 'v']);
});

test('ALLOW_RETRIES and END.', () => {
  const d = parseDirectives('RUN: a\nALLOW_RETRIES: 3\nEND.\nRUN: b\n');
  assert.is(d.allowRetries, 3);
  assert.equal(d.run.map((r) => r.command), [' a']);
  // `END.` followed by text does not end the directives.
  assert.is(parseDirectives('RUN: a\nEND. not really\nRUN: b\n').run.length, 2);
});

test('CRLF line ends are not part of commands', () => {
  assert.equal(parseDirectives('RUN: a\r\nRUN: b\r\n').run.map((r) => r.command), [' a', ' b']);
});

const unresolved = (text: string, msg: RegExp): void => {
  try {
    parseDirectives(text);
    assert.unreachable('expected DirectiveError');
  } catch (e) {
    assert.instance(e, DirectiveError);
    assert.match((e as Error).message, msg);
  }
};

test('tests that cannot run are reported with lit messages', () => {
  unresolved('nothing here\n', /^Test has no 'RUN:' line$/);
  unresolved('RUN: a \\\n', /unterminated 'RUN:' lines/);
  unresolved('RUN: a\nREQUIRES: a \\\n', /unterminated 'REQUIRES:' lines/);
  unresolved('RUN: a\nREQUIRES: a &&\n', /in REQUIRES: directive on test line 2/);
  unresolved('RUN: a\nALLOW_RETRIES: x\n', /INTEGER parser requires the input to be an integer \(got x\)/);
  unresolved('RUN: a\nALLOW_RETRIES: 1\nALLOW_RETRIES: 2\n', /more than one ALLOW_RETRIES/);
  unresolved('RUN: a\nXFAIL: {{(}}\n', /in XFAIL: directive on test line 2/);
});

test.run();
