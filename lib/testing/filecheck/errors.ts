// The errors a pattern can produce while being parsed or matched, as FileCheck models them:
// a located diagnostic, an undefined variable, or a numeric overflow.
import { formatMessage, type SourceBuffer } from './source.js';
import type { StrRef } from './strref.js';

/** A diagnostic pointing at bytes [start, end) of a buffer (LLVM's ErrorDiagnostic). */
export interface LocatedError {
  readonly kind: 'located';
  readonly src: SourceBuffer;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** Use of a variable that has no value (LLVM's UndefVarError). */
export interface UndefVarError {
  readonly kind: 'undef';
  readonly name: string;
  /** Where the variable is named in the check file, when known. */
  readonly at?: StrRef;
}

/** A value that cannot be represented or computed (LLVM's OverflowError). */
export interface OverflowError {
  readonly kind: 'overflow';
}

export type PatternError = LocatedError | UndefVarError | OverflowError;

/** A failed computation: one or more errors (LLVM joins errors rather than stopping). */
export interface Failure {
  readonly errors: readonly PatternError[];
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'errors' in x;
}

/** A located failure covering the bytes of `at`. */
export function errorAt(at: StrRef, message: string): Failure {
  return { errors: [{ kind: 'located', src: at.src, start: at.start, end: at.end, message }] };
}

/** A located failure at a single point. */
export function errorAtPoint(src: SourceBuffer, offset: number, message: string): Failure {
  return { errors: [{ kind: 'located', src, start: offset, end: offset, message }] };
}

/** The text an error logs (LLVM's ErrorInfo::log). */
export function logError(e: PatternError): string {
  switch (e.kind) {
    case 'located':
      // FileCheck 22 prints these with a caret only, no `~` under the range.
      return formatMessage(e.src, e.start, 'error', e.message);
    case 'undef':
      return `undefined variable: ${e.name}`;
    case 'overflow':
      return 'overflow error';
  }
}

/** What logAllUnhandledErrors prints: each error's log followed by a newline. */
export function logAll(f: Failure): string {
  return f.errors.map((e) => `${logError(e)}\n`).join('');
}
