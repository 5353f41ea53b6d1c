// Where a run's output goes: printed messages (stderr text, in order) and, when an input dump
// is wanted, structured records of every match attempt (LLVM's FileCheckDiag) to annotate it.
import type { CheckType } from './check-type.js';
import { formatMessage, type DiagKind, type Range, type SourceBuffer } from './source.js';
import type { StrRef } from './strref.js';

/** The outcome a FileCheckDiag records. */
export type MatchType =
  | 'found-and-expected'
  | 'found-but-excluded'
  | 'found-but-wrong-line'
  | 'found-but-discarded'
  | 'found-error-note'
  | 'none-and-excluded'
  | 'none-but-expected'
  | 'none-for-invalid-pattern'
  | 'fuzzy';

/** One match attempt (or a note on one) for the input dump. */
export interface FileCheckDiag {
  readonly checkTy: CheckType;
  /** The directive's pattern location; identifies the pattern across diags. */
  readonly checkLoc: StrRef;
  matchTy: MatchType;
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly note: string;
}

/** Output verbosity of a run. */
export interface Verbosity {
  readonly verbose: boolean;
  readonly veryVerbose: boolean;
}

/** Collects the text FileCheck writes to stderr and the diags for --dump-input. */
export class Reporter {
  private readonly chunks: string[] = [];
  readonly diags: FileCheckDiag[] | undefined;

  constructor(
    readonly input: SourceBuffer,
    readonly verbosity: Verbosity,
    collectDiags: boolean,
  ) {
    this.diags = collectDiags ? [] : undefined;
  }

  write(text: string): void {
    this.chunks.push(text);
  }

  /** Prints a SourceMgr-style message at `offset` of `src`. */
  message(src: SourceBuffer, offset: number, kind: DiagKind, msg: string, ranges: readonly Range[] = []): void {
    this.chunks.push(formatMessage(src, offset, kind, msg, ranges));
  }

  /** Prints a message located in the input. */
  inputMessage(offset: number, kind: DiagKind, msg: string, ranges: readonly Range[] = []): void {
    this.message(this.input, offset, kind, msg, ranges);
  }

  /** Records a diag covering input bytes `range`. */
  addDiag(checkTy: CheckType, checkLoc: StrRef, matchTy: MatchType, range: Range, note = ''): void {
    if (!this.diags) return;
    const s = this.input.lineAndColumn(range.start);
    const e = this.input.lineAndColumn(range.end);
    this.diags.push({ checkTy, checkLoc, matchTy, startLine: s.line, startCol: s.col, endLine: e.line, endCol: e.col, note });
  }

  /** Re-labels the latest diags of the pattern at `checkLoc` (LLVM's AdjustPrevDiags). */
  retagLast(matchTy: MatchType): void {
    if (!this.diags || this.diags.length === 0) return;
    const loc = this.diags[this.diags.length - 1]!.checkLoc;
    for (let i = this.diags.length - 1; i >= 0 && sameLoc(this.diags[i]!.checkLoc, loc); i--) this.diags[i]!.matchTy = matchTy;
  }

  text(): string {
    return this.chunks.join('');
  }
}

/** Whether two pattern locations are the same point of the same buffer. */
export function sameLoc(a: StrRef, b: StrRef): boolean {
  return a.src === b.src && a.start === b.start;
}
