// dlc-update-checks: regenerates the CHECK lines of lit tests from their tools' current output.

import { updateChecksMain } from '../../lib/testing/update-checks/index.js';

// A reader that stops early (`--dry-run | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await updateChecksMain(process.argv.slice(2));
