// The worker-thread side of the scheduler: runs the tests posted to it, one at a time.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runTest } from './run-test.js';
import { closeResidentShells, killResidentShells } from './shell/sh-spawner.js';
import { WORKER_MARK, type WorkerReply, type WorkerRequest } from './scheduler.js';

/** Whether this thread or process is a lit worker (an entry module then calls runWorker instead of main). */
export function isLitWorker(): boolean {
  if (!isMainThread) return workerData === WORKER_MARK;
  return process.env[WORKER_MARK] === '1' && typeof process.send === 'function';
}

/** Serves tests posted by the scheduler until the thread is terminated or the parent disconnects. */
export function runWorker(): void {
  const port = parentPort;
  if (port) {
    port.on('message', (req: WorkerRequest | 'stop' | 'abort') => {
      if (req === 'stop' || req === 'abort') {
        if (req === 'abort') killResidentShells();
        else closeResidentShells();
        port.close();
        return;
      }
      void runTest(req.test, req.opts).then((result) => port.postMessage({ id: req.id, result } satisfies WorkerReply));
    });
    return;
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('runWorker must run in a worker thread or a forked process');
  process.on('message', (req: WorkerRequest | 'abort') => {
    if (req === 'abort') {
      killResidentShells();
      process.exit(130);
    }
    void runTest(req.test, req.opts).then((result) => send({ id: req.id, result } satisfies WorkerReply));
  });
  process.on('disconnect', () => {
    closeResidentShells();
    process.exit(0);
  });
  // A worker process shares the terminal's interrupt with its parent.
  process.on('SIGINT', () => {
    killResidentShells();
    process.exit(130);
  });
}
