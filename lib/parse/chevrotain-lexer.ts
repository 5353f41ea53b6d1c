// The Chevrotain lexer: the reference definition of MLIR's tokens. The parser reads tokens from
// the hand-written scanner (scanner.ts), which a unit test keeps identical to this lexer; this
// module is only loaded by tests and tools that ask for it, so the bundled tools do not pay
// for loading Chevrotain.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { Tok, describeLexError, followsShapedOpen, isIdentChar, scanDims, scanString, type LexError, type Token } from './lexer.js';

/** The source being lexed and where the current window starts in it, for patterns that look behind. */
const context = { source: '', base: 0 };

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

