// Unit tests of running one test: each result code, retries, timeouts and the failure report.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runText } from './helpers.js';

test('PASS, FAIL and the report of a failure', async () => {
  assert.is((await runText('RUN: true\nRUN: echo ok | grep ok\n')).code, 'PASS');
  const r = await runText('# RUN: echo hello\n# RUN: false\n# RUN: echo never\n');
  assert.is(r.code, 'FAIL');
  assert.is(r.name, 'unit :: t.test');
  assert.match(r.output, /^Script:\n--\n: 'RUN: at line 1';   echo hello\n: 'RUN: at line 2';   false\n: 'RUN: at line 3';   echo never\n--\nExit Code: 1\n/);
  assert.match(r.output, /\$ "echo" "hello"\n# command output:\nhello\n/);
  assert.not.match(r.output, /"never"/);
});

test('XFAIL, XPASS, UNSUPPORTED wins over XFAIL, REQUIRES', async () => {
  assert.is((await runText('XFAIL: *\nRUN: false\n')).code, 'XFAIL');
  assert.is((await runText('XFAIL: f\nRUN: true\n', ['f'])).code, 'XPASS');
  assert.is((await runText('XFAIL: g\nRUN: false\n', ['f'])).code, 'FAIL');
  assert.is((await runText('XFAIL: *\nUNSUPPORTED: f\nRUN: false\n', ['f'])).code, 'UNSUPPORTED');
  const missing = await runText('REQUIRES: f, g\nRUN: true\n', ['f']);
  assert.is(missing.code, 'UNSUPPORTED');
  assert.is(missing.output, 'Test requires the following unavailable features: g');
  assert.is((await runText('REQUIRES: f && !g\nRUN: true\n', ['f'])).code, 'PASS');
});

test('UNRESOLVED: no RUN line, malformed REQUIRES, bad shell syntax', async () => {
  const r = await runText('nothing\n');
  assert.is(r.code, 'UNRESOLVED');
  assert.is(r.output, "Test has no 'RUN:' line");
  assert.is((await runText('REQUIRES: (a\nRUN: true\n')).code, 'UNRESOLVED');
  const syntax = await runText("RUN: echo 'open\n");
  assert.is(syntax.code, 'FAIL');
  assert.match(syntax.output, /missing quote character/);
});

test('ALLOW_RETRIES reruns a failing test; passing on a retry is FLAKYPASS', async () => {
  // The internal shell has no command substitution, so sh counts the attempts.
  const flaky = "ALLOW_RETRIES: 2\nRUN: echo x >> %t.count\nRUN: sh -c 'test $(wc -l < %t.count) -ge 2'\n";
  assert.is((await runText(flaky)).code, 'FLAKYPASS');
  assert.is((await runText('ALLOW_RETRIES: 3\nRUN: false\n')).code, 'FAIL');
});

test('--timeout stops a test that runs too long', async () => {
  const start = Date.now();
  const r = await runText('RUN: sleep 20\n', [], { timeout: 0.3 });
  assert.is(r.code, 'TIMEOUT');
  assert.match(r.output, /Reached timeout of 0.3 seconds/);
  assert.ok(Date.now() - start < 5000);
});

test.run();
