// dlc-opt: parse, verify, transform and print MLIR text (see lib/driver/opt-main.ts).
import { readFileSync } from 'node:fs';
import { optMain } from '../../lib/driver/opt-main.js';

// A reader that stops early (FileCheck failing fast, `head`) closes the pipe: that is not an
// error of ours, so leave quietly instead of dying with an EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = optMain(process.argv.slice(2), {
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
