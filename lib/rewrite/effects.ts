// Memory-effect queries for the rewriter and passes: lib/dialect's, with ops that declare only the
// `Pure` trait (dialects built with makeOpInfo, which does not expand trait implications) read as effect-free.
import type { Operation } from '../ir/operation.js';
import { getMemoryEffects, type MemoryEffect } from '../dialect/interfaces.js';

/** The shared answer for ops without effects (no array per query). */
const NONE: readonly MemoryEffect[] = Object.freeze([]);

/** The memory effects of `op`; undefined when unknown. */
export function effectsOf(op: Operation): readonly MemoryEffect[] | undefined {
  if (op.hasTrait('Pure') && !op.hasTrait('NoMemoryEffect') && !op.hasTrait('RecursiveMemoryEffects')) return NONE;
  return getMemoryEffects(op);
}

/** True when `op` is known to have no memory effects. */
export function isMemoryEffectFree(op: Operation): boolean {
  const e = effectsOf(op);
  return e !== undefined && e.length === 0;
}

/** True when `op` is effect-free and speculatable, so it may be moved or duplicated. */
export function isPure(op: Operation): boolean {
  return isMemoryEffectFree(op) && (op.hasTrait('AlwaysSpeculatable') || op.hasTrait('Pure'));
}

/**
 * True when erasing `op` changes nothing observable: unused results, not a terminator or
 * symbol, and effects (if any) that only read or allocate its own results (MLIR's isOpTriviallyDead).
 */
export function isTriviallyDead(op: Operation): boolean {
  // Uses first: most ops have them, and that answer needs no trait lookup.
  const results = op.results;
  for (let i = 0; i < results.length; i++) if (!results[i].useEmpty) return false;
  if (op.hasTrait('Terminator') || op.hasTrait('Symbol')) return false;
  const e = effectsOf(op);
  return e !== undefined && e.every((x) => x.kind === 'read' || (x.kind === 'allocate' && x.value !== undefined && x.value.definingOp === op));
}
