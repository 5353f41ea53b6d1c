// A tensor expression to emit (domain, inputs with maps, outputs with maps and combiners, body),
// and its emission as one `tensor.compute` at the rewriter's insertion point.
import type { Builder, Location, Operation, RankedTensorType, Type, Value } from '../../../lib/ir/index.js';
import { buildCompute, type Combiner, type IteratorKind } from '../../tensor/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import { Body } from './body.js';

/** One output of a tensor expression. */
export interface TeOutput {
  readonly type: RankedTensorType;
  readonly map: AffineMap;
  /** `none` unless given; a combiner starts from its identity (0, 1, -inf, +inf). */
  readonly combiner?: Combiner;
}

/** Everything a `tensor.compute` needs. */
export interface TeSpec {
  readonly bounds: readonly number[];
  /** Parallel everywhere unless given. */
  readonly iterators?: readonly IteratorKind[];
  readonly inputs: readonly Value[];
  readonly inputMaps: readonly AffineMap[];
  readonly outputs: readonly TeOutput[];
  /** Builds the body from one scalar argument per input; returns one value per output. */
  body(b: Body, args: readonly Value[]): readonly Value[];
}

/** The element type of a ranked tensor value. */
export function elementType(v: Value): Type {
  return (v.type as RankedTensorType).elementType;
}

/** The shape of a ranked tensor value. */
export function shapeOf(v: Value | Type): readonly number[] {
  const t = 'type' in v ? v.type : v;
  return (t as RankedTensorType).shape;
}

/** Emits `spec` as one tensor.compute at `b`'s insertion point and returns it. */
export function emitTe(b: Builder, loc: Location, spec: TeSpec): Operation {
  return buildCompute(b, loc, {
    inputs: spec.inputs,
    resultTypes: spec.outputs.map((o) => o.type),
    bounds: spec.bounds,
    iterators: spec.iterators,
    inputMaps: spec.inputMaps,
    outputMaps: spec.outputs.map((o) => o.map),
    combiners: spec.outputs.map((o) => o.combiner ?? 'none'),
    body: (inner, args) => spec.body(new Body(inner, loc), args),
  });
}
