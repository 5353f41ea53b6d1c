// dlc-import-onnx: an ONNX model as an MLIR module of graph ops (see lib/onnx/import-main.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { importMain } from '../../lib/onnx/import-main.js';

process.exitCode = importMain(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
