// The internal shell's in-process commands: echo, true, false, :, mkdir, rm, cat, diff.

import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffLines, formatHunks } from '../diff.js';

/** What a built-in sees: the test's working directory and its standard input. */
export interface BuiltinIO {
  readonly cwd: string;
  readonly stdin: () => Promise<Buffer>;
}

/** A built-in's outcome, as an external command's would be. */
export interface BuiltinResult {
  readonly stdout: string | Buffer;
  readonly stderr: string;
  readonly code: number;
}

export type Builtin = (args: readonly string[], io: BuiltinIO) => BuiltinResult | Promise<BuiltinResult>;

const ok = (stdout: string | Buffer = ''): BuiltinResult => ({ stdout, stderr: '', code: 0 });
const fail = (stderr: string, code = 1): BuiltinResult => ({ stdout: '', stderr, code });

/** Splits leading single-letter flags (`-rf`, `-n`) from operands; `--` ends the flags. */
function flags(args: readonly string[], allowed: string): { set: Set<string>; rest: string[]; bad?: string } {
  const set = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^-[A-Za-z]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (!allowed.includes(f)) return { set, rest: [], bad: a };
      set.add(f);
    }
  }
  return { set, rest: args.slice(i) };
}

function echo(args: readonly string[]): BuiltinResult {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[ne]+$/.test(args[i]!); i++) {
    if (args[i]!.includes('n')) newline = false;
    if (args[i]!.includes('e')) escapes = true;
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', v: '\v', f: '\f' };
    text = text.replace(/\\(0[0-7]{0,3}|x[0-9a-fA-F]{1,2}|.)/g, (m, c: string) => {
      if (c.startsWith('0')) return String.fromCharCode(parseInt(c.slice(1) || '0', 8));
      if (c.startsWith('x') && c.length > 1) return String.fromCharCode(parseInt(c.slice(1), 16));
      return map[c] ?? m;
    });
  }
  return ok(newline ? `${text}\n` : text);
}

function mkdir(args: readonly string[], io: BuiltinIO): BuiltinResult {
  const { set, rest, bad } = flags(args, 'p');
  if (bad) return fail(`Unsupported: 'mkdir': option ${bad} not recognized\n`, 2);
  for (const dir of rest) {
    const path = resolve(io.cwd, dir);
    try {
      mkdirSync(path, { recursive: set.has('p') });
    } catch (e) {
      return fail(`Error: 'mkdir' command failed, ${(e as Error).message}\n`);
    }
  }
  return ok();
}

function rm(args: readonly string[], io: BuiltinIO): BuiltinResult {
  const { set, rest, bad } = flags(args, 'rRfv');
  if (bad) return fail(`Unsupported: 'rm': option ${bad} not recognized\n`, 2);
  const force = set.has('f');
  const recursive = set.has('r') || set.has('R');
  for (const p of rest) {
    const path = resolve(io.cwd, p);
    if (!existsSync(path)) {
      if (force) continue;
      return fail(`Error: 'rm' command failed, no such file or directory: '${p}'\n`);
    }
    if (statSync(path).isDirectory() && !recursive) return fail(`Error: ${p} is a directory\n`);
    try {
      rmSync(path, { recursive, force });
    } catch (e) {
      return fail(`Error: 'rm' command failed, ${(e as Error).message}\n`);
    }
  }
  return ok();
}

async function cat(args: readonly string[], io: BuiltinIO): Promise<BuiltinResult> {
  const files = args.length === 0 ? ['-'] : args;
  const parts: Buffer[] = [];
  for (const f of files) {
    if (f === '-') {
      parts.push(await io.stdin());
      continue;
    }
    try {
      parts.push(readFileSync(resolve(io.cwd, f)));
    } catch {
      return { stdout: Buffer.concat(parts), stderr: `cat: ${f}: No such file or directory\n`, code: 1 };
    }
  }
  return ok(Buffer.concat(parts));
}

async function diff(args: readonly string[], io: BuiltinIO): Promise<BuiltinResult> {
  const opts = new Set<string>();
  const files: string[] = [];
  for (const a of args) {
    if (a === '--strip-trailing-cr') opts.add('cr');
    else if (/^-[ubwBU0-9]+$/.test(a)) for (const f of a.slice(1)) opts.add(f);
    else if (a.startsWith('-') && a !== '-') return fail(`Unsupported: 'diff': option ${a} not recognized\n`, 2);
    else files.push(a);
  }
  if (files.length !== 2) return fail('Error: missing or extra operand\n', 2);
  const texts: string[] = [];
  for (const f of files) {
    if (f === '-') {
      texts.push((await io.stdin()).toString('utf8'));
      continue;
    }
    try {
      texts.push(readFileSync(resolve(io.cwd, f), 'utf8'));
    } catch {
      return fail(`Error: 'diff' command failed, cannot read ${f}\n`, 2);
    }
  }
  const lines = (t: string): string[] => {
    const l = t.split('\n');
    if (l[l.length - 1] === '') l.pop();
    return opts.has('cr') ? l.map((s) => s.replace(/\r$/, '')) : l;
  };
  const norm = (s: string): string =>
    opts.has('w') ? s.replace(/\s+/g, '') : opts.has('b') ? s.replace(/\s+/g, ' ').replace(/ $/, '') : s;
  let a = lines(texts[0]!);
  let b = lines(texts[1]!);
  if (opts.has('B')) {
    a = a.filter((l) => l.trim() !== '');
    b = b.filter((l) => l.trim() !== '');
  }
  const hunks = formatHunks(diffLines(a, b, (x, y) => norm(x) === norm(y)));
  if (!hunks) return ok();
  return { stdout: `--- ${files[0]}\n+++ ${files[1]}\n${hunks}`, stderr: '', code: 1 };
}

/** The in-process commands, by name. `cd`, `export`, `env` and `not` live in the executor. */
export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['echo', echo],
  ['true', () => ok()],
  ['false', () => fail('', 1)],
  [':', () => ok()],
  ['mkdir', mkdir],
  ['rm', rm],
  ['cat', cat],
  ['diff', diff],
]);
