// A small direct-mapped cache in front of a Map, for interned objects with ids (types, attributes).

/** Slots of the direct-mapped part: a power of two. */
const SLOTS = 256;

/**
 * A Map from types or attributes with a front of 256 slots indexed by the object's id. The
 * printer looks the same few types and attributes up for every op (`i32`, a properties
 * dictionary), and a slot hit is a load and a compare where the Map must hash and probe.
 * The slots only remember what the Map holds, so answers are the Map's.
 */
export class IdCache<K extends { readonly id: number }, V> {
  private readonly keys: (K | null)[] = new Array<K | null>(SLOTS).fill(null);
  private readonly values: (V | undefined)[] = new Array<V | undefined>(SLOTS).fill(undefined);
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
    this.map.set(key, value);
    const slot = key.id & (SLOTS - 1);
    this.keys[slot] = key;
    this.values[slot] = value;
  }
}
