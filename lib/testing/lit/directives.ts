// Reads a test file's lit directives: RUN (with `\` continuation), REQUIRES, UNSUPPORTED, XFAIL, ALLOW_RETRIES, END.

import { evaluateFeatureExpr } from './bool-expr.js';

/** One RUN command after continuation lines are joined; `line` is where it starts. */
export interface RunLine {
  readonly line: number;
  readonly command: string;
}

/** Everything lit reads from a test file before running it. */
export interface TestDirectives {
  readonly run: readonly RunLine[];
  readonly requires: readonly string[];
  readonly unsupported: readonly string[];
  readonly xfail: readonly string[];
  readonly allowRetries: number;
}

const KEYWORDS = ['RUN:', 'XFAIL:', 'REQUIRES:', 'UNSUPPORTED:', 'ALLOW_RETRIES:', 'END.'] as const;
// Keywords count anywhere in a line, as lit's own regex does: the earliest one in a line wins.
const KEYWORD_RE = new RegExp(`(${KEYWORDS.map((k) => k.replace('.', '\\.')).join('|')})(.*)`);

/** Why a test cannot be run at all; lit reports it as UNRESOLVED with this message. */
export class DirectiveError extends Error {}

/** Substitutes `%(line)` and `%(line+N)` / `%(line-N)` in a RUN line, as lit does. */
function substituteLineNumbers(text: string, line: number): string {
  return text
    .replace(/%\(line\)/g, String(line))
    .replace(/%\(line *([+-]) *(\d+)\)/g, (_m, sign: string, n: string) =>
      String(sign === '+' ? line + Number(n) : line - Number(n)),
    );
}

function addBoolExprs(into: string[], text: string, keyword: string, line: number): void {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const last = into.length - 1;
  if (last >= 0 && into[last]!.endsWith('\\') && parts.length > 0) {
    into[last] = into[last]!.slice(0, -1) + parts.shift()!;
  }
  into.push(...parts);
  for (const expr of into) {
    if (expr === '*' || expr.endsWith('\\')) continue;
    try {
      evaluateFeatureExpr(expr, new Set());
    } catch (e) {
      throw new DirectiveError(`${(e as Error).message}\nin ${keyword} directive on test line ${line}`);
    }
  }
}

/**
 * Parses the directives of a test file's text. Throws DirectiveError with lit's message for
 * a test that has no RUN line, unterminated continuations or a malformed directive.
 */
export function parseDirectives(text: string): TestDirectives {
  const run: RunLine[] = [];
  const lists: Record<'REQUIRES:' | 'UNSUPPORTED:' | 'XFAIL:', string[]> = {
    'REQUIRES:': [],
    'UNSUPPORTED:': [],
    'XFAIL:': [],
  };
  const retries: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const m = KEYWORD_RE.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) continue;
    const keyword = m[1]!;
    const rest = m[2]!;
    if (keyword === 'END.') {
      if (rest.trim() === '') break;
      continue;
    }
    if (keyword === 'RUN:') {
      const command = substituteLineNumbers(rest.trimEnd(), lineNo);
      const prev = run[run.length - 1];
      if (prev && prev.command.endsWith('\\')) {
        run[run.length - 1] = { line: prev.line, command: prev.command.slice(0, -1) + command };
      } else {
        run.push({ line: lineNo, command });
      }
    } else if (keyword === 'ALLOW_RETRIES:') {
      const n = Number(rest.trim());
      if (rest.trim() === '' || !Number.isInteger(n)) {
        throw new DirectiveError(
          `INTEGER parser requires the input to be an integer (got ${rest.trim()})\nin ALLOW_RETRIES: directive on test line ${lineNo}`,
        );
      }
      retries.push(n);
    } else {
      addBoolExprs(lists[keyword as keyof typeof lists], rest, keyword, lineNo);
    }
  }
  if (run.length === 0) throw new DirectiveError("Test has no 'RUN:' line");
  if (run[run.length - 1]!.command.endsWith('\\')) {
    throw new DirectiveError("Test has unterminated 'RUN:' lines (with '\\')");
  }
  for (const [key, values] of Object.entries(lists)) {
    if (values.length > 0 && values[values.length - 1]!.endsWith('\\')) {
      throw new DirectiveError(`Test has unterminated '${key}' lines (with '\\')`);
    }
  }
  if (retries.length > 1) throw new DirectiveError('Test has more than one ALLOW_RETRIES lines');
  return {
    run,
    requires: lists['REQUIRES:'],
    unsupported: lists['UNSUPPORTED:'],
    xfail: lists['XFAIL:'],
    allowRetries: retries[0] ?? 0,
  };
}

/** The REQUIRES expressions not satisfied by the features (empty: the test may run). */
export function missingRequirements(d: TestDirectives, features: ReadonlySet<string>): string[] {
  return d.requires.filter((e) => !evaluateFeatureExpr(e, features));
}

/** The UNSUPPORTED expressions that hold for the features (non-empty: skip the test). */
export function unsupportedBy(d: TestDirectives, features: ReadonlySet<string>): string[] {
  return d.unsupported.filter((e) => evaluateFeatureExpr(e, features));
}

/** Whether the test is expected to fail: some XFAIL expression holds, or `*` is listed. */
export function isExpectedToFail(d: TestDirectives, features: ReadonlySet<string>): boolean {
  return d.xfail.some((e) => e === '*' || evaluateFeatureExpr(e, features));
}
