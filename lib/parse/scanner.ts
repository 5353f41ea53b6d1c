// The fast path of the lexer: a hand-written scanner with the same tokens as the Chevrotain lexer.
import { Tok, describeLexError, dimListLength, isDigit, isHex, scanString, type LexError, type Token } from './lexer.js';

// Character classes, by char code, for the scanner's inner loops.
const IDENT = new Uint8Array(128);
const SUFFIX = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alpha = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const digit = c >= 48 && c <= 57;
  IDENT[c] = alpha || digit || c === 95 || c === 36 || c === 46 ? 1 : 0;
  SUFFIX[c] = alpha || digit || c === 95 || c === 36 || c === 46 || c === 45 ? 1 : 0;
}
const isAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** One-character tokens by char code (0: none); a typed array, so a lookup is one load. */
const SINGLE = new Uint8Array(128);
for (const [c, kind] of [
  [58, Tok.Colon], [44, Tok.Comma], [40, Tok.LParen], [41, Tok.RParen], [125, Tok.RBrace], [91, Tok.LSquare], [93, Tok.RSquare],
  [60, Tok.Less], [62, Tok.Greater], [61, Tok.Equal], [43, Tok.Plus], [42, Tok.Star], [63, Tok.Question], [124, Tok.VBar],
] as const) SINGLE[c] = kind;

/** Length of a `%`/`^`/`#`/`!` suffix-id starting at `i`, or 0 when there is none. */
function suffixId(src: string, i: number): number {
  const c = src.charCodeAt(i);
  let j = i;
  if (isDigit(c)) {
    while (isDigit(src.charCodeAt(j))) j++;
  } else if (c < 128 && SUFFIX[c] && !isDigit(c)) {
    while (j < src.length && src.charCodeAt(j) < 128 && SUFFIX[src.charCodeAt(j)]) j++;
  }
  return j - i;
}

/** `%`, `^`, `#`, `!`: the kinds of the prefixed identifiers by char code (0: none). */
const PREFIXED = new Uint8Array(128);
for (const [c, kind] of [[37, Tok.PercentId], [94, Tok.CaretId], [35, Tok.HashId], [33, Tok.BangId]] as const) PREFIXED[c] = kind;

/** Where the scanner writes tokens: kind and source range. */
export interface TokenSink {
  push(kind: Tok, start: number, end: number): void;
}

/**
 * Scans `src[start, end)` into `sink`, with exactly the tokens of the Chevrotain lexer
 * (`lexRange`) but without allocating per token (see docs/design/parser.md). Returns the
 * lexer error that stopped it, if any.
 */
export function scanRange(src: string, start: number, end: number, sink: TokenSink): LexError | undefined {
  let i = start;
  const push = (kind: Tok, from: number, to: number): void => sink.push(kind, from, to);
  while (i < end) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0) {
      i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      while (i < end && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      continue;
    }
    const single: Tok = c < 128 ? SINGLE[c] : 0;
    if (single !== 0) {
      const dims = c === 42 || c === 63 || c === 91 ? dimListLength(src, i) : 0;
      if (dims > 0) {
        push(Tok.DimList, i, i + dims);
        i += dims;
        continue;
      }
      push(single, i, i + 1);
      i++;
      continue;
    }
    if (isDigit(c)) {
      const dims = dimListLength(src, i);
      if (dims > 0) {
        push(Tok.DimList, i, i + dims);
        i += dims;
        continue;
      }
      let j = i + 1;
      if (c === 48 && src.charCodeAt(j) === 120 && isHex(src.charCodeAt(j + 1))) {
        j += 2;
        while (isHex(src.charCodeAt(j))) j++;
        push(Tok.Integer, i, j);
        i = j;
        continue;
      }
      while (isDigit(src.charCodeAt(j))) j++;
      if (src.charCodeAt(j) !== 46) {
        push(Tok.Integer, i, j);
        i = j;
        continue;
      }
      j++;
      while (isDigit(src.charCodeAt(j))) j++;
      const e = src.charCodeAt(j);
      if (e === 101 || e === 69) {
        const s = src.charCodeAt(j + 1);
        const digitsAt = isDigit(s) ? j + 1 : (s === 45 || s === 43) && isDigit(src.charCodeAt(j + 2)) ? j + 2 : -1;
        if (digitsAt > 0) {
          j = digitsAt;
          while (isDigit(src.charCodeAt(j))) j++;
        }
      }
      push(Tok.Float, i, j);
      i = j;
      continue;
    }
    if (isAlpha(c) || c === 95) {
      let j = i + 1;
      while (j < src.length && src.charCodeAt(j) < 128 && IDENT[src.charCodeAt(j)]) j++;
      push(Tok.BareId, i, j);
      i = j;
      continue;
    }
    const prefixed: Tok = c < 128 ? PREFIXED[c] : 0;
    if (prefixed !== 0) {
      if (c === 35 && src.charCodeAt(i + 1) === 45 && src.charCodeAt(i + 2) === 125) {
        push(Tok.FileMetaEnd, i, i + 3);
        i += 3;
        continue;
      }
      const len = suffixId(src, i + 1);
      if (len === 0) return describeLexError(src, i);
      push(prefixed, i, i + 1 + len);
      i += 1 + len;
      continue;
    }
    if (c === 34) {
      const len = scanString(src, i);
      if (len < 0) return describeLexError(src, i);
      push(Tok.String, i, i + len);
      i += len;
      continue;
    }
    if (c === 64) {
      const d = src.charCodeAt(i + 1);
      let len = 0;
      if (d === 34) len = scanString(src, i + 1);
      else if (isAlpha(d) || d === 95) {
        let j = i + 2;
        while (j < src.length && src.charCodeAt(j) < 128 && IDENT[src.charCodeAt(j)]) j++;
        len = j - i - 1;
      }
      if (len <= 0) return describeLexError(src, i);
      push(Tok.AtId, i, i + 1 + len);
      i += 1 + len;
      continue;
    }
    if (c === 123) {
      if (src.charCodeAt(i + 1) === 45 && src.charCodeAt(i + 2) === 35) {
        push(Tok.FileMetaBegin, i, i + 3);
        i += 3;
      } else {
        push(Tok.LBrace, i, i + 1);
        i++;
      }
      continue;
    }
    if (c === 45) {
      if (src.charCodeAt(i + 1) === 62) {
        push(Tok.Arrow, i, i + 2);
        i += 2;
      } else {
        push(Tok.Minus, i, i + 1);
        i++;
      }
      continue;
    }
    if (c === 46 && src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) {
      push(Tok.Ellipsis, i, i + 3);
      i += 3;
      continue;
    }
    return describeLexError(src, i);
  }
  return undefined;
}

/** The tokens of `src[start, end)` as objects (for tests and tools; the parser uses scanRange). */
export function scanTokens(src: string, start: number, end: number): { tokens: Token[]; error?: LexError } {
  const tokens: Token[] = [];
  const error = scanRange(src, start, end, { push: (kind, from, to) => tokens.push({ kind, offset: from, image: src.substring(from, to) }) });
  return error ? { tokens, error } : { tokens };
}
