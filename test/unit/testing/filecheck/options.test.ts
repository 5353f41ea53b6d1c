// Command-line parsing as LLVM's cl does it, and the exit codes of bad command lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseArgs, runFileCheckCommand, splitEnvOptions } from '../../../../lib/testing/filecheck/index.js';

test('long options take one or two dashes, =value or a separate value', () => {
  const r = parseArgs(['c.txt', '-check-prefix=A', '--check-prefixes', 'B,C', '--input-file=in', '-strict-whitespace', '--dump-input', 'always']);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.options.checkPrefixes, ['A', 'B', 'C']);
  assert.is(r.options.inputFile, 'in');
  assert.is(r.options.strictWhitespace, true);
  assert.is(r.options.dumpInput, 'always');
  assert.is(r.options.checkFile, 'c.txt');
});

test('-D takes its value attached; repeated flags accumulate', () => {
  const r = parseArgs(['c', '-DX=1', '-D#N=2', '--implicit-check-not=a', '--implicit-check-not', 'b']);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.options.defines, ['X=1', '#N=2']);
  assert.equal(r.options.implicitCheckNot, ['a', 'b']);
});

test('the most informative --dump-input wins; largest context wins', () => {
  const r = parseArgs(['c', '--dump-input=never', '--dump-input=always', '--dump-input=fail', '--dump-input-context=2', '--dump-input-context=7']);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.is(r.options.dumpInput, 'always');
  assert.is(r.options.dumpInputContext, 7);
});

test('booleans accept =true/=false/=1/=0', () => {
  const r = parseArgs(['c', '--allow-empty=false', '--ignore-case=1']);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.is(r.options.allowEmpty, false);
  assert.is(r.options.ignoreCase, true);
});

test('bad command lines exit 1 with cl-style messages', () => {
  const cases: [string[], string][] = [
    [['c', '--bogus'], "dlc-filecheck: Unknown command line argument '--bogus'.  Try: 'dlc-filecheck --help'\n"],
    [['c', '-D'], 'dlc-filecheck: for the -D option: requires a value!\n'],
    [['c', '--dump-input=bad'], "dlc-filecheck: for the --dump-input option: Cannot find option named 'bad'!\n"],
    [['c', '--dump-input-context=x'], "dlc-filecheck: for the --dump-input-context option: 'x' value invalid for uint argument!\n"],
    [['c', '--strict-whitespace=foo'], "dlc-filecheck: for the --strict-whitespace option: 'foo' is invalid value for boolean argument! Try 0 or 1\n"],
    [['c', 'd'], 'dlc-filecheck: Too many positional arguments specified!\nCan specify at most 1 positional arguments: See: dlc-filecheck --help\n'],
    [['c', '--input-file'], 'dlc-filecheck: for the --input-file option: requires a value!\n'],
  ];
  for (const [args, err] of cases) {
    const r = parseArgs(args);
    assert.not.ok(r.ok, args.join(' '));
    if (r.ok) continue;
    assert.is(r.exitCode, 1);
    assert.is(r.stderr, err);
  }
});

test('--help is recognised', () => {
  const r = parseArgs(['--help']);
  assert.ok(r.ok && r.help);
});

test('FILECHECK_OPTS splitting honours quotes', () => {
  assert.equal(splitEnvOptions(`-v  --implicit-check-not='a b' "-DX=c d"`), ['-v', '--implicit-check-not=a b', '-DX=c d']);
});

test('runFileCheckCommand: argv in, result out, stdin given as a value', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-fc-cmd-'));
  const check = join(dir, 'c.txt');
  writeFileSync(check, 'CHECK: a\nCHECK-NEXT: b\n');
  assert.is(runFileCheckCommand([check], 'a\nb\n', {}).exitCode, 0);
  const r = runFileCheckCommand([check, '--dump-input=never'], 'a\nx\nb\n', {});
  assert.is(r.exitCode, 1);
  assert.ok(r.stderr.includes('<stdin>:1:2: note: previous match ended here'), r.stderr);
  assert.is(runFileCheckCommand([check, '--bogus'], 'a\n', {}).exitCode, 1);
  assert.is(runFileCheckCommand([check], 'a\nx\nb\n', { FILECHECK_OPTS: '--dump-input=never' }).stderr.includes('Input was:'), false);
  assert.ok(runFileCheckCommand(['--help'], '', {}).stdout.includes('USAGE'));
  rmSync(dir, { recursive: true, force: true });
});

test.run();
