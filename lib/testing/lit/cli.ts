// The dlc-lit command line: options, discovery, the parallel run, reports; returns the exit status.

import { availableParallelism } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { ConfigError, SuiteCache } from './config.js';
import { discoverTests, fullName } from './discovery.js';
import { Display } from './report.js';
import { isFailure } from './result.js';
import { runTests } from './scheduler.js';
import { closeResidentShells, killResidentShells } from './shell/sh-spawner.js';
import { xunitXml } from './xunit.js';

/** Parsed dlc-lit options. */
export interface LitOptions {
  readonly paths: string[];
  verbose: boolean;
  all: boolean;
  quiet: boolean;
  jobs: number;
  filter?: RegExp;
  timeout: number;
  params: Record<string, string>;
  xunit?: string;
  progress: boolean;
  pool: 'threads' | 'processes';
}

export const USAGE = `usage: dlc-lit [paths...] [-v] [-a] [-q] [-j N] [--filter REGEX] [--timeout S]
               [--param K=V] [--xunit-xml-output FILE] [--no-progress-bar]
               [--pool threads|processes]

Runs the lit tests found under each path (a test file or a directory inside a suite
configured by lit.config.json / lit.config.js) and prints one line per test.
  -v, --verbose            show the script and output of failing tests
  -a, --show-all           show the script and output of every test
  -q, --quiet              show only failures
  -j N, --workers N        tests run at once (default: the number of cores)
  --filter REGEX           run only tests whose name (suite :: path) matches
  --timeout S              fail a test that runs longer than S seconds (TIMEOUT)
  --param K=V              a parameter for lit.config.js
  --xunit-xml-output FILE  also write the results as xunit XML
  --no-progress-bar        never draw the progress bar
  --pool threads|processes run tests in worker threads (default) or processes
`;

/** A bad command line; the message says what to fix. */
export class UsageError extends Error {}

function positiveNumber(v: string | undefined, flag: string, integer: boolean): number {
  const n = Number(v);
  if (v === undefined || v === '' || !Number.isFinite(n) || n < 0 || (integer && (!Number.isInteger(n) || n < 1))) {
    throw new UsageError(`${flag} expects a ${integer ? 'positive integer' : 'non-negative number'}, got '${v ?? ''}'`);
  }
  return n;
}

/** Parses dlc-lit's arguments; throws UsageError. `--opt=value` and `--opt value` both work. */
export function parseLitArgs(argv: readonly string[]): LitOptions {
  const o: LitOptions = {
    paths: [],
    verbose: false,
    all: false,
    quiet: false,
    jobs: availableParallelism(),
    timeout: 0,
    params: {},
    progress: process.stdout.isTTY === true,
    pool: 'threads',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${flag} expects a value`);
      return argv[++i]!;
    };
    if (flag === '-v' || flag === '--verbose') o.verbose = true;
    else if (flag === '-a' || flag === '--show-all') o.all = true;
    else if (flag === '-q' || flag === '--quiet') o.quiet = true;
    else if (flag === '--no-progress-bar') o.progress = false;
    else if (flag === '-j' || flag === '--workers' || flag === '--threads') o.jobs = positiveNumber(value(), '-j', true);
    else if (/^-j\d+$/.test(flag)) o.jobs = positiveNumber(flag.slice(2), '-j', true);
    else if (flag === '--timeout') o.timeout = positiveNumber(value(), '--timeout', false);
    else if (flag === '--filter') {
      const src = value();
      try {
        o.filter = new RegExp(src);
      } catch (e) {
        throw new UsageError(`--filter: invalid regular expression: ${(e as Error).message}`);
      }
    } else if (flag === '--param') {
      const kv = value();
      const k = kv.indexOf('=');
      if (k < 0) o.params[kv] = '';
      else o.params[kv.slice(0, k)] = kv.slice(k + 1);
    } else if (flag === '--xunit-xml-output') o.xunit = value();
    else if (flag === '--pool') {
      const pool = value();
      if (pool !== 'threads' && pool !== 'processes') throw new UsageError(`--pool expects 'threads' or 'processes', got '${pool}'`);
      o.pool = pool;
    }
    else if (flag === '-h' || flag === '--help') throw new UsageError('');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else o.paths.push(arg);
  }
  if (o.quiet) o.progress = false;
  return o;
}

/** Runs dlc-lit with `argv`; resolves to the process exit status (0 all as expected, 1 otherwise). */
export async function litMain(argv: readonly string[], env: { workerUrl?: URL } = {}): Promise<number> {
  let o: LitOptions;
  try {
    o = parseLitArgs(argv);
  } catch (e) {
    const msg = (e as Error).message;
    if (msg) process.stderr.write(`dlc-lit: error: ${msg}\n`);
    process.stderr.write(USAGE);
    return msg ? 1 : 0;
  }
  if (o.paths.length === 0) {
    process.stderr.write(`dlc-lit: error: no test paths given\n${USAGE}`);
    return 1;
  }
  let tests;
  try {
    tests = await discoverTests(o.paths, new SuiteCache(o.params));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`dlc-lit: error: ${e.message}\n`);
    return 1;
  }
  const discovered = tests.length;
  if (o.filter) tests = tests.filter((t) => o.filter!.test(fullName(t)));
  if (tests.length === 0) {
    process.stderr.write(
      discovered === 0
        ? 'dlc-lit: error: did not discover any tests for provided path(s)\n'
        : `dlc-lit: error: filter did not match any tests (of ${discovered} discovered)\n`,
    );
    process.stdout.write('0 passed, 0 failed\n');
    return 1;
  }
  const jobs = Math.min(o.jobs, tests.length);
  const display = new Display(tests.length, o);
  const start = performance.now();
  display.header(jobs);
  // On an interrupt, the commands tests are running die with dlc-lit: they run in shells of
  // their own process groups, which the terminal's interrupt does not reach.
  const interrupt = new AbortController();
  const onInterrupt = (): void => {
    interrupt.abort();
    killResidentShells();
    setTimeout(() => process.exit(130), 200);
  };
  process.once('SIGINT', onInterrupt);
  const results = await runTests(tests, {
    signal: interrupt.signal,
    jobs,
    timeout: o.timeout,
    workerUrl: env.workerUrl,
    pool: o.pool,
    onResult: (r) => interrupt.signal.aborted || display.result(r),
  });
  if (interrupt.signal.aborted) return 130;
  const elapsed = (performance.now() - start) / 1000;
  process.off('SIGINT', onInterrupt);
  closeResidentShells();
  if (o.xunit) {
    try {
      writeFileSync(o.xunit, xunitXml(results, elapsed));
    } catch (e) {
      process.stderr.write(`dlc-lit: error: cannot write ${o.xunit}: ${(e as Error).message}\n`);
    }
  }
  display.summary(results, elapsed);
  const failed = results.some((r) => isFailure(r.code));
  // Temporary files are kept when something failed, for a look at what the tests left.
  if (!failed) for (const root of new Set(tests.map((t) => t.suite.execRoot))) rmSync(root, { recursive: true, force: true });
  return failed ? 1 : 0;
}
