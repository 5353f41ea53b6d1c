// Runs pipelines of external commands through a long-lived /bin/sh, which forks them far more cheaply than Node.

import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Redirect } from './parse.js';

// Why: Node forks the whole parent process for every spawn (libuv has no vfork on Linux), and
// copying a 50 MB address space costs milliseconds, most of all under virtualisation. A small
// shell forks in a fraction of that, so a test suite spending its time starting commands runs
// several times faster when a resident /bin/sh starts them. Statuses come back through files.

/** A redirection with its target resolved: an absolute path, or a descriptor number for `>&`. */
export type ShRedirect = Omit<Redirect, 'target'> & { readonly target: string };

/** One external command of a pipeline, with the variables it sets (or unsets, as undefined). */
export interface ShStage {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly redirects: readonly ShRedirect[];
}

/** A pipeline to run: its directory, environment, optional input and stages. */
export interface ShJob {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly stdin?: Buffer;
  readonly stages: readonly ShStage[];
}

/** Each stage's status (negative: killed by that signal), the last stdout, each stderr. */
export interface ShOutcome {
  readonly codes: number[];
  readonly stdout: Buffer;
  readonly stderrs: Buffer[];
}

const SH = '/bin/sh';
const MARK = '@@dlc-lit-done@@';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

// The statuses and outputs pass through files: in memory when the system offers it.
const FILES_DIR = ((): string => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
})();

/** A resident shell: runs one job at a time, answering with a marker line when it is done. */
class Helper {
  readonly dir = mkdtempSync(join(FILES_DIR, 'dlc-lit-sh-'));
  private readonly proc: ChildProcess;
  private pending = '';
  private waiter: ((ok: boolean) => void) | undefined;
  dead = false;
  /** The variables the last job exported, to unset before the next. */
  exported: string[] = [];

  constructor() {
    live.add(this);
    // Its own process group, so that a timeout can kill the shell and all it started at once.
    this.proc = spawn(SH, ['-s'], { detached: true, stdio: ['pipe', 'pipe', 'ignore'], env: {} });
    this.hold(false);
    // The shell removes its files when its input ends, even if this process is killed.
    this.proc.stdin!.write(`__dlc_lit_dir=${quote(this.dir)}\ntrap 'rm -rf -- "$__dlc_lit_dir"' EXIT\n`);
    this.proc.stdin!.on('error', () => this.die());
    this.proc.stdout!.setEncoding('utf8');
    this.proc.stdout!.on('data', (chunk: string) => {
      this.pending += chunk;
      if (this.pending.includes(MARK)) {
        this.pending = '';
        const w = this.waiter;
        this.waiter = undefined;
        w?.(true);
      }
    });
    this.proc.on('exit', () => this.die());
    this.proc.on('error', () => this.die());
  }

  private die(): void {
    this.dead = true;
    live.delete(this);
    const w = this.waiter;
    this.waiter = undefined;
    w?.(false);
  }

  /** An idle shell must not keep the process alive; one running a job must. */
  private hold(busy: boolean): void {
    for (const h of [this.proc, this.proc.stdin, this.proc.stdout] as unknown as ({ ref(): void; unref(): void } | null)[]) {
      if (busy) h?.ref();
      else h?.unref();
    }
  }

  /** Runs a script; resolves false when the shell died (or was killed) first. */
  run(script: string): Promise<boolean> {
    if (this.dead) return Promise.resolve(false);
    this.hold(true);
    return new Promise<boolean>((res) => {
      this.waiter = res;
      this.proc.stdin!.write(`${script}\necho ${MARK}\n`);
    }).finally(() => this.hold(false));
  }

  kill(): void {
    if (this.proc.pid !== undefined) {
      try {
        process.kill(-this.proc.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    this.die();
  }

  dispose(): void {
    this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Ends the shell's input: it cleans up and exits. */
  close(): void {
    this.proc.stdin!.end();
  }
}

const idle: Helper[] = [];
const live = new Set<Helper>();
const available = process.platform !== 'win32' && existsSync(SH);
process.on('exit', closeResidentShells);

/** Kills every resident shell of this thread and what it runs (on an interrupt). */
export function killResidentShells(): void {
  for (const h of [...live]) h.dispose();
  idle.length = 0;
}

/** Lets every idle resident shell clean up and exit (a new one starts when needed). */
export function closeResidentShells(): void {
  for (const h of idle.splice(0)) h.close();
}
const found = new Map<string, boolean>();

/** Whether `cmd` names an executable the shell will find (on PATH or by its path). */
export function isExecutable(cmd: string, path: string, cwd: string): boolean {
  if (!available) return false;
  const candidates = cmd.includes('/') ? [cmd.startsWith('/') ? cmd : join(cwd, cmd)] : path.split(delimiter).filter((d) => d !== '').map((d) => join(d, cmd));
  const key = `${cmd.includes('/') ? candidates[0] : cmd}\0${path}`;
  let ok = found.get(key);
  if (ok === undefined) {
    ok = candidates.some((c) => {
      try {
        accessSync(c, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
    found.set(key, ok);
  }
  return ok;
}

/** Whether a stage can be written as shell text (variable names the shell accepts). */
export function isScriptable(stage: ShStage): boolean {
  return Object.keys(stage.env).every((k) => NAME.test(k));
}

function redirectText(r: ShRedirect): string {
  if (r.op === '&>') return `>${quote(r.target)} 2>&1`;
  if (r.op === '>&') return `${r.fd}>&${r.target}`;
  return `${r.fd}${r.op}${quote(r.target)}`;
}

/**
 * The shell text of a job. The resident shell itself changes directory and swaps the
 * variables it exported for the job's (it started with none), so that a one-command
 * pipeline costs one fork. Every stage but a plain last one runs in a brace group that
 * records its status; the last one's status is `$?`. No stage reads the shell's own input.
 */
function script(job: ShJob, dir: string, previous: readonly string[]): string {
  const n = job.stages.length;
  const file = (name: string): string => quote(join(dir, name));
  const stages = job.stages.map((s, i) => {
    const env = Object.entries(s.env).map(([k, v]) => (v === undefined ? `unset ${k}; ` : `export ${k}=${quote(v)}; `)).join('');
    const io = [
      i === 0 ? `<${job.stdin ? file('in') : '/dev/null'}` : '',
      `2>${file(`err${i}`)}`,
      i === n - 1 ? `>${file('out')}` : '',
      ...s.redirects.map(redirectText),
    ].filter((x) => x !== '');
    const cmd = `${s.args.map(quote).join(' ')} ${io.join(' ')}`;
    if (i === n - 1 && env === '') return cmd;
    return `{ ${env}${cmd}; echo $? >${file(`status${i}`)}; }`;
  });
  const last = job.stages[n - 1]!;
  const lastPlain = Object.keys(last.env).length === 0;
  const vars = [
    ...(previous.length ? [`unset ${previous.join(' ')}`] : []),
    ...Object.entries(job.env).map(([k, v]) => `export ${k}=${quote(v)}`),
  ];
  return [`cd ${quote(job.cwd)}`, ...vars, `${stages.join(' | ')}${lastPlain ? `; echo $? >${file(`status${n - 1}`)}` : ''}`].join('\n');
}

function readOr(path: string, fallback: Buffer): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return fallback;
  }
}

/**
 * Runs a pipeline of external commands in a resident shell. `onStart` receives a function
 * that kills the pipeline (for timeouts). Resolves to undefined when no shell is available,
 * so that the caller runs the pipeline itself.
 */
export async function runInShell(job: ShJob, onStart: (kill: () => void) => void): Promise<ShOutcome | undefined> {
  if (!available || !existsSync(job.cwd)) return undefined;
  let helper = idle.pop();
  while (helper?.dead) helper = idle.pop();
  helper ??= new Helper();
  const dir = helper.dir;
  for (let i = 0; i < job.stages.length; i++) rmSync(join(dir, `status${i}`), { force: true });
  if (job.stdin) writeFileSync(join(dir, 'in'), job.stdin);
  onStart(() => helper.kill());
  const env = Object.fromEntries(Object.entries(job.env).filter(([k]) => NAME.test(k)));
  const ok = await helper.run(script({ ...job, env }, dir, helper.exported));
  helper.exported = Object.keys(env);
  const empty = Buffer.alloc(0);
  const codes = job.stages.map((_, i) => {
    const text = readOr(join(dir, `status${i}`), empty).toString('utf8').trim();
    // The shell reports a death by signal N as 128 + N.
    const code = text === '' ? (ok ? 127 : -9) : Number(text);
    return code > 128 ? -(code - 128) : code;
  });
  const outcome = {
    codes,
    stdout: readOr(join(dir, 'out'), empty),
    stderrs: job.stages.map((_, i) => readOr(join(dir, `err${i}`), empty)),
  };
  if (ok && !helper.dead) idle.push(helper);
  else helper.dispose();
  return outcome;
}
