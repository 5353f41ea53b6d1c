// Memory-effect queries for the rewriter and passes: lib/dialect's, with ops that declare only the
// `Pure` trait (dialects built with makeOpInfo, which does not expand trait implications) read as effect-free.
import type { Operation } from '../ir/operation.js';
import type { OperationName } from '../ir/context.js';
import { getMemoryEffects, type MemoryEffect } from '../dialect/interfaces.js';

/** The shared answer for ops without effects (no array per query). */
export const NO_MEMORY_EFFECTS: readonly MemoryEffect[] = Object.freeze([]);

/** What the traits of an op name say about its effects and deadness. */
interface NameEffects {
  /** No effects whatever the op holds: `NoMemoryEffect` or `Pure`, and not `RecursiveMemoryEffects`. */
  readonly none: boolean;
  /** A terminator or a symbol: never trivially dead. */
  readonly kept: boolean;
}

/**
 * The facts of each op name, found once: the greedy driver and CSE ask for every op they
 * visit, and each answer took several trait lookups (and an empty array) per op. Traits are
 * fixed when a name is made, so the answer cannot go stale.
 */
const byName = new WeakMap<OperationName, NameEffects>();

function nameEffects(name: OperationName): NameEffects {
  let facts = byName.get(name);
  if (facts === undefined) {
    facts = {
      // As getMemoryEffects, which answers [] for these without looking at the op.
      none: (name.hasTrait('NoMemoryEffect') || name.hasTrait('Pure')) && !name.hasTrait('RecursiveMemoryEffects'),
      kept: name.hasTrait('Terminator') || name.hasTrait('Symbol'),
    };
    byName.set(name, facts);
  }
  return facts;
}

/** True when the traits of ops named `name` say they have no memory effects, whatever else they hold. */
export function effectFreeByTraits(name: OperationName): boolean {
  return nameEffects(name).none;
}

/** The memory effects of `op`; undefined when unknown. */
export function effectsOf(op: Operation): readonly MemoryEffect[] | undefined {
  return nameEffects(op.name).none ? NO_MEMORY_EFFECTS : getMemoryEffects(op);
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
  const facts = nameEffects(op.name);
  if (facts.kept) return false;
  if (facts.none) return true;
  const e = getMemoryEffects(op);
  return e !== undefined && e.every((x) => x.kind === 'read' || (x.kind === 'allocate' && x.value !== undefined && x.value.definingOp === op));
}
