// dlc-lit: runs lit tests. The same file is the entry of the worker threads that run them.

import { isLitWorker, litMain, runWorker } from '../../lib/testing/lit/index.js';

if (isLitWorker()) {
  runWorker();
} else {
  // A reader that stops early (`dlc-lit ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await litMain(process.argv.slice(2), { workerUrl: new URL(import.meta.url) });
}
