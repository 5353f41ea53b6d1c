// A small direct-mapped cache in front of a Map, for interned objects with ids (types, attributes).

/** Slots of the direct-mapped part: a power of two. */
const SLOTS = 256;

/** The slots of every cache that was never written (not frozen: the slot loads stay of one array kind). */
const EMPTY_KEYS: null[] = new Array<null>(SLOTS).fill(null);
const EMPTY_VALUES: undefined[] = new Array<undefined>(SLOTS).fill(undefined);

/**
 * A Map from types or attributes with a front of 256 slots indexed by the object's id. The
 * printer looks the same few types and attributes up for every op (`i32`, a properties
 * dictionary), and a slot hit is a load and a compare where the Map must hash and probe.
 * The slots only remember what the Map holds, so answers are the Map's.
 */
export class IdCache<K extends { readonly id: number }, V> {
  /**
   * The slots, shared empty ones until the first `set`: a printer made for one type or
   * attribute (`printType`, a result name hint's `String(type)`) allocated and filled four
   * caches' slots, some 20 KB per call. A hit in `get` implies a `set`, so the shared slots
   * are never written.
   */
  private keys: (K | null)[] = EMPTY_KEYS;
  private values: (V | undefined)[] = EMPTY_VALUES;
  private readonly map = new Map<K, V>();

  get(key: K): V | undefined {
    const slot = key.id & (SLOTS - 1);
    if (this.keys[slot] === key) return this.values[slot];
    const value = this.map.get(key);
    if (value !== undefined) {
      this.keys[slot] = key;
      this.values[slot] = value;
    }
    return value;
  }

  set(key: K, value: V): void {
    if (this.keys === EMPTY_KEYS) {
      this.keys = new Array<K | null>(SLOTS).fill(null);
      this.values = new Array<V | undefined>(SLOTS).fill(undefined);
    }
    this.map.set(key, value);
    const slot = key.id & (SLOTS - 1);
    this.keys[slot] = key;
    this.values[slot] = value;
  }
}
