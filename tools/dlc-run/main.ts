// dlc-run: run a function of an MLIR file with the reference interpreter (see lib/interp/run-main.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runMain } from '../../lib/interp/run-main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = runMain(process.argv.slice(2), {
  readFile: (path) => (path === '-' ? readFileSync(0) : readFileSync(path)),
  writeFile: (path, data) => writeFileSync(path, data),
  makeDir: (path) => mkdirSync(path, { recursive: true }),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
