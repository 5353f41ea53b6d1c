// dlc-run's command line: FILE, --entry, --input NAME=SPEC, --seed, --print.
/** How results are shown: a summary, every value, or .npy files in a directory. */
export type PrintMode = { readonly kind: 'summary' } | { readonly kind: 'full' } | { readonly kind: 'npy'; readonly dir: string };

/** Parsed dlc-run options. */
export interface RunCliOptions {
  readonly file: string;
  readonly entry: string;
  /** NAME (a position or a `dlc.name`) → `random`, `zeros` or a .npy path, in command-line order. */
  readonly inputs: readonly { readonly name: string; readonly spec: string }[];
  readonly seed: number;
  readonly print: PrintMode;
}

export const RUN_HELP = `USAGE: dlc-run FILE [options]

Runs a function of an MLIR file (- for standard input) with dlc's reference interpreter and
prints its results.

OPTIONS:
  --entry @f                   the function to run (default @main)
  --input NAME=FILE.npy        argument NAME (its position 0, 1, ... or its dlc.name) from a .npy file
  --input NAME=random|zeros    argument NAME random (the default) or zero-filled
  --seed N                     the seed of random inputs (default 0)
  --print=summary|full|npy:DIR print each result's type, shape, checksum and first values (summary),
                               all values (full), or also write DIR/result0.npy, DIR/result1.npy, ...
  --help                       show this text
`;

/** Parses `argv`; returns the options, `'help'`, or an error message. */
export function parseRunArgs(argv: readonly string[]): RunCliOptions | 'help' | { error: string } {
  let file: string | undefined;
  let entry = 'main';
  let seed = 0;
  let print: PrintMode = { kind: 'summary' };
  const inputs: { name: string; spec: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const takesValue = ['--entry', '--input', '--seed', '--print'].includes(flag);
    let value: string | undefined;
    if (takesValue) {
      value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return { error: `option '${flag}' needs a value` };
    }
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--entry':
        entry = value!.replace(/^@/, '');
        break;
      case '--seed':
        if (!/^\d+$/.test(value!)) return { error: `--seed expects a non-negative integer, got '${value}'` };
        seed = Number(value);
        break;
      case '--print': {
        const v = value!;
        if (v === 'summary' || v === 'full') print = { kind: v };
        else if (v.startsWith('npy:') && v.length > 4) print = { kind: 'npy', dir: v.slice(4) };
        else return { error: `--print expects summary, full or npy:DIR, got '${v}'` };
        break;
      }
      case '--input': {
        const at = value!.indexOf('=');
        if (at <= 0 || at === value!.length - 1) return { error: `--input expects NAME=FILE.npy, NAME=random or NAME=zeros, got '${value}'` };
        inputs.push({ name: value!.slice(0, at), spec: value!.slice(at + 1) });
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return { error: `unknown option '${arg}' (see --help)` };
        if (file !== undefined) return { error: `only one input file may be given ('${file}', '${arg}')` };
        file = arg;
    }
  }
  if (file === undefined) return { error: 'no input file (see --help)' };
  return { file, entry, inputs, seed, print };
}
