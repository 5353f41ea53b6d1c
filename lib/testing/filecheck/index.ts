// dlc's FileCheck: run LLVM FileCheck's algorithm in-process. `runFileCheck` is what the
// dlc-filecheck CLI, dlc-lit and unit tests call; it never throws for bad input and never
// prints: the exit code (0 pass, 1 failed check, 2 bad check file or input) and the exact
// stderr text FileCheck would write come back as values.
import { readFileSync } from 'node:fs';
import { readCheckFile, canonicalize } from './check-file.js';
import { dumpAnnotatedInput, DUMP_INPUT_HELP, type LocLabel } from './dump-input.js';
import { checkInput } from './engine.js';
import { DEFAULT_OPTIONS, parseArgs, splitEnvOptions, USAGE, type FileCheckOptions } from './options.js';
import { FatalExit, InputText } from './pattern.js';
import { Reporter } from './reporter.js';
import { SourceBuffer } from './source.js';
import { PatternContext } from './variables.js';

export { parseArgs, splitEnvOptions, USAGE, DEFAULT_OPTIONS, type FileCheckOptions, type ParsedArgs, type DumpInputMode } from './options.js';
export type { DumpFilter } from './dump-input.js';

/** The outcome of a run: exit code and the text for stdout and stderr. */
export interface FileCheckResult {
  readonly exitCode: 0 | 1 | 2;
  /** Diagnostics as UTF-8 text. */
  readonly stderr: string;
  /** The same diagnostics byte for byte (input bytes are echoed unchanged). */
  readonly stderrBytes: Uint8Array;
  readonly stdout: string;
}

const DEFAULT_CHECK_PREFIXES = ['CHECK'];
const DEFAULT_COMMENT_PREFIXES = ['COM', 'RUN'];

/** Bytes as a one-code-unit-per-byte string (see source.ts). */
function toByteString(data: string | Uint8Array): string {
  return Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('latin1');
}

function result(exitCode: 0 | 1 | 2, bytes: string, stdout = ''): FileCheckResult {
  const raw = Buffer.from(bytes, 'latin1');
  return { exitCode, stderr: raw.toString('utf8'), stderrBytes: new Uint8Array(raw), stdout };
}

function readBytes(path: string): string | { error: string } {
  try {
    return readFileSync(path === '-' ? 0 : path).toString('latin1');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied' : code === 'EISDIR' ? 'Is a directory' : (e as Error).message;
    return { error: reason };
  }
}

function validatePrefixes(kind: string, seen: Set<string>, prefixes: readonly string[]): string | undefined {
  for (const p of prefixes) {
    if (p === '') return `error: supplied ${kind} prefix must not be the empty string\n`;
    if (!/^[a-zA-Z0-9_-]*$/.test(p))
      return `error: supplied ${kind} prefix must start with a letter and contain only alphanumeric characters, hyphens, and underscores: '${p}'\n`;
    if (seen.has(p)) return `error: supplied ${kind} prefix must be unique among check and comment prefixes: '${p}'\n`;
    seen.add(p);
  }
  return undefined;
}

/**
 * Runs FileCheck from a command line (without the program name), as the dlc-filecheck CLI
 * does: FILECHECK_OPTS from `env` first, then `args`; `stdin` is the input when no
 * --input-file is given (read from the process's stdin when absent).
 */
export function runFileCheckCommand(args: readonly string[], stdin?: string | Uint8Array, env: Readonly<Record<string, string | undefined>> = process.env): FileCheckResult {
  const fromEnv = env.FILECHECK_OPTS;
  const parsed = parseArgs([...(fromEnv ? splitEnvOptions(fromEnv) : []), ...args]);
  if (!parsed.ok) return result(parsed.exitCode as 1 | 2, toByteString(parsed.stderr));
  if (parsed.help) return result(0, '', USAGE);
  const o = parsed.options;
  const useStdin = stdin !== undefined && (o.inputFile ?? '-') === '-';
  return runFileCheck({ ...o, ...(useStdin ? { input: stdin } : {}), commandLine: ['dlc-filecheck', ...args] });
}

/** Runs FileCheck on the given check file and input. */
export function runFileCheck(options: FileCheckOptions): FileCheckResult {
  try {
    return run(options);
  } catch (e) {
    if (e instanceof FatalExit) return result(e.code as 1 | 2, e.text);
    throw e;
  }
}

function run(o: FileCheckOptions): FileCheckResult {
  const dumpInput = o.dumpInput ?? DEFAULT_OPTIONS.dumpInput;
  if (dumpInput === 'help') return result(0, '', DUMP_INPUT_HELP);
  if (!o.checkFile && o.checkText === undefined) return result(2, '<check-file> not specified\n');
  // Everything user-given that is printed or matched joins the byte-string world (UTF-8 bytes).
  const checkName = toByteString(o.checkFile);
  const defines = (o.defines ?? []).map(toByteString);
  let defineErrors = '';
  for (const d of defines) {
    const eq = d.indexOf('=');
    if (eq === -1) defineErrors += `Missing equal sign in command-line definition '-D${d}'\n`;
    else if (eq === 0) defineErrors += `Missing variable name in command-line definition '-D${d}'\n`;
  }
  if (defineErrors) return result(2, defineErrors);

  const checkPrefixes = o.checkPrefixes?.length ? o.checkPrefixes : undefined;
  const commentPrefixes = o.commentPrefixes?.length ? o.commentPrefixes : undefined;
  const seen = new Set<string>([...(checkPrefixes ? [] : DEFAULT_CHECK_PREFIXES), ...(commentPrefixes ? [] : DEFAULT_COMMENT_PREFIXES)]);
  const prefixError = validatePrefixes('check', seen, checkPrefixes ?? []) ?? validatePrefixes('comment', seen, commentPrefixes ?? []);
  if (prefixError) return result(2, prefixError);

  const strict = o.strictWhitespace ?? false;
  const checkRaw = o.checkText !== undefined ? toByteString(o.checkText) : readBytes(o.checkFile);
  if (typeof checkRaw !== 'string') return result(2, `Could not open check file '${checkName}': ${checkRaw.error}\n`);
  const check = new SourceBuffer(o.checkFile === '-' ? '<stdin>' : checkName, canonicalize(checkRaw, strict));
  const ctx = new PatternContext();
  const patternOpts = { strictWhitespace: strict, matchFullLines: o.matchFullLines ?? false, ignoreCase: o.ignoreCase ?? false };
  const read = readCheckFile(check, ctx, {
    ...patternOpts,
    checkPrefixes: checkPrefixes ?? DEFAULT_CHECK_PREFIXES,
    commentPrefixes: commentPrefixes ?? DEFAULT_COMMENT_PREFIXES,
    implicitCheckNot: (o.implicitCheckNot ?? []).map(toByteString),
    defines,
    allowUnusedPrefixes: o.allowUnusedPrefixes ?? false,
    isDefaultCheckPrefix: !checkPrefixes,
  });
  if (!read.ok) return result(2, read.error);

  const inputPath = o.inputFile ?? DEFAULT_OPTIONS.inputFile;
  const inputName = inputPath === '-' ? '<stdin>' : toByteString(inputPath);
  const inputRaw = o.input !== undefined ? toByteString(o.input) : readBytes(inputPath);
  if (typeof inputRaw !== 'string') return result(2, `${read.warnings}Could not open input file '${inputName}': ${inputRaw.error}\n`);
  if (inputRaw.length === 0 && !o.allowEmpty) {
    const cmd = (o.commandLine ?? ['dlc-filecheck', o.checkFile]).map((a) => ` ${toByteString(a)}`).join('');
    return result(2, `${read.warnings}FileCheck error: '${inputName}' is empty.\nFileCheck command line: ${cmd}\n`);
  }
  const input = new SourceBuffer(inputName, canonicalize(inputRaw, strict));
  const veryVerbose = o.veryVerbose ?? false;
  const reporter = new Reporter(input, { verbose: (o.verbose ?? false) || veryVerbose, veryVerbose }, dumpInput !== 'never');
  reporter.write(read.warnings);
  const passed = checkInput(read.checks, new InputText(input.text), ctx, reporter, {
    enableVarScope: o.enableVarScope ?? false,
    allowDeprecatedDagOverlap: o.allowDeprecatedDagOverlap ?? false,
  });
  const exitCode = passed ? 0 : 1;
  if (dumpInput === 'always' || (exitCode === 1 && dumpInput === 'fail')) {
    reporter.write(`\nInput file: ${inputName}\nCheck file: ${checkName}\n\n-dump-input=help explains the following input dump.\n\n`);
    const implicitIndex = new Map(read.implicitBuffers.map((b, i) => [b, i + 1]));
    const locLabel: LocLabel = (d) => {
      const imp = implicitIndex.get(d.checkLoc.src);
      return imp !== undefined ? `imp${imp}` : String(d.checkLoc.src.lineAndColumn(d.checkLoc.start).line);
    };
    const filter = o.dumpInputFilter ?? (dumpInput === 'always' ? 'all' : 'error');
    reporter.write(dumpAnnotatedInput(input, reporter.diags ?? [], locLabel, filter, o.dumpInputContext ?? DEFAULT_OPTIONS.dumpInputContext));
  }
  return result(exitCode, reporter.text());
}
