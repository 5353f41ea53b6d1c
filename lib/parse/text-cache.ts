// What texts of the source parsed to, for Parser.cachedParse: the last few such texts, and a table of many.
import { SpanTable } from './span-table.js';
import type { TokenStream } from './token-stream.js';

/** A value parsed from a text, and how many nesting levels below its start the parse went. */
export interface ParsedText<T> {
  value: T;
  levels: number;
}

/** Tokens a text may span to be looked up by Parser.cachedParse (longer ones are parsed every time). */
export const MAX_CACHED_TOKENS = 64;

/** How many of the texts found last are compared with the source at the cursor. */
const RECENT = 4;

/**
 * Texts of one kind (types, bracketed attributes) and what they parsed to. Texts met more
 * than once are kept among the recent ones, found by comparing them with the source at the
 * cursor before the extent of the text there is known: ops repeat the text of the op before
 * them (`: (i32, i32) -> i32`), and measuring that extent from the tokens and hashing it cost
 * more than parsing such a text again. Other texts are found in `table`, by their extent.
 */
export class TextCache<T> {
  readonly table: SpanTable<ParsedText<T>>;
  private readonly texts: string[] = [];
  private readonly parsed: ParsedText<T>[] = [];
  /** How many tokens each recent text spans. */
  private readonly tokens: number[] = [];
  /** The slot that the next text replaces, once all are taken. */
  private next = 0;
  /** The slot found last, compared first. */
  private last = 0;

  private readonly source: string;

  constructor(
    /** The tokens of the source the texts are in, read at their current token; its buffers serve the table's look-ups too (see SpanTable). */
    private readonly ts: TokenStream,
  ) {
    this.source = ts.source;
    this.table = new SpanTable(ts.source, ts);
  }

  /** The recent slot whose text is the one at the stream's current token, which starts at `start`; or -1. */
  findRecent(start: number): number {
    const n = this.texts.length;
    for (let j = 0, i = this.last; j < n; j++, i = i + 1 === n ? 0 : i + 1) {
      if (this.isAt(start, i)) return (this.last = i);
    }
    return -1;
  }

  /**
   * True when the text of slot `i` is at `start` and a token ends where it does: the same
   * characters from a token's start are the same tokens but for the last, which might go on
   * (`i32`, `i320`). The token's end is checked first, from the token buffers: it rules out
   * most other texts without reading a character. A slice compared whole is cheaper than
   * comparing characters one by one (`startsWith` included).
   */
  private isAt(start: number, i: number): boolean {
    const text = this.texts[i];
    const end = start + text.length;
    return this.ts.end(this.tokens[i] - 1) === end && this.source.substring(start, end) === text;
  }

  /** What the text at a slot findRecent returned parsed to. */
  recentParsed(slot: number): ParsedText<T> {
    return this.parsed[slot];
  }

  /** How many tokens the text at a slot findRecent returned spans. */
  recentTokens(slot: number): number {
    return this.tokens[slot];
  }

  /** Records that `text`, of `tokens` tokens, parsed to `parsed`, as the text found last. */
  addRecent(text: string, tokens: number, parsed: ParsedText<T>): void {
    const slot = this.texts.length < RECENT ? this.texts.length : this.next;
    this.next = (slot + 1) % RECENT;
    this.texts[slot] = text;
    this.tokens[slot] = tokens;
    this.parsed[slot] = parsed;
    this.last = slot;
  }
}
