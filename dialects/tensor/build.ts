// Building a `tensor.compute`: domain, maps, combiners and a callback that writes the body.
import { AffineMap, dim, type AffineExpr } from '../../lib/affine/index.js';
import {
  AffineMapAttr, ArrayAttr, Builder, DenseArrayAttr, IntegerType, Operation, Region, StringAttr, UnitAttr,
  type Attribute, type BlockArgument, type Location, type Type, type Value,
} from '../../lib/ir/index.js';
import { elementTypeOf, type Combiner, type IteratorKind } from './compute.js';

/** What `buildCompute` needs. */
export interface ComputeSpec {
  readonly inputs: readonly Value[];
  /** One ranked static tensor type per output. */
  readonly resultTypes: readonly Type[];
  readonly bounds: readonly number[];
  /** Per dimension; all parallel when omitted. */
  readonly iterators?: readonly IteratorKind[];
  /** One map per input, numDims = bounds.length. */
  readonly inputMaps: readonly AffineMap[];
  /** One map per output. */
  readonly outputMaps: readonly AffineMap[];
  /** Per output; all `none` when omitted. */
  readonly combiners?: readonly Combiner[];
  /** Per output, an explicit initial value (an attribute of the element type); the combiner's identity where undefined. */
  readonly inits?: readonly (Attribute | undefined)[];
  /**
   * Writes the body with `b` (its insertion point is inside the body) and returns the values
   * to yield, one per output; `args` holds one scalar per input.
   */
  readonly body: (b: Builder, args: readonly BlockArgument[]) => readonly Value[];
}

/**
 * Creates a `tensor.compute` at `b`'s insertion point (detached when it has none) and
 * returns it; the body ends in the `tensor.yield` of what `spec.body` returned. `b`'s
 * insertion point is left where it was. The op is not verified here.
 */
export function buildCompute(b: Builder, location: Location, spec: ComputeSpec): Operation {
  const ctx = b.context;
  const properties = [
    { name: 'bounds', value: DenseArrayAttr.get(IntegerType.get(ctx, 64), spec.bounds.map((x) => BigInt(x))) },
    { name: 'iterators', value: ArrayAttr.get(ctx, (spec.iterators ?? spec.bounds.map(() => 'parallel')).map((k) => StringAttr.get(ctx, k))) },
    { name: 'indexing_maps', value: ArrayAttr.get(ctx, [...spec.inputMaps, ...spec.outputMaps].map((m) => AffineMapAttr.get(ctx, m))) },
    { name: 'combiners', value: ArrayAttr.get(ctx, (spec.combiners ?? spec.resultTypes.map(() => 'none')).map((c) => StringAttr.get(ctx, c))) },
  ];
  if (spec.inits?.some((a) => a)) {
    properties.push({ name: 'inits', value: ArrayAttr.get(ctx, spec.resultTypes.map((_, o) => spec.inits?.[o] ?? UnitAttr.get(ctx))) });
  }
  const region = new Region();
  const saved = b.insertionPoint;
  const block = b.createBlock(region, spec.inputs.map((v) => elementTypeOf(v.type)), undefined, location);
  const yielded = spec.body(b, block.arguments);
  b.create({ name: 'tensor.yield', location, operands: yielded });
  b.insertionPoint = saved;
  return b.insert(Operation.create({ name: 'tensor.compute', location, operands: spec.inputs, resultTypes: spec.resultTypes, properties, regions: [region] }));
}

/** The map `(d0, ..., d<rank-1>) -> (exprs)`; a number n stands for dim n (write constants as `constant(c)`). */
export function accessMap(rank: number, exprs: readonly (AffineExpr | number)[]): AffineMap {
  return AffineMap.get(rank, 0, exprs.map((e) => (typeof e === 'number' ? dim(e) : e)));
}
