// A cursor over the tokens of a source, lexed in bounded windows so that memory stays flat on huge files.
import { Tok, type LexError, type Token } from './lexer.js';
import { TokenBuffer, scanRange, warmUpScanner } from './scanner.js';
import { MAX_CACHED_TOKENS } from './text-cache.js';

/**
 * Bytes lexed at a time. A window always ends at a newline: MLIR tokens never span lines
 * (strings cannot hold a raw newline, comments end at one), so every newline is a token
 * boundary. Small windows keep the token buffers in cache and let nothing outlive a scavenge.
 * At 8 KB a window is also over before V8 decides to optimize the scanner, which it then does
 * between windows, once; 32 KB windows had it optimized on-stack inside the first window and
 * then again for the next call, two compiles of a large function (pretty 100k 4,638 -> 4,599 M
 * instructions); 2 KB windows cost more in refills than that saves.
 */
const WINDOW = 1 << 13;

/**
 * Tokens kept lexed ahead of the current one while input is left: the next window is lexed
 * when fewer remain, so a lookahead of up to this many tokens (a cached text and the token
 * after it) reads the buffers directly. A lookahead that crossed into an unlexed window took the
 * accessors' out-of-line path, which a parse function that inlined the accessor had no type
 * feedback for until then: mid-run, the first time it happened, V8 threw that function's
 * optimized code away (parseFunctionType, for a cached type compared at a window's end).
 */
const LOOKAHEAD = MAX_CACHED_TOKENS + 16;

/**
 * A lexer for whole windows as objects, such as the Chevrotain lexer (`lexRange` in
 * chevrotain-lexer.ts); without one the hand-written scanner fills the buffers directly.
 */
export type RangeLexer = (source: string, start: number, end: number) => { tokens: Token[]; error?: LexError };

/**
 * Tokens of `source`, produced lazily window by window into reused typed arrays (kind, start,
 * end): no object per token, so a parse of a large file allocates little besides the IR.
 * `resetTo` continues anywhere, for text read by raw scanners. The accessors are small so
 * that they inline into the parser: they read the buffers directly and leave lexing the next
 * window, and the end of input, to out-of-line slow paths.
 */
export class TokenStream extends TokenBuffer {
  private index = 0;
  /** Where lexing of the next window starts. */
  private lexPos = 0;
  /** The lexer error that ended the last window, if any. */
  private pendingError: LexError | undefined;
  /** The error token, once reached; the stream never goes past it. */
  lexError: LexError | undefined;

  constructor(
    readonly source: string,
    private readonly lexer?: RangeLexer,
  ) {
    super();
    if (!lexer && source.length > WINDOW) warmUpScanner();
  }

  /** Index in the buffers of the token `k` ahead, lexing more windows if needed, or -1 at the end (EOF or a lexer error). */
  private slot(k: number): number {
    while (this.index + k >= this.count) if (!this.fill()) return -1;
    return this.index + k;
  }

  /** Kind of the token `k` ahead (0 = current). */
  kind(k = 0): Tok {
    const i = this.index + k;
    return i < this.count ? this.kinds[i] : this.kindBeyond(k);
  }
  private kindBeyond(k: number): Tok {
    const i = this.slot(k);
    if (i >= 0) return this.kinds[i];
    if (this.pendingError) {
      this.lexError = this.pendingError;
      return Tok.Error;
    }
    return Tok.Eof;
  }

  /** Offset of the token `k` ahead; at the end, the end of input or the error's offset. */
  offset(k = 0): number {
    const i = this.index + k;
    return i < this.count ? this.starts[i] : this.offsetBeyond(k);
  }
  private offsetBeyond(k: number): number {
    const i = this.slot(k);
    if (i >= 0) return this.starts[i];
    return this.pendingError ? this.pendingError.offset : this.source.length;
  }

  /** End offset of the token `k` ahead; at the end, its offset. */
  end(k = 0): number {
    const i = this.index + k;
    return i < this.count ? this.ends[i] : this.endBeyond(k);
  }
  private endBeyond(k: number): number {
    const i = this.slot(k);
    return i >= 0 ? this.ends[i] : this.offset(k);
  }

  /** Spelling of the current token ('' at the end). */
  image(): string {
    let i = this.index;
    if (i >= this.count) i = this.slot(0);
    return i >= 0 ? this.source.substring(this.starts[i], this.ends[i]) : '';
  }

  /** True when the current token is spelled `text`, compared in the source text without slicing it. */
  isSpelled(text: string): boolean {
    let i = this.index;
    if (i >= this.count) i = this.slot(0);
    if (i < 0) return false;
    const start = this.starts[i];
    const n = text.length;
    if (this.ends[i] - start !== n) return false;
    const src = this.source;
    for (let k = 0; k < n; k++) if (src.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
    return true;
  }

  /** The token `k` ahead as an object. */
  peek(k = 0): Token {
    const i = this.slot(k);
    const kind = this.kind(k);
    const offset = this.offset(k);
    return { kind, offset, image: i >= 0 ? this.source.substring(offset, this.ends[i]) : '' };
  }

  /** Moves to the next token. */
  advance(): void {
    if (this.index < this.count) this.index++;
    if (this.count - this.index < LOOKAHEAD) this.lexAhead();
  }

  /** Lexes the next window if input is left (called when fewer than LOOKAHEAD tokens are lexed ahead). */
  private lexAhead(): void {
    if (this.lexPos < this.source.length && !this.pendingError) this.fill();
  }

  /**
   * Continues at `offset` (after text read by a raw scanner: a dialect symbol body, an affine
   * map). The tokens already lexed are kept when one starts at or after `offset` and none
   * straddles it, as is usual; otherwise lexing restarts there.
   */
  resetTo(offset: number): void {
    for (let i = this.index; i < this.count; i++) {
      if (this.starts[i] >= offset) {
        if (i > 0 && this.ends[i - 1] > offset) break;
        this.index = i;
        if (this.count - i < LOOKAHEAD) this.lexAhead();
        return;
      }
    }
    this.count = 0;
    this.index = 0;
    this.lexPos = offset;
    this.pendingError = undefined;
    this.lexError = undefined;
    this.lexAhead();
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
    // Keep the unread tokens at the front of the buffers.
    const rest = this.count - this.index;
    const firstUnread = rest > 0 ? this.starts[this.index] : this.lexPos;
    if (rest > 0 && this.index > 0) {
      this.kinds.copyWithin(0, this.index, this.count);
      this.starts.copyWithin(0, this.index, this.count);
      this.ends.copyWithin(0, this.index, this.count);
    }
    this.count = rest;
    this.index = 0;
    const before = this.count;
    if (!this.lexer) {
      // The codes of the unread tokens stay with the new window's, for SpanTable lookups.
      this.keepCodes(firstUnread);
      this.pendingError = scanRange(src, this.lexPos, end, this);
    } else {
      const { tokens, error } = this.lexer(src, this.lexPos, end);
      for (const t of tokens) this.push(t.kind, t.offset, t.offset + t.image.length);
      this.pendingError = error;
    }
    this.lexPos = end;
    return this.count > before || this.pendingError !== undefined || this.lexPos < src.length;
  }
}
