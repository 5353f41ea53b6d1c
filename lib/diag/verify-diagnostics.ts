// The --verify-diagnostics checker: `expected-*` designators in the source against emitted diagnostics.
import { MLIRContext } from '../ir/context.js';
import { FileLineColLoc, UnknownLoc, findFileLoc, type Location } from '../ir/location.js';
import { compilePosix, searchPosix, type CompiledRegex } from '../testing/filecheck/regex-match.js';
import { Diagnostic, type Severity } from './diagnostic.js';
import { utf8Length } from './source-manager.js';

/** One `expected-<kind>` designator. */
interface Expectation {
  readonly kind: Severity;
  /** The line the diagnostic must be on (`@+N` etc. applied); unused for `@unknown`. */
  line: number;
  /** Where `expected-` starts; null for `@unknown`. */
  readonly at: { line: number; column: number } | null;
  /** The text between the outer `{{` and `}}`. */
  readonly text: string;
  readonly regex: CompiledRegex | null;
  matched: boolean;
}

// MLIR's designator syntax. The line is right-trimmed first, so the `}}` must end it.
const DESIGNATOR = /expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))? *\{\{(.*)\}\}$/;

/** Options of the checker. */
export interface VerifyDiagnosticsOptions {
  /** `--verify-diagnostics=only-expected`: unexpected diagnostics are not errors. */
  readonly onlyExpected?: boolean;
}

/**
 * mlir-opt's SourceMgrDiagnosticVerifierHandler. Its results are error diagnostics to render
 * with renderDiagnostics against the same buffers; any error means the check failed.
 *
 * Use with --split-input-file, as mlir-opt 22 does: create ONE verifier for the whole input
 * file (designators are read from the whole file, and a diagnostic of any chunk may match
 * any designator), give it each chunk's diagnostics with `process` (chunks must be parsed
 * with the whole file's line numbers, so pad or offset them), print what `process` returns
 * right away, and call `finish` once after the last chunk for the designators that were never
 * matched. A failing chunk therefore does not stop the others. `checkExpectedDiagnostics` is
 * the one-shot form for a single buffer.
 */
export class DiagnosticVerifier {
  private readonly byFile = new Map<string, Expectation[]>();
  private readonly unknownLoc: Expectation[] = [];
  private readonly pending: Diagnostic[] = [];
  private failed = false;

  constructor(
    private readonly context: MLIRContext,
    private readonly options: VerifyDiagnosticsOptions = {},
  ) {}

  /** True once any check failed (bad designator, unexpected or missing diagnostic). */
  get hasFailed(): boolean {
    return this.failed;
  }

  /** Reads the designators of buffer `name`; returns the errors for malformed `-re` ones. */
  addBuffer(name: string, text: string): Diagnostic[] {
    const expectations: Expectation[] = [];
    this.byFile.set(name, expectations);
    const errors: Diagnostic[] = [];
    const lines = text.split('\n');
    let lastNonDesignatorLine = 0;
    let forNextLine: Expectation[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = DESIGNATOR.exec(lines[i].replace(/[ \t\n\v\f\r]+$/, ''));
      if (!m) {
        for (const e of forNextLine) e.line = i + 1;
        forNextLine = [];
        lastNonDesignatorLine = i;
        continue;
      }
      // Columns count bytes, as LLVM's do.
      const at = { line: i + 1, column: utf8Length(lines[i].slice(0, m.index)) + 1 };
      const body = m[5];
      let regex: CompiledRegex | null = null;
      if (m[2]) {
        const r = this.compileRegex(body);
        if (typeof r === 'string') {
          errors.push(this.errorAt(name, at, r, utf8Length(body)));
          continue;
        }
        regex = r;
      }
      const e: Expectation = { kind: m[1] as Severity, line: i + 1, at, text: body, regex, matched: false };
      const offset = m[4];
      if (offset === undefined) expectations.push(e);
      else if (offset === 'unknown') this.unknownLoc.push({ ...e, at: null });
      else if (offset === 'above') expectations.push({ ...e, line: lastNonDesignatorLine + 1 });
      else if (offset === 'below') {
        // A dangling @below (no code line after it) points past the end and never matches.
        e.line = lines.length;
        forNextLine.push(e);
        expectations.push(e);
      } else {
        const n = parseLineOffset(offset.slice(1));
        expectations.push({ ...e, line: offset[0] === '+' ? e.line + n : e.line - n });
      }
    }
    this.pending.push(...errors);
    if (errors.length) this.failed = true;
    return errors;
  }

  /** Checks `diagnostics` (each one and then each of its notes); returns the errors they cause. */
  process(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    const out = this.pending.splice(0);
    for (const d of diagnostics) {
      this.processOne(d.location, d.message, d.severity, out);
      for (const note of d.notes) this.processOne(note.location, note.message, note.severity, out);
    }
    return out;
  }

  /**
   * The errors for designators that no diagnostic matched. As in mlir-opt 22, unmatched
   * `@unknown` designators are reported twice (its handler checks once explicitly and once
   * again when destroyed).
   */
  finish(): Diagnostic[] {
    const out = this.pending.splice(0);
    const missing = (e: Expectation, name: string): void => {
      if (e.matched) return;
      const message = `expected ${e.kind} "${e.text}" was not produced`;
      out.push(e.at ? this.errorAt(name, e.at, message, utf8Length(e.text)) : this.unknownError(message));
    };
    for (const [name, list] of this.byFile) for (const e of list) missing(e, name);
    for (let round = 0; round < 2; round++) for (const e of this.unknownLoc) missing(e, '');
    this.byFile.clear();
    if (out.length) this.failed = true;
    return out;
  }

  private processOne(loc: Location, message: string, kind: Severity, out: Diagnostic[]): void {
    const fileLoc = findFileLoc(loc);
    let candidates: Expectation[];
    if (fileLoc) {
      let list = this.byFile.get(fileLoc.file);
      if (!list) this.byFile.set(fileLoc.file, (list = []));
      candidates = list;
    } else {
      candidates = this.unknownLoc;
    }
    let nearMiss: { e: Expectation; file: string } | undefined;
    for (const e of candidates) {
      if (fileLoc && fileLoc.line !== e.line) continue;
      if (!matches(e, message)) continue;
      if (e.kind === kind) {
        e.matched = true;
        return;
      }
      nearMiss = { e, file: fileLoc?.file ?? '' };
    }
    if (this.options.onlyExpected) return;
    this.failed = true;
    if (nearMiss) {
      const text = `'${kind}' diagnostic emitted when expecting a '${nearMiss.e.kind}'`;
      out.push(nearMiss.e.at ? this.errorAt(nearMiss.file, nearMiss.e.at, text, 0) : this.unknownError(text));
      return;
    }
    out.push(new Diagnostic('error', loc, `unexpected ${kind}: ${message}`));
  }

  /** Compiles the `{{regex}}` blocks of an `-re` designator around escaped literal text. */
  private compileRegex(body: string): CompiledRegex | string {
    let source = '';
    let rest = body;
    while (rest.length) {
      const open = rest.indexOf('{{');
      if (open < 0) {
        source += escapeRegex(rest);
        break;
      }
      source += escapeRegex(rest.slice(0, open));
      rest = rest.slice(open + 2);
      const close = rest.indexOf('}}');
      if (close < 0) return "found start of regex with no end '}}'";
      const part = rest.slice(0, close);
      try {
        compilePosix(part, false);
      } catch (err) {
        return `invalid regex: ${(err as Error).message}`;
      }
      source += `(${part})`;
      rest = rest.slice(close + 2);
    }
    return compilePosix(source, false);
  }

  private errorAt(file: string, at: { line: number; column: number }, message: string, underline: number): Diagnostic {
    const d = new Diagnostic('error', FileLineColLoc.get(this.context, file, at.line, at.column), message);
    d.underline = underline;
    return d;
  }

  private unknownError(message: string): Diagnostic {
    return new Diagnostic('error', UnknownLoc.get(this.context), message);
  }
}

function matches(e: Expectation, message: string): boolean {
  return e.regex ? searchPosix(e.regex, message) !== undefined : message.includes(e.text);
}

/** `N` of `@+N`/`@-N`, read like llvm's getAsInteger with radix 0 (a leading 0 means octal). */
function parseLineOffset(digits: string): number {
  if (digits.length > 1 && digits[0] === '0') return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : 0;
  return parseInt(digits, 10);
}

/** Escapes POSIX ERE metacharacters, as llvm::Regex::escape. */
function escapeRegex(text: string): string {
  return text.replace(/[()^$|*+?.[\]\\{}]/g, '\\$&');
}

/** The result of checking one buffer's diagnostics. */
export interface ExpectedDiagnosticsResult {
  readonly ok: boolean;
  /** Errors to render (with the buffer as source), in the order mlir-opt prints them. */
  readonly errors: Diagnostic[];
}

/**
 * Checks the diagnostics emitted for `source` (named `filename`, as its locations name it)
 * against its designators, in one go. For a file split into chunks prefer one
 * DiagnosticVerifier for the whole file (see there).
 */
export function checkExpectedDiagnostics(
  source: string,
  filename: string,
  diagnostics: readonly Diagnostic[],
  options: VerifyDiagnosticsOptions & { context?: MLIRContext } = {},
): ExpectedDiagnosticsResult {
  const verifier = new DiagnosticVerifier(options.context ?? diagnostics[0]?.location.context ?? new MLIRContext(), options);
  verifier.addBuffer(filename, source);
  const errors = [...verifier.process(diagnostics), ...verifier.finish()];
  return { ok: !verifier.hasFailed, errors };
}

