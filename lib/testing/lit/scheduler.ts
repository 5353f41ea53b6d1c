// Runs tests in parallel: a pool of worker threads (one test at a time each), or an in-thread pool.

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LitTest } from './discovery.js';
import { fullName } from './discovery.js';
import type { TestResult } from './result.js';
import { runTest, type RunOptions } from './run-test.js';

/** How to schedule a run. */
export interface ScheduleOptions extends RunOptions {
  /** Tests running at once. */
  readonly jobs: number;
  /**
   * A module that calls `runWorker()` when loaded in a worker thread. Without it, tests run
   * in this thread (their commands are still child processes, so still in parallel).
   */
  readonly workerUrl?: URL;
  /** Workers as threads of this process (the default) or as child processes. */
  readonly pool?: 'threads' | 'processes';
  /** Called as each test finishes, in completion order. */
  readonly onResult?: (r: TestResult) => void;
  /** Aborting it (on an interrupt) makes thread workers kill what their tests run. */
  readonly signal?: AbortSignal;
}

/** What the pool posts to a worker and what comes back. */
export interface WorkerRequest {
  readonly id: number;
  readonly test: LitTest;
  readonly opts: RunOptions;
}
export interface WorkerReply {
  readonly id: number;
  readonly result: TestResult;
}

/** Marks a worker thread (its workerData) or process (this environment variable) as lit's. */
export const WORKER_MARK = 'DLC_LIT_WORKER';

/** One worker of the pool, whether a thread or a process. */
interface PoolWorker {
  send(req: WorkerRequest): void;
  stop(): void;
  abort(): void;
}

function startWorker(url: URL, pool: 'threads' | 'processes', onReply: (m: WorkerReply) => void, onDeath: (why: string) => void): PoolWorker {
  if (pool === 'threads') {
    const w = new Worker(url, { workerData: WORKER_MARK });
    w.on('message', onReply);
    w.on('error', (e) => onDeath(e.message));
    // Asked to stop, a worker lets its resident shells clean up, then its thread ends.
    return { send: (req) => w.postMessage(req), stop: () => w.postMessage('stop'), abort: () => w.postMessage('abort') };
  }
  const child = fork(fileURLToPath(url), [], {
    env: { ...process.env, [WORKER_MARK]: '1' },
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopped = false;
  child.on('message', (m) => onReply(m as WorkerReply));
  child.on('exit', (code, signal) => {
    if (!stopped) onDeath(signal ? `killed by ${signal}` : `exited with status ${code}`);
  });
  return {
    send: (req) => child.send(req),
    stop: () => {
      stopped = true;
      child.disconnect();
    },
    abort: () => {
      stopped = true;
      if (child.connected) child.send('abort');
    },
  };
}

async function runInThread(tests: readonly LitTest[], opts: ScheduleOptions): Promise<TestResult[]> {
  const results: TestResult[] = new Array(tests.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tests.length && !opts.signal?.aborted) {
      const i = next++;
      results[i] = await runTest(tests[i]!, opts);
      opts.onResult?.(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.jobs, tests.length)) }, lane));
  return results.filter((r) => r !== undefined);
}

function runInWorkers(tests: readonly LitTest[], opts: ScheduleOptions, url: URL): Promise<TestResult[]> {
  const results: TestResult[] = new Array(tests.length);
  const runOpts: RunOptions = { timeout: opts.timeout ?? 0 };
  let next = 0;
  let finished = 0;
  return new Promise((resolveAll) => {
    const record = (i: number, r: TestResult): void => {
      results[i] = r;
      finished++;
      opts.onResult?.(r);
      if (finished === tests.length) resolveAll(results);
    };
    const start = (): void => {
      let current = -1;
      const feed = (): void => {
        if (next >= tests.length || opts.signal?.aborted) {
          current = -1;
          worker.stop();
          return;
        }
        current = next++;
        worker.send({ id: current, test: tests[current]!, opts: runOpts });
      };
      // A worker that dies takes only its current test with it; a fresh one carries on.
      const onDeath = (why: string): void => {
        if (current < 0) return;
        const t = tests[current]!;
        const i = current;
        current = -1;
        record(i, { name: fullName(t), suite: t.suite.name, path: t.relPath, code: 'UNRESOLVED', output: `lit worker failed: ${why}`, elapsed: 0 });
        if (next < tests.length) start();
      };
      const worker = startWorker(url, opts.pool ?? 'threads', (m) => {
        record(m.id, m.result);
        feed();
      }, onDeath);
      opts.signal?.addEventListener('abort', () => worker.abort());
      feed();
    };
    const n = Math.max(1, Math.min(opts.jobs, tests.length));
    if (tests.length === 0) resolveAll(results);
    else for (let i = 0; i < n; i++) start();
  });
}

/** Runs every test (until `signal` aborts); resolves to their results in the order of `tests`. */
export function runTests(tests: readonly LitTest[], opts: ScheduleOptions): Promise<TestResult[]> {
  return opts.workerUrl && opts.jobs > 1 ? runInWorkers(tests, opts, opts.workerUrl) : runInThread(tests, opts);
}
