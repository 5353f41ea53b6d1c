// Memory-effect queries for the rewriter and passes: lib/dialect's, with ops that declare only the
// `Pure` trait (dialects built with makeOpInfo, which does not expand trait implications) read as effect-free.
import type { Operation } from '../ir/operation.js';
import { getMemoryEffects, type MemoryEffect } from '../dialect/interfaces.js';

/** The memory effects of `op`; undefined when unknown. */
export function effectsOf(op: Operation): MemoryEffect[] | undefined {
  if (op.hasTrait('Pure') && !op.hasTrait('NoMemoryEffect') && !op.hasTrait('RecursiveMemoryEffects')) return [];
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
  if (op.hasTrait('Terminator') || op.hasTrait('Symbol')) return false;
  for (const r of op.results) if (!r.useEmpty) return false;
  const e = effectsOf(op);
  return e !== undefined && e.every((x) => x.kind === 'read' || (x.kind === 'allocate' && x.value !== undefined && x.value.definingOp === op));
}
