// Whether anything the printer may give an alias (`#map`, `#set`, `#loc`, `!tuple`) was ever
// made: until then no op can refer to one, and printing skips looking at every op for one.

let made = false;

/**
 * @internal Called by the constructors of what the printer may alias: affine map and integer
 * set attributes, tuple types, and attributes and types that hold a location. Locations
 * alone do not count: every op has one, and the printer only aliases those held by an
 * attribute or type (an op's own location is aliased only with debug info, which always looks).
 */
export function noteAliasable(): void {
  made = true;
}

/**
 * False while no context of this process has made anything the printer may alias. A flag
 * for the process rather than per context, since an op may hold another context's attributes.
 */
export function aliasableMade(): boolean {
  return made;
}
