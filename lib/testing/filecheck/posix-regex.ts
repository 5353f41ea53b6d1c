// Translation of POSIX extended regular expressions, as LLVM's Regex (Henry Spencer's
// engine with REG_EXTENDED | REG_NEWLINE) reads them, into JavaScript RegExp source.
//
// The translation is a parser, not a textual rewrite, so that every construct gets its
// POSIX meaning: `\d` is the letter d, a backslash inside brackets is a backslash,
// `[[:alpha:]]` is a class, `.` and negated brackets never match a newline, `^`/`$` match at
// line boundaries and at the ends of the searched region, and errors carry regerror()'s
// wording. Bracket expressions are compiled to explicit byte sets, which also gives exact
// ASCII-only case folding for --ignore-case. Leftmost-longest matching is not expressible in
// a JS regex; `ambiguous` tells the matcher when it has to search for a longer match.
// docs/design/filecheck-regex.md lists what remains different.

import { byteClass, CLASSES, COLLATING_NAMES, isAlpha, isDigit, literal, ORDINARY, otherCase } from './posix-charsets.js';

/** regerror() texts of LLVM's regcomp, used verbatim in `invalid regex:` diagnostics. */
export const REG_ERRORS = {
  ECOLLATE: 'invalid collating element',
  ECTYPE: 'invalid character class',
  EESCAPE: 'trailing backslash (\\)',
  ESUBREG: 'invalid backreference number',
  EBRACK: 'brackets ([ ]) not balanced',
  EPAREN: 'parentheses not balanced',
  EBRACE: 'braces not balanced',
  BADBR: 'invalid repetition count(s)',
  ERANGE: 'invalid character range',
  BADRPT: 'repetition-operator operand invalid',
  EMPTY: 'empty (sub)expression',
} as const;

/** A malformed regex, with the regerror() text as message. */
export class PosixRegexError extends Error {}

/** The result of translating one POSIX ERE. */
export interface TranslatedRegex {
  /** JavaScript source, to be compiled without the i, m, s or u flags. */
  readonly source: string;
  /** Number of capture groups, equal to POSIX re_nsub. */
  readonly groups: number;
  /** True when JS's leftmost-first choice may end earlier than POSIX's longest match. */
  readonly ambiguous: boolean;
  /**
   * The regex as a flat sequence in the order POSIX assigns match extents (see FlatItem),
   * or undefined when its top level is an alternation.
   */
  readonly flat: readonly FlatItem[] | undefined;
  /** Whether the regex uses back-references. */
  readonly backrefs: boolean;
}

/**
 * A step of the regex with unquantified groups opened up, as Spencer's engine walks it when it
 * assigns submatches: each piece takes the longest extent that lets the rest match.
 * `firstGroup`/`groups` number the capture groups inside a piece (POSIX numbering).
 */
export type FlatItem =
  | { readonly kind: 'piece'; readonly source: string; readonly firstGroup: number; readonly groups: number; readonly width?: number }
  | { readonly kind: 'open'; readonly group: number }
  | { readonly kind: 'close'; readonly group: number };

const DUP_MAX = 255;
const WORD = '[0-9A-Z_a-z]';

const BRACKETS = new Map<string, string>();

/** Appends `item`, merging runs of fixed-width, group-free pieces into one step. */
function pushMerged(flat: FlatItem[], item: FlatItem): void {
  const last = flat[flat.length - 1];
  if (item.kind === 'piece' && item.width !== undefined && item.groups === 0 && last?.kind === 'piece' && last.width !== undefined && last.groups === 0) {
    flat[flat.length - 1] = { kind: 'piece', source: last.source + item.source, firstGroup: last.firstGroup, groups: 0, width: last.width + item.width };
    return;
  }
  flat.push(item);
}

/**
 * Whether every alternative is literal text and none is a prefix of another: then at most one
 * alternative can match at a position and JS's first choice is POSIX's longest.
 */
function prefixFreeLiterals(literals: readonly (string | undefined)[], ignoreCase: boolean): boolean {
  const texts: string[] = [];
  for (const l of literals) {
    if (l === undefined) return false;
    texts.push(ignoreCase ? l.toLowerCase() : l);
  }
  return texts.every((a, i) => texts.every((b, j) => i === j || !b.startsWith(a)));
}

class Parser {
  private pos = 0;
  private groups = 0;
  private readonly closedGroups = new Set<number>();
  ambiguous = false;
  backrefs = false;

  constructor(
    private readonly re: string,
    private readonly ignoreCase: boolean,
  ) {}

  private more(): boolean {
    return this.pos < this.re.length;
  }

  private peek(offset = 0): number {
    return this.re.charCodeAt(this.pos + offset);
  }

  private fail(code: keyof typeof REG_ERRORS): never {
    throw new PosixRegexError(REG_ERRORS[code]);
  }

  translate(): TranslatedRegex {
    const { source, flat } = this.ere(-1);
    return { source, groups: this.groups, ambiguous: this.ambiguous, flat, backrefs: this.backrefs };
  }

  /** branch ('|' branch)*, stopping before `stop` (a char code, or -1 for end of input). */
  private ere(stop: number): { source: string; flat: FlatItem[] | undefined } {
    const branches: string[] = [];
    // Each branch's bytes when it is plain literal text, for the alternation check below.
    const literals: (string | undefined)[] = [];
    const flat: FlatItem[] = [];
    for (;;) {
      let branch = '';
      let lit: string | undefined = '';
      const start = this.pos;
      while (this.more() && this.peek() !== 0x7c && this.peek() !== stop) {
        const run = this.literalRun();
        if (run) {
          if (lit !== undefined) lit += run.bytes;
          pushMerged(flat, { kind: 'piece', source: run.source, firstGroup: this.groups + 1, groups: 0, width: run.bytes.length });
          branch += run.source;
          continue;
        }
        const piece = this.piece();
        lit = lit !== undefined && piece.lit !== undefined ? lit + String.fromCharCode(piece.lit) : undefined;
        for (const item of piece.flat) pushMerged(flat, item);
        branch += piece.source;
      }
      if (this.pos === start) this.fail('EMPTY');
      branches.push(branch);
      literals.push(lit);
      if (!this.more() || this.peek() !== 0x7c) break;
      this.pos++;
    }
    if (branches.length > 1 && !prefixFreeLiterals(literals, this.ignoreCase)) this.ambiguous = true;
    return { source: branches.join('|'), flat: branches.length === 1 ? flat : undefined };
  }

  /**
   * Consumes a run of unquantified ordinary bytes (and `\x` escapes of them) at once: the bulk
   * of FileCheck regexes is escaped literal text, and one step per byte would be slow.
   */
  private literalRun(): { source: string; bytes: string } | undefined {
    const re = this.re;
    let i = this.pos;
    const bytes: number[] = [];
    const ends: number[] = [];
    while (i < re.length) {
      const c = re.charCodeAt(i);
      if (c === 0x5c) {
        const e = re.charCodeAt(i + 1);
        if (i + 1 >= re.length || (e >= 0x31 && e <= 0x39)) break;
        bytes.push(e);
        i += 2;
      } else if (ORDINARY[c]) {
        bytes.push(c);
        i++;
      } else break;
      ends.push(i);
    }
    // A repetition operator binds to the last byte only: leave that byte to piece().
    const save = this.pos;
    this.pos = i;
    const quantified = this.isRepetitionAhead();
    this.pos = save;
    if (quantified) {
      bytes.pop();
      ends.pop();
    }
    if (bytes.length === 0) return undefined;
    this.pos = ends[ends.length - 1]!;
    let source = '';
    for (const b of bytes) source += literal(b, this.ignoreCase);
    return { source, bytes: String.fromCharCode(...bytes) };
  }

  private isRepetitionAhead(): boolean {
    if (!this.more()) return false;
    const c = this.peek();
    if (c === 0x2a || c === 0x2b || c === 0x3f) return true;
    return c === 0x7b && this.pos + 1 < this.re.length && isDigit(this.peek(1));
  }

  /** atom followed by at most one repetition operator; `lit` is set for a plain literal byte. */
  private piece(): { source: string; flat: FlatItem[]; lit?: number } {
    const firstGroup = this.groups + 1;
    const c = this.peek();
    this.pos++;
    let atom: string;
    let isGroup = false;
    let groupFlat: FlatItem[] | undefined;
    let isBackref = false;
    let lit: number | undefined;
    let wasCaret = false;
    switch (c) {
      case 0x28: // (
        if (!this.more()) this.fail('EPAREN');
        {
          const index = ++this.groups;
          const inner = this.more() && this.peek() === 0x29 ? { source: '', flat: [] } : this.ere(0x29);
          if (!this.more() || this.peek() !== 0x29) this.fail('EPAREN');
          this.pos++;
          this.closedGroups.add(index);
          atom = `(${inner.source})`;
          isGroup = true;
          if (inner.flat) groupFlat = [{ kind: 'open', group: index }, ...inner.flat, { kind: 'close', group: index }];
        }
        break;
      case 0x29: // ) with no open group
        this.fail('EPAREN');
      case 0x5e: // ^
        atom = '(?<![^\\n])';
        wasCaret = true;
        break;
      case 0x24: // $
        atom = '(?![^\\n])';
        break;
      case 0x7c:
        this.fail('EMPTY');
      case 0x2a:
      case 0x2b:
      case 0x3f:
        this.fail('BADRPT');
      case 0x2e: // . never matches a newline under REG_NEWLINE
        atom = '[^\\n]';
        break;
      case 0x5b:
        atom = this.bracket();
        break;
      case 0x5c: {
        if (!this.more()) this.fail('EESCAPE');
        const e = this.peek();
        this.pos++;
        if (e >= 0x31 && e <= 0x39) {
          const n = e - 0x30;
          if (!this.closedGroups.has(n)) this.fail('ESUBREG');
          atom = `\\${n}(?:)`;
          this.ambiguous = true;
          this.backrefs = true;
          isBackref = true;
        } else {
          atom = literal(e, this.ignoreCase);
          lit = e;
        }
        break;
      }
      case 0x7b: // { is ordinary unless a digit follows
        if (this.more() && isDigit(this.peek())) this.fail('BADRPT');
        atom = literal(c, this.ignoreCase);
        lit = c;
        break;
      default:
        atom = literal(c, this.ignoreCase);
        lit = c;
    }
    const whole = (source: string, width?: number): { source: string; flat: FlatItem[] } => ({
      source,
      flat: [{ kind: 'piece', source, firstGroup, groups: this.groups - firstGroup + 1, ...(width === undefined ? {} : { width }) }],
    });
    if (!this.isRepetitionAhead()) {
      if (groupFlat) return { source: atom, flat: groupFlat };
      // An unquantified atom other than a group has one possible extent: a byte, or none for anchors.
      return { ...whole(atom, isGroup || isBackref ? undefined : atom.startsWith('(?') ? 0 : 1), ...(lit === undefined ? {} : { lit }) };
    }
    const op = this.peek();
    this.pos++;
    if (wasCaret) this.fail('BADRPT');
    let quantifier: string;
    if (op === 0x7b) {
      const min = this.count();
      let max = min;
      if (this.more() && this.peek() === 0x2c) {
        this.pos++;
        if (this.more() && isDigit(this.peek())) {
          max = this.count();
          if (min > max) this.fail('BADBR');
        } else {
          max = Infinity;
        }
      }
      if (!this.more() || this.peek() !== 0x7d) {
        while (this.more() && this.peek() !== 0x7d) this.pos++;
        if (!this.more()) this.fail('EBRACE');
        this.fail('BADBR');
      }
      this.pos++;
      quantifier = max === Infinity ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`;
      if (min !== max) this.ambiguous = true;
    } else {
      quantifier = String.fromCharCode(op);
      if (op === 0x3f) this.ambiguous = true;
    }
    if (isGroup) this.ambiguous = true;
    if (this.isRepetitionAhead()) this.fail('BADRPT');
    // A lookaround cannot be quantified in JS; POSIX accepts `$*`, which matches like `$?`.
    if (atom.startsWith('(?<!') || atom.startsWith('(?!')) atom = `(?:${atom})`;
    return whole(atom + quantifier);
  }

  private count(): number {
    let n = 0;
    let digits = 0;
    while (this.more() && isDigit(this.peek()) && n <= DUP_MAX) {
      n = n * 10 + (this.peek() - 0x30);
      this.pos++;
      digits++;
    }
    if (digits === 0 || n > DUP_MAX) this.fail('BADBR');
    return n;
  }

  /** A bracket expression, after its '['. */
  private bracket(): string {
    const rest = this.re.slice(this.pos, this.pos + 6);
    if (rest === '[:<:]]') {
      this.pos += 6;
      return `(?<!${WORD})(?=${WORD})`;
    }
    if (rest === '[:>:]]') {
      this.pos += 6;
      return `(?<=${WORD})(?!${WORD})`;
    }
    // Simple brackets (no nested [:class:] forms) repeat a lot: reuse their translation.
    let simpleEnd = this.pos;
    if (this.re.charCodeAt(simpleEnd) === 0x5e) simpleEnd++;
    if (this.re.charCodeAt(simpleEnd) === 0x5d) simpleEnd++;
    simpleEnd = this.re.indexOf(']', simpleEnd);
    const key = simpleEnd !== -1 && !this.re.slice(this.pos, simpleEnd).includes('[') ? `${this.ignoreCase ? 'i' : 's'}${this.re.slice(this.pos, simpleEnd)}` : undefined;
    const cached = key === undefined ? undefined : BRACKETS.get(key);
    if (cached !== undefined) {
      this.pos = simpleEnd + 1;
      return cached;
    }
    const start = this.pos;
    const cls = this.bracketSet();
    if (key !== undefined && this.pos === simpleEnd + 1 && start < this.pos) BRACKETS.set(key, cls);
    return cls;
  }

  private bracketSet(): string {
    const set = new Uint8Array(256);
    let invert = false;
    if (this.more() && this.peek() === 0x5e) {
      invert = true;
      this.pos++;
    }
    if (this.more() && (this.peek() === 0x5d || this.peek() === 0x2d)) {
      set[this.peek()] = 1;
      this.pos++;
    }
    while (this.more() && this.peek() !== 0x5d && !(this.peek() === 0x2d && this.peek(1) === 0x5d)) this.term(set);
    if (this.more() && this.peek() === 0x2d) {
      set[0x2d] = 1;
      this.pos++;
    }
    if (!this.more() || this.peek() !== 0x5d) this.fail('EBRACK');
    this.pos++;
    if (this.ignoreCase) {
      for (let c = 0; c < 256; c++) if (set[c] && isAlpha(c)) set[otherCase(c)] = 1;
    }
    if (invert) {
      for (let c = 0; c < 256; c++) set[c] = set[c] ? 0 : 1;
      set[0x0a] = 0;
    }
    return byteClass(set);
  }

  private term(set: Uint8Array): void {
    const c = this.peek();
    if (c === 0x2d) this.fail('ERANGE');
    const next = c === 0x5b && this.pos + 1 < this.re.length ? this.peek(1) : 0;
    if (next === 0x3a) {
      this.pos += 2;
      if (!this.more()) this.fail('EBRACK');
      if (this.peek() === 0x2d || this.peek() === 0x5d) this.fail('ECTYPE');
      const start = this.pos;
      while (this.more() && isAlpha(this.peek())) this.pos++;
      const test = CLASSES[this.re.slice(start, this.pos)];
      if (!test) this.fail('ECTYPE');
      for (let b = 0; b < 256; b++) if (test(b)) set[b] = 1;
      if (!this.more()) this.fail('EBRACK');
      if (this.re.slice(this.pos, this.pos + 2) !== ':]') this.fail('ECTYPE');
      this.pos += 2;
      return;
    }
    if (next === 0x3d) {
      this.pos += 2;
      if (!this.more()) this.fail('EBRACK');
      if (this.peek() === 0x2d || this.peek() === 0x5d) this.fail('ECOLLATE');
      set[this.collatingElement(0x3d)] = 1;
      if (!this.more()) this.fail('EBRACK');
      if (this.re.slice(this.pos, this.pos + 2) !== '=]') this.fail('ECOLLATE');
      this.pos += 2;
      return;
    }
    const start = this.symbol();
    let finish = start;
    if (this.more() && this.peek() === 0x2d && this.pos + 1 < this.re.length && this.peek(1) !== 0x5d) {
      this.pos++;
      if (this.peek() === 0x2d) {
        this.pos++;
        finish = 0x2d;
      } else {
        finish = this.symbol();
      }
    }
    if (start > finish) this.fail('ERANGE');
    for (let b = start; b <= finish; b++) set[b] = 1;
  }

  private symbol(): number {
    if (!this.more()) this.fail('EBRACK');
    if (this.peek() === 0x5b && this.peek(1) === 0x2e) {
      this.pos += 2;
      const value = this.collatingElement(0x2e);
      if (this.re.slice(this.pos, this.pos + 2) !== '.]') this.fail('ECOLLATE');
      this.pos += 2;
      return value;
    }
    return this.re.charCodeAt(this.pos++);
  }

  /** The text up to `end` followed by ']', as a named or single-character element. */
  private collatingElement(end: number): number {
    const start = this.pos;
    while (this.more() && !(this.peek() === end && this.peek(1) === 0x5d)) this.pos++;
    if (!this.more()) this.fail('EBRACK');
    const name = this.re.slice(start, this.pos);
    const named = COLLATING_NAMES[name];
    if (named !== undefined) return named;
    if (name.length === 1) return name.charCodeAt(0);
    this.fail('ECOLLATE');
  }
}

const translations = new Map<string, TranslatedRegex | PosixRegexError>();
const TRANSLATION_CACHE_LIMIT = 8192;

/** Translates a POSIX ERE to JS source; throws PosixRegexError with regerror()'s text. */
export function translatePosixRegex(re: string, ignoreCase: boolean): TranslatedRegex {
  // Check files repeat the same few regexes ({{[0-9]+}}, wildcards) thousands of times.
  const key = `${ignoreCase ? 'i' : 's'}${re}`;
  let t = translations.get(key);
  if (!t) {
    try {
      t = new Parser(re, ignoreCase).translate();
    } catch (e) {
      if (!(e instanceof PosixRegexError)) throw e;
      t = e;
    }
    if (translations.size >= TRANSLATION_CACHE_LIMIT) translations.clear();
    translations.set(key, t);
  }
  if (t instanceof PosixRegexError) throw t;
  return t;
}

/**
 * Escapes every ERE metacharacter of `text`, as llvm::Regex::escape does; like it, also NUL
 * (its strchr() test matches the terminator), which matters for fuzzy-match distances.
 */
export function escapePosix(text: string): string {
  return text.replace(/[()^$|*+?.[\]\\{}\x00]/g, '\\$&');
}
