// Unit tests of the scheduler: every test runs once, results come back in input order, in-thread, in threads, in processes.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, rmSync } from 'node:fs';
import { discoverTests, runTests, SuiteCache, type TestResult } from '../../../../lib/testing/lit/index.js';
import { makeTree } from './helpers.js';

// The transpiled dlc-lit entry serves tests when loaded in a worker thread.
const ENTRY = new URL('../../../../tools/dlc-lit/main.js', import.meta.url);

async function suiteTests() {
  const files: Record<string, string> = { 'lit.config.json': JSON.stringify({ name: 'sched', suffixes: ['.test'] }) };
  for (let i = 0; i < 12; i++) files[`t${String(i).padStart(2, '0')}.test`] = i % 4 === 3 ? 'RUN: false\n' : `RUN: echo ${i} | grep -q ${i}\n`;
  return discoverTests([makeTree(files)], new SuiteCache());
}

for (const [label, workerUrl, pool] of [
  ['in this thread', undefined, undefined],
  ['in worker threads', ENTRY, 'threads'],
  ['in worker processes', ENTRY, 'processes'],
] as const) {
  test(`runs every test once ${label}`, async () => {
    if (workerUrl) assert.ok(existsSync(workerUrl), `${workerUrl.pathname} is missing: run node scripts/build.mjs`);
    const tests = await suiteTests();
    const seen: TestResult[] = [];
    const results = await runTests(tests, { jobs: 3, workerUrl, pool, onResult: (r) => seen.push(r) });
    assert.equal(results.map((r) => r.path), tests.map((t) => t.relPath));
    assert.equal(results.map((r) => r.code), tests.map((_, i) => (i % 4 === 3 ? 'FAIL' : 'PASS')));
    assert.is(seen.length, tests.length);
    rmSync(tests[0]!.suite.execRoot, { recursive: true, force: true });
  });
}

test('no tests, no work', async () => {
  assert.equal(await runTests([], { jobs: 4 }), []);
});

test.run();
