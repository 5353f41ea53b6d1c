// The Chevrotain lexer for MLIR's textual format: token kinds, custom patterns, and MLIR's lexer errors.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/** Token kinds the parser switches on (tokenTypeIdx values are looked up from these). */
export const enum Tok {
  Eof = 0,
  Error,
  BareId,
  Integer,
  Float,
  String,
  PercentId,
  CaretId,
  HashId,
  BangId,
  AtId,
  DimList,
  Colon,
  Comma,
  LParen,
  RParen,
  LBrace,
  RBrace,
  LSquare,
  RSquare,
  Less,
  Greater,
  Equal,
  Plus,
  Star,
  Minus,
  Arrow,
  Question,
  VBar,
  Ellipsis,
  FileMetaBegin,
  FileMetaEnd,
}

/** How each kind is spelled in messages. */
export const TOKEN_SPELLING: Record<number, string> = {
  [Tok.Colon]: ':', [Tok.Comma]: ',', [Tok.LParen]: '(', [Tok.RParen]: ')', [Tok.LBrace]: '{', [Tok.RBrace]: '}',
  [Tok.LSquare]: '[', [Tok.RSquare]: ']', [Tok.Less]: '<', [Tok.Greater]: '>', [Tok.Equal]: '=', [Tok.Plus]: '+',
  [Tok.Star]: '*', [Tok.Minus]: '-', [Tok.Arrow]: '->', [Tok.Question]: '?', [Tok.VBar]: '|', [Tok.Ellipsis]: '...',
  [Tok.FileMetaEnd]: '#-}',
};

/** The source being lexed and where the current window starts in it, for patterns that look behind. */
const context = { source: '', base: 0 };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 36 || c === 46;

/** Length of a string literal starting at `i` (on the quote), or -1 if it is unterminated or has a bad escape. */
export function scanString(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1 - i;
    if (c === 10 || c === 11 || c === 12) return -1;
    if (c === 92) {
      const d = text.charCodeAt(j + 1);
      if (d === 34 || d === 92 || d === 110 || d === 116) j += 2;
      else if (isHex(d) && isHex(text.charCodeAt(j + 2))) j += 3;
      else return -1;
      continue;
    }
    j++;
  }
  return -1;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function matchString(text: string, offset: number): [string] | null {
  const len = scanString(text, offset);
  return len < 0 ? null : [text.substring(offset, offset + len)];
}

/** `@name` or `@"quoted name"`. */
function matchAtId(text: string, offset: number): [string] | null {
  const c = text.charCodeAt(offset + 1);
  if (c === 34) {
    const len = scanString(text, offset + 1);
    return len < 0 ? null : [text.substring(offset, offset + 1 + len)];
  }
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return null;
  let j = offset + 2;
  while (j < text.length && isIdentChar(text.charCodeAt(j))) j++;
  return [text.substring(offset, j)];
}

const SHAPED_KEYWORDS = ['tensor', 'memref', 'vector'];

/** True when the text of `src` before `abs` (skipping blanks) is `tensor<`, `memref<` or `vector<`. */
function followsShapedOpen(src: string, abs: number): boolean {
  let i = abs - 1;
  while (i >= 0 && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9 || src.charCodeAt(i) === 10 || src.charCodeAt(i) === 13)) i--;
  if (src.charCodeAt(i) !== 60) return false;
  i--;
  while (i >= 0 && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9 || src.charCodeAt(i) === 10 || src.charCodeAt(i) === 13)) i--;
  for (const kw of SHAPED_KEYWORDS) {
    const start = i - kw.length + 1;
    if (start >= 0 && src.startsWith(kw, start) && (start === 0 || !isIdentChar(src.charCodeAt(start - 1)))) return true;
  }
  return false;
}

/**
 * A dimension list such as `4x?x[8]x` or `*x`, matched only right after `tensor<`, `memref<` or
 * `vector<`: elsewhere `0xf32` is a hex integer. MLIR's hand-written lexer re-lexes mid-token
 * instead; a Chevrotain token cannot, so the whole prefix of the shape is one token.
 */
function matchDimList(text: string, offset: number): [string] | null {
  if (!followsShapedOpen(context.source, context.base + offset)) return null;
  const len = scanDims(text, offset);
  return len > 0 ? [text.substring(offset, offset + len)] : null;
}

/** Length of the dimension list at `offset` of `src` when one may start there, else 0. */
export function dimListLength(src: string, offset: number): number {
  return followsShapedOpen(src, offset) ? scanDims(src, offset) : 0;
}

/** Length of `(int|?|[int]) x ...` or `*x` at `offset` (blanks allowed around `x`), 0 if none. */
function scanDims(text: string, offset: number): number {
  const n = text.length;
  const blanks = (k: number): number => {
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    return k;
  };
  if (text.charCodeAt(offset) === 42) {
    const k = blanks(offset + 1);
    return text.charCodeAt(k) === 120 ? blanks(k + 1) - offset : 0;
  }
  let j = offset;
  let end = -1;
  for (;;) {
    let k = j;
    const c = text.charCodeAt(k);
    if (isDigit(c)) {
      while (isDigit(text.charCodeAt(k))) k++;
    } else if (c === 63) {
      k++;
    } else if (c === 91) {
      k++;
      if (!isDigit(text.charCodeAt(k))) break;
      while (isDigit(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 93) break;
      k++;
    } else break;
    k = blanks(k);
    if (text.charCodeAt(k) !== 120) break;
    j = end = blanks(k + 1);
  }
  return end < 0 ? 0 : end - offset;
}

const prefixed = (prefix: string): RegExp => new RegExp(`\\${prefix}(?:[0-9]+|[a-zA-Z$._-][a-zA-Z0-9$._-]*)`);

const T = {
  Ws: createToken({ name: 'Ws', pattern: /[ \t\r\n\0]+/, group: Lexer.SKIPPED, line_breaks: true }),
  Comment: createToken({ name: 'Comment', pattern: /\/\/[^\n\r]*/, group: Lexer.SKIPPED }),
  FileMetaBegin: createToken({ name: 'FileMetaBegin', pattern: /\{-#/ }),
  FileMetaEnd: createToken({ name: 'FileMetaEnd', pattern: /#-\}/ }),
  DimList: createToken({
    name: 'DimList',
    pattern: { exec: matchDimList },
    start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '?', '[', '*'],
    line_breaks: false,
  }),
  Float: createToken({ name: 'Float', pattern: /[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?/ }),
  Integer: createToken({ name: 'Integer', pattern: /0x[0-9a-fA-F]+|[0-9]+/ }),
  String: createToken({ name: 'String', pattern: { exec: matchString }, start_chars_hint: ['"'], line_breaks: false }),
  AtId: createToken({ name: 'AtId', pattern: { exec: matchAtId }, start_chars_hint: ['@'], line_breaks: false }),
  BareId: createToken({ name: 'BareId', pattern: /[a-zA-Z_][a-zA-Z0-9_$.]*/ }),
  PercentId: createToken({ name: 'PercentId', pattern: prefixed('%') }),
  CaretId: createToken({ name: 'CaretId', pattern: prefixed('^') }),
  HashId: createToken({ name: 'HashId', pattern: prefixed('#') }),
  BangId: createToken({ name: 'BangId', pattern: prefixed('!') }),
  Arrow: createToken({ name: 'Arrow', pattern: /->/ }),
  Ellipsis: createToken({ name: 'Ellipsis', pattern: /\.\.\./ }),
  Colon: createToken({ name: 'Colon', pattern: /:/ }),
  Comma: createToken({ name: 'Comma', pattern: /,/ }),
  LParen: createToken({ name: 'LParen', pattern: /\(/ }),
  RParen: createToken({ name: 'RParen', pattern: /\)/ }),
  LBrace: createToken({ name: 'LBrace', pattern: /\{/ }),
  RBrace: createToken({ name: 'RBrace', pattern: /\}/ }),
  LSquare: createToken({ name: 'LSquare', pattern: /\[/ }),
  RSquare: createToken({ name: 'RSquare', pattern: /\]/ }),
  Less: createToken({ name: 'Less', pattern: /</ }),
  Greater: createToken({ name: 'Greater', pattern: />/ }),
  Equal: createToken({ name: 'Equal', pattern: /=/ }),
  Plus: createToken({ name: 'Plus', pattern: /\+/ }),
  Star: createToken({ name: 'Star', pattern: /\*/ }),
  Minus: createToken({ name: 'Minus', pattern: /-/ }),
  Question: createToken({ name: 'Question', pattern: /\?/ }),
  VBar: createToken({ name: 'VBar', pattern: /\|/ }),
};

// Order matters: the first match wins, so longer forms come before their prefixes.
const ORDER: TokenType[] = [
  T.Ws, T.Comment, T.FileMetaBegin, T.FileMetaEnd, T.DimList, T.Float, T.Integer, T.String, T.AtId, T.BareId,
  T.PercentId, T.CaretId, T.HashId, T.BangId, T.Arrow, T.Ellipsis, T.Colon, T.Comma, T.LParen, T.RParen, T.LBrace,
  T.RBrace, T.LSquare, T.RSquare, T.Less, T.Greater, T.Equal, T.Plus, T.Star, T.Minus, T.Question, T.VBar,
];

const KIND_OF: Record<string, Tok> = {
  FileMetaBegin: Tok.FileMetaBegin, FileMetaEnd: Tok.FileMetaEnd, DimList: Tok.DimList, Float: Tok.Float,
  Integer: Tok.Integer, String: Tok.String, AtId: Tok.AtId, BareId: Tok.BareId, PercentId: Tok.PercentId,
  CaretId: Tok.CaretId, HashId: Tok.HashId, BangId: Tok.BangId, Arrow: Tok.Arrow, Ellipsis: Tok.Ellipsis,
  Colon: Tok.Colon, Comma: Tok.Comma, LParen: Tok.LParen, RParen: Tok.RParen, LBrace: Tok.LBrace, RBrace: Tok.RBrace,
  LSquare: Tok.LSquare, RSquare: Tok.RSquare, Less: Tok.Less, Greater: Tok.Greater, Equal: Tok.Equal, Plus: Tok.Plus,
  Star: Tok.Star, Minus: Tok.Minus, Question: Tok.Question, VBar: Tok.VBar,
};

/** Maps Chevrotain's tokenTypeIdx to our kinds. */
const kindByIdx: Tok[] = [];
for (const t of ORDER) if (KIND_OF[t.name] !== undefined) kindByIdx[t.tokenTypeIdx!] = KIND_OF[t.name];

let lexer: Lexer | null = null;

/** The one lexer of the process; validations run only outside the bundled tools. */
function getLexer(): Lexer {
  lexer ??= new Lexer(ORDER, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: process.env.DLC_BUNDLED === '1',
  });
  return lexer;
}

/** One lexed token: kind, absolute offset, and spelling. */
export interface Token {
  kind: Tok;
  offset: number;
  image: string;
}

/** A lexer error: where MLIR reports it and its message. */
export interface LexError {
  offset: number;
  message: string;
}

/**
 * Lexes `source[start, end)` (end must be a token boundary) into tokens with absolute offsets.
 * Stops at the first lexer error, as MLIR's lexer does, and reports it.
 */
export function lexRange(source: string, start: number, end: number): { tokens: Token[]; error?: LexError } {
  context.source = source;
  context.base = start;
  const text = start === 0 && end === source.length ? source : source.substring(start, end);
  const result = getLexer().tokenize(text);
  const firstError = result.errors.length ? start + result.errors[0].offset : Infinity;
  const raw: IToken[] = result.tokens;
  const tokens: Token[] = new Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const offset = t.startOffset + start;
    if (offset >= firstError) break;
    tokens[n++] = { kind: kindByIdx[t.tokenTypeIdx], offset, image: t.image };
  }
  tokens.length = n;
  context.source = '';
  if (firstError === Infinity) return { tokens };
  return { tokens, error: describeLexError(source, firstError) };
}

/** MLIR's message and position for the character at `offset` that starts no token. */
export function describeLexError(source: string, offset: number): LexError {
  const c = source[offset];
  switch (c) {
    case '"': {
      for (let j = offset + 1; j < source.length; j++) {
        const d = source.charCodeAt(j);
        if (d === 34) break;
        if (d === 10 || d === 11 || d === 12) return { offset: j, message: `expected '"' in string literal` };
        if (d === 92) {
          const e = source.charCodeAt(j + 1);
          if (e === 34 || e === 92 || e === 110 || e === 116) j++;
          else if (isHex(e) && isHex(source.charCodeAt(j + 2))) j += 2;
          else return { offset: j, message: 'unknown escape in string literal' };
        }
      }
      return { offset: source.length, message: `expected '"' in string literal` };
    }
    case '@':
      if (source[offset + 1] === '"') return describeLexError(source, offset + 1);
      return { offset: offset + 1, message: "@ identifier expected to start with letter or '_'" };
    case '%':
      return { offset, message: 'invalid SSA name' };
    case '^':
      return { offset, message: 'invalid block name' };
    case '#':
      return { offset, message: 'invalid attribute name' };
    case '!':
      return { offset, message: 'invalid type identifier' };
    case '.':
      return { offset: offset + 1, message: 'expected three consecutive dots for an ellipsis' };
    default:
      return { offset, message: 'unexpected character' };
  }
}
