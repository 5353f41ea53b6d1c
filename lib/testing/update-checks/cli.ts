// The dlc-update-checks command line: regenerate or preview (--dry-run) the check lines of lit tests.

import { writeFileSync } from 'node:fs';
import { unifiedDiff } from '../lit/index.js';
import { UpdateError, updateTest } from './update.js';

export const USAGE = `usage: dlc-update-checks [--dry-run] [--param K=V] TEST...

Runs the command each RUN line of TEST pipes into FileCheck and rewrites TEST's check
lines from its output: SSA names become [[NAME:%.*]] captures, each function gets a
CHECK-LABEL. The rest of the file is kept.
  --dry-run      print the change as a unified diff; write nothing
  --param K=V    a parameter for the suite's lit.config.js
`;

/** Runs dlc-update-checks with `argv`; resolves to the exit status (1 when a test could not be updated). */
export async function updateChecksMain(argv: readonly string[]): Promise<number> {
  let dryRun = false;
  const params: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a === '--param' || a.startsWith('--param=')) {
      const kv = a === '--param' ? argv[++i] : a.slice('--param='.length);
      if (kv === undefined) {
        process.stderr.write(`dlc-update-checks: error: --param expects K=V\n${USAGE}`);
        return 1;
      }
      const eq = kv.indexOf('=');
      params[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
    } else if (a.startsWith('-')) {
      process.stderr.write(`dlc-update-checks: error: unknown option '${a}'\n${USAGE}`);
      return 1;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`dlc-update-checks: error: no test files given\n${USAGE}`);
    return 1;
  }
  let status = 0;
  for (const file of files) {
    try {
      const { before, after, warnings } = await updateTest(file, params);
      for (const w of warnings) process.stderr.write(`dlc-update-checks: warning: ${w}\n`);
      if (dryRun) process.stdout.write(unifiedDiff(before, after, `a/${file}`, `b/${file}`));
      else if (after !== before) {
        writeFileSync(file, after);
        process.stderr.write(`dlc-update-checks: updated ${file}\n`);
      }
    } catch (e) {
      if (!(e instanceof UpdateError)) throw e;
      process.stderr.write(`dlc-update-checks: error: ${e.message}\n`);
      status = 1;
    }
  }
  return status;
}
