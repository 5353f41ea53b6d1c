// Reading a check file: finding directives by prefix (with FileCheck's word-boundary and
// suffix rules), parsing each pattern, attaching CHECK-DAG/-NOT groups and implicit
// negative checks to the next positive directive, and reporting unused prefixes.
import { checkType, type CheckKind, type CheckType } from './check-type.js';
import { defineCmdlineVariables } from './defines.js';
import { logAll } from './errors.js';
import { Pattern, type PatternOptions } from './pattern.js';
import { formatMessage, SourceBuffer } from './source.js';
import { StrRef } from './strref.js';
import type { PatternContext } from './variables.js';

/** A CHECK-DAG or CHECK-NOT waiting to be checked before the next positive directive. */
export interface DagNotCheck {
  readonly pat: Pattern;
  readonly prefix: string;
}

/** A positive directive (or the implicit EOF check) with its preceding DAG/NOT group. */
export interface CheckString {
  readonly pat: Pattern;
  readonly prefix: string;
  /** Where the pattern text starts: the location of this directive's diagnostics. */
  readonly loc: StrRef;
  readonly dagNot: readonly DagNotCheck[];
}

/** Options that affect how a check file is read. */
export interface ReadOptions extends PatternOptions {
  readonly checkPrefixes: readonly string[];
  readonly commentPrefixes: readonly string[];
  readonly implicitCheckNot: readonly string[];
  readonly defines: readonly string[];
  readonly allowUnusedPrefixes: boolean;
  readonly isDefaultCheckPrefix: boolean;
}

/** The parsed check file, or the error text FileCheck prints before exiting 2. */
export type ReadResult =
  | { readonly ok: true; readonly checks: CheckString[]; readonly implicitBuffers: SourceBuffer[]; readonly warnings: string }
  | { readonly ok: false; readonly error: string };

/** Drops '\r' before '\n' and, unless strict, folds runs of spaces and tabs to one space. */
export function canonicalize(text: string, strictWhitespace: boolean): string {
  let out = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  if (!strictWhitespace) out = out.replace(/[ \t]{2,}|\t/g, ' ');
  return out;
}

function isPartOfWord(c: string): boolean {
  const x = c.charCodeAt(0);
  return (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a) || x === 0x5f || x === 0x2d;
}

/** Finds the earliest occurrence of any prefix, preferring the longest at equal positions. */
class PrefixMatcher {
  private readonly next: { prefix: string; pos: number }[];

  constructor(
    prefixes: readonly string[],
    private readonly text: string,
  ) {
    this.next = prefixes.map((prefix) => ({ prefix, pos: text.indexOf(prefix) }));
    this.next.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  match(from: number): { prefix: string; pos: number } | undefined {
    let best: { prefix: string; pos: number } | undefined;
    for (const p of this.next) {
      if (p.pos !== -1 && p.pos < from) p.pos = this.text.indexOf(p.prefix, from);
      if (p.pos !== -1 && (!best || p.pos < best.pos)) best = { prefix: p.prefix, pos: p.pos };
    }
    return best;
  }
}

const BAD_NOT = ['DAG-NOT:', 'NOT-DAG:', 'NEXT-NOT:', 'NOT-NEXT:', 'SAME-NOT:', 'NOT-SAME:', 'EMPTY-NOT:', 'NOT-EMPTY:'];
const SUFFIXES: readonly [string, CheckKind][] = [
  ['NEXT', 'next'],
  ['SAME', 'same'],
  ['NOT', 'not'],
  ['DAG', 'dag'],
  ['LABEL', 'label'],
  ['EMPTY', 'empty'],
];

interface Found {
  readonly type: CheckType;
  /** Where parsing continues (just after the suffix), or -1 when nothing sensible follows. */
  readonly after: number;
}

/** Classifies the directive that starts with `prefix` at `at` (LLVM's FindCheckType). */
function findCheckType(text: string, at: number, prefix: string, commentPrefixes: readonly string[]): Found {
  const none: Found = { type: checkType('none'), after: -1 };
  if (text.length - at <= prefix.length) return none;
  let i = at + prefix.length;
  if (commentPrefixes.includes(prefix)) return text[i] === ':' ? { type: checkType('comment'), after: i + 1 } : none;
  const modifiers = (kind: CheckKind, count = 1): Found => {
    if (text[i] === ':') return { type: { kind, count, literal: false }, after: i + 1 };
    if (text[i] !== '{') return none;
    i++;
    let literal = false;
    do {
      while (/[ \t\n\v\f\r]/.test(text[i] ?? '')) i++;
      if (!text.startsWith('LITERAL', i)) return { type: checkType('none'), after: i };
      literal = true;
      i += 7;
      while (/[ \t\n\v\f\r]/.test(text[i] ?? '')) i++;
    } while (text[i] === ',' && ++i);
    if (!text.startsWith('}:', i)) return { type: checkType('none'), after: i };
    return { type: { kind, count, literal }, after: i + 2 };
  };
  if (text[i] === ':') return { type: checkType('plain'), after: i + 1 };
  if (text[i] === '{') return modifiers('plain');
  let misspelled = false;
  if (text[i] === '_') misspelled = true;
  else if (text[i] !== '-') return none;
  i++;
  const classify = (): Found => {
    if (text.startsWith('COUNT-', i)) {
      i += 6;
      const m = /^[0-9]+/.exec(text.slice(i, i + 32));
      if (!m) return { type: checkType('bad-count'), after: i };
      const count = Number(m[0]);
      i += m[0].length;
      if (count <= 0 || count > 0x7fffffff) return { type: checkType('bad-count'), after: i };
      if (text[i] !== ':' && text[i] !== '{') return { type: checkType('bad-count'), after: i };
      return modifiers('plain', count);
    }
    if (BAD_NOT.some((s) => text.startsWith(s, i))) return { type: checkType('bad-not'), after: i };
    for (const [word, kind] of SUFFIXES) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return modifiers(kind);
      }
    }
    return { type: checkType('none'), after: i };
  };
  const found = classify();
  if (found.type.kind !== 'none' && misspelled) return { type: checkType('misspelled'), after: found.after };
  return found;
}

/** Reads and parses a canonicalized check file (LLVM's FileCheck::readCheckFile). */
export function readCheckFile(check: SourceBuffer, ctx: PatternContext, opts: ReadOptions): ReadResult {
  const defineError = defineCmdlineVariables(opts.defines, ctx);
  if (defineError) return { ok: false, error: logAll(defineError) };

  let warnings = '';
  const implicitBuffers: SourceBuffer[] = [];
  const implicit: DagNotCheck[] = [];
  for (const p of opts.implicitCheckNot) {
    const buf = new SourceBuffer('command line', `-implicit-check-not='${p}'`);
    implicitBuffers.push(buf);
    const pat = new Pattern(checkType('not'), ctx);
    // As in FileCheck, a malformed implicit pattern is reported but does not stop the run.
    warnings += pat.parse(new StrRef(buf, 21, 21 + p.length), 'IMPLICIT-CHECK', opts) ?? '';
    implicit.push({ pat, prefix: 'IMPLICIT-CHECK' });
  }

  const text = check.text;
  const checks: CheckString[] = [];
  let dagNot: DagNotCheck[] = [...implicit];
  let lineNumber = 1;
  let lineCountedTo = 0;
  const matcher = new PrefixMatcher([...opts.checkPrefixes, ...opts.commentPrefixes], text);
  const notFound = new Set(opts.checkPrefixes);
  const distinct = notFound.size;
  let pos = 0;
  const error = (offset: number, msg: string): ReadResult => ({ ok: false, error: warnings + formatMessage(check, offset, 'error', msg) });

  for (;;) {
    let found: { prefix: string; pos: number; type: CheckType; after: number } | undefined;
    while (pos < text.length) {
      const m = matcher.match(pos);
      if (!m) break;
      const skippedEnd = m.pos;
      if (skippedEnd === pos || !isPartOfWord(text[skippedEnd - 1]!)) {
        const t = findCheckType(text, m.pos, m.prefix, opts.commentPrefixes);
        if (t.type.kind !== 'none') {
          found = { prefix: m.prefix, pos: m.pos, type: t.type, after: t.after };
          break;
        }
      }
      let end = m.pos + m.prefix.length;
      while (end < text.length && isPartOfWord(text[end]!)) end++;
      pos = end;
    }
    if (!found) break;
    for (let i = text.indexOf('\n', lineCountedTo); i !== -1 && i < found.pos; i = text.indexOf('\n', i + 1)) lineNumber++;
    lineCountedTo = found.pos;
    const { prefix, type } = found;
    if (type.kind !== 'comment') notFound.delete(prefix);
    let rest = found.after === -1 ? found.pos + prefix.length : found.after;
    if (type.kind === 'misspelled') return error(found.pos, `misspelled directive '${text.slice(found.pos, found.after)}'`);
    if (type.kind === 'bad-not') return error(rest, `unsupported -NOT combo on prefix '${prefix}'`);
    if (type.kind === 'bad-count') return error(rest, `invalid count in -COUNT specification on prefix '${prefix}'`);
    if (!(opts.strictWhitespace && opts.matchFullLines)) while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
    let eol = rest;
    while (eol < text.length && text[eol] !== '\n' && text[eol] !== '\r') eol++;
    const patternRef = new StrRef(check, rest, eol);
    pos = eol;
    if (type.kind === 'comment') continue;

    const pat = new Pattern(type, ctx, lineNumber);
    const parseError = pat.parse(patternRef, prefix, opts);
    if (parseError !== undefined) return { ok: false, error: warnings + parseError };
    if (type.kind === 'label' && pat.hasVariable()) return error(found.pos, `found '${prefix}-LABEL:' with variable definition or use`);
    if ((type.kind === 'next' || type.kind === 'same' || type.kind === 'empty') && checks.length === 0) {
      const name = type.kind === 'next' ? 'NEXT' : type.kind === 'empty' ? 'EMPTY' : 'SAME';
      return error(found.pos, `found '${prefix}-${name}' without previous '${prefix}: line`);
    }
    if (type.kind === 'dag' || type.kind === 'not') {
      dagNot.push({ pat, prefix });
      continue;
    }
    checks.push({ pat, prefix, loc: patternRef, dagNot });
    dagNot = [...implicit];
  }

  const noPrefixesFound = notFound.size === distinct;
  const unexpectedlyUnused = !opts.allowUnusedPrefixes && notFound.size > 0;
  if ((noPrefixesFound || unexpectedlyUnused) && (implicit.length === 0 || !opts.isDefaultCheckPrefix)) {
    const missing = [...notFound].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((p) => `'${p}:'`);
    return { ok: false, error: `${warnings}error: no check strings found with prefix${missing.length > 1 ? 'es ' : ' '}${missing.join(', ')}\n` };
  }
  if (dagNot.length > 0) {
    const eofPat = new Pattern(checkType('eof'), ctx, lineNumber + 1);
    checks.push({ pat: eofPat, prefix: opts.checkPrefixes[0]!, loc: new StrRef(check, pos, pos), dagNot });
  }
  return { ok: true, checks, implicitBuffers, warnings };
}
