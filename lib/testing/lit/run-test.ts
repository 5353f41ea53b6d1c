// Runs one lit test: reads its directives, decides whether it runs, executes its RUN lines, names the result.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DirectiveError, isExpectedToFail, missingRequirements, parseDirectives, unsupportedBy, type TestDirectives } from './directives.js';
import { fullName, type LitTest } from './discovery.js';
import type { ResultCode, TestResult } from './result.js';
import { Shell } from './shell/execute.js';
import { applySubstitutions, testSubstitutions, tmpPaths } from './substitutions.js';

/** How tests run. */
export interface RunOptions {
  /** Per-test time limit in seconds; 0 means none. */
  readonly timeout?: number;
}

// As lit does, tests see a clean environment: PATH and a few variables tools need, plus the suite's.
const PASSED_ENV = [
  'PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'TERM', 'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'LD_PRELOAD',
  'FILECHECK_OPTS', 'SOURCE_DATE_EPOCH', 'NODE_V8_COVERAGE', 'SYSTEMROOT',
];

/** The environment a test's commands start with. */
export function testEnvironment(test: LitTest): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of PASSED_ENV) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return { ...env, ...test.suite.environment };
}

/** The RUN lines of a test as lit shows and runs them: `: 'RUN: at line N';   command`. */
export function scriptLines(test: LitTest, d: TestDirectives): string[] {
  const subs = testSubstitutions(test);
  return d.run.map((r) => `: 'RUN: at line ${r.line}';   ${applySubstitutions(r.command.trim(), subs)}`);
}

/** The directory commands start in: the test's directory under the suite's exec root. */
export function execDir(test: LitTest): string {
  return dirname(tmpPaths(test).tmpDir);
}

interface Attempt {
  readonly exitCode: number;
  readonly timedOut: boolean;
  readonly log: string;
}

async function runScript(test: LitTest, script: readonly string[], timeout: number): Promise<Attempt> {
  const shell = new Shell(execDir(test), testEnvironment(test));
  let timedOut = false;
  const timer = timeout > 0 ? setTimeout(() => ((timedOut = true), shell.kill()), timeout * 1000) : undefined;
  let exitCode = 0;
  try {
    for (const line of script) {
      exitCode = await shell.run(line);
      if (exitCode !== 0 || timedOut) break;
    }
  } finally {
    if (timer) clearTimeout(timer);
  }
  return { exitCode, timedOut, log: shell.log };
}

function report(script: readonly string[], a: Attempt, timeout: number): string {
  return [
    'Script:',
    '--',
    ...script,
    '--',
    `Exit Code: ${a.exitCode}`,
    ...(a.timedOut ? [`Reached timeout of ${timeout} seconds`] : []),
    '',
    'Command Output (stdout):',
    '--',
    a.log,
    '--',
    '',
    '',
  ].join('\n');
}

/** Runs one test to its result; never throws. */
export async function runTest(test: LitTest, opts: RunOptions = {}): Promise<TestResult> {
  const start = performance.now();
  const name = fullName(test);
  const done = (code: ResultCode, output: string): TestResult => ({
    name,
    suite: test.suite.name,
    path: test.relPath,
    code,
    output,
    elapsed: (performance.now() - start) / 1000,
  });
  let d: TestDirectives;
  try {
    d = parseDirectives(readFileSync(test.path, 'utf8'));
  } catch (e) {
    if (e instanceof DirectiveError) return done('UNRESOLVED', e.message);
    return done('UNRESOLVED', `cannot read test: ${(e as Error).message}`);
  }
  const features = new Set(test.suite.features);
  const missing = missingRequirements(d, features);
  if (missing.length) return done('UNSUPPORTED', `Test requires the following unavailable features: ${missing.join(', ')}`);
  const unsupported = unsupportedBy(d, features);
  if (unsupported.length) {
    return done('UNSUPPORTED', `Test does not support the following features and/or targets: ${unsupported.join(', ')}`);
  }
  const xfail = isExpectedToFail(d, features);
  const script = scriptLines(test, d);
  const timeout = opts.timeout ?? 0;
  try {
    mkdirSync(tmpPaths(test).tmpDir, { recursive: true });
  } catch (e) {
    return done('UNRESOLVED', `cannot create the temporary directory: ${(e as Error).message}`);
  }
  let attempt: Attempt | undefined;
  let tries = 0;
  for (; tries <= d.allowRetries; tries++) {
    attempt = await runScript(test, script, timeout);
    if (attempt.exitCode === 0 || attempt.timedOut) break;
  }
  const a = attempt!;
  const output = report(script, a, timeout);
  if (a.timedOut) return done('TIMEOUT', output);
  if (a.exitCode === 0) return done(xfail ? 'XPASS' : tries > 0 ? 'FLAKYPASS' : 'PASS', output);
  return done(xfail ? 'XFAIL' : 'FAIL', output);
}
