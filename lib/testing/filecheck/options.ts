// FileCheck's options: the request object the library takes, its frozen defaults, and the
// command-line parser that reads them the way LLVM's cl does (one or two dashes, `=value` or
// a separate value, comma-separated prefix lists, FILECHECK_OPTS).
import type { DumpFilter } from './dump-input.js';

export type DumpInputMode = 'never' | 'fail' | 'always' | 'help';

/** Everything one FileCheck run needs. Contents given as strings are UTF-8 text. */
export interface FileCheckOptions {
  /** Check file path, also the name used in messages. */
  readonly checkFile: string;
  /** Check file contents; read from `checkFile` when absent. */
  readonly checkText?: string | Uint8Array;
  /** Input path; '-' (default) means stdin, shown as `<stdin>`. */
  readonly inputFile?: string;
  /** Input contents; read from `inputFile` (or stdin) when absent. */
  readonly input?: string | Uint8Array;
  readonly checkPrefixes?: readonly string[];
  readonly commentPrefixes?: readonly string[];
  readonly implicitCheckNot?: readonly string[];
  /** -D definitions without the `-D`: `VAR=VALUE` or `#VAR=EXPR`. */
  readonly defines?: readonly string[];
  readonly strictWhitespace?: boolean;
  readonly matchFullLines?: boolean;
  readonly ignoreCase?: boolean;
  readonly allowEmpty?: boolean;
  readonly allowUnusedPrefixes?: boolean;
  readonly enableVarScope?: boolean;
  readonly allowDeprecatedDagOverlap?: boolean;
  readonly verbose?: boolean;
  readonly veryVerbose?: boolean;
  readonly dumpInput?: DumpInputMode;
  /** Defaults to 'error' for --dump-input=fail and 'all' for always. */
  readonly dumpInputFilter?: DumpFilter;
  readonly dumpInputContext?: number;
  /** The command line, echoed when the input is empty. */
  readonly commandLine?: readonly string[];
}

/** Defaults of every boolean and list option. */
export const DEFAULT_OPTIONS = Object.freeze({
  inputFile: '-',
  dumpInput: 'fail' as DumpInputMode,
  dumpInputContext: 5,
});

/** A parsed command line, or what to print and the exit code when parsing stopped. */
export type ParsedArgs = { readonly ok: true; readonly options: FileCheckOptions; readonly help: boolean } | { readonly ok: false; readonly stderr: string; readonly exitCode: number };

type Kind = 'bool' | 'string' | 'list' | 'comma-list' | 'uint';

const OPTIONS: Readonly<Record<string, { kind: Kind; key: string }>> = {
  'input-file': { kind: 'string', key: 'inputFile' },
  'check-prefix': { kind: 'comma-list', key: 'checkPrefixes' },
  'check-prefixes': { kind: 'comma-list', key: 'checkPrefixes' },
  'comment-prefixes': { kind: 'comma-list', key: 'commentPrefixes' },
  'implicit-check-not': { kind: 'list', key: 'implicitCheckNot' },
  'strict-whitespace': { kind: 'bool', key: 'strictWhitespace' },
  'match-full-lines': { kind: 'bool', key: 'matchFullLines' },
  'ignore-case': { kind: 'bool', key: 'ignoreCase' },
  'allow-empty': { kind: 'bool', key: 'allowEmpty' },
  'allow-unused-prefixes': { kind: 'bool', key: 'allowUnusedPrefixes' },
  'enable-var-scope': { kind: 'bool', key: 'enableVarScope' },
  'allow-deprecated-dag-overlap': { kind: 'bool', key: 'allowDeprecatedDagOverlap' },
  v: { kind: 'bool', key: 'verbose' },
  vv: { kind: 'bool', key: 'veryVerbose' },
  'dump-input': { kind: 'list', key: 'dumpInput' },
  'dump-input-filter': { kind: 'list', key: 'dumpInputFilter' },
  'dump-input-context': { kind: 'uint', key: 'dumpInputContext' },
  // Accepted for compatibility; dlc-filecheck never colours its output.
  color: { kind: 'bool', key: '' },
};

const DUMP_MODES: readonly DumpInputMode[] = ['never', 'fail', 'always', 'help'];
const DUMP_FILTERS: readonly DumpFilter[] = ['error', 'annotation', 'annotation-full', 'all'];

export const USAGE = `OVERVIEW: dlc-filecheck: check that input matches the CHECK lines of a file (LLVM FileCheck semantics)

USAGE: dlc-filecheck [options] <check-file>

OPTIONS:
  --input-file <filename>        File to check (defaults to stdin)
  --check-prefix <prefix>        Alias for --check-prefixes
  --check-prefixes <p1,p2,...>   Prefixes to use from the check file (defaults to 'CHECK')
  --comment-prefixes <c1,...>    Comment prefixes (defaults to 'COM,RUN')
  --implicit-check-not <pattern> Add an implicit CHECK-NOT to every positive check
  --strict-whitespace            Do not treat all horizontal whitespace as equivalent
  --match-full-lines             Require all positive matches to cover an entire input line
  --ignore-case                  Use case-insensitive matching
  --allow-empty                  Allow the input file to be empty
  --allow-unused-prefixes        Allow prefixes to be specified but not appear in the test
  --enable-var-scope             Reset variables not starting with '$' at each CHECK-LABEL
  --allow-deprecated-dag-overlap Let matches of one CHECK-DAG group overlap
  -D<VAR=VALUE>, -D#<VAR=EXPR>   Define a string or numeric variable
  --dump-input=<never|fail|always|help>   Dump annotated input (default: fail)
  --dump-input-filter=<error|annotation|annotation-full|all>
  --dump-input-context=<N>       Context lines around filtered dump lines (default: 5)
  -v, --vv                       Print (more) match diagnostics

Options are also read from the FILECHECK_OPTS environment variable.
`;

/** Splits FILECHECK_OPTS the way LLVM tokenizes it (whitespace, quotes, backslashes). */
export function splitEnvOptions(text: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur = (cur ?? '') + text[++i];
      else cur = (cur ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur ??= '';
    } else if (c === '\\' && i + 1 < text.length) cur = (cur ?? '') + text[++i];
    else if (/\s/.test(c)) {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/** Parses FileCheck's command line (without the program name). */
export function parseArgs(args: readonly string[], program = 'dlc-filecheck'): ParsedArgs {
  const values: Record<string, unknown> = {};
  const lists: Record<string, string[]> = {};
  const positional: string[] = [];
  const fail = (msg: string): ParsedArgs => ({ ok: false, stderr: `${program}: ${msg}\n`, exitCode: 1 });
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    const body = arg.replace(/^--?/, '');
    if (body.startsWith('D')) {
      const value = body.slice(1);
      if (!value) return fail('for the -D option: requires a value!');
      (lists.defines ??= []).push(value);
      continue;
    }
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    if (name === 'help' || name === 'h') {
      help = true;
      continue;
    }
    const spec = OPTIONS[name];
    if (!spec) return fail(`Unknown command line argument '${arg}'.  Try: '${program} --help'`);
    let value: string | undefined = eq === -1 ? undefined : body.slice(eq + 1);
    if (spec.kind === 'bool') {
      let on: boolean;
      if (value === undefined || /^(true|1|TRUE|True)$/.test(value)) on = true;
      else if (/^(false|0|FALSE|False)$/.test(value)) on = false;
      else return fail(`for the --${name} option: '${value}' is invalid value for boolean argument! Try 0 or 1`);
      if (spec.key) values[spec.key] = on;
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= args.length) return fail(`for the --${name} option: requires a value!`);
      value = args[++i]!;
    }
    if (spec.kind === 'uint') {
      if (!/^[0-9]+$/.test(value)) return fail(`for the --${name} option: '${value}' value invalid for uint argument!`);
      values[spec.key] = Math.max(Number(value), (values[spec.key] as number | undefined) ?? 0);
    } else if (spec.kind === 'comma-list') {
      (lists[spec.key] ??= []).push(...value.split(','));
    } else if (spec.key === 'dumpInput' || spec.key === 'dumpInputFilter') {
      const allowed: readonly string[] = spec.key === 'dumpInput' ? DUMP_MODES : DUMP_FILTERS;
      if (!allowed.includes(value)) return fail(`for the --${name} option: Cannot find option named '${value}'!`);
      (lists[spec.key] ??= []).push(value);
    } else if (spec.kind === 'list') {
      (lists[spec.key] ??= []).push(value);
    } else {
      values[spec.key] = value;
    }
  }
  if (positional.length > 1)
    return { ok: false, stderr: `${program}: Too many positional arguments specified!\nCan specify at most 1 positional arguments: See: ${program} --help\n`, exitCode: 1 };
  // Repeated --dump-input values: the most informative wins, as in FileCheck.
  const dumpInput = lists.dumpInput?.reduce<DumpInputMode>((a, b) => (DUMP_MODES.indexOf(b as DumpInputMode) > DUMP_MODES.indexOf(a) ? (b as DumpInputMode) : a), 'never');
  const dumpInputFilter = lists.dumpInputFilter?.reduce<DumpFilter>((a, b) => (DUMP_FILTERS.indexOf(b as DumpFilter) > DUMP_FILTERS.indexOf(a) ? (b as DumpFilter) : a), 'error');
  const options: FileCheckOptions = {
    ...(values as Partial<FileCheckOptions>),
    checkFile: positional[0] ?? '',
    ...(lists.checkPrefixes ? { checkPrefixes: lists.checkPrefixes } : {}),
    ...(lists.commentPrefixes ? { commentPrefixes: lists.commentPrefixes } : {}),
    ...(lists.implicitCheckNot ? { implicitCheckNot: lists.implicitCheckNot } : {}),
    ...(lists.defines ? { defines: lists.defines } : {}),
    ...(dumpInput ? { dumpInput } : {}),
    ...(dumpInputFilter ? { dumpInputFilter } : {}),
  };
  return { ok: true, options, help };
}
