// Regenerates one lit test's check lines from the current output of the tools its RUN lines pipe into FileCheck.

import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  applySubstitutions,
  execDir,
  findSuiteRoot,
  loadSuiteConfig,
  parseDirectives,
  Shell,
  testEnvironment,
  testSubstitutions,
  tmpPaths,
  type LitTest,
} from '../lit/index.js';
import { generateChecks, type CheckBlock } from './generate.js';
import { rewriteChecks } from './rewrite.js';

/** A test that cannot be updated; the message says why and how to fix it. */
export class UpdateError extends Error {}

/** One RUN line that pipes a command into FileCheck. */
export interface CheckedRun {
  readonly line: number;
  /** The command before the last `|`, unsubstituted. */
  readonly producer: string;
  /** The first check prefix FileCheck is given (CHECK by default). */
  readonly prefix: string;
}

/** Splits at top-level `|` (not `||`, not quoted), keeping each segment's text as written. */
function splitPipes(cmd: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '|') {
      if (cmd[i + 1] === '|' || cmd[i - 1] === '|') continue;
      parts.push(cmd.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(cmd.slice(start));
  return parts;
}

/** The prefix a FileCheck command line checks (the first of --check-prefixes), or CHECK. */
function checkPrefix(words: readonly string[]): string {
  for (let i = 0; i < words.length; i++) {
    const m = /^--?check-prefix(es)?(?:=(.*))?$/.exec(words[i]!);
    if (m) return (m[2] ?? words[i + 1] ?? 'CHECK').split(',')[0]!;
  }
  return 'CHECK';
}

/** The RUN lines of a test that pipe a command into FileCheck (`%filecheck`, `FileCheck`, ...). */
export function checkedRuns(run: readonly { line: number; command: string }[]): CheckedRun[] {
  const out: CheckedRun[] = [];
  for (const r of run) {
    const parts = splitPipes(r.command);
    if (parts.length < 2) continue;
    const words = parts[parts.length - 1]!.trim().split(/\s+/);
    const tool = words[0] === 'not' ? words[1] : words[0];
    if (!tool || !/filecheck$/i.test(tool)) continue;
    out.push({ line: r.line, producer: parts.slice(0, -1).join('|').trim(), prefix: checkPrefix(words) });
  }
  return out;
}

/** The comment marker written before RUN on the first RUN line (`//`, `#`, `;`). */
function commentMarker(text: string, firstRunLine: number): string {
  const line = text.split('\n')[firstRunLine - 1] ?? '';
  return line.slice(0, line.indexOf('RUN:')).trim() || '//';
}

/** The result of updating one test: its text before and after. */
export interface UpdateResult {
  readonly before: string;
  readonly after: string;
  /** Things the user should know (a prefix checked by two RUN lines, ...). */
  readonly warnings: readonly string[];
}

/**
 * Runs the commands that a test's RUN lines pipe into FileCheck and returns the test text
 * with regenerated check lines (the file itself is not written). Throws UpdateError.
 */
export async function updateTest(path: string, params: Readonly<Record<string, string>> = {}): Promise<UpdateResult> {
  const abs = resolve(path);
  let before: string;
  try {
    before = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new UpdateError(`${path}: cannot read: ${(e as Error).message}`);
  }
  let runs: CheckedRun[];
  let firstRun: number;
  try {
    const d = parseDirectives(before);
    runs = checkedRuns(d.run);
    firstRun = d.run[0]!.line;
  } catch (e) {
    throw new UpdateError(`${path}: ${(e as Error).message}`);
  }
  if (runs.length === 0) throw new UpdateError(`${path}: no RUN line pipes a command into FileCheck`);
  const root = findSuiteRoot(dirname(abs));
  if (root === undefined) throw new UpdateError(`${path}: no lit.config.json or lit.config.js found above the test`);
  const suite = await loadSuiteConfig(root, params);
  const test: LitTest = { suite, path: abs, relPath: relative(root, abs).split(sep).join('/') };
  mkdirSync(tmpPaths(test).tmpDir, { recursive: true });
  const subs = testSubstitutions(test);

  const warnings: string[] = [];
  const byPrefix = new Map<string, CheckBlock[]>();
  try {
    for (const run of runs) {
      if (byPrefix.has(run.prefix)) {
        warnings.push(`${path}:${run.line}: prefix ${run.prefix} is already checked by an earlier RUN line; this one is left out`);
        continue;
      }
      const shell = new Shell(execDir(test), testEnvironment(test));
      const code = await shell.run(applySubstitutions(run.producer, subs));
      if (code !== 0) {
        throw new UpdateError(`${path}:${run.line}: the command of this RUN line failed (exit status ${code}):\n${shell.log}`);
      }
      byPrefix.set(run.prefix, generateChecks(shell.lastStdout, run.prefix));
    }
  } finally {
    rmSync(suite.execRoot, { recursive: true, force: true });
  }
  const after = rewriteChecks(before, commentMarker(before, firstRun), [...byPrefix]);
  return { before, after, warnings };
}
