// Unit tests of the dlc-lit command line, run through the bundled tool (worker threads included).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLitArgs } from '../../../../lib/testing/lit/index.js';
import { DLC_LIT, makeTree } from './helpers.js';

// Runs that fail keep their temporary files: TMPDIR puts them where makeTree cleans up.
const tmp = makeTree({});

function lit(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [DLC_LIT, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const lastLine = (s: string): string => s.trimEnd().split('\n').pop() ?? '';

test('options parse in both spellings; bad ones are messages', () => {
  const o = parseLitArgs(['-v', '-a', '-j', '3', '--filter=a.*', '--timeout', '2.5', '--param', 'k=v', '--param=x', '--xunit-xml-output', 'o.xml', 'p1', 'p2']);
  assert.equal([o.verbose, o.all, o.jobs, o.filter?.source, o.timeout, o.params, o.xunit, o.paths], [true, true, 3, 'a.*', 2.5, { k: 'v', x: '' }, 'o.xml', ['p1', 'p2']]);
  assert.is(parseLitArgs(['-j4']).jobs, 4);
  assert.is(parseLitArgs(['-q']).progress, false);
  assert.throws(() => parseLitArgs(['-j', '0']), /-j expects a positive integer, got '0'/);
  assert.throws(() => parseLitArgs(['--timeout']), /--timeout expects a value/);
  assert.throws(() => parseLitArgs(['--filter', '(']), /invalid regular expression/);
  assert.throws(() => parseLitArgs(['--bogus']), /unknown option '--bogus'/);
});

if (!existsSync(DLC_LIT)) {
  test('dlc-lit is built', () => assert.unreachable(`${DLC_LIT} is missing: run node scripts/build.mjs`));
} else {
  const suite = makeTree({
    'lit.config.json': JSON.stringify({ name: 'cli', suffixes: ['.test'] }),
    'a.test': 'RUN: true\n',
    'b.test': 'RUN: echo b | grep b\n',
    'c.test': 'XFAIL: *\nRUN: false\n',
    'd.test': 'REQUIRES: nothing\nRUN: true\n',
    'e.test': 'RUN: echo oops && false\n',
  });

  test('a run in worker threads: result lines, summary, last line, exit status', () => {
    const r = lit(['-j', '2', '-v', suite]);
    assert.is(r.code, 1);
    assert.match(r.out, /^-- Testing: 5 tests, 2 workers --\n/);
    for (const line of ['PASS: cli :: a.test', 'PASS: cli :: b.test', 'XFAIL: cli :: c.test', 'UNSUPPORTED: cli :: d.test', 'FAIL: cli :: e.test']) {
      assert.ok(r.out.includes(line), line);
    }
    assert.match(r.out, /# command output:\noops\n/);
    assert.is(lastLine(r.out), '3 passed, 1 failed');
  });

  test('--filter, -j1 in one thread, xunit output', () => {
    const xml = join(suite, 'out.xml');
    const r = lit(['-j1', '--filter', 'cli :: [ab]', '--xunit-xml-output', xml, suite]);
    assert.is(r.code, 0);
    assert.is(lastLine(r.out), '2 passed, 0 failed');
    assert.match(readFileSync(xml, 'utf8'), /<testsuite name="cli" tests="2" failures="0" skipped="0">/);
  });

  test('an interrupt stops the run and the commands its tests started (exit 130)', async () => {
    for (const pool of ['threads', 'processes']) {
      const dir = makeTree({ 'lit.config.json': JSON.stringify({ name: 'int', suffixes: ['.test'] }) });
      const pidFile = join(dir, 'pid');
      writeFileSync(join(dir, 'slow.test'), `RUN: sh -c 'echo $$ > ${pidFile}; exec sleep 30'\n`);
      const child = spawn(process.execPath, [DLC_LIT, '--pool', pool, dir], { stdio: 'ignore', env: { ...process.env, TMPDIR: tmp } });
      for (let i = 0; i < 100 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
      const pid = Number(readFileSync(pidFile, 'utf8'));
      child.kill('SIGINT');
      const code = await new Promise((r) => child.on('exit', r));
      assert.is(code, 130, pool);
      await new Promise((r) => setTimeout(r, 100));
      // Gone, or dead and waiting to be reaped (state Z).
      const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
      assert.ok(stat === '' || / Z /.test(stat.slice(stat.lastIndexOf(')'))), `the test's command still runs after an interrupt (${pool})`);
    }
  });

  test('errors: no paths, no tests, no config, bad option', () => {
    assert.is(lit([]).code, 1);
    assert.match(lit([]).err, /no test paths given/);
    const none = lit(['--filter', 'zzz', suite]);
    assert.is(none.code, 1);
    assert.match(none.err, /filter did not match any tests \(of 5 discovered\)/);
    assert.is(lastLine(none.out), '0 passed, 0 failed');
    const lonely = makeTree({ 'x.test': 'RUN: true\n' });
    assert.match(lit([lonely]).err, /no lit\.config\.json or lit\.config\.js found/);
    const bad = lit(['--nope', suite]);
    assert.is(bad.code, 1);
    assert.match(bad.err, /unknown option '--nope'\nusage: dlc-lit/);
    assert.is(lit(['--help']).code, 0);
  });
}

test.run();
