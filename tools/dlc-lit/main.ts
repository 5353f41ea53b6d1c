// dlc-lit: runs lit tests. The same file is the entry of the worker threads that run them.

import { isLitWorker, litMain, runWorker } from '../../lib/testing/lit/index.js';

if (isLitWorker()) {
  runWorker();
} else {
  process.exitCode = await litMain(process.argv.slice(2), { workerUrl: new URL(import.meta.url) });
}
