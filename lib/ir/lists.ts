// The shared empty lists of the IR's objects (operands, results, regions, blocks, arguments).

/**
 * A new empty array of the element kind of the IR's short lists. V8 keeps an array's element
 * kind in its map, and a loop over lists sees the maps of all the lists it meets: `[]` holds
 * small integers, `new Array(n)` is "holey", and an array literal of objects, which is how the
 * IR makes its short lists, is "packed objects". This is an empty one of those.
 */
export function emptyObjectList<T>(): T[] {
  return [null].slice(0, 0) as T[];
}
