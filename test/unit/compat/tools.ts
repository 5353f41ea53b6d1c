// Helpers for differential tests: run the bundled dlc-opt and, when installed, mlir-opt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../../../..', import.meta.url).pathname;
export const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';
export const haveMlirOpt = existsSync(MLIR_OPT);

/** What a tool run produced. */
export interface ToolRun {
  status: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: readonly string[], input?: string): ToolRun {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs dist/dlc-opt.js with `args`, feeding `input` on stdin when given. */
export function dlcOpt(args: readonly string[], input?: string): ToolRun {
  return run(process.execPath, [join(repoRoot, 'dist/dlc-opt.js'), ...args], input);
}

/** Runs mlir-opt 22 with `args`. */
export function mlirOpt(args: readonly string[], input?: string): ToolRun {
  return run(MLIR_OPT, args, input);
}

/** The `.mlir` files of a corpus folder under test/corpus, as absolute paths. */
export function corpusFiles(folder: string): string[] {
  const dir = join(repoRoot, 'test/corpus', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mlir'))
    .sort()
    .map((f) => join(dir, f));
}
