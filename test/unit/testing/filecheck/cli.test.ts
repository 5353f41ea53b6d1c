// The bundled dlc-filecheck CLI: stdin input, exit codes, FILECHECK_OPTS. Skips when the
// bundle has not been built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const cli = join(new URL('../../../../..', import.meta.url).pathname, 'dist/dlc-filecheck.js');

if (!existsSync(cli)) {
  test.skip('dist/dlc-filecheck.js not built: CLI tests skipped', () => {});
} else {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-filecheck-cli-'));
  const check = join(dir, 'check.txt');
  writeFileSync(check, 'CHECK: hello\nCHECK-NEXT: world\n');
  test.after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], input: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });

  test('reads stdin and exits 0 on success', () => {
    const r = run([check], 'hello\nworld\n');
    assert.is(r.status, 0, r.stderr);
    assert.is(r.stderr, '');
  });

  test('exits 1 on a failed check, naming <stdin>', () => {
    const r = run([check, '--dump-input=never'], 'hello\nthere\nworld\n');
    assert.is(r.status, 1);
    assert.ok(r.stderr.includes('<stdin>:1:6: note: previous match ended here'), r.stderr);
  });

  test('exits 2 on a bad check file and 1 on a bad command line', () => {
    assert.is(run([join(dir, 'missing.txt')], 'x\n').status, 2);
    assert.is(run([check, '--no-such-flag'], 'x\n').status, 1);
    assert.is(run([], 'x\n').status, 2);
  });

  test('FILECHECK_OPTS is read before the command line', () => {
    const r = run([check], 'hello\nthere\nworld\n', { FILECHECK_OPTS: '--dump-input=never' });
    assert.is(r.status, 1);
    assert.not.ok(r.stderr.includes('Input was:'));
  });
}

test.run();
