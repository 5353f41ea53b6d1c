// Command-line parsing for dlc-opt: mlir-opt's flag names, `--flag=value` and `-flag` spellings;
// every registered pass and pipeline is a flag too (`--canonicalize=max-iterations=5`).
import { closestNames, type OptionSpec } from '../pass/options.js';
import { lookupPassOrPipeline, registeredEntries } from '../pass/registry.js';

/** A pass or pipeline given as a flag, with its option text. */
export interface PassFlag {
  name: string;
  options: string;
}

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
  /** `--pass-pipeline`: a full textual pipeline, or null. */
  passPipeline: string | null;
  /** The passes and pipelines given as flags, in order. */
  passes: PassFlag[];
  printIrBefore: string[];
  printIrAfter: string[];
  printIrBeforeAll: boolean;
  printIrAfterAll: boolean;
  printIrAfterChange: boolean;
  printIrAfterFailure: boolean;
  printIrModuleScope: boolean;
  printIrTreeDir: string | null;
  timing: boolean;
  passStatistics: boolean;
  verifyEach: boolean;
  disableThreading: boolean;
  listPasses: boolean;
  dumpPassPipeline: boolean;
  passPlugins: string[];
  dialectPlugins: string[];
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
  passPipeline: null,
  passes: [],
  printIrBefore: [],
  printIrAfter: [],
  printIrBeforeAll: false,
  printIrAfterAll: false,
  printIrAfterChange: false,
  printIrAfterFailure: false,
  printIrModuleScope: false,
  printIrTreeDir: null,
  timing: false,
  passStatistics: false,
  verifyEach: true,
  disableThreading: false,
  listPasses: false,
  dumpPassPipeline: false,
  passPlugins: [],
  dialectPlugins: [],
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
  { name: 'pass-pipeline', help: "A textual pass pipeline, e.g. 'builtin.module(func.func(cse))'", kind: 'value', apply: (o, v) => (o.passPipeline = v!) },
  { name: 'mlir-print-ir-before', help: 'Print IR before the named passes (comma separated)', kind: 'value', apply: (o, v) => void o.printIrBefore.push(...v!.split(',')) },
  { name: 'mlir-print-ir-after', help: 'Print IR after the named passes (comma separated)', kind: 'value', apply: (o, v) => void o.printIrAfter.push(...v!.split(',')) },
  { name: 'mlir-print-ir-before-all', help: 'Print IR before each pass', kind: 'bool', apply: (o, v) => (o.printIrBeforeAll = bool(v)) },
  { name: 'mlir-print-ir-after-all', help: 'Print IR after each pass', kind: 'bool', apply: (o, v) => (o.printIrAfterAll = bool(v)) },
  { name: 'mlir-print-ir-after-change', help: 'When printing IR after a pass, only print if the IR changed', kind: 'bool', apply: (o, v) => (o.printIrAfterChange = bool(v)) },
  { name: 'mlir-print-ir-after-failure', help: 'Print IR after a pass fails', kind: 'bool', apply: (o, v) => (o.printIrAfterFailure = bool(v)) },
  { name: 'mlir-print-ir-module-scope', help: 'When printing IR, print the whole module rather than the op the pass ran on', kind: 'bool', apply: (o, v) => (o.printIrModuleScope = bool(v)) },
  { name: 'mlir-print-ir-tree-dir', help: 'Write the printed IR to a tree of files in this directory, one per pass', kind: 'value', apply: (o, v) => (o.printIrTreeDir = v!) },
  { name: 'mlir-timing', help: 'Report the wall time of each pass', kind: 'bool', apply: (o, v) => (o.timing = bool(v)) },
  { name: 'mlir-pass-statistics', help: 'Report the statistics of each pass', kind: 'bool', apply: (o, v) => (o.passStatistics = bool(v)) },
  { name: 'verify-each', help: 'Verify the IR after each pass (default true)', kind: 'bool', apply: (o, v) => (o.verifyEach = bool(v)) },
  { name: 'mlir-disable-threading', help: 'Accepted for compatibility; dlc runs passes on one thread', kind: 'bool', apply: (o, v) => (o.disableThreading = bool(v)) },
  { name: 'list-passes', help: 'List the registered passes and pipelines with their options', kind: 'bool', apply: (o) => (o.listPasses = true) },
  { name: 'dump-pass-pipeline', help: 'Print the pipeline that will run', kind: 'bool', apply: (o, v) => (o.dumpPassPipeline = bool(v)) },
  { name: 'load-pass-plugin', help: 'Load an ESM module that registers passes', kind: 'value', apply: (o, v) => void o.passPlugins.push(v!) },
  { name: 'load-dialect-plugin', help: 'Load an ESM module that registers dialects', kind: 'value', apply: (o, v) => void o.dialectPlugins.push(v!) },
  { name: 'version', help: 'Print the version and exit', kind: 'bool', apply: (o) => (o.showVersion = true) },
  { name: 'help', help: 'Print this help and exit', kind: 'bool', apply: (o) => (o.showHelp = true) },
];

/** Parses argv (without node and script); returns options or an error message. */
export function parseOptArgs(argv: readonly string[]): OptOptions | { error: string } {
  const o: OptOptions = { ...DEFAULT_OPT_OPTIONS, passes: [], printIrBefore: [], printIrAfter: [], passPlugins: [], dialectPlugins: [] };
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
    if (!spec) {
      const entry = lookupPassOrPipeline(name);
      if (entry) {
        o.passes.push({ name, options: value === undefined ? '' : soleOptionValue(entry.options, value) });
        continue;
      }
      const option = passOptionFlag(name);
      if (option) {
        if (value === undefined && option.spec.type !== 'bool') return { error: `option '${name}' requires a value` };
        const item = value === undefined ? option.option : `${option.option}=${/[\s,]/.test(value) ? `{${value}}` : value}`;
        const given = o.passes.find((p) => p.name === option.pass);
        if (given) given.options = given.options === '' ? item : `${given.options} ${item}`;
        else o.passes.push({ name: option.pass, options: item });
        continue;
      }
      const hint = closestNames(name, [...OPT_FLAGS.map((f) => f.name), ...registeredEntries().map((e) => e.name)]);
      const more = hint.length ? ` Did you mean '--${hint[0]}'?` : '';
      return { error: `Unknown command line argument '${arg}'.  Try: 'dlc-opt --help'${more}` };
    }
    if (spec.kind === 'value' && value === undefined) {
      if (i + 1 >= argv.length) return { error: `option '${name}' requires a value` };
      value = argv[++i];
    }
    if (spec.kind === 'bool' && value !== undefined && !['true', 'false', '1', '0'].includes(value)) {
      return { error: `'${value}' is invalid value for boolean argument! Try 0 or 1` };
    }
    spec.apply(o, value);
  }
  if (o.passPipeline !== null && o.passes.length) {
    return { error: `'--pass-pipeline' cannot be used with individual pass flags (--${o.passes[0].name}); write the whole pipeline in one of the two forms` };
  }
  return o;
}

/**
 * A flag's value for a pass with one option may be that option's value alone
 * (`--block-deps-dot=deps.dot` for `--block-deps-dot=file=deps.dot`), as the issue's flags spell
 * it; text with `=` or for a pass with several options is the usual option list.
 */
function soleOptionValue(options: Readonly<Record<string, OptionSpec>>, value: string): string {
  const names = Object.keys(options);
  if (names.length !== 1 || value.includes('=') || options[names[0]].type === 'bool') return value;
  return `${names[0]}=${/[\s,]/.test(value) ? `{${value}}` : value}`;
}

/**
 * `--<pass>-<option>=V` sets one option of a pass given as a flag (issue 8's
 * `--gpu-cost-report-file=F` is `--gpu-cost-report=file=F`): merged into that pass's flag when
 * it is given too, else adding the pass. The longest registered pass name wins.
 */
function passOptionFlag(name: string): { pass: string; option: string; spec: OptionSpec } | undefined {
  for (let i = name.lastIndexOf('-'); i > 0; i = name.lastIndexOf('-', i - 1)) {
    const entry = lookupPassOrPipeline(name.slice(0, i));
    const spec = entry?.options[name.slice(i + 1)];
    if (spec) return { pass: name.slice(0, i), option: name.slice(i + 1), spec };
  }
  return undefined;
}

/** The --help text: the driver's flags, then every registered pass and pipeline. */
export function optHelp(): string {
  const lines = ['OVERVIEW: dlc optimizer driver', '', 'USAGE: dlc-opt [options] <input file>', '', 'OPTIONS:'];
  for (const f of OPT_FLAGS) {
    const spelled = f.kind === 'value' ? `--${f.name}=<value>` : f.kind === 'optional-value' ? `--${f.name}[=<marker>]` : `--${f.name}`;
    lines.push(`  ${spelled.padEnd(34)} - ${f.help}`);
  }
  return `${lines.join('\n')}\n\n${passListing()}`;
}

/** The registered passes and pipelines with their options, as `--list-passes` prints them. */
export function passListing(): string {
  const lines = ['Passes and pipelines (each is also a flag; options as --name=opt=value,...):'];
  for (const e of registeredEntries()) {
    const anchor = 'anchor' in e && e.anchor !== 'any' ? ` (on ${e.anchor})` : '';
    const kind = 'kind' in e ? ' [pipeline]' : '';
    lines.push(`  --${e.name.padEnd(40)} -   ${e.summary}${anchor}${kind}`);
    for (const [name, spec] of Object.entries(e.options)) {
      const type = spec.type === 'enum' ? spec.values.join('|') : spec.type;
      lines.push(`      --${`${name}=<${type}>`.padEnd(38)} - ${spec.help} (default: ${Array.isArray(spec.default) ? spec.default.join(',') : String(spec.default)})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
