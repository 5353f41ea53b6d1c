// Shared helpers for the FileCheck unit tests: run the library on inline text with CLI flags.
import { parseArgs, runFileCheck, type FileCheckResult } from '../../../../lib/testing/filecheck/index.js';

/** Runs FileCheck on `check` and `input` with command-line `flags`; dump off unless asked. */
export function fc(check: string, input: string, flags: readonly string[] = []): FileCheckResult {
  const args = flags.some((f) => f.startsWith('--dump-input')) ? flags : [...flags, '--dump-input=never'];
  const parsed = parseArgs(['check.txt', ...args]);
  if (!parsed.ok) throw new Error(`bad test flags: ${parsed.stderr}`);
  return runFileCheck({ ...parsed.options, checkText: check, input, inputFile: 'input.txt' });
}

/** The first `file:line:col: error:` line of a result's stderr, or ''. */
export function firstError(stderr: string): string {
  return /^.*error: .*$/m.exec(stderr)?.[0] ?? '';
}
