// Differential test against LLVM FileCheck 22: for every corpus case, our exit code and the
// check-file line of the first error must equal FileCheck's. Skips when FileCheck is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseArgs, runFileCheck } from '../../../../lib/testing/filecheck/index.js';
import { CORPUS } from './corpus.js';

const LLVM_FILECHECK = '/usr/lib/llvm-22/bin/FileCheck';

/** `check.txt:LINE` of the first error FileCheck reports about the check file, or ''. */
function firstErrorLine(stderr: string): string {
  return /^(?:check\.txt|command line|Global defines):(\d+):\d+: error:/m.exec(stderr)?.[0] ?? '';
}

if (!existsSync(LLVM_FILECHECK)) {
  test.skip('LLVM FileCheck not installed: differential test skipped', () => {});
} else {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-filecheck-diff-'));
  test.after(() => rmSync(dir, { recursive: true, force: true }));

  test('the corpus is about half passing, half failing', () => {
    let passing = 0;
    for (const c of CORPUS) {
      writeFileSync(join(dir, 'check.txt'), Buffer.from(c.check, 'latin1'));
      writeFileSync(join(dir, 'input.txt'), Buffer.from(c.input, 'latin1'));
      if (spawnSync(LLVM_FILECHECK, ['check.txt', '--input-file', 'input.txt', ...(c.args ?? [])], { cwd: dir }).status === 0) passing++;
    }
    assert.ok(passing * 3 > CORPUS.length && passing * 3 < CORPUS.length * 2, `${passing} of ${CORPUS.length} pass`);
  });

  for (const c of CORPUS) {
    test(`agrees with LLVM FileCheck: ${c.name}`, () => {
      const check = Buffer.from(c.check, 'latin1');
      const input = Buffer.from(c.input, 'latin1');
      writeFileSync(join(dir, 'check.txt'), check);
      writeFileSync(join(dir, 'input.txt'), input);
      const args = ['check.txt', '--input-file', 'input.txt', ...(c.args ?? [])];
      const llvm = spawnSync(LLVM_FILECHECK, args, { cwd: dir, encoding: 'latin1' });
      const parsed = parseArgs(args);
      assert.ok(parsed.ok);
      if (!parsed.ok) return;
      const ours = runFileCheck({ ...parsed.options, checkText: check, input });
      assert.is(ours.exitCode, llvm.status, `exit code (LLVM stderr:\n${llvm.stderr})`);
      assert.is(firstErrorLine(ours.stderr), firstErrorLine(llvm.stderr));
    });
  }
}

test.run();
