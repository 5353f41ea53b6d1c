// Command-line parsing for dlc-opt: mlir-opt's flag names, `--flag=value` and `-flag` spellings.

/** What dlc-opt was asked to do. */
export interface OptOptions {
  input: string;
  output: string | null;
  /** The split marker when --split-input-file is given, else null. */
  splitMarker: string | null;
  outputSplitMarker: string;
  verifyDiagnostics: boolean;
  allowUnregisteredDialect: boolean;
  printOpGeneric: boolean;
  printDebugInfo: boolean;
  noImplicitModule: boolean;
  showVersion: boolean;
  showHelp: boolean;
}

/** The defaults, as mlir-opt's. */
export const DEFAULT_OPT_OPTIONS: Readonly<OptOptions> = Object.freeze({
  input: '-',
  output: null,
  splitMarker: null,
  outputSplitMarker: '// -----',
  verifyDiagnostics: false,
  allowUnregisteredDialect: false,
  printOpGeneric: false,
  printDebugInfo: false,
  noImplicitModule: false,
  showVersion: false,
  showHelp: false,
});

/** One documented flag. */
interface FlagSpec {
  name: string;
  help: string;
  /** 'bool' flags take an optional `=true|false`; 'value' flags need a value. */
  kind: 'bool' | 'value' | 'optional-value';
  apply(o: OptOptions, value: string | undefined): void;
}

const bool = (v: string | undefined): boolean => v === undefined || v === 'true' || v === '1';

export const OPT_FLAGS: readonly FlagSpec[] = [
  { name: 'o', help: 'Output filename (written only on success)', kind: 'value', apply: (o, v) => (o.output = v!) },
  {
    name: 'split-input-file',
    help: 'Split the input into chunks at the marker (default `// -----`) and process each independently',
    kind: 'optional-value',
    apply: (o, v) => (o.splitMarker = v ?? '// -----'),
  },
  { name: 'output-split-marker', help: 'Marker placed between the outputs of split chunks', kind: 'value', apply: (o, v) => (o.outputSplitMarker = v!) },
  { name: 'verify-diagnostics', help: 'Check emitted diagnostics against expected-* comments', kind: 'bool', apply: (o, v) => (o.verifyDiagnostics = bool(v)) },
  { name: 'allow-unregistered-dialect', help: 'Allow operations of dialects that are not registered', kind: 'bool', apply: (o, v) => (o.allowUnregisteredDialect = bool(v)) },
  { name: 'mlir-print-op-generic', help: 'Print operations in the generic form', kind: 'bool', apply: (o, v) => (o.printOpGeneric = bool(v)) },
  { name: 'mlir-print-debuginfo', help: 'Print locations', kind: 'bool', apply: (o, v) => (o.printDebugInfo = bool(v)) },
  { name: 'no-implicit-module', help: 'Do not wrap top-level operations in a builtin.module', kind: 'bool', apply: (o, v) => (o.noImplicitModule = bool(v)) },
  { name: 'version', help: 'Print the version and exit', kind: 'bool', apply: (o) => (o.showVersion = true) },
  { name: 'help', help: 'Print this help and exit', kind: 'bool', apply: (o) => (o.showHelp = true) },
];

/** Parses argv (without node and script); returns options or an error message. */
export function parseOptArgs(argv: readonly string[]): OptOptions | { error: string } {
  const o: OptOptions = { ...DEFAULT_OPT_OPTIONS };
  let sawInput = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) {
      if (sawInput) return { error: `too many positional arguments: '${arg}'` };
      o.input = arg;
      sawInput = true;
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    let value = eq < 0 ? undefined : body.slice(eq + 1);
    const spec = OPT_FLAGS.find((f) => f.name === name);
    if (!spec) return { error: `Unknown command line argument '${arg}'.  Try: 'dlc-opt --help'` };
    if (spec.kind === 'value' && value === undefined) {
      if (i + 1 >= argv.length) return { error: `option '${name}' requires a value` };
      value = argv[++i];
    }
    if (spec.kind === 'bool' && value !== undefined && !['true', 'false', '1', '0'].includes(value)) {
      return { error: `'${value}' is invalid value for boolean argument! Try 0 or 1` };
    }
    spec.apply(o, value);
  }
  return o;
}

/** The --help text. */
export function optHelp(): string {
  const lines = ['OVERVIEW: dlc optimizer driver', '', 'USAGE: dlc-opt [options] <input file>', '', 'OPTIONS:'];
  for (const f of OPT_FLAGS) {
    const spelled = f.kind === 'value' ? `--${f.name}=<value>` : f.kind === 'optional-value' ? `--${f.name}[=<marker>]` : `--${f.name}`;
    lines.push(`  ${spelled.padEnd(34)} - ${f.help}`);
  }
  return `${lines.join('\n')}\n`;
}
