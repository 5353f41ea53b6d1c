// dlc-opt: parse, verify, transform and print MLIR text (see lib/driver/opt-main.ts).
import { readFileSync } from 'node:fs';
import { optMain } from '../../lib/driver/opt-main.js';

const code = optMain(process.argv.slice(2), {
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
