// Locating and running mlir-opt for the affine differential tests; they skip when it is
// absent (CI without LLVM 22). MLIR_OPT overrides the default path.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidate = process.env['MLIR_OPT'] ?? '/usr/lib/llvm-22/bin/mlir-opt';

/** The mlir-opt binary, or undefined when it is not installed. */
export const mlirOpt: string | undefined = existsSync(candidate) ? candidate : undefined;

/** Runs mlir-opt on `input` (stdin) and returns its exit status, stdout and stderr. */
export function runMlirOpt(args: readonly string[], input: string): { status: number; stdout: string; stderr: string } {
  if (!mlirOpt) throw new Error('mlir-opt is not available');
  const r = spawnSync(mlirOpt, ['--allow-unregistered-dialect', ...args, '-'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * The bodies of the `m` attributes of the `"test.op"` lines in mlir-opt's output, in
 * order, with `#map`/`#set` aliases resolved (so it works with or without
 * --mlir-print-local-scope).
 */
export function attributeBodies(output: string): string[] {
  const aliases = new Map<string, string>();
  const bodies: string[] = [];
  for (const line of output.split('\n')) {
    const alias = /^(#[\w$.]+) = affine_(?:map|set)<(.*)>$/.exec(line);
    if (alias) {
      aliases.set(alias[1]!, alias[2]!);
      continue;
    }
    const inline = /\{m = affine_(?:map|set)<(.*)>\}/.exec(line);
    if (inline) {
      bodies.push(inline[1]!);
      continue;
    }
    const ref = /\{m = (#[\w$.]+)\}/.exec(line);
    if (ref) bodies.push(aliases.get(ref[1]!) ?? `unresolved alias ${ref[1]}`);
  }
  return bodies;
}

/** The 1-based line and column of `offset` in `text`, as MLIR reports them. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
