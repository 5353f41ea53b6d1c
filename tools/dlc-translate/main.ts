// dlc-translate: translate an MLIR file to another language (CUDA C++; see lib/target/cuda/translate-main.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { translateMain } from '../../lib/target/cuda/translate-main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = translateMain(process.argv.slice(2), {
  readFile: (path) => (path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
