// The worker-thread side of the scheduler: runs the tests posted to it, one at a time.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runTest } from './run-test.js';
import { WORKER_MARK, type WorkerReply, type WorkerRequest } from './scheduler.js';

/** Whether this thread is a lit worker (an entry module then calls runWorker instead of main). */
export function isLitWorker(): boolean {
  return !isMainThread && workerData === WORKER_MARK;
}

/** Serves tests posted by the scheduler until the thread is terminated. */
export function runWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runWorker must run in a worker thread');
  port.on('message', (req: WorkerRequest) => {
    void runTest(req.test, req.opts).then((result) => port.postMessage({ id: req.id, result } satisfies WorkerReply));
  });
}
