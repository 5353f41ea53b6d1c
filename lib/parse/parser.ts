// The parser's core: token access, MLIR-worded errors, aliases and the state shared by every rule.
import { Tok, TOKEN_SPELLING, type Token } from './lexer.js';
import { TokenStream, type RangeLexer } from './token-stream.js';
import { SourceLocations } from './source-locations.js';
import { SpanTable } from './span-table.js';
import { MAX_CACHED_TOKENS, TextCache, type ParsedText } from './text-cache.js';
import { Diagnostic } from '../diag/diagnostic.js';
import type { Location } from '../ir/location.js';
import { ParseFailure } from '../ir/op-asm-parser.js';
import type { MLIRContext } from '../ir/context.js';
import type { Type } from '../ir/types.js';
import type { Attribute } from '../ir/attributes.js';

/**
 * How deep regions, types and attributes may nest. JavaScript's stack is small; past this
 * depth the parser reports an error instead of overflowing it.
 */
export const MAX_NESTING = 300;

/** Parser.positionBase before the text has positions. */
const UNRESERVED = -2;


/** Where the text being parsed comes from. */
export interface SourceInfo {
  filename: string;
  startLine?: number;
  startColumn?: number;
  /** Lex with this instead of the built-in scanner (tests pass the Chevrotain lexer). */
  lexer?: RangeLexer;
}

/**
 * The parser state and its token-level helpers. The grammar rules live in sibling files as
 * functions over this object. Errors are reported to the context's diagnostics and then
 * thrown as ParseFailure, which the entry point catches: like MLIR, parsing stops at the
 * first error.
 */
export class Parser {
  readonly ts: TokenStream;
  private readonly locations: SourceLocations;
  /** The position of offset 0 (see positionAt): UNRESERVED until the first op asks, -1 when the context has none left. */
  private positionBase = UNRESERVED;
  readonly filename: string;
  /** `!name = type` definitions, by name without `!`. */
  readonly typeAliases = new Map<string, Type>();
  /** `#name = attr` definitions, by name without `#`. */
  readonly attrAliases = new Map<string, Attribute>();
  /** Dialects whose op names may be written without prefix, innermost last. */
  readonly defaultDialects: string[] = ['builtin'];
  /** Scalar types (`i32`, `f16`, `index`) by spelling, so that repeated uses skip interning. */
  readonly scalarTypes = new Map<string, Type>();
  /** Dialect types and untyped dialect attributes already parsed, by kind, dialect and body text. */
  readonly dialectSymbols = new Map<string, Type | Attribute>();
  /** `[...]` and `{...}` attributes already parsed, by their text (see parseBracketedAttribute). */
  readonly bracketedAttributes: TextCache<Attribute>;
  /** Bare attribute names of dictionaries already read, the same string for each spelling (see parseAttributeDict). */
  readonly attributeNames: SpanTable<undefined>;
  /** Composite types (function, shaped, complex, tuple, dialect types, aliases) already parsed, by their text (see parseType). */
  readonly types: TextCache<Type>;
  /** Current nesting depth of regions, types and attributes. */
  depth = 0;
  /** The deepest nesting reached since the innermost running `cachedParse` began. */
  private deepest = 0;
  /** Offset just past the last consumed token, for errors reported after it. */
  lastEnd = 0;

  constructor(
    readonly context: MLIRContext,
    readonly source: string,
    info: SourceInfo,
  ) {
    this.ts = new TokenStream(source, info.lexer);
    this.filename = info.filename;
    this.locations = new SourceLocations(context, info.filename, source, info.startLine ?? 1, info.startColumn ?? 1);
    this.bracketedAttributes = new TextCache(this.ts);
    this.attributeNames = new SpanTable(source, this.ts);
    this.types = new TextCache(this.ts);
  }

  // ---- tokens

  /** The current token as an object (allocates: hot paths use kind, offset and image). */
  get tok(): Token {
    return this.ts.peek(0);
  }
  get kind(): Tok {
    return this.ts.kind(0);
  }
  /** Source offset of the current token. */
  get offset(): number {
    return this.ts.offset(0);
  }
  /** Spelling of the current token. */
  get image(): string {
    return this.ts.image();
  }
  peekKind(k: number): Tok {
    return this.ts.kind(k);
  }
  /** Consumes the current token. */
  consume(): void {
    this.lastEnd = this.ts.end();
    this.ts.advance();
  }
  /** Consumes the current token and returns it. */
  take(): Token {
    const t = this.ts.peek(0);
    this.consume();
    return t;
  }
  consumeIf(kind: Tok): boolean {
    if (this.ts.kind(0) !== kind) return false;
    this.consume();
    return true;
  }
  /** True when the current token is the bare identifier or keyword `word`. */
  isKeyword(word: string): boolean {
    return this.ts.kind(0) === Tok.BareId && this.ts.isSpelled(word);
  }
  consumeKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.consume();
    return true;
  }
  /** Consumes `kind`, or reports `message` at the end of the previous line (MLIR's wrong-token rule). */
  expect(kind: Tok, message: string): void {
    if (this.ts.kind(0) !== kind) this.failWrongToken(message);
    this.consume();
  }
  /** As expect, returning the token. */
  expectTake(kind: Tok, message: string): Token {
    if (this.ts.kind(0) !== kind) this.failWrongToken(message);
    return this.take();
  }
  /** Restarts tokenizing at `offset` (after text consumed by a raw scanner). */
  resetTo(offset: number): void {
    this.ts.resetTo(offset);
    this.lastEnd = offset;
  }

  // ---- locations and errors

  /** The FileLineColLoc of a source offset. */
  locationAt(offset: number): Location {
    return this.locations.locationAt(offset);
  }

  /**
   * What an op parsed at `offset` holds for its location: the offset's position in the context
   * (see MLIRContext.reservePositions; the text is numbered when the first op asks), or the
   * location itself once the context has no positions left.
   */
  positionAt(offset: number): Location | number {
    if (this.positionBase === UNRESERVED) this.positionBase = this.context.reservePositions(this.source.length, this.locations);
    return this.positionBase < 0 ? this.locationAt(offset) : this.positionBase + offset;
  }

  /** Emits an error at `offset` (and returns it for notes), unless a lexer error was already due there. */
  emitError(offset: number, message: string): Diagnostic {
    const lexError = this.ts.lexError;
    if (lexError && this.kind === Tok.Error) {
      this.ts.lexError = undefined;
      return this.context.diagnostics.emit(new Diagnostic('error', this.locationAt(lexError.offset), lexError.message));
    }
    return this.context.diagnostics.emit(new Diagnostic('error', this.locationAt(offset), message));
  }

  /** Reports `message` at `offset` and aborts the parse. */
  failAt(offset: number, message: string): never {
    this.emitError(offset, message);
    throw new ParseFailure(message);
  }

  /** Reports `message` at `offset` with a note (at `noteOffset`, or the same place) and aborts. */
  failWithNote(offset: number, message: string, note: string, noteOffset?: number): never {
    const d = this.emitError(offset, message);
    if (d.message === message) d.attachNote(note, noteOffset === undefined ? undefined : this.locationAt(noteOffset));
    throw new ParseFailure(message);
  }

  /** Reports `message` at the current token (one character back at end of file) and aborts. */
  fail(message: string): never {
    const offset = this.offset;
    return this.failAt(this.kind === Tok.Eof ? Math.max(0, offset - 1) : offset, message);
  }

  /**
   * Reports a missing token. When the current token starts a line, MLIR reports at the end of
   * the previous non-blank line (before a `//` comment), where the token was expected.
   */
  failWrongToken(message: string): never {
    let loc = this.kind === Tok.Eof ? Math.max(0, this.offset - 1) : this.offset;
    const src = this.source;
    let end = loc;
    for (;;) {
      while (end > 0 && (src[end - 1] === ' ' || src[end - 1] === '\t')) end--;
      if (end === 0) break;
      if (src[end - 1] !== '\n' && src[end - 1] !== '\r') {
        loc = end;
        break;
      }
      end--;
      const lineStart = Math.max(src.lastIndexOf('\n', end - 1), src.lastIndexOf('\r', end - 1)) + 1;
      const comment = src.indexOf('//', lineStart);
      if (comment >= 0 && comment < end) end = comment;
    }
    return this.failAt(loc, message);
  }

  /** The text of the current token for messages. */
  spelling(kind: Tok): string {
    return TOKEN_SPELLING[kind] ?? '';
  }

  // ---- parses looked up by their text

  /**
   * Index (tokens ahead) of the token closing the bracket at token `first`, counting brackets
   * of every kind alike, or -1 past MAX_CACHED_TOKENS tokens, the end or a lexer error. A guess
   * of an extent for `cachedParse`, which only finds texts parsed before.
   */
  closingToken(first: number): number {
    let open = 0;
    for (let k = first; k < first + MAX_CACHED_TOKENS; k++) {
      switch (this.ts.kind(k)) {
        case Tok.LSquare:
        case Tok.LBrace:
        case Tok.LParen:
        case Tok.Less:
          open++;
          break;
        case Tok.RSquare:
        case Tok.RBrace:
        case Tok.RParen:
        case Tok.Greater:
          if (--open === 0) return k;
          break;
        case Tok.Eof:
        case Tok.Error:
          return -1;
      }
    }
    return -1;
  }

  /** Offset just past the bracket closing the one at token `k`, or -1 (see closingToken). */
  closedEnd(k: number): number {
    const close = this.closingToken(k);
    return close < 0 ? -1 : this.ts.offset(close) + 1;
  }

  /**
   * What `parse` reads from the current token, looked up first among the texts met recently,
   * then by the text up to `endOf`'s offset (-1: unknown). Files repeat the same attributes and
   * types on many ops, and the same text parses to the same interned object when the rule
   * reads nothing past the text's end (`endOf` tells where that is), aliases are never
   * redefined, and the levels it nests below where it starts stay within the nesting limit.
   * A wrong end only misses: hits are texts parsed before.
   */
  cachedParse<T>(cache: TextCache<T>, endOf: (p: this) => number, parse: (p: this) => T): T {
    const start = this.offset;
    const recent = cache.findRecent(start);
    if (recent >= 0) {
      const hit = cache.recentParsed(recent);
      const tokens = cache.recentTokens(recent);
      // The one rule that reads past its text is a `!name` looking for a body (`<`) right
      // after it; endOf accounts for that, a text compared in the source does not.
      if (this.ts.kind(tokens) !== Tok.Less && this.fits(hit)) {
        this.consumeTokens(tokens);
        return hit.value;
      }
    }
    const end = endOf(this);
    const table = cache.table;
    let slot = -1;
    if (end >= 0) {
      slot = table.find(start, end);
      if (slot >= 0) {
        const hit = table.value(slot);
        if (this.fits(hit)) {
          // A text met again is likely to come back soon: it becomes a recent one.
          const tokens = this.tokensTo(end);
          cache.addRecent(table.key(slot), tokens, hit);
          this.consumeTokens(tokens);
          return hit.value;
        }
      }
    }
    // The deepest level the parse reaches decides where else its result may be reused: a
    // text parsed near the top may be reused deeper as long as it stays within the limit.
    const depth = this.depth;
    const outer = this.deepest;
    this.deepest = depth;
    const value = parse(this);
    const levels = this.deepest - depth;
    if (outer > this.deepest) this.deepest = outer;
    if (slot < 0 && end >= 0 && end === this.lastEnd) table.set(slot, this.source.substring(start, end), { value, levels });
    return value;
  }

  /** True when the levels a cached parse went below its start fit here, which it then counts as reached. */
  private fits(hit: ParsedText<unknown>): boolean {
    const deepest = this.depth + hit.levels;
    if (deepest > MAX_NESTING) return false;
    if (deepest > this.deepest) this.deepest = deepest;
    return true;
  }

  /** How many tokens from the current one end by `end`, a token's end. */
  private tokensTo(end: number): number {
    let n = 1;
    while (this.ts.end(n - 1) < end) n++;
    return n;
  }

  /** Consumes `n` tokens. */
  private consumeTokens(n: number): void {
    for (let k = 0; k < n; k++) this.consume();
  }

  // ---- nesting

  /** Runs `fn` one nesting level deeper, failing cleanly past MAX_NESTING. */
  nested<T>(fn: () => T): T {
    if (this.depth >= MAX_NESTING) this.fail(`exceeded maximum nesting depth of ${MAX_NESTING}`);
    if (++this.depth > this.deepest) this.deepest = this.depth;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  // ---- lists

  /**
   * `elem (, elem)*` inside optional delimiters, as MLIR's parseCommaSeparatedList: with
   * delimiters the list may be empty; `context` is appended to the delimiter messages.
   */
  commaList(open: Tok | null, close: Tok | null, elem: () => void, context = ''): void {
    // The messages are built only on failure: a string per list showed in allocation profiles.
    if (open !== null) {
      if (this.ts.kind(0) !== open) this.failWrongToken(`expected '${this.spelling(open)}'${context}`);
      this.consume();
      if (close !== null && this.consumeIf(close)) return;
    }
    elem();
    while (this.consumeIf(Tok.Comma)) elem();
    if (close !== null) {
      if (this.ts.kind(0) !== close) this.failWrongToken(`expected '${this.spelling(close)}'${context}`);
      this.consume();
    }
  }

  /** `elem (, elem)* close`, as MLIR's parseCommaSeparatedListUntil. */
  commaListUntil(close: Tok, elem: () => void, allowEmpty = true): void {
    if (this.kind === close) {
      if (!allowEmpty) this.failWrongToken('expected list element');
      this.consume();
      return;
    }
    elem();
    while (this.consumeIf(Tok.Comma)) elem();
    if (this.ts.kind(0) !== close) this.failWrongToken(`expected ',' or '${this.spelling(close)}'`);
    this.consume();
  }
}
