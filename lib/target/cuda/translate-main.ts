// What dlc-translate does, as a library: parse and verify an MLIR file, translate it (to CUDA C++),
// write the result to stdout or `-o FILE` (only on success), diagnostics as dlc-opt prints them.
import { createContext } from '../../../dialects/registry.js';
import { parseSourceString } from '../../parse/index.js';
import { verify } from '../../verify/index.js';
import { renderDiagnostics } from '../../diag/index.js';
import { translateToCudaFiles, type CudaFiles } from './translate.js';
import { DEFAULT_INLINE_LIMIT } from './weights.js';

/** Where dlc-translate reads and writes; the CLI passes the file system and the process's streams. */
export interface TranslateIO {
  readFile(path: string): string;
  writeFile(path: string, text: string | Uint8Array): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const TRANSLATE_HELP = `OVERVIEW: dlc translation driver

USAGE: dlc-translate --mlir-to-cuda [options] <input file>

  <input file>                  an MLIR file, or - for standard input (the default)
  --mlir-to-cuda                translate a gpu-level module to CUDA C++ (kernels, host functions, harness main)
  -o <file>                     write the output to <file> (only when the translation succeeds); dense_resource
                                blobs above the inline limit go to the side file <file without .cu>.weights
  --cuda-inline-limit=<bytes>   the largest dense_resource blob written into the .cu file (default ${DEFAULT_INLINE_LIMIT};
                                ${16} times that in all)
  --cuda-entry=<name>           the host function the harness main runs (default: @main, else the last one)
  --no-harness                  leave out the harness main
  --allow-unregistered-dialect  accept ops of unknown dialects
  --help                        show this help
`;

interface TranslateOptions {
  input: string;
  output?: string;
  translation?: 'mlir-to-cuda';
  entry?: string;
  harness: boolean;
  allowUnregistered: boolean;
  inlineLimit: number;
}

/** The side weights file written beside `output` (its name without a .cu extension, then `.weights`). */
export function weightsPath(output: string): string {
  return `${output.replace(/\.cu$/, '')}.weights`;
}

function parseArgs(argv: readonly string[]): TranslateOptions | 'help' | { error: string } {
  const o: TranslateOptions = { input: '-', harness: true, allowUnregistered: false, inlineLimit: DEFAULT_INLINE_LIMIT };
  let inputSeen = false;
  for (let i = 0; i < argv.length; i++) {
    // LLVM tools take long options with one dash too (`-mlir-to-cuda`).
    const a = /^-[a-z][\w-]+/.test(argv[i]) ? `-${argv[i]}` : argv[i];
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--mlir-to-cuda') o.translation = 'mlir-to-cuda';
    else if (a === '-o') {
      if (i + 1 >= argv.length) return { error: "missing file after '-o'" };
      o.output = argv[++i];
    }
    else if (a.startsWith('--cuda-entry=')) o.entry = a.slice('--cuda-entry='.length);
    else if (a === '--no-harness') o.harness = false;
    else if (a.startsWith('--cuda-inline-limit=')) {
      const v = a.slice('--cuda-inline-limit='.length);
      if (!/^\d+$/.test(v)) return { error: `--cuda-inline-limit takes a number of bytes, got '${v}'` };
      o.inlineLimit = Number(v);
    }
    else if (a === '--allow-unregistered-dialect') o.allowUnregistered = true;
    else if (a.startsWith('-') && a !== '-') return { error: `unknown option '${argv[i]}' (see --help)` };
    else {
      if (inputSeen) return { error: `more than one input file ('${o.input}' and '${a}')` };
      o.input = a;
      inputSeen = true;
    }
  }
  if (!o.translation) return { error: 'no translation chosen (use --mlir-to-cuda)' };
  return o;
}

/** Runs dlc-translate with `argv` (without node and script); returns the exit code. Never throws. */
export function translateMain(argv: readonly string[], io: TranslateIO): number {
  const o = parseArgs(argv);
  if (o === 'help') {
    io.stdout(TRANSLATE_HELP);
    return 0;
  }
  if ('error' in o) {
    io.stderr(`dlc-translate: error: ${o.error}\n`);
    return 1;
  }
  let source: string;
  try {
    source = io.readFile(o.input);
  } catch (e) {
    io.stderr(`dlc-translate: error: cannot read '${o.input}': ${(e as Error).message}\n`);
    return 1;
  }
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  ctx.allowUnregisteredDialects = o.allowUnregistered;
  const filename = o.input === '-' ? '<stdin>' : o.input;
  const toFile = o.output !== undefined && o.output !== '-';
  const weights = toFile ? weightsPath(o.output!) : undefined;
  const { result: files, diagnostics } = ctx.diagnostics.collect((): CudaFiles | undefined => {
    const module = parseSourceString(source, { context: ctx, filename });
    if (!module || !verify(module)) return undefined;
    return translateToCudaFiles(module, { entry: o.entry, harness: o.harness, inlineLimit: o.inlineLimit, weightsFile: weights?.replace(/^.*\//, '') });
  });
  if (diagnostics.length) io.stderr(renderDiagnostics(diagnostics, { [filename]: source }));
  if (files === undefined) return 1;
  let writing = o.output;
  try {
    if (!toFile) io.stdout(files.cuda);
    else {
      if (files.weights) io.writeFile((writing = weights!), files.weights);
      io.writeFile((writing = o.output!), files.cuda);
    }
  } catch (e) {
    io.stderr(`dlc-translate: error: cannot write '${writing}': ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
