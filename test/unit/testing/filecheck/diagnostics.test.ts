// Error output: message format, notes, --dump-input annotations, and bad input (malformed
// patterns, undefined variables, unused prefixes, empty, CRLF and binary input).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runFileCheck } from '../../../../lib/testing/filecheck/index.js';
import { fc, firstError } from './helpers.js';

test('not found: error, caret, scanning note and fuzzy match, then the input dump', () => {
  const r = fc('// CHECK: foo\n// CHECK-NEXT: bar\n// CHECK: quux\n', 'foo\nbar baz\nqux\n', ['--dump-input=fail']);
  assert.is(r.exitCode, 1);
  assert.is(
    r.stderr,
    `check.txt:3:11: error: CHECK: expected string not found in input
// CHECK: quux
          ^
input.txt:2:4: note: scanning from here
bar baz
   ^
input.txt:3:1: note: possible intended match here
qux
^

Input file: input.txt
Check file: check.txt

-dump-input=help explains the following input dump.

Input was:
<<<<<<
           1: foo 
           2: bar baz 
check:3'0        X~~~~ error: no match found
           3: qux 
check:3'0     ~~~~
check:3'1     ?    possible intended match
>>>>>>
`,
  );
});

test('excluded string found: error and found-here note with range', () => {
  const r = fc('CHECK: a\nCHECK-NOT: bar\nCHECK: q\n', 'a\nbar\nq\n');
  assert.is(r.stderr, 'check.txt:2:12: error: CHECK-NOT: excluded string found in input\nCHECK-NOT: bar\n           ^\ninput.txt:2:1: note: found here\nbar\n^~~\n');
});

test('-v prints remarks for every match when the dump is off', () => {
  const r = fc('CHECK: [[X:a.]]\n', 'ab\n', ['-v']);
  assert.is(r.exitCode, 0);
  assert.ok(r.stderr.startsWith('check.txt:1:8: remark: CHECK: expected string found in input\n'), r.stderr);
  assert.ok(r.stderr.includes('input.txt:1:1: note: captured var "X"\nab\n^~\n'), r.stderr);
});

test('--dump-input=always with -v marks good matches', () => {
  const r = fc('CHECK: a\nCHECK: b\n', 'a\nb\n', ['--dump-input=always', '-v']);
  assert.is(r.exitCode, 0);
  assert.ok(r.stderr.includes('check:1     ^\n'), r.stderr);
  assert.ok(r.stderr.includes('check:2     ^\n'), r.stderr);
});

test('--dump-input elides lines far from errors', () => {
  const input = `${Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n')}\n`;
  const r = fc('CHECK: line 30\nCHECK: nope\n', input, ['--dump-input=fail']);
  assert.ok(r.stderr.includes(`${'.'.padStart(12)}\n`.repeat(3)), r.stderr);
  assert.ok(!r.stderr.includes('line 3 \n'), r.stderr);
});

test('--dump-input=help prints the legend on stdout and exits 0', () => {
  const r = runFileCheck({ checkFile: 'x', dumpInput: 'help' });
  assert.is(r.exitCode, 0);
  assert.ok(r.stdout.includes('Input dump annotation format:'));
});

test('malformed patterns exit 2 naming file, line and column', () => {
  const cases: [string, string][] = [
    ['CHECK: a{{x|}}b\n', 'check.txt:1:11: error: invalid regex: empty (sub)expression'],
    ['CHECK: a{{x\n', "check.txt:1:9: error: found start of regex string with no end '}}'"],
    ['CHECK: a[[X\n', 'check.txt:1:9: error: Invalid substitution block, no ]] found'],
    ['CHECK: a[[X Y]]b\n', 'check.txt:1:12: error: unexpected whitespace'],
    ['CHECK: a[[1X]]b\n', 'check.txt:1:11: error: invalid variable name'],
    ['CHECK:\n', "check.txt:1:7: error: found empty check string with prefix 'CHECK:'"],
    ['CHECK-NEXT: a\n', "check.txt:1:1: error: found 'CHECK-NEXT' without previous 'CHECK: line"],
    ['CHECK-LABEL: a[[X:b]]\n', "check.txt:1:1: error: found 'CHECK-LABEL:' with variable definition or use"],
    ['CHECK-DAG-NOT: a\n', "check.txt:1:7: error: unsupported -NOT combo on prefix 'CHECK'"],
    ['CHECK-COUNT-0: a\n', "check.txt:1:14: error: invalid count in -COUNT specification on prefix 'CHECK'"],
    ['CHECK_NEXT: a\n', "check.txt:1:1: error: misspelled directive 'CHECK_NEXT:'"],
    ['CHECK-EMPTY: a\n', "check.txt:1:14: error: found non-empty check string for empty check with prefix 'CHECK:'"],
  ];
  for (const [check, err] of cases) {
    const r = fc(check, 'ab\n');
    assert.is(r.exitCode, 2, check);
    assert.is(firstError(r.stderr), err, check);
  }
});

test('a stray "]" in a variable regex exits 1, as FileCheck does', () => {
  const r = fc('CHECK: [[X:a]b]]\n', 'a\n');
  assert.is(r.exitCode, 1);
  assert.is(firstError(r.stderr), 'check.txt:1:13: error: missing closing "]" for regex variable');
});

test('undefined variables are reported at their use', () => {
  const r = fc('CHECK: a\nCHECK: [[X]]\n', 'a\n', ['--dump-input=fail']);
  assert.is(r.exitCode, 1);
  assert.ok(r.stderr.startsWith('check.txt:2:10: error: undefined variable: X\nCHECK: [[X]]\n         ^\n'), r.stderr);
  assert.ok(r.stderr.includes('error: match failed for invalid pattern'), r.stderr);
});

test('a prefix with no checks', () => {
  assert.is(fc('FOO: a\n', 'a\n').stderr, "error: no check strings found with prefix 'CHECK:'\n");
  const r = fc('A: a\n', 'a\n', ['--check-prefixes=A,C,B']);
  assert.is(r.exitCode, 2);
  assert.is(r.stderr, "error: no check strings found with prefixes 'B:', 'C:'\n");
});

test('invalid and duplicate prefixes', () => {
  assert.is(fc('CHECK: a\n', 'a\n', ['--check-prefixes=A,A']).stderr, "error: supplied check prefix must be unique among check and comment prefixes: 'A'\n");
  assert.is(fc('CHECK: a\n', 'a\n', ['--check-prefix=a b']).stderr, "error: supplied check prefix must start with a letter and contain only alphanumeric characters, hyphens, and underscores: 'a b'\n");
  assert.is(fc('CHECK: a\n', 'a\n', ['--comment-prefixes=CHECK']).stderr, "error: supplied comment prefix must be unique among check and comment prefixes: 'CHECK'\n");
});

test('empty input exits 2 unless --allow-empty', () => {
  const r = fc('CHECK: a\n', '');
  assert.is(r.exitCode, 2);
  assert.ok(r.stderr.startsWith("FileCheck error: 'input.txt' is empty.\nFileCheck command line: "), r.stderr);
  assert.is(fc('CHECK-NOT: a\n', '', ['--allow-empty']).exitCode, 0);
});

test('CRLF check files and input behave like LF ones', () => {
  assert.is(fc('CHECK: a\r\nCHECK-NEXT: b\r\n', 'a\r\nb\r\n').exitCode, 0);
  assert.is(firstError(fc('CHECK: a\r\nCHECK-NEXT: c\r\n', 'a\r\nb\r\nc\r\n').stderr), 'check.txt:2:13: error: CHECK-NEXT: is not on the line after the previous match');
});

test('binary input is matched byte for byte and echoed unchanged', () => {
  const input = new Uint8Array([0x61, 0x00, 0x62, 0xff, 0x0a]);
  assert.is(runFileCheck({ checkFile: 'c', checkText: 'CHECK: a{{.}}b\n', input, inputFile: 'bin', dumpInput: 'never' }).exitCode, 0);
  const r = runFileCheck({ checkFile: 'c', checkText: 'CHECK: zz\n', input, inputFile: 'bin', dumpInput: 'never' });
  assert.is(r.exitCode, 1);
  assert.ok(Buffer.from(r.stderrBytes).includes(Buffer.from([0x61, 0x00, 0x62, 0xff])));
});

test('non-ASCII flags, names and patterns are UTF-8 bytes like the input', () => {
  const r = fc('CHECK: [[V]] b\n', 'é a\nné b\n', ['--implicit-check-not=é a', '-DV=né']);
  assert.is(r.exitCode, 1);
  assert.ok(r.stderr.includes("command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input\n-implicit-check-not='é a'\n"), r.stderr);
  assert.is(runFileCheck({ checkFile: '/nonexistent/ché' }).stderr, "Could not open check file '/nonexistent/ché': No such file or directory\n");
});

test('missing files are messages, not exceptions', () => {
  assert.is(runFileCheck({ checkFile: '/nonexistent/check' }).stderr, "Could not open check file '/nonexistent/check': No such file or directory\n");
  const r = runFileCheck({ checkFile: 'c', checkText: 'CHECK: a\n', inputFile: '/nonexistent/in' });
  assert.is(r.exitCode, 2);
  assert.is(r.stderr, "Could not open input file '/nonexistent/in': No such file or directory\n");
  assert.is(runFileCheck({ checkFile: '' }).stderr, '<check-file> not specified\n');
});

test('no stack trace for any corpus of garbage check files', () => {
  const junk = ['[[', ']]', '{{', '}}', '[[#', '[[@', 'CHECK:', 'CHECK-', 'CHECK-COUNT-', '{LITERAL}', ':', '%x,', '(', ')', '$', '\\', '\u00ff', '\n'];
  let seed = 7;
  for (let n = 0; n < 300; n++) {
    let check = '';
    for (let k = 0; k < 12; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      check += junk[seed % junk.length];
    }
    const r = fc(check, 'CHECK: a [[b]] {{c}}\n');
    assert.ok([0, 1, 2].includes(r.exitCode), check);
    assert.not.match(r.stderr, /\n\s+at \S+ \(/, check);
  }
});

test.run();
