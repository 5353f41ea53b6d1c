// Small helpers for verifier messages: errors at a location, and types quoted as MLIR streams them.
import { Diagnostic } from '../diag/diagnostic.js';
import type { Location } from '../ir/location.js';
import type { Type } from '../ir/types.js';

/** Emits an error at `loc` (no op attached, so no `see current operation` note), as mlir::emitError. */
export function emitErrorAt(loc: Location, message: string): Diagnostic {
  return loc.context.diagnostics.emit(new Diagnostic('error', loc, message));
}

/** A type as it appears in MLIR diagnostics: in single quotes. */
export function quoteType(t: Type): string {
  return `'${String(t)}'`;
}

/** Types as a diagnostic streams a type range: quoted, comma separated. */
export function quoteTypes(types: readonly Type[]): string {
  return types.map(quoteType).join(', ');
}
