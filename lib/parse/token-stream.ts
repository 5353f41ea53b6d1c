// A cursor over the tokens of a source, lexed in bounded windows so that memory stays flat on huge files.
import { lexRange, Tok, type LexError, type Token } from './lexer.js';

/**
 * Bytes lexed at a time. A window always ends at a newline: MLIR tokens never span lines
 * (strings cannot hold a raw newline, comments end at one), so every newline is a token boundary.
 */
const WINDOW = 1 << 18;

/** Tokens of `source`, produced lazily window by window; `resetTo` restarts lexing anywhere. */
export class TokenStream {
  private tokens: Token[] = [];
  private index = 0;
  /** Where lexing of the next window starts. */
  private lexPos = 0;
  /** The lexer error that ended the last window, if any. */
  private pendingError: LexError | undefined;
  /** The error token, once reached; the stream never goes past it. */
  lexError: LexError | undefined;
  private readonly eof: Token;

  constructor(readonly source: string) {
    this.eof = { kind: Tok.Eof, offset: source.length, image: '' };
  }

  /** The token `k` ahead of the current one (0 = current). */
  peek(k = 0): Token {
    while (this.index + k >= this.tokens.length) {
      if (!this.fill()) return this.tail();
    }
    return this.tokens[this.index + k];
  }

  /** Moves to the next token. */
  advance(): void {
    if (this.index < this.tokens.length) this.index++;
  }

  /** Restarts lexing at `offset`, dropping any tokens already lexed past it. */
  resetTo(offset: number): void {
    this.tokens = [];
    this.index = 0;
    this.lexPos = offset;
    this.pendingError = undefined;
    this.lexError = undefined;
  }

  /** The token after the last one: end of file, or the lexer error that stopped lexing. */
  private tail(): Token {
    if (this.pendingError) {
      this.lexError = this.pendingError;
      return { kind: Tok.Error, offset: this.pendingError.offset, image: '' };
    }
    return this.eof;
  }

  /** Lexes the next window after the unread tokens; false when nothing is left. */
  private fill(): boolean {
    const src = this.source;
    if (this.pendingError || this.lexPos >= src.length) return false;
    let end = Math.min(src.length, this.lexPos + WINDOW);
    if (end < src.length) {
      const nl = src.indexOf('\n', end);
      end = nl < 0 ? src.length : nl + 1;
    }
    const { tokens, error } = lexRange(src, this.lexPos, end);
    this.lexPos = end;
    this.pendingError = error;
    const rest = this.tokens.length - this.index;
    if (rest === 0) this.tokens = tokens;
    else this.tokens = this.tokens.slice(this.index).concat(tokens);
    this.index = 0;
    return tokens.length > 0 || this.pendingError !== undefined || this.lexPos < src.length;
  }
}
