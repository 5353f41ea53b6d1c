// A small lexer for the bodies of affine maps and sets, following MLIR's Lexer on the
// tokens that can occur there (identifiers, integers, punctuation, `//` comments) so that
// token boundaries and error positions agree with mlir-opt's.

/** The token kinds the affine parser distinguishes. */
export type TokenKind =
  | 'id'
  | 'int'
  | 'float'
  | 'ssa'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '+'
  | '-'
  | '*'
  | '->'
  | ':'
  | '='
  | '>'
  | '<'
  | 'other'
  | 'eof'
  | 'error';

/** A token: its kind and the source range `[start, end)`; errors carry a message. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly message?: string;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// [a-zA-Z0-9_$.]
const isIdChar = (c: number): boolean => isAlpha(c) || isDigit(c) || c === 95 || c === 36 || c === 46;

const punctuation: Record<string, TokenKind> = {
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  ',': ',',
  '+': '+',
  '*': '*',
  ':': ':',
  '=': '=',
  '>': '>',
  '<': '<',
};

// Characters that start tokens of the wider MLIR syntax: not errors for the lexer, but
// nothing the affine grammar accepts.
const otherStarts = new Set(['#', '!', '^', '@', '"', '{', '}', '?', '|']);

/** Skips whitespace and `//` comments from `pos`; returns the next offset. */
export function skipTrivia(src: string, pos: number): number {
  for (;;) {
    const c = src.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
    else if (c === 47 && src.charCodeAt(pos + 1) === 47) {
      while (pos < src.length && src.charCodeAt(pos) !== 10 && src.charCodeAt(pos) !== 13) pos++;
    } else return pos;
  }
}

/** Lexes the token that starts at or after `pos`. */
export function lexToken(src: string, pos: number): Token {
  const start = skipTrivia(src, pos);
  if (start >= src.length) return { kind: 'eof', start, end: start };
  const ch = src[start]!;
  const c = src.charCodeAt(start);
  if (isAlpha(c) || c === 95) {
    let end = start + 1;
    while (isIdChar(src.charCodeAt(end))) end++;
    return { kind: 'id', start, end };
  }
  if (isDigit(c)) return lexNumber(src, start);
  if (ch === '-') return src[start + 1] === '>' ? { kind: '->', start, end: start + 2 } : { kind: '-', start, end: start + 1 };
  if (ch === '%') return lexSsaName(src, start);
  const p = punctuation[ch];
  if (p) return { kind: p, start, end: start + 1 };
  if (otherStarts.has(ch)) return { kind: 'other', start, end: start + 1 };
  if (src.startsWith('...', start)) return { kind: 'other', start, end: start + 3 };
  return { kind: 'error', start, end: start + 1, message: 'unexpected character' };
}

function lexNumber(src: string, start: number): Token {
  let end = start + 1;
  if (src[start] === '0' && src[end] === 'x') {
    // `0xi32` is the integer 0 followed by the identifier `xi32`.
    if (!isHex(src.charCodeAt(end + 1))) return { kind: 'int', start, end };
    end += 2;
    while (isHex(src.charCodeAt(end))) end++;
    return { kind: 'int', start, end };
  }
  while (isDigit(src.charCodeAt(end))) end++;
  if (src[end] !== '.') return { kind: 'int', start, end };
  end++;
  while (isDigit(src.charCodeAt(end))) end++;
  if (src[end] === 'e' || src[end] === 'E') {
    const sign = src[end + 1] === '-' || src[end + 1] === '+';
    if (isDigit(src.charCodeAt(end + (sign ? 2 : 1)))) {
      end += 2;
      while (isDigit(src.charCodeAt(end))) end++;
    }
  }
  return { kind: 'float', start, end };
}

// `%` followed by digits or by [a-zA-Z_$.-][a-zA-Z0-9_$.-]*, optionally `#<digits>`
// naming one result of a multi-result value.
function lexSsaName(src: string, start: number): Token {
  let end = start + 1;
  const c = src.charCodeAt(end);
  if (isDigit(c)) {
    while (isDigit(src.charCodeAt(end))) end++;
  } else if (isAlpha(c) || c === 95 || c === 36 || c === 46 || c === 45) {
    end++;
    while (isIdChar(src.charCodeAt(end)) || src.charCodeAt(end) === 45) end++;
  } else {
    return { kind: 'error', start, end: start + 1, message: 'invalid SSA name' };
  }
  if (src[end] === '#' && isDigit(src.charCodeAt(end + 1))) {
    end++;
    while (isDigit(src.charCodeAt(end))) end++;
  }
  return { kind: 'ssa', start, end };
}

/** The integer literal's value, or undefined when it does not fit in uint64. */
export function integerValue(spelling: string): bigint | undefined {
  const v = BigInt(spelling);
  return v < 1n << 64n ? v : undefined;
}
