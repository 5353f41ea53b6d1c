// A small cache of what spans of the source text stand for, looked up without slicing the text.

/** Slots of a table (a power of two). */
const SIZE = 512;
/** Characters hashed at most; longer spans are told apart by the comparison. */
const HASHED = 24;

/**
 * Maps spans of one source string (op names, SSA names, attribute names, type keywords) to a
 * string and a value, found by hashing the span's characters in place. A parse meets the same
 * few spellings on every line; slicing each one makes a new string to hash and collect, while a
 * hit here allocates nothing and returns the same string object every time (whose hash V8 keeps,
 * so Maps keyed by it do not hash it again). Direct-mapped: a colliding spelling replaces the
 * old one, so this is a cache, never a source of truth.
 */
export class SpanTable<T> {
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(SIZE).fill(undefined);

  constructor(private readonly source: string) {}

  /**
   * The slot holding `source[start, end)` (>= 0), or, when it is not there, `~slot` (< 0):
   * the slot to `set` once the caller knows what the span stands for.
   */
  find(start: number, end: number): number {
    const src = this.source;
    const stop = end - start > HASHED ? start + HASHED : end;
    let h = end - start;
    for (let i = start; i < stop; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
    const slot = (h ^ (h >>> 9)) & (SIZE - 1);
    const key = this.keys[slot];
    if (key !== undefined && key.length === end - start && src.startsWith(key, start)) return slot;
    return ~slot;
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
    this.keys[~miss] = key;
    this.values[~miss] = value;
  }
}
