// The matching engine (LLVM's FileCheck::checkInput): CHECK-LABEL partitions the input first;
// within each region the directives match in order, each after its CHECK-DAG group, with
// CHECK-NOT ranges checked between matches and CHECK-NEXT/-SAME/-EMPTY line rules applied.
// Matching never goes back: each directive starts where the previous one ended.
import type { CheckString, DagNotCheck } from './check-file.js';
import { isFailure } from './errors.js';
import { printMatch, printNoMatch, type Attempt } from './match-report.js';
import type { InputText, Match, Pattern } from './pattern.js';
import type { Reporter } from './reporter.js';
import type { StrRef } from './strref.js';
import type { PatternContext } from './variables.js';

/** Engine switches (the matching-related part of the request). */
export interface EngineOptions {
  readonly enableVarScope: boolean;
  readonly allowDeprecatedDagOverlap: boolean;
}

const NPOS = -1;

class Engine {
  constructor(
    private readonly input: InputText,
    private readonly r: Reporter,
    private readonly opts: EngineOptions,
  ) {}

  /** Matches `pat` in [start, end) and reports; returns the match or undefined after reporting. */
  private matchAndReport(expected: boolean, pat: Pattern, prefix: string, loc: StrRef, count: number, start: number, end: number): Match | undefined {
    const res = pat.match(this.input, start, end);
    const a: Attempt = { pat, prefix, loc, matchedCount: count, bufStart: start, bufEnd: end };
    if (res && !isFailure(res)) {
      return printMatch(this.r, expected, a, res) ? undefined : res;
    }
    printNoMatch(this.r, expected, a, res ? res.errors : []);
    return undefined;
  }

  /** LLVM's FileCheckString::Check over [start, end); returns absolute first match or NPOS. */
  check(cs: CheckString, start: number, end: number, labelScan: boolean): { pos: number; len: number } {
    let lastPos = start;
    const notStrings: DagNotCheck[] = [];
    if (!labelScan) {
      lastPos = this.checkDag(cs, start, end, notStrings);
      if (lastPos === NPOS) return { pos: NPOS, len: 0 };
    }
    let lastMatchEnd = lastPos;
    let firstMatchPos = start;
    for (let i = 1; i <= cs.pat.count; i++) {
      const m = this.matchAndReport(true, cs.pat, cs.prefix, cs.loc, i, lastMatchEnd, end);
      if (!m) return { pos: NPOS, len: 0 };
      if (i === 1) firstMatchPos = lastMatchEnd + m.pos;
      lastMatchEnd += m.pos + m.len;
    }
    const len = lastMatchEnd - firstMatchPos;
    if (!labelScan) {
      const skippedEnd = firstMatchPos;
      const wrongLine = (): void => {
        if (this.r.verbosity.verbose) this.r.retagLast('found-but-wrong-line');
        else this.r.addDiag(cs.pat.checkTy, cs.loc, 'found-but-wrong-line', { start: firstMatchPos, end: firstMatchPos + len });
      };
      if (this.checkNext(cs, lastPos, skippedEnd) || this.checkSame(cs, lastPos, skippedEnd)) {
        wrongLine();
        return { pos: NPOS, len: 0 };
      }
      if (this.checkNot(lastPos, skippedEnd, notStrings)) return { pos: NPOS, len: 0 };
    }
    return { pos: firstMatchPos, len };
  }

  private countNewlines(start: number, end: number): { count: number; first: number } {
    const text = this.input.text;
    let count = 0;
    let first = -1;
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (c !== '\n' && c !== '\r') continue;
      count++;
      if (i + 1 < end && (text[i + 1] === '\n' || text[i + 1] === '\r') && text[i + 1] !== c) i++;
      if (count === 1) first = i + 1;
    }
    return { count, first };
  }

  private checkNext(cs: CheckString, start: number, end: number): boolean {
    const kind = cs.pat.checkTy.kind;
    if (kind !== 'next' && kind !== 'empty') return false;
    const name = `${cs.prefix}${kind === 'empty' ? '-EMPTY' : '-NEXT'}`;
    const { count, first } = this.countNewlines(start, end);
    if (count === 1) return false;
    const r = this.r;
    r.message(cs.loc.src, cs.loc.start, 'error', `${name}: ${count === 0 ? 'is on the same line as previous match' : 'is not on the line after the previous match'}`);
    r.inputMessage(end, 'note', "'next' match was here");
    r.inputMessage(start, 'note', 'previous match ended here');
    if (count !== 0) r.inputMessage(first, 'note', 'non-matching line after previous match is here');
    return true;
  }

  private checkSame(cs: CheckString, start: number, end: number): boolean {
    if (cs.pat.checkTy.kind !== 'same') return false;
    if (this.countNewlines(start, end).count === 0) return false;
    const r = this.r;
    r.message(cs.loc.src, cs.loc.start, 'error', `${cs.prefix}-SAME: is not on the same line as the previous match`);
    r.inputMessage(end, 'note', "'next' match was here");
    r.inputMessage(start, 'note', 'previous match ended here');
    return true;
  }

  private checkNot(start: number, end: number, nots: readonly DagNotCheck[]): boolean {
    let failed = false;
    for (const n of nots) {
      const loc = n.pat.loc!;
      const res = n.pat.match(this.input, start, end);
      const a: Attempt = { pat: n.pat, prefix: n.prefix, loc, matchedCount: 1, bufStart: start, bufEnd: end };
      const error = res && !isFailure(res) ? printMatch(this.r, false, a, res) : printNoMatch(this.r, false, a, res ? res.errors : []);
      if (error) failed = true;
    }
    return failed;
  }

  private checkDag(cs: CheckString, start: number, end: number, notStrings: DagNotCheck[]): number {
    const list = cs.dagNot;
    if (list.length === 0) return start;
    let startPos = start;
    // Sorted, non-overlapping ranges of this DAG group's matches.
    let ranges: { pos: number; end: number }[] = [];
    for (let idx = 0; idx < list.length; idx++) {
      const { pat, prefix } = list[idx]!;
      const loc = pat.loc!;
      if (pat.checkTy.kind === 'not') {
        notStrings.push(list[idx]!);
        continue;
      }
      let matchPos = startPos;
      let matchLen = 0;
      let mi = 0;
      for (;;) {
        const res = pat.match(this.input, matchPos, end);
        const a: Attempt = { pat, prefix, loc, matchedCount: 1, bufStart: matchPos, bufEnd: end };
        if (!res || isFailure(res) || this.r.verbosity.veryVerbose) {
          const error = res && !isFailure(res) ? printMatch(this.r, true, a, res) : printNoMatch(this.r, true, a, res ? res.errors : []);
          if (error || !res || isFailure(res)) return NPOS;
        }
        matchLen = res.len;
        matchPos += res.pos;
        const m = { pos: matchPos, end: matchPos + matchLen };
        if (this.opts.allowDeprecatedDagOverlap) {
          if (ranges.length === 0) ranges.push(m);
          else {
            ranges[0] = { pos: Math.min(ranges[0]!.pos, m.pos), end: Math.max(ranges[0]!.end, m.end) };
          }
          break;
        }
        let overlap = false;
        for (; mi < ranges.length; mi++) {
          if (m.pos < ranges[mi]!.end) {
            overlap = ranges[mi]!.pos < m.end;
            break;
          }
        }
        if (!overlap) {
          ranges.splice(mi, 0, m);
          break;
        }
        if (this.r.verbosity.veryVerbose) {
          if (!this.r.diags) {
            const old = ranges[mi]!;
            this.r.inputMessage(old.pos, 'note', 'match discarded, overlaps earlier DAG match here', [{ start: old.pos, end: old.end }]);
          } else {
            this.r.retagLast('found-but-discarded');
          }
        }
        matchPos = ranges[mi]!.end;
      }
      if (!this.r.verbosity.veryVerbose) {
        printMatch(this.r, true, { pat, prefix, loc, matchedCount: 1, bufStart: startPos, bufEnd: end }, { pos: matchPos - startPos, len: matchLen });
      }
      const next = list[idx + 1];
      if (!next || next.pat.checkTy.kind === 'not') {
        if (notStrings.length > 0) {
          if (this.checkNot(startPos, ranges[0]!.pos, notStrings)) return NPOS;
          notStrings.length = 0;
        }
        startPos = ranges[ranges.length - 1]!.end;
        ranges = [];
      }
    }
    return startPos;
  }

  /** Runs every check over the input; true when all passed. */
  run(checks: readonly CheckString[], ctx: PatternContext): boolean {
    let failed = false;
    let buffer = 0;
    const end = this.input.text.length;
    let i = 0;
    let j = 0;
    for (;;) {
      let regionStart: number;
      let regionEnd: number;
      if (j === checks.length) {
        regionStart = buffer;
        regionEnd = end;
      } else {
        const label = checks[j]!;
        if (label.pat.checkTy.kind !== 'label') {
          j++;
          continue;
        }
        const m = this.check(label, buffer, end, true);
        if (m.pos === NPOS) return false;
        regionStart = buffer;
        regionEnd = m.pos + m.len;
        buffer = regionEnd;
        j++;
      }
      if (i !== 0 && this.opts.enableVarScope) ctx.clearLocalVars();
      for (; i !== j; i++) {
        const m = this.check(checks[i]!, regionStart, regionEnd, false);
        if (m.pos === NPOS) {
          failed = true;
          i = j;
          break;
        }
        regionStart = m.pos + m.len;
      }
      if (j === checks.length) break;
    }
    return !failed;
  }
}

/** Checks the input against parsed check strings; true when every check passed. */
export function checkInput(checks: readonly CheckString[], input: InputText, ctx: PatternContext, r: Reporter, opts: EngineOptions): boolean {
  return new Engine(input, r, opts).run(checks, ctx);
}
