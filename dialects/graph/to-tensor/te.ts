// A tensor expression to emit (domain, inputs with maps, outputs with maps and combiners, body),
// and its emission as one `tensor.compute` at the rewriter's insertion point.
import {
  FloatAttr, FloatType, IntegerAttr, type Attribute, type Builder, type Location, type MLIRContext, type Operation, type RankedTensorType, type Type, type Value,
} from '../../../lib/ir/index.js';
import { buildCompute } from '../../tensor/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import { Body } from './body.js';

/** Iterator kind of one domain dimension. */
export type Iterator = 'parallel' | 'reduction';
/** How an output accumulates the values its body yields. */
export type Combiner = 'none' | 'add' | 'mul' | 'max' | 'min';

/** One output of a tensor expression. */
export interface TeOutput {
  readonly type: RankedTensorType;
  readonly map: AffineMap;
  /** `none` unless given. */
  readonly combiner?: Combiner;
  /** The initial value; the combiner's identity unless given. */
  readonly init?: number;
}

/** Everything a `tensor.compute` needs. */
export interface TeSpec {
  readonly bounds: readonly number[];
  /** Parallel everywhere unless given. */
  readonly iterators?: readonly Iterator[];
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
  const ctx = b.context;
  return buildCompute(b, loc, {
    inputs: spec.inputs,
    resultTypes: spec.outputs.map((o) => o.type),
    bounds: spec.bounds,
    iterators: spec.iterators,
    inputMaps: spec.inputMaps,
    outputMaps: spec.outputs.map((o) => o.map),
    combiners: spec.outputs.map((o) => o.combiner ?? 'none'),
    inits: spec.outputs.map((o) => (o.init === undefined ? undefined : initAttr(ctx, o.type.elementType, o.init))),
    body: (inner, args) => spec.body(new Body(inner, loc), args),
  });
}

function initAttr(ctx: MLIRContext, type: Type, value: number): Attribute {
  return type instanceof FloatType ? FloatAttr.get(type, value) : IntegerAttr.get(type, BigInt(value));
}
