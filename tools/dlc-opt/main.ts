// dlc-opt: parse, verify, transform and print MLIR text (see lib/driver/opt-main.ts).
import { readFileSync } from 'node:fs';
import { optMain } from '../../lib/driver/opt-main.js';

/**
 * process.stdout, set up on the first write: creating the stream loads Node's stream modules,
 * which a run writing to an `-o` file never needs (a tenth of a trivial run).
 */
let stdout: NodeJS.WriteStream | undefined;
function openStdout(): NodeJS.WriteStream {
  stdout = process.stdout;
  // A reader that stops early (FileCheck failing fast, `head`) closes the pipe: that is not an
  // error of ours, so leave quietly instead of dying with an EPIPE stack trace.
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return stdout;
}

const code = optMain(process.argv.slice(2), {
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => (stdout ?? openStdout()).write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
