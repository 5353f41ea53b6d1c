// Differential test: dlc-lit and LLVM's lit give every test of the `compare` suite the same result.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DLC_LIT } from './helpers.js';

const LLVM_LIT = '/usr/lib/llvm-14/build/utils/lit/lit.py';
const SUITE = new URL('../../../../../test/lit/testing/lit/Inputs/compare', import.meta.url).pathname;
const hasPython = spawnSync('python3', ['--version']).status === 0;

/** `CODE: suite :: path` lines of a run, as a map from test name to code. */
function results(out: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const [, code, name] of out.matchAll(/^([A-Z]+): (compare :: \S+) \(\d+ of \d+\)$/gm)) m.set(name!, code!);
  return m;
}

if (!existsSync(LLVM_LIT) || !hasPython || !existsSync(DLC_LIT)) {
  test.skip('LLVM lit (python3) is not installed: nothing to compare with');
} else {
  test('per-test results agree with LLVM lit', () => {
    // Run on a copy: LLVM lit writes its Output/ directories beside the tests.
    const top = mkdtempSync(join(tmpdir(), 'dlc-lit-compare-'));
    const copy = join(top, 'compare');
    cpSync(SUITE, copy, { recursive: true });
    const theirs = results(spawnSync('python3', [LLVM_LIT, '--no-progress-bar', copy], { encoding: 'utf8' }).stdout);
    // dlc-lit keeps the temporary files of a run with failures: TMPDIR puts them in `top`.
    const env = { ...process.env, TMPDIR: top };
    const ours = results(spawnSync(process.execPath, [DLC_LIT, '--no-progress-bar', copy], { encoding: 'utf8', env }).stdout);
    rmSync(top, { recursive: true, force: true });
    assert.ok(theirs.size >= 20, `LLVM lit ran ${theirs.size} tests`);
    assert.equal([...ours.entries()].sort(), [...theirs.entries()].sort());
  });
}

test.run();
