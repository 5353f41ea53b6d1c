// A small cache of what spans of the source text stand for, looked up without slicing the text.
import type { TokenBuffer } from './scanner.js';

/** Slots of a table over a long source (a power of two). */
const MAX_SLOTS = 512;
/** Slots of a table over a short source (a power of two), such as a type parsed from a string. */
const MIN_SLOTS = 16;
/**
 * Source characters per slot: a cached span with the text around it (a `%` and a separator,
 * an `=` and a value) takes several characters, so a source this many times longer than a
 * table cannot fill it, and any source of MAX_SLOTS * CHARS_PER_SLOT characters or more gets
 * the largest table.
 */
const CHARS_PER_SLOT = 4;
/** Characters hashed at most; longer spans are told apart by the comparison. */
const HASHED = 24;
/** Characters of a key kept as codes for the comparison; longer keys are compared as strings. */
const KEY_CODES = 64;

/**
 * Maps spans of one source string (SSA names, attribute names, the texts of TextCache) to a
 * string and a value, found by hashing the span's characters in place. A parse meets the same
 * few spellings on every line; slicing each one makes a new string to hash and collect, while a
 * hit here allocates nothing and returns the same string object every time (whose hash V8 keeps,
 * so Maps keyed by it do not hash it again). Direct-mapped: a colliding spelling replaces the
 * old one, so this is a cache, never a source of truth.
 *
 * Given the token stream's buffer, a span the scanner's codes still cover is hashed and
 * compared in those codes and in codes kept of each ASCII key: in V8 a `charCodeAt` costs
 * about 25 instructions and `startsWith` about 300, a typed array read a few.
 */
export class SpanTable<T> {
  /**
   * How many slots the table has (a power of two), sized to the source: a parser makes four
   * tables, and at the largest size their key codes alone are 128 KB, which a short source
   * (an attribute parsed from a string, a small file) would zero and never use.
   */
  readonly slots: number;
  private readonly keys: (string | undefined)[];
  private readonly values: (T | undefined)[];
  /** Per slot, the codes of its key, when `keyCoded` says they are there. */
  private readonly keyCodes: Uint8Array;
  /** Per slot, 1 when its key is ASCII, at most KEY_CODES long, and in `keyCodes`. */
  private readonly keyCoded: Uint8Array;

  constructor(
    private readonly source: string,
    /** The buffer of the scanner lexing `source`, whose codes the lookups read where they cover the span. */
    private readonly tokens?: TokenBuffer,
  ) {
    const slots = slotsFor(source.length);
    this.slots = slots;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.keyCodes = new Uint8Array(tokens ? slots * KEY_CODES : 0);
    this.keyCoded = new Uint8Array(slots);
  }

  /**
   * The slot holding `source[start, end)` (>= 0), or, when it is not there, `~slot` (< 0):
   * the slot to `set` once the caller knows what the span stands for.
   */
  find(start: number, end: number): number {
    const tokens = this.tokens;
    if (tokens !== undefined && start >= tokens.codesStart && end <= tokens.codesEnd) return this.findInCodes(tokens, start, end);
    const src = this.source;
    const n = end - start;
    const stop = n > HASHED ? start + HASHED : end;
    let h = n;
    for (let i = start; i < stop; i++) {
      const c = src.charCodeAt(i);
      // As the scanner's codes read: the same hash on both paths.
      h = (Math.imul(h, 31) + (c < 128 ? c : 128)) | 0;
    }
    const slot = (h ^ (h >>> 9)) & (this.slots - 1);
    const key = this.keys[slot];
    if (key !== undefined && key.length === n && src.startsWith(key, start)) return slot;
    return ~slot;
  }

  /** `find` over the scanner's codes of the span. */
  private findInCodes(tokens: TokenBuffer, start: number, end: number): number {
    const codes = tokens.codes;
    const n = end - start;
    const at = start - tokens.codesStart;
    const stop = at + (n > HASHED ? HASHED : n);
    let h = n;
    for (let i = at; i < stop; i++) h = (Math.imul(h, 31) + codes[i]) | 0;
    const slot = (h ^ (h >>> 9)) & (this.slots - 1);
    const key = this.keys[slot];
    if (key === undefined || key.length !== n) return ~slot;
    if (this.keyCoded[slot] === 0) return this.source.startsWith(key, start) ? slot : ~slot;
    // An ASCII key: equal codes are equal text (a non-ASCII character's code, 128, matches none).
    const keyCodes = this.keyCodes;
    const from = slot * KEY_CODES;
    for (let k = 0; k < n; k++) if (codes[at + k] !== keyCodes[from + k]) return ~slot;
    return slot;
  }

  /** The span's text, at a slot `find` returned. */
  key(slot: number): string {
    return this.keys[slot] as string;
  }

  /** What the span stands for, at a slot `find` returned. */
  value(slot: number): T {
    return this.values[slot] as T;
  }

  /** Stores the span's text and value at `~miss`, a miss `find` returned. */
  set(miss: number, key: string, value: T): void {
    const slot = ~miss;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.keyCoded[slot] = this.keyCodes.length > 0 && storeAscii(key, this.keyCodes, slot * KEY_CODES) ? 1 : 0;
  }
}

/** The slots of a table over a source of `length` characters. */
function slotsFor(length: number): number {
  let slots = MIN_SLOTS;
  while (slots < MAX_SLOTS && slots * CHARS_PER_SLOT < length) slots *= 2;
  return slots;
}

/** Writes the codes of `key` at `at` in `codes` and returns true, or false when it is longer than KEY_CODES or not ASCII. */
function storeAscii(key: string, codes: Uint8Array, at: number): boolean {
  if (key.length > KEY_CODES) return false;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 128) return false;
    codes[at + k] = c;
  }
  return true;
}
