// Reporting one match attempt as FileCheck does: `expected string not found in input` with
// `scanning from here`, substitutions (`with "X" equal to "5"`), captured variables, and the
// fuzzy `possible intended match here`; plus the matching diags for --dump-input.
import { describeCheck } from './check-type.js';
import { logError, type PatternError } from './errors.js';
import type { Match, Pattern } from './pattern.js';
import type { MatchType, Reporter } from './reporter.js';
import type { Range } from './source.js';
import type { StrRef } from './strref.js';

/** Where and against what a pattern was matched. */
export interface Attempt {
  readonly pat: Pattern;
  readonly prefix: string;
  readonly loc: StrRef;
  readonly matchedCount: number;
  /** Absolute input offsets of the searched region. */
  readonly bufStart: number;
  readonly bufEnd: number;
}

const FUZZY_WINDOW = 4096;

function printSubstitutions(r: Reporter, a: Attempt, range: Range, matchTy: MatchType, toDiags: boolean): void {
  for (const sub of a.pat.substitutions) {
    const value = a.pat.substitutionForDiagnostics(sub);
    if (value === undefined) continue;
    const msg = `with "${escapeName(sub.from.str)}" equal to ${value}`;
    if (toDiags) r.addDiag(a.pat.checkTy, a.loc, matchTy, { start: range.start, end: range.start }, msg);
    else r.inputMessage(range.start, 'note', msg);
  }
}

function escapeName(s: string): string {
  return s.replace(/[\\"\t\n]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\${c}`));
}

function printVariableDefs(r: Reporter, a: Attempt, matchTy: MatchType, toDiags: boolean): void {
  const captures: { name: string; range: Range }[] = [];
  for (const name of a.pat.variableDefs.keys()) {
    const c = a.pat.ctx.stringVars.get(name)?.capture;
    if (c) captures.push({ name, range: c });
  }
  for (const [name, { variable }] of a.pat.numericDefs) if (variable.capture) captures.push({ name, range: variable.capture });
  captures.sort((x, y) => x.range.start - y.range.start);
  for (const c of captures) {
    const msg = `captured var "${c.name}"`;
    if (toDiags) r.addDiag(a.pat.checkTy, a.loc, matchTy, c.range, msg);
    else r.inputMessage(c.range.start, 'note', msg, [c.range]);
  }
}

/** Reports a match; returns true when it is an error (an excluded pattern was found). */
export function printMatch(r: Reporter, expected: boolean, a: Attempt, m: Match): boolean {
  const hasError = !expected;
  let printDiag = true;
  if (!hasError) {
    if (!r.verbosity.verbose) return false;
    if (!r.verbosity.veryVerbose && a.pat.checkTy.kind === 'eof') return false;
    printDiag = !r.diags;
  }
  const matchTy: MatchType = expected ? 'found-and-expected' : 'found-but-excluded';
  const range = { start: a.bufStart + m.pos, end: a.bufStart + m.pos + m.len };
  r.addDiag(a.pat.checkTy, a.loc, matchTy, range);
  if (r.diags) {
    printSubstitutions(r, a, range, matchTy, true);
    printVariableDefs(r, a, matchTy, true);
  }
  if (!printDiag) return hasError;
  let msg = `${describeCheck(a.pat.checkTy, a.prefix)}: ${expected ? 'expected' : 'excluded'} string found in input`;
  if (a.pat.count > 1) msg += ` (${a.matchedCount} out of ${a.pat.count})`;
  r.message(a.loc.src, a.loc.start, expected ? 'remark' : 'error', msg);
  r.inputMessage(range.start, 'note', 'found here', [range]);
  printSubstitutions(r, a, range, matchTy, false);
  printVariableDefs(r, a, matchTy, false);
  return hasError;
}

/** Reports a failed match; returns true when it is an error. */
export function printNoMatch(r: Reporter, expected: boolean, a: Attempt, errors: readonly PatternError[]): boolean {
  let hasError = expected;
  const hasPatternError = errors.length > 0;
  let matchTy: MatchType = expected ? 'none-but-expected' : 'none-and-excluded';
  const messages: string[] = [];
  for (const e of errors) {
    hasError = true;
    matchTy = 'none-for-invalid-pattern';
    r.write(logError(e));
    if (r.diags) messages.push(e.kind === 'located' ? e.message : logError(e));
  }
  let printDiag = true;
  if (!hasError) {
    if (!r.verbosity.veryVerbose) return false;
    printDiag = !r.diags;
  }
  const search = { start: a.bufStart, end: a.bufEnd };
  r.addDiag(a.pat.checkTy, a.loc, matchTy, search);
  if (r.diags) {
    for (const msg of messages) r.addDiag(a.pat.checkTy, a.loc, matchTy, { start: search.start, end: search.start }, msg);
    printSubstitutions(r, a, search, matchTy, true);
  }
  if (!printDiag) return hasError;
  if (!hasPatternError) {
    let msg = `${describeCheck(a.pat.checkTy, a.prefix)}: ${expected ? 'expected' : 'excluded'} string not found in input`;
    if (a.pat.count > 1) msg += ` (${a.matchedCount} out of ${a.pat.count})`;
    r.message(a.loc.src, a.loc.start, expected ? 'error' : 'remark', msg);
    r.inputMessage(search.start, 'note', 'scanning from here');
  }
  printSubstitutions(r, a, search, matchTy, false);
  if (expected) printFuzzyMatch(r, a);
  return hasError;
}

/** Points at the input position that looks most like the pattern, if any is close enough. */
function printFuzzyMatch(r: Reporter, a: Attempt): void {
  const text = r.input.text;
  const size = a.bufEnd - a.bufStart;
  const patLen = Math.max(a.pat.fixedStr.length, a.pat.regExStr.length);
  if (FUZZY_WINDOW * 2048 < Math.min(FUZZY_WINDOW, size) * patLen) return;
  let linesForward = 0;
  let best = -1;
  let bestQuality = 0;
  const limit = Math.min(FUZZY_WINDOW, size);
  for (let i = 0; i < limit; i++) {
    const c = text[a.bufStart + i];
    if (c === '\n') linesForward++;
    if (c === ' ' || c === '\t') continue;
    const distance = a.pat.matchDistance(text.slice(a.bufStart + i, a.bufEnd));
    const quality = distance + linesForward / 100;
    if (quality < bestQuality || best === -1) {
      best = i;
      bestQuality = quality;
    }
  }
  if (best > 0 && bestQuality < 50) {
    const at = a.bufStart + best;
    r.addDiag(a.pat.checkTy, a.loc, 'fuzzy', { start: at, end: at });
    r.inputMessage(at, 'note', 'possible intended match here');
  }
}
