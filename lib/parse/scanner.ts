// The fast path of the lexer: a hand-written scanner with the same tokens as the Chevrotain lexer.
import { Tok, describeLexError, dimListLength, type LexError, type Token } from './lexer.js';

/**
 * What a character can start, by char code: one table lookup and one switch per token
 * instead of a chain of comparisons.
 */
const enum Start {
  Invalid = 0,
  Blank,
  Punct,
  /** `?`, `*`, `[`: punctuation, or the start of a dimension list. */
  PunctOrDims,
  Digit,
  Letter,
  Prefix,
  Quote,
  At,
  LBrace,
  Minus,
  Slash,
}

/** Classes of the characters inside tokens, as bits. */
const enum Char {
  /** After the first character of a bare identifier: `[a-zA-Z0-9_$.]`. */
  Ident = 1,
  /** In a `%`/`^`/`#`/`!` suffix identifier: `[a-zA-Z0-9_$.-]`. */
  Suffix = 2,
  Digit = 4,
  Hex = 8,
  /** Ends the plain run of a string literal: `"`, `\`, and the line breaks it may not hold. */
  StringStop = 16,
}

// Tables by char code, with 256 entries: the scanner reads codes clamped to 0..128 (see windowCodes).
const START = new Uint8Array(256);
/** Kinds of the one-character tokens and of the `%`/`^`/`#`/`!` identifiers. */
const KIND = new Uint8Array(256);
/** `Char` bits; one table for all classes keeps V8's checks in the hot loop few. */
const CHARS = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const digit = c >= 48 && c <= 57;
  const ident = letter || digit || c === 95 || c === 36 || c === 46;
  START[c] = letter || c === 95 ? Start.Letter : digit ? Start.Digit : Start.Invalid;
  CHARS[c] =
    (ident ? Char.Ident | Char.Suffix : c === 45 ? Char.Suffix : 0) |
    (digit ? Char.Digit : 0) |
    (digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) ? Char.Hex : 0) |
    (c === 34 || c === 92 || c === 10 || c === 11 || c === 12 ? Char.StringStop : 0);
}
for (const c of [32, 10, 9, 13, 0]) START[c] = Start.Blank;
const has = (c: number, bits: Char): boolean => (CHARS[c] & bits) !== 0;
for (const [c, kind] of [
  [58, Tok.Colon], [44, Tok.Comma], [40, Tok.LParen], [41, Tok.RParen], [125, Tok.RBrace], [93, Tok.RSquare],
  [60, Tok.Less], [62, Tok.Greater], [61, Tok.Equal], [43, Tok.Plus], [124, Tok.VBar],
] as const) {
  START[c] = Start.Punct;
  KIND[c] = kind;
}
for (const [c, kind] of [[63, Tok.Question], [42, Tok.Star], [91, Tok.LSquare]] as const) {
  START[c] = Start.PunctOrDims;
  KIND[c] = kind;
}
for (const [c, kind] of [[37, Tok.PercentId], [94, Tok.CaretId], [35, Tok.HashId], [33, Tok.BangId]] as const) {
  START[c] = Start.Prefix;
  KIND[c] = kind;
}
START[34] = Start.Quote;
START[64] = Start.At;
START[123] = Start.LBrace;
START[45] = Start.Minus;
START[47] = Start.Slash;

/** Zeros read past the end of a window: they match no token character, so every lookahead stops there. */
const SENTINELS = 4;
const encoder = new TextEncoder();
/**
 * Code buffers up to this size are kept whatever the windows after need: the token stream's
 * windows of 8 KB with the codes kept before them use 16 KB.
 */
const LARGE_CODES = 1 << 16;

/**
 * Writes the char codes of `src[start, end)` into `buf` from `at` on, followed by zeros.
 * Reading a typed array is much cheaper than `charCodeAt` in V8, and an ASCII window (the
 * usual case) is copied by `encodeInto` in native code. Codes above 127 become 128: the lexer
 * only compares with ASCII characters, so that keeps every decision and offset.
 */
function writeCodes(src: string, start: number, end: number, buf: Uint8Array, at: number): void {
  const n = end - start;
  const { read, written } = encoder.encodeInto(start === 0 && end === src.length ? src : src.substring(start, end), buf.subarray(at));
  if (read !== n || written !== n) {
    for (let i = 0; i < n; i++) {
      const c = src.charCodeAt(start + i);
      buf[at + i] = c < 128 ? c : 128;
    }
  }
  buf.fill(0, at + n, at + n + SENTINELS);
}

/**
 * Where the scanner writes tokens: parallel arrays of kind and source range, grown on demand,
 * and the char codes of the text they were scanned from (see `codeAt`).
 */
export class TokenBuffer {
  kinds = new Uint8Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  count = 0;
  /**
   * Char codes (as `writeCodes` writes them) of the source from `codesStart` to `codesEnd`:
   * the text the scanner read last, with the text before it that `keepCodes` kept.
   */
  codes = new Uint8Array(0);
  codesStart = 0;
  codesEnd = 0;

  /** Appends a token (for lexers other than the scanner, which writes the arrays itself). */
  push(kind: Tok, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** Doubles the capacity, keeping the tokens. */
  grow(): void {
    const n = this.kinds.length * 2;
    const kinds = new Uint8Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    kinds.set(this.kinds);
    starts.set(this.starts);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Drops the codes before `from` and moves the rest to the front of `codes`, where the next
   * window's codes follow them; all codes are dropped when `from` is outside them.
   */
  keepCodes(from: number): void {
    if (from >= this.codesStart && from < this.codesEnd) {
      this.codes.copyWithin(0, from - this.codesStart, this.codesEnd - this.codesStart);
      this.codesStart = from;
    } else {
      this.codesStart = this.codesEnd = from;
    }
  }

  /** The codes of the window `src[start, end)`, written after the kept ones (`start` must be `codesEnd`). */
  windowCodes(src: string, start: number, end: number): Uint8Array {
    const at = start - this.codesStart;
    const size = at + (end - start) + SENTINELS;
    const capacity = this.codes.length;
    if (size > capacity) this.resizeCodes(Math.max(size, 2 * capacity), at);
    // A window that held a very long line (a window ends at a newline) left a buffer of its
    // size: it goes back to the size of the windows after it rather than live for the rest of the parse.
    else if (capacity > LARGE_CODES && 4 * size <= capacity) this.resizeCodes(2 * size, at);
    writeCodes(src, start, end, this.codes, at);
    this.codesEnd = end;
    return this.codes;
  }

  /** Replaces `codes` with a buffer of `length` codes, keeping the first `kept`. */
  private resizeCodes(length: number, kept: number): void {
    const codes = new Uint8Array(length);
    codes.set(this.codes.subarray(0, kept));
    this.codes = codes;
  }
}

/** End (index in the codes) of the string literal whose quote is at `i`, or -1 if it is unterminated or has a bad escape. */
function stringEnd(code: Uint8Array, i: number, n: number): number {
  let j = i + 1;
  while (j < n) {
    const c = code[j];
    if (!has(c, Char.StringStop)) {
      j++;
    } else if (c === 34) {
      return j + 1;
    } else if (c === 92) {
      const d = code[j + 1];
      if (d === 34 || d === 92 || d === 110 || d === 116) j += 2;
      else if (has(d, Char.Hex) && has(code[j + 2], Char.Hex)) j += 3;
      else return -1;
    } else {
      return -1;
    }
  }
  return -1;
}

/** End (index in the codes) of a float's fraction and exponent, from just after its `.` at `j`. */
function fractionEnd(code: Uint8Array, j: number): number {
  while (has(code[j], Char.Digit)) j++;
  const e = code[j];
  if (e === 101 || e === 69) {
    const s = code[j + 1];
    const digitsAt = has(s, Char.Digit) ? j + 1 : (s === 45 || s === 43) && has(code[j + 2], Char.Digit) ? j + 2 : -1;
    if (digitsAt > 0) {
      j = digitsAt;
      while (has(code[j], Char.Digit)) j++;
    }
  }
  return j;
}

/**
 * Scans `src[start, end)` into `out`, with exactly the tokens of the Chevrotain lexer
 * (`lexRange`) but without allocating per token (see docs/design/parser.md). `end` must be a
 * token boundary (a newline or the end of `src`). The window's codes go into `out` after those
 * it kept, when they end at `start` (see `keepCodes`). Returns the lexer error that stopped it, if any.
 */
export function scanRange(src: string, start: number, end: number, out: TokenBuffer): LexError | undefined {
  if (out.codesEnd !== start) out.keepCodes(start);
  const code = out.windowCodes(src, start, end);
  // Indexes into `code`, which starts at source offset `base`.
  const base = out.codesStart;
  const n = end - base;
  let i = start - base;
  for (;;) {
    i = scanCommon(code, n, i, base, out);
    out.count = scannedCount;
    if (i >= n) return undefined;
    if (out.count === out.kinds.length) {
      out.grow();
      continue;
    }
    const j = scanRare(src, code, n, i, base, out);
    if (j < 0) return describeLexError(src, base + i);
    i = j;
  }
}

/** The token count `scanCommon` reached (a module variable: V8 needs no type feedback to store it). */
let scannedCount = 0;

/**
 * Scans the common tokens from `i` on into `out` and returns where it stopped: at the end of
 * the window, when the buffers are full, or at a token for `scanRare`; the new token count is
 * left in `scannedCount`. It calls nothing, and its loops start with `do` or `for (;;)`, so
 * that the type feedback V8 optimizes with covers them as soon as any token of their kind was
 * seen. The hot inner loops test characters by comparisons, not table lookups: V8 checks a
 * typed array's map, bounds and backing store at every access inside a loop, and a second
 * array read per character cost more than a few compares (the scanner's instructions on the
 * generic bench file, 508 -> 428 M).
 */
function scanCommon(code: Uint8Array, length: number, from: number, offset: number, out: TokenBuffer): number {
  // `| 0` keeps the numbers untagged int32 in V8's optimized code.
  const n = length | 0;
  const base = offset | 0;
  let i = from | 0;
  const startOf = START;
  const kindOf = KIND;
  const chars = CHARS;
  const kinds = out.kinds;
  const starts = out.starts;
  const ends = out.ends;
  const capacity = kinds.length | 0;
  let count = out.count | 0;
  // The lookaheads stop at the sentinel; reading it before the loop also lets V8 check the
  // buffer's type once instead of on every character.
  if (code[n] !== 0) throw new Error('the window codes must end with a sentinel');
  scan: while (i < n && count < capacity) {
    const c = code[i];
    let kind: Tok;
    let j = i;
    switch (startOf[c] as Start) {
      case Start.Blank:
        for (;;) {
          if (++j >= n) break;
          const d = code[j];
          if (d !== 32 && d !== 10 && d !== 9 && d !== 13 && d !== 0) break;
        }
        i = j;
        continue;
      case Start.Letter:
        for (;;) {
          const d = code[++j];
          // [a-zA-Z0-9_$.]
          if (d >= 97 ? d > 122 : d >= 65 ? d > 90 && d !== 95 : (d < 48 || d > 57) && d !== 46 && d !== 36) break;
        }
        kind = Tok.BareId;
        break;
      case Start.Punct:
        kind = kindOf[c];
        j++;
        break;
      case Start.Prefix: {
        const d = code[i + 1];
        j++;
        if (d >= 48 && d <= 57) {
          do j++;
          while (code[j] >= 48 && code[j] <= 57);
        } else if ((chars[d] & Char.Suffix) !== 0 && !(c === 35 && d === 45)) {
          for (;;) {
            const e = code[++j];
            // [a-zA-Z0-9_$.-]
            if (e >= 97 ? e > 122 : e >= 65 ? e > 90 && e !== 95 : (e < 48 || e > 57) && e !== 46 && e !== 36 && e !== 45) break;
          }
        } else {
          break scan;
        }
        kind = kindOf[c];
        break;
      }
      case Start.Digit:
        if (mayStartDims(code, i) || (c === 48 && code[i + 1] === 120)) break scan;
        do j++;
        while (code[j] >= 48 && code[j] <= 57);
        kind = Tok.Integer;
        if (code[j] === 46) {
          do j++;
          while (code[j] >= 48 && code[j] <= 57);
          if (code[j] === 101 || code[j] === 69) break scan;
          kind = Tok.Float;
        }
        break;
      case Start.PunctOrDims:
        if (mayStartDims(code, i)) break scan;
        kind = kindOf[c];
        j++;
        break;
      case Start.Quote:
        // Up to `"`, `\`, a line break a string may not hold, or the zeros after the window (an
        // unterminated string at the end of input without a newline stops there).
        for (;;) {
          const e = code[++j];
          if (e === 34 || e === 92 || e === 10 || e === 11 || e === 12 || e === 0) break;
        }
        if (code[j] !== 34) break scan;
        j++;
        kind = Tok.String;
        break;
      case Start.At:
        if (startOf[code[i + 1]] !== Start.Letter) break scan;
        j++;
        do j++;
        while ((chars[code[j]] & Char.Ident) !== 0);
        kind = Tok.AtId;
        break;
      case Start.Minus:
        j++;
        if (code[j] === 62) {
          kind = Tok.Arrow;
          j++;
        } else {
          kind = Tok.Minus;
        }
        break;
      case Start.LBrace:
        if (code[i + 1] === 45) break scan;
        kind = Tok.LBrace;
        j++;
        break;
      case Start.Slash:
        if (code[i + 1] !== 47) break scan;
        do j++;
        while (j < n && code[j] !== 10 && code[j] !== 13);
        i = j;
        continue;
      default:
        break scan;
    }
    kinds[count] = kind;
    starts[count] = base + i;
    ends[count] = base + j;
    count++;
    i = j;
  }
  scannedCount = count;
  return i;
}

/** `<` is the last non-blank before `i` in the codes, or they start first: a dimension list may start at `i`. */
function mayStartDims(code: Uint8Array, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (code[k] === 32 || code[k] === 10 || code[k] === 9 || code[k] === 13)) k--;
  return k < 0 || code[k] === 60;
}

/**
 * The tokens `scanCommon` leaves: dimension lists, hex integers, floats with exponents, strings
 * with escapes, quoted `@` names, `{-#`, `#-}`, `...`, and lexer errors. Appends the token at
 * `i` to `out` and returns its end, or -1 for a lexer error at `i`.
 */
function scanRare(src: string, code: Uint8Array, n: number, i: number, base: number, out: TokenBuffer): number {
  const c = code[i];
  let kind: Tok;
  let j = i + 1;
  switch (START[c] as Start) {
    case Start.Digit:
    case Start.PunctOrDims: {
      const dims = dimListLength(src, base + i);
      if (dims > 0) {
        kind = Tok.DimList;
        j = i + dims;
      } else if (START[c] === Start.PunctOrDims) {
        kind = KIND[c];
      } else if (c === 48 && code[j] === 120 && has(code[j + 1], Char.Hex)) {
        kind = Tok.Integer;
        j += 2;
        while (has(code[j], Char.Hex)) j++;
      } else {
        kind = Tok.Integer;
        while (has(code[j], Char.Digit)) j++;
        if (code[j] === 46) {
          kind = Tok.Float;
          j = fractionEnd(code, j + 1);
        }
      }
      break;
    }
    case Start.Prefix:
      kind = KIND[c];
      if (c === 35 && code[j] === 45 && code[j + 1] === 125) {
        kind = Tok.FileMetaEnd;
        j += 2;
      } else if (has(code[j], Char.Suffix)) {
        while (has(code[j], Char.Suffix)) j++;
      } else {
        return -1;
      }
      break;
    case Start.Quote:
      kind = Tok.String;
      j = stringEnd(code, i, n);
      break;
    case Start.At:
      kind = Tok.AtId;
      j = code[j] === 34 ? stringEnd(code, j, n) : -1;
      break;
    case Start.LBrace:
      kind = Tok.LBrace;
      if (code[j] === 45 && code[j + 1] === 35) {
        kind = Tok.FileMetaBegin;
        j += 2;
      }
      break;
    default:
      kind = Tok.Ellipsis;
      j = c === 46 && code[j] === 46 && code[j + 1] === 46 ? i + 3 : -1;
  }
  if (j >= 0) out.push(kind, base + i, base + j);
  return j;
}

/** The tokens of `src[start, end)` as objects (for tests and tools; the parser uses scanRange). */
export function scanTokens(src: string, start: number, end: number): { tokens: Token[]; error?: LexError } {
  const out = new TokenBuffer();
  const error = scanRange(src, start, end, out);
  const tokens: Token[] = [];
  for (let k = 0; k < out.count; k++) {
    tokens.push({ kind: out.kinds[k], offset: out.starts[k], image: src.substring(out.starts[k], out.ends[k]) });
  }
  return error ? { tokens, error } : { tokens };
}

/**
 * A text with every kind of token and every character class the scanner tests (and no lexer
 * error), scanned before the first large input: it gives each comparison in `scanCommon` and
 * `scanRare` type feedback before V8 optimizes them. Otherwise V8 optimizes `scanCommon` a
 * few hundred tokens into the input (on-stack, in the first window) and the optimized code
 * deoptimizes at the first token of a kind not seen by then: on the bench files 2-6 rounds of
 * deoptimizing, interpreting and recompiling (several ms of compiling each).
 */
export const SCANNER_WARM_UP =
  '#map = affine_map<(d0)[s0] -> (d0 * 2 + s0)>\n' +
  '"a.b"(%0, %x_1#1, %A-b) [^bb1] <{k = 1.5 : f32, e = 1.0e-3, f = 2E+5, h = 0x1F, s = "q\\"\\0A"}> ' +
  '({\n\t^bb0(%arg0: tensor<4x?x[2]xi32>, %c: memref<*xf32>, %v: vector<[4]x?xi8>):\r\n' +
  '  %1 = foo.bar_Z$.9 @F_$.g, @"w", !t.T<"x">, -1 -> ... | {-# x #-} * ? // c\n}) : () -> ()\n';

let warm = false;

/**
 * Scans SCANNER_WARM_UP, once per process, when an input is long enough for V8 to optimize the
 * scanner (small inputs are scanned by the interpreter, and skip this). Twice: V8 records
 * type feedback only once a function has run a while (lazy feedback allocation).
 */
export function warmUpScanner(): void {
  if (warm) return;
  warm = true;
  const out = new TokenBuffer();
  for (let round = 0; round < 2; round++) {
    out.count = 0;
    if (scanRange(SCANNER_WARM_UP, 0, SCANNER_WARM_UP.length, out)) throw new Error('the scanner warm-up text must lex without errors');
  }
}
