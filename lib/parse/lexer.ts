// MLIR's tokens: their kinds, the character rules both lexers share, and MLIR's lexer errors.

/** Token kinds the parser switches on; both lexers produce them. */
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

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isIdentChar = (c: number): boolean =>
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

export function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const SHAPED_KEYWORDS = ['tensor', 'memref', 'vector'];

const isLineBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** True when the text of `src` before `abs` (skipping blanks) is `tensor<`, `memref<` or `vector<`. */
export function followsShapedOpen(src: string, abs: number): boolean {
  let i = abs - 1;
  while (i >= 0 && isLineBlank(src.charCodeAt(i))) i--;
  if (src.charCodeAt(i) !== 60) return false;
  i--;
  while (i >= 0 && isLineBlank(src.charCodeAt(i))) i--;
  // All three keywords have six letters.
  const start = i - 5;
  if (start < 0 || (start > 0 && isIdentChar(src.charCodeAt(start - 1)))) return false;
  for (let k = 0; k < SHAPED_KEYWORDS.length; k++) if (src.startsWith(SHAPED_KEYWORDS[k], start)) return true;
  return false;
}

/** Length of the dimension list at `offset` of `src` when one may start there, else 0. */
export function dimListLength(src: string, offset: number): number {
  return followsShapedOpen(src, offset) ? scanDims(src, offset) : 0;
}

/** The first offset at or after `k` of `text` that is not a space or a tab. */
function skipBlanks(text: string, k: number): number {
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return k;
}

/** Length of `(int|?|[int]) x ...` or `*x` at `offset` (blanks allowed around `x`), 0 if none. */
export function scanDims(text: string, offset: number): number {
  if (text.charCodeAt(offset) === 42) {
    const k = skipBlanks(text, offset + 1);
    return text.charCodeAt(k) === 120 ? skipBlanks(text, k + 1) - offset : 0;
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
    k = skipBlanks(text, k);
    if (text.charCodeAt(k) !== 120) break;
    j = end = skipBlanks(text, k + 1);
  }
  return end < 0 ? 0 : end - offset;
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
