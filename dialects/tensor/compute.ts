// Accessors of `tensor.compute` (the contract LOWER and TENSOR-PASSES code against): domain,
// iterator kinds, indexing maps, combiners and initial values, read from its properties.
import {
  AffineMapAttr, ArrayAttr, DenseArrayAttr, FloatAttr, FloatType, IntegerAttr, IntegerType, RankedTensorType, StringAttr, UnitAttr,
  type Attribute, type Block, type Operation, type Type, type Value,
} from '../../lib/ir/index.js';
import type { AffineMap } from '../../lib/affine/index.js';

/** How a domain dimension is iterated. */
export type IteratorKind = 'parallel' | 'reduction';
/** How an output element accumulates the values yielded for it. */
export type Combiner = 'none' | 'add' | 'mul' | 'max' | 'min';

export const ITERATOR_KINDS: readonly IteratorKind[] = Object.freeze(['parallel', 'reduction']);
export const COMBINERS: readonly Combiner[] = Object.freeze(['none', 'add', 'mul', 'max', 'min']);

/** The names of the properties of `tensor.compute`. */
export const COMPUTE_PROPS = Object.freeze(['bounds', 'iterators', 'indexing_maps', 'combiners', 'inits'] as const);

function strings(op: Operation, name: string): string[] {
  const a = op.getAttr(name);
  return a instanceof ArrayAttr ? a.elements.map((e) => (e instanceof StringAttr ? e.value : '')) : [];
}

/** The static iteration domain: one positive extent per dimension. */
export function computeBounds(op: Operation): number[] {
  const a = op.getAttr('bounds');
  return a instanceof DenseArrayAttr ? a.values.map(Number) : [];
}

/** The iterator kind of each domain dimension. */
export function computeIterators(op: Operation): IteratorKind[] {
  return strings(op, 'iterators') as IteratorKind[];
}

/** Every indexing map: one per input, then one per output. */
export function indexingMaps(op: Operation): AffineMap[] {
  const a = op.getAttr('indexing_maps');
  // A malformed list (possible before verification) reads as empty rather than holding holes.
  if (!(a instanceof ArrayAttr) || !a.elements.every((e) => e instanceof AffineMapAttr)) return [];
  return a.elements.map((e) => (e as AffineMapAttr).value);
}

/** The indexing map of each input, from domain points to the input's indices. */
export function inputMaps(op: Operation): AffineMap[] {
  return indexingMaps(op).slice(0, op.numOperands);
}

/** The indexing map of each output (result), from domain points to its indices. */
export function outputMaps(op: Operation): AffineMap[] {
  return indexingMaps(op).slice(op.numOperands);
}

/** The combiner of each output. */
export function computeCombiners(op: Operation): Combiner[] {
  return strings(op, 'combiners') as Combiner[];
}

/** The positions of the reduction dimensions. */
export function reductionDims(op: Operation): number[] {
  return computeIterators(op).flatMap((k, d) => (k === 'reduction' ? [d] : []));
}

/** The positions of the parallel dimensions. */
export function parallelDims(op: Operation): number[] {
  return computeIterators(op).flatMap((k, d) => (k === 'parallel' ? [d] : []));
}

/** The body block: one argument per input, ending in `tensor.yield`. */
export function computeBody(op: Operation): Block {
  return op.regions[0].entry!;
}

/** The values the body yields, one per output. */
export function yieldedValues(op: Operation): Value[] {
  const last = op.regions[0].entry?.last;
  return last?.name.name === 'tensor.yield' ? last.operands : [];
}

/** The element type of a ranked tensor type (the type itself otherwise). */
export function elementTypeOf(t: Type): Type {
  return t instanceof RankedTensorType ? t.elementType : t;
}

/**
 * The identity of `combiner` as an attribute of `type` (0, 1, -inf / +inf for floats, the
 * smallest / largest signed integer for integers, 0 / 1 for i1); undefined for `none`.
 */
export function combinerIdentity(combiner: Combiner, type: Type): Attribute | undefined {
  if (combiner === 'none') return undefined;
  if (type instanceof FloatType) {
    const value = { add: 0, mul: 1, max: -Infinity, min: Infinity }[combiner];
    return FloatAttr.get(type, value);
  }
  if (type instanceof IntegerType) {
    // i1 holds 0 and 1 (booleans: max is or, min is and); wider integers are signed.
    const min = type.width === 1 ? 0n : -(1n << BigInt(type.width - 1));
    const max = type.width === 1 ? 1n : -min - 1n;
    const value = { add: 0n, mul: 1n, max: min, min: max }[combiner];
    return IntegerAttr.get(type, value);
  }
  return undefined;
}

/** Whether `a` may stand in `inits`: a typed attribute (the value) or unit (the combiner's identity). */
export function isInitEntry(a: Attribute): boolean {
  return a instanceof UnitAttr || 'type' in a;
}

/** The explicit initial value of each output, undefined where the combiner's identity applies. */
export function explicitInits(op: Operation): (Attribute | undefined)[] {
  const a = op.getAttr('inits');
  const list = a instanceof ArrayAttr ? a.elements : [];
  return Array.from({ length: op.numResults }, (_, o) => (list[o] && !(list[o] instanceof UnitAttr) ? list[o] : undefined));
}

/** The initial value of each output: the explicit one, else the combiner's identity (undefined for `none`). */
export function computeInits(op: Operation): (Attribute | undefined)[] {
  const combiners = computeCombiners(op);
  return explicitInits(op).map((a, o) => a ?? combinerIdentity(combiners[o] ?? 'none', elementTypeOf(op.result(o).type)));
}
