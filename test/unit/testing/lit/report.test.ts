// Unit tests of lit-form console output and xunit XML.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Display, type DisplayOptions } from '../../../../lib/testing/lit/report.js';
import { xunitXml, type ResultCode, type TestResult } from '../../../../lib/testing/lit/index.js';

const r = (path: string, code: ResultCode, output = ''): TestResult => ({ name: `s :: ${path}`, suite: 's', path, code, output, elapsed: 0.5 });
const results = [r('a.test', 'PASS'), r('b.test', 'FAIL', 'Script:\n--\nfalse\n'), r('c.test', 'XFAIL'), r('d.test', 'UNSUPPORTED', 'Test requires the following unavailable features: x'), r('e/f.test', 'XPASS')];

function render(opts: Partial<DisplayOptions>): string {
  let text = '';
  const d = new Display(results.length, { verbose: false, all: false, quiet: false, progress: false, ...opts }, (s) => (text += s));
  d.header(2);
  for (const x of results) d.result(x);
  d.summary(results, 1.234);
  return text;
}

test('default: every result line, failing groups, counts, final line', () => {
  const text = render({});
  assert.ok(text.startsWith('-- Testing: 5 tests, 2 workers --\nPASS: s :: a.test (1 of 5)\nFAIL: s :: b.test (2 of 5)\n'));
  assert.match(text, /\*{20}\nFailed Tests \(1\):\n  s :: b\.test\n\n\*{20}\nUnexpectedly Passed Tests \(1\):\n  s :: e\/f\.test\n/);
  assert.match(text, /Testing Time: 1\.23s\n  Unsupported        : 1\n  Passed             : 1\n  Expectedly Failed  : 1\n  Failed             : 1\n  Unexpectedly Passed: 1\n/);
  assert.ok(text.endsWith('\n2 passed, 2 failed\n'));
  assert.not.match(text, /Script:/);
});

test('-v shows failure output; -q only failures; -a everything', () => {
  assert.match(render({ verbose: true }), /\*{20} TEST 's :: b\.test' FAILED \*{20}\nScript:\n--\nfalse\n\*{20}\n/);
  const quiet = render({ quiet: true });
  assert.not.match(quiet, /^PASS:|Testing Time|-- Testing/m);
  assert.match(quiet, /FAIL: s :: b\.test/);
  assert.ok(quiet.endsWith('\n2 passed, 2 failed\n'));
  assert.match(render({ all: true }), /TEST 's :: d\.test' UNSUPPORTED \*{20}\nTest requires/);
});

test('the progress bar is drawn and cleared on a terminal', () => {
  const text = render({ progress: true });
  assert.match(text, /Testing: \[=+ *\] +\d+% /);
  assert.match(text, /\r\x1b\[K/);
});

test('xunit XML groups by suite, marks failures and skips', () => {
  const xml = xunitXml([...results, r('g.test', 'FAIL', 'bad ]]> <&')], 2);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites time="2.00">\n<testsuite name="s" tests="6" failures="3" skipped="1">\n'));
  assert.match(xml, /<testcase classname="s\.s" name="a\.test" time="0\.50"\/>/);
  assert.match(xml, /<testcase classname="s\.e" name="f\.test" time="0\.50">\n  <failure><!\[CDATA\[\]\]><\/failure>/);
  assert.match(xml, /<failure><!\[CDATA\[bad \]\]\]\]><!\[CDATA\[> <&\]\]><\/failure>/);
  assert.match(xml, /<skipped message="Test requires the following unavailable features: x"\/>/);
  assert.ok(xml.endsWith('</testsuite>\n</testsuites>\n'));
});

test.run();
