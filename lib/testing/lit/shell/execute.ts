// The internal shell's executor: sequences, pipelines with pipefail, redirections, `not`, `env`, `cd`, `export`.

import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { BUILTINS, type BuiltinResult } from './builtins.js';
import { expandGlob } from './glob.js';
import { parseShell, quoteArgs, type Command, type Redirect, type ShellNode, type Word } from './parse.js';
import { isExecutable, isScriptable, runInShell, type ShRedirect, type ShStage } from './sh-spawner.js';

/** An output stream shared by the writers attached to it; it ends when the last one is done. */
class Channel {
  readonly stream = new PassThrough();
  private writers = 0;
  attach(): () => void {
    this.writers++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.writers === 0) this.stream.end();
    };
  }
}

type Target = { kind: 'fd'; fd: number } | { kind: 'chan'; chan: Channel };

/** A command after `not`, `env` prefixes and wildcards are resolved. */
interface Prepared {
  readonly args: string[];
  /** Variables `env` sets for the command; undefined for those it unsets (`-u`). */
  readonly env: Record<string, string | undefined>;
  readonly invert: boolean;
  readonly crash: boolean;
  readonly display: string;
}

interface StageResult {
  readonly code: number;
  readonly signaled: boolean;
}

function collect(stream: Readable): Promise<Buffer> {
  return new Promise((res) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => res(Buffer.concat(chunks)));
    stream.on('error', () => res(Buffer.concat(chunks)));
  });
}

function signalNumber(name: NodeJS.Signals): number {
  return (osConstants.signals as Record<string, number>)[name] ?? 1;
}

/** An error in how a command is written (a missing file for `<`, `cd` in a pipeline, ...). */
class CommandError extends Error {}

/**
 * One test's shell: its working directory and environment persist across commands
 * (`cd`, `export`), and it keeps a log of what ran and printed, in lit's form.
 */
export class Shell {
  /** What ran and printed, in lit's form (`$ "cmd" "arg"`, `# command output:`, ...). */
  log = '';
  /** Standard output of the last pipeline's last command. */
  lastStdout = '';
  private readonly children = new Set<ChildProcess>();
  private readonly killers = new Set<() => void>();
  private killed = false;

  /**
   * `residentShell: false` makes every command a child of this process, never of the
   * resident /bin/sh (slower; the two ways must behave alike, which tests check).
   */
  constructor(
    public cwd: string,
    public env: Record<string, string>,
    private readonly opts: { readonly residentShell?: boolean } = {},
  ) {}

  /** Parses and runs one command line; resolves to its exit status. */
  async run(line: string): Promise<number> {
    let node: ShellNode;
    try {
      node = parseShell(line);
    } catch (e) {
      this.log += `error: ${(e as Error).message}\n`;
      return 127;
    }
    return this.exec(node);
  }

  /** Kills every process still running (for timeouts); later commands do not start. */
  kill(): void {
    this.killed = true;
    for (const c of this.children) c.kill('SIGKILL');
    for (const k of this.killers) k();
  }

  private async exec(node: ShellNode): Promise<number> {
    if (this.killed) return 1;
    if (node.kind === 'pipeline') return this.runPipeline(node.commands);
    const left = await this.exec(node.lhs);
    if (node.op === '&&' && left !== 0) return left;
    if (node.op === '||' && left === 0) return left;
    return this.exec(node.rhs);
  }

  private expand(words: readonly Word[]): string[] {
    return words.flatMap((w) => (w.glob ? expandGlob(w.text, this.cwd) : [w.text]));
  }

  private prepare(cmd: Command): Prepared {
    let args = this.expand(cmd.args);
    const display = quoteArgs(args);
    const env: Record<string, string | undefined> = {};
    let invert = false;
    let crash = false;
    for (;;) {
      if (args[0] === 'not') {
        args = args.slice(1);
        if (args[0] === '--crash') {
          crash = true;
          args = args.slice(1);
        } else {
          invert = !invert;
        }
      } else if (args[0] === 'env' && args.length > 1) {
        let i = 1;
        for (; i < args.length; i++) {
          const a = args[i]!;
          if (a === '-u' && i + 1 < args.length) env[args[++i]!] = undefined;
          else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
            const eq = a.indexOf('=');
            env[a.slice(0, eq)] = a.slice(eq + 1);
          } else break;
        }
        args = args.slice(i);
        if (args.length === 0) args = ['env'];
      } else break;
    }
    if (args.length === 0) throw new CommandError(`'not' needs a command to run`);
    return { args, env, invert, crash, display };
  }

  private stageEnv(p: Prepared): Record<string, string> {
    const env = { ...this.env };
    for (const [k, v] of Object.entries(p.env)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    return env;
  }

  /** `cd` and `export` change the shell itself, so they must stand alone, as in lit. */
  private runStateCommand(p: Prepared, inPipeline: boolean): number | undefined {
    const name = p.args[0];
    if (name !== 'cd' && name !== 'export') return undefined;
    if (inPipeline) throw new CommandError(`'${name}' cannot be part of a pipeline`);
    if (name === 'cd') {
      if (p.args.length !== 2) throw new CommandError("'cd' supports only one argument");
      const dir = resolve(this.cwd, p.args[1]!);
      try {
        if (!statSync(dir).isDirectory()) throw new Error();
      } catch {
        throw new CommandError(`'cd': no such directory: ${p.args[1]}`);
      }
      this.cwd = dir;
      return 0;
    }
    for (const a of p.args.slice(1)) {
      const eq = a.indexOf('=');
      if (eq > 0) this.env[a.slice(0, eq)] = a.slice(eq + 1);
    }
    return 0;
  }

  private async runPipeline(commands: readonly Command[]): Promise<number> {
    const opened: number[] = [];
    const stderrs: Channel[] = [];
    const stderrText: Promise<Buffer>[] = [];
    let prepared: Prepared[];
    try {
      prepared = commands.map((c) => this.prepare(c));
      this.log += prepared.map((p) => `$ ${p.display}\n`).join('');
      if (prepared.length === 1 && commands[0]!.redirects.length === 0) {
        const state = this.runStateCommand(prepared[0]!, false);
        if (state !== undefined) return state;
      } else {
        for (const p of prepared) this.runStateCommand(p, true);
      }
    } catch (e) {
      this.log += `error: ${(e as Error).message}\n`;
      return 127;
    }

    const viaShell = await this.runViaShell(prepared, commands);
    if (viaShell) return this.finish(prepared, viaShell.results, viaShell.stdout, viaShell.errs);

    // Wire the stages: each stdout feeds the next stage, the last one is captured.
    const outs = prepared.map(() => new Channel());
    const lastOut = collect(outs[outs.length - 1]!.stream);
    const runs: Promise<StageResult>[] = [];
    try {
      for (let i = 0; i < prepared.length; i++) {
        const err = new Channel();
        stderrs.push(err);
        stderrText.push(collect(err.stream));
        const fds = new Map<number, Target>([
          [1, { kind: 'chan', chan: outs[i]! }],
          [2, { kind: 'chan', chan: err }],
        ]);
        let stdinFile: number | undefined;
        for (const r of commands[i]!.redirects) {
          const target = this.expand([r.target])[0]!;
          if (r.op === '>&' && /^\d+$/.test(target)) {
            const from = fds.get(Number(target));
            if (!from) throw new CommandError(`bad file descriptor: ${target}`);
            fds.set(r.fd, from);
            continue;
          }
          const path = resolve(this.cwd, target);
          if (r.op === '<') {
            try {
              stdinFile = openSync(path, 'r');
            } catch {
              throw new CommandError(`cannot open '${target}' for reading`);
            }
            opened.push(stdinFile);
            continue;
          }
          let fd: number;
          try {
            fd = openSync(path, r.op === '>>' ? 'a' : 'w');
          } catch {
            throw new CommandError(`cannot open '${target}' for writing`);
          }
          opened.push(fd);
          if (r.op === '&>' || r.op === '>&') {
            fds.set(1, { kind: 'fd', fd });
            fds.set(2, { kind: 'fd', fd });
          } else {
            if (r.fd !== 1 && r.fd !== 2) throw new CommandError(`unsupported redirect of descriptor ${r.fd}`);
            fds.set(r.fd, { kind: 'fd', fd });
          }
        }
        // A channel no descriptor writes to ends at once: a stage whose stdout goes to a file
        // leaves the next stage an empty input.
        const used = new Set([...fds.values()].flatMap((t) => (t.kind === 'chan' ? [t.chan] : [])));
        for (const c of [outs[i]!, err]) if (!used.has(c)) c.attach()();
        const upstream = i > 0 ? outs[i - 1]!.stream : undefined;
        runs.push(this.runStage(prepared[i]!, fds, stdinFile, upstream));
      }
    } catch (e) {
      for (const fd of opened) closeSync(fd);
      this.log += `error: ${(e as Error).message}\n`;
      for (const o of outs) o.stream.end();
      for (const s of stderrs) s.stream.end();
      return 127;
    }

    const results = await Promise.all(runs);
    const stdout = (await lastOut).toString('utf8');
    const errs = (await Promise.all(stderrText)).map((b) => b.toString('utf8'));
    for (const fd of opened) closeSync(fd);
    return this.finish(prepared, results, stdout, errs);
  }

  /** Applies `not` and pipefail to the stages' statuses and logs the pipeline's outcome. */
  private finish(prepared: readonly Prepared[], results: readonly StageResult[], stdout: string, errs: readonly string[]): number {
    this.lastStdout = stdout;
    let code = 0;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const p = prepared[i]!;
      let c = r.code;
      if (p.crash) c = r.signaled ? 0 : 1;
      else if (p.invert) c = r.signaled ? 1 : c === 0 ? 1 : 0;
      if (c !== 0) code = c;
    }
    if (stdout) this.log += `# command output:\n${stdout}\n`;
    for (const e of errs) if (e) this.log += `# command stderr:\n${e}\n`;
    if (code !== 0) {
      if (!stdout && errs.every((e) => !e)) this.log += 'note: command had no output on stdout or stderr\n';
      this.log += `error: command failed with exit status: ${code}\n`;
    }
    return code;
  }

  /**
   * Runs a pipeline of external commands (after at most one leading built-in, such as the
   * `echo` of `echo ... | tool`) through the resident shell, which starts processes more
   * cheaply. Undefined when the pipeline needs this shell's own machinery: built-ins further
   * on, unknown commands or unreadable inputs (for lit's messages), unusual descriptors.
   */
  private async runViaShell(
    prepared: readonly Prepared[],
    commands: readonly Command[],
  ): Promise<{ results: StageResult[]; stdout: string; errs: string[] } | undefined> {
    if (this.killed || this.opts.residentShell === false) return undefined;
    const isBuiltin = (p: Prepared): boolean => BUILTINS.has(p.args[0]!) || p.args[0] === 'env';
    const leading = isBuiltin(prepared[0]!);
    if (leading && (prepared.length < 2 || commands[0]!.redirects.length > 0)) return undefined;
    const stages: ShStage[] = [];
    for (let i = leading ? 1 : 0; i < prepared.length; i++) {
      const p = prepared[i]!;
      const stage: ShStage = { args: p.args, env: p.env, redirects: [] };
      const redirects = commands[i]!.redirects.map((r) => this.shRedirect(r));
      if (isBuiltin(p) || !isScriptable(stage) || redirects.includes(undefined)) return undefined;
      if (!isExecutable(p.args[0]!, this.stageEnv(p).PATH ?? '', this.cwd)) return undefined;
      stages.push({ ...stage, redirects: redirects as ShRedirect[] });
    }
    let lead: BuiltinResult | undefined;
    if (leading) {
      const p = prepared[0]!;
      const empty = (): Promise<Buffer> => Promise.resolve(Buffer.alloc(0));
      lead = await Promise.resolve(BUILTINS.get(p.args[0]!)?.(p.args.slice(1), { cwd: this.cwd, stdin: empty }) ?? printEnv(this.stageEnv(p))());
    }
    let kill: (() => void) | undefined;
    const outcome = await runInShell(
      { cwd: this.cwd, env: this.env, stdin: lead ? Buffer.from(lead.stdout) : undefined, stages },
      (k) => {
        kill = k;
        this.killers.add(k);
      },
    );
    if (kill) this.killers.delete(kill);
    if (!outcome) return undefined;
    const results: StageResult[] = outcome.codes.map((c) => ({ code: c, signaled: c < 0 }));
    const errs = outcome.stderrs.map((b) => b.toString('utf8'));
    if (lead) {
      results.unshift({ code: lead.code, signaled: false });
      errs.unshift(lead.stderr);
    }
    return { results, stdout: outcome.stdout.toString('utf8'), errs };
  }

  /** A redirection for the resident shell, or undefined when only this shell reports it well. */
  private shRedirect(r: Redirect): ShRedirect | undefined {
    const target = this.expand([r.target])[0]!;
    if (r.fd > 2) return undefined;
    if (r.op === '>&' && /^\d+$/.test(target)) return Number(target) <= 2 ? { fd: r.fd, op: r.op, target } : undefined;
    const path = resolve(this.cwd, target);
    if (r.op === '<') return existsSync(path) ? { fd: r.fd, op: r.op, target: path } : undefined;
    if (!existsSync(dirname(path))) return undefined;
    return { fd: r.fd, op: r.op === '>&' ? '&>' : r.op, target: path };
  }

  private runStage(p: Prepared, fds: Map<number, Target>, stdinFile: number | undefined, upstream: Readable | undefined): Promise<StageResult> {
    const done = new Map<number, () => void>();
    for (const n of [1, 2]) {
      const t = fds.get(n)!;
      if (t.kind === 'chan') done.set(n, t.chan.attach());
    }
    const finish = (): void => {
      for (const d of done.values()) d();
      // Whatever the stage left unread is drained so that its producer is never blocked.
      // Unpiping first matters: a later unpipe (when the consumer's stdin errors) would
      // otherwise pause the stream again.
      if (upstream) {
        upstream.unpipe();
        upstream.on('data', () => {});
        upstream.resume();
      }
    };
    const builtin = BUILTINS.get(p.args[0]!) ?? (p.args[0] === 'env' ? printEnv(this.stageEnv(p)) : undefined);
    if (builtin) {
      let input: Promise<Buffer> | undefined;
      const stdin = (): Promise<Buffer> =>
        (input ??= stdinFile !== undefined
          ? Promise.resolve(readFileSync(stdinFile))
          : upstream
            ? collect(upstream)
            : Promise.resolve(Buffer.alloc(0)));
      return Promise.resolve(builtin(p.args.slice(1), { cwd: this.cwd, stdin }))
        .catch((e: unknown): BuiltinResult => ({ stdout: '', stderr: `${(e as Error).message}\n`, code: 1 }))
        .then((r) => {
          this.write(fds.get(1)!, r.stdout);
          this.write(fds.get(2)!, r.stderr);
          finish();
          return { code: r.code, signaled: false };
        });
    }
    return new Promise((res) => {
      const spec = (t: Target): 'pipe' | number => (t.kind === 'fd' ? t.fd : 'pipe');
      const stdio: StdioOptions = [stdinFile ?? (upstream ? 'pipe' : 'ignore'), spec(fds.get(1)!), spec(fds.get(2)!)];
      let settled = false;
      const settle = (r: StageResult): void => {
        if (settled) return;
        settled = true;
        if (child) this.children.delete(child);
        finish();
        res(r);
      };
      let child: ChildProcess | undefined;
      try {
        child = spawn(p.args[0]!, p.args.slice(1), { cwd: this.cwd, env: this.stageEnv(p), stdio });
      } catch (e) {
        this.write(fds.get(2)!, `'${p.args[0]}': ${(e as Error).message}\n`);
        settle({ code: 127, signaled: false });
        return;
      }
      this.children.add(child);
      if (this.killed) child.kill('SIGKILL');
      const pipes: Promise<void>[] = [];
      for (const [n, stream] of [[1, child.stdout], [2, child.stderr]] as const) {
        const t = fds.get(n)!;
        if (t.kind === 'chan' && stream) {
          stream.pipe(t.chan.stream, { end: false });
          pipes.push(new Promise((r) => stream.on('close', () => r())));
        }
      }
      if (upstream && child.stdin) {
        child.stdin.on('error', () => {});
        upstream.pipe(child.stdin);
      }
      child.on('error', (e: NodeJS.ErrnoException) => {
        const msg = e.code === 'ENOENT' ? `'${p.args[0]}': command not found\n` : `'${p.args[0]}': ${e.message}\n`;
        this.write(fds.get(2)!, msg);
        settle({ code: 127, signaled: false });
      });
      child.on('close', (code, signal) => {
        void Promise.all(pipes).then(() =>
          settle(signal ? { code: -signalNumber(signal), signaled: true } : { code: code ?? 1, signaled: false }),
        );
      });
    });
  }

  private write(t: Target, data: string | Buffer): void {
    if (data.length === 0) return;
    if (t.kind === 'fd') writeSync(t.fd, typeof data === 'string' ? Buffer.from(data) : data);
    else t.chan.stream.write(data);
  }
}

function printEnv(env: Record<string, string>) {
  return (): BuiltinResult => ({
    stdout: Object.keys(env).sort().map((k) => `${k}=${env[k]}\n`).join(''),
    stderr: '',
    code: 0,
  });
}
