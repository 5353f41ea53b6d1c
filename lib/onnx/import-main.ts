// What dlc-import-onnx does, as a library: read the model, import it, print the module to -o or stdout.
import { dirname, resolve } from 'node:path';
import { createContext } from '../../dialects/registry.js';
import { fileResources } from '../parse/index.js';
import { printOperation } from '../print/index.js';
import { importOnnx } from './import.js';
import { DEFAULT_RESOURCE_THRESHOLD } from './weights.js';

/** Where dlc-import-onnx reads and writes; the CLI passes the file system and the process's streams. */
export interface ImportIO {
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The command line's usage text. */
export const IMPORT_HELP = `usage: dlc-import-onnx MODEL.onnx [-o OUT.mlir] [--shape NAME=DxDx...]... [--bind NAME=V,...]...

Imports an ONNX model (opsets 7 to 21) as \`func.func @main\` of graph ops. Inputs and results
keep their ONNX names as \`dlc.name\` attributes. Every problem in the model is reported, and
nothing is written unless the whole import succeeds.

  -o FILE            write the module to FILE (default: standard output)
  --shape NAME=DIMS  static dims (like 1x128) for an input with symbolic dims
  --bind NAME=V,...  fix an input to constant values (it is no argument then; an If on it folds)
  --resource-threshold=N
                     constants of more than N elements (default ${DEFAULT_RESOURCE_THRESHOLD}) are written as
                     \`dense_resource\` blobs in the file's resource section, not inline
  --inline-weights   write every constant inline as \`dense<...>\`
`;

interface Options {
  file: string;
  output?: string;
  shapes: Map<string, number[]>;
  bindings: Map<string, number[]>;
  /** undefined: every constant inline (--inline-weights). */
  resourceThreshold?: number;
}

function parseArgs(argv: readonly string[]): Options | 'help' | { error: string } {
  const shapes = new Map<string, number[]>();
  const bindings = new Map<string, number[]>();
  let file: string | undefined;
  let output: string | undefined;
  let resourceThreshold: number | undefined = DEFAULT_RESOURCE_THRESHOLD;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => (a.includes('=') && a.startsWith('--') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-o') {
      output = argv[++i];
      if (output === undefined) return { error: "'-o' needs a file name" };
    } else if (a === '--shape' || a.startsWith('--shape=')) {
      const spec = value() ?? '';
      const m = /^(.+)=(\d+(?:x\d+)*)?$/.exec(spec);
      if (!m) return { error: `bad --shape '${spec}' (expected NAME=DxD..., like input=1x128)` };
      shapes.set(m[1], m[2] ? m[2].split('x').map(Number) : []);
    } else if (a === '--bind' || a.startsWith('--bind=')) {
      const spec = value() ?? '';
      const m = /^(.+?)=(.+)$/.exec(spec);
      const values = m ? m[2].split(',').map(Number) : [];
      if (!m || values.some((v) => Number.isNaN(v))) return { error: `bad --bind '${spec}' (expected NAME=V or NAME=V,V,..., like sr=16000)` };
      bindings.set(m[1], values);
    } else if (a === '--resource-threshold' || a.startsWith('--resource-threshold=')) {
      const spec = value() ?? '';
      if (!/^\d+$/.test(spec)) return { error: `bad --resource-threshold '${spec}' (expected a number of elements)` };
      resourceThreshold = Number(spec);
    } else if (a === '--inline-weights') {
      resourceThreshold = undefined;
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unknown option '${a}'` };
    } else if (file === undefined) {
      file = a;
    } else {
      return { error: `unexpected argument '${a}'` };
    }
  }
  if (file === undefined) return { error: 'no model file given' };
  return { file, output, shapes, bindings, resourceThreshold };
}

/** Runs dlc-import-onnx with `argv` (without node and script); returns the exit code. Never throws. */
export function importMain(argv: readonly string[], io: ImportIO): number {
  const o = parseArgs(argv);
  if (o === 'help') {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if ('error' in o) {
    io.stderr(`dlc-import-onnx: error: ${o.error}\n`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(o.file);
  } catch (e) {
    io.stderr(`dlc-import-onnx: error: cannot read '${o.file}': ${(e as Error).message}\n`);
    return 1;
  }
  const base = dirname(o.file);
  const readExternal = (location: string, offset: number, length: number | undefined): Uint8Array => {
    const data = io.readFile(resolve(base, location));
    const end = length === undefined ? data.length : offset + length;
    if (end > data.length) throw new Error(`external data '${location}' has ${data.length} bytes, fewer than offset ${offset} + length ${length}`);
    return data.subarray(offset, end);
  };
  let result;
  try {
    result = importOnnx(createContext(), bytes, { shapes: o.shapes, bindings: o.bindings, readExternal, resourceThreshold: o.resourceThreshold });
  } catch (e) {
    io.stderr(`${o.file}: error: internal error while importing: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (!result.module) {
    io.stderr(result.problems.map((p) => `${o.file}: error: ${p}\n`).join(''));
    return 1;
  }
  const text = printOperation(result.module, { resources: fileResources.get(result.module) });
  try {
    if (o.output === undefined) io.stdout(text);
    else io.writeFile(o.output, text);
  } catch (e) {
    io.stderr(`dlc-import-onnx: error: cannot write '${o.output}': ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
