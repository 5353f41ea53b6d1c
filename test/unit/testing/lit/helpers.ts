// Shared helpers of the lit unit tests: throwaway suites on disk and a runner for one test text.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverTests, runTest, SuiteCache, type TestResult } from '../../../../lib/testing/lit/index.js';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → text) under a fresh temporary directory, removed at exit, and returns it. */
export function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dlc-lit-unit-'));
  made.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** Runs one test file's text in a suite with the given features; resolves to its result. */
export async function runText(text: string, features: string[] = [], opts: { timeout?: number } = {}): Promise<TestResult> {
  const root = makeTree({
    'lit.config.json': JSON.stringify({ name: 'unit', suffixes: ['.test'], features }),
    't.test': text,
  });
  const [test] = await discoverTests([join(root, 't.test')], new SuiteCache());
  made.push(test!.suite.execRoot);
  return runTest(test!, opts);
}

/** The bundled dlc-lit (this file runs from build/test/unit/testing/lit, five levels below the root). */
export const DLC_LIT = new URL('../../../../../dist/dlc-lit.js', import.meta.url).pathname;
