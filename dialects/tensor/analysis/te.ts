// A read-only view of a `tensor.compute` for the analysis and the fusion passes: its domain,
// maps and combiners, sizes in elements and bytes, and the cost of its body.
import { FloatType, IntegerType, RankedTensorType, type Operation, type Type, type Value } from '../../../lib/ir/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import {
  computeBody,
  computeBounds,
  computeCombiners,
  computeIterators,
  inputMaps,
  outputMaps,
  type Combiner,
  type IteratorKind,
} from '../index.js';

/** True for a `tensor.compute`. */
export function isCompute(op: Operation | null | undefined): op is Operation {
  return op?.name.name === 'tensor.compute';
}

/** The `tensor.compute` that defines `v`, when one does. */
export function producerOf(v: Value): Operation | undefined {
  const def = v.definingOp;
  return isCompute(def) ? def : undefined;
}

/** What the passes read of one TE, once. */
export interface TeView {
  readonly op: Operation;
  readonly bounds: readonly number[];
  readonly iterators: readonly IteratorKind[];
  readonly inputMaps: readonly AffineMap[];
  readonly outputMaps: readonly AffineMap[];
  readonly combiners: readonly Combiner[];
}

/** Reads the TE's properties. */
export function viewTe(op: Operation): TeView {
  return {
    op,
    bounds: computeBounds(op),
    iterators: computeIterators(op),
    inputMaps: inputMaps(op),
    outputMaps: outputMaps(op),
    combiners: computeCombiners(op),
  };
}

/** True when some dim of the domain is a reduction. */
export function reduces(te: TeView): boolean {
  return te.iterators.includes('reduction');
}

/** The number of points of a domain. */
export function domainSize(bounds: readonly number[]): number {
  return bounds.reduce((a, b) => a * b, 1);
}

/** The number of elements of a static ranked tensor type (1 for a scalar type). */
export function elementCount(t: Type): number {
  return t instanceof RankedTensorType ? domainSize(t.shape) : 1;
}

/** The shape of a ranked tensor type (empty for any other type). */
export function shapeOf(t: Type): readonly number[] {
  return t instanceof RankedTensorType ? t.shape : [];
}

/** Bytes per element of a tensor type (4 when the width is unknown). */
export function elementBytes(t: Type): number {
  const e = t instanceof RankedTensorType ? t.elementType : t;
  if (e instanceof FloatType || e instanceof IntegerType) return Math.max(1, Math.ceil(e.width / 8));
  return 4;
}

/** The number of ops of the body, its terminator left out. */
export function bodySize(op: Operation): number {
  let n = 0;
  for (const inner of computeBody(op)) if (inner.name.name !== 'tensor.yield') n++;
  return n;
}

// Transcendental functions cost several multiply-adds on a GPU's special-function units; the
// weights only need to rank bodies, not to predict time.
const EXPENSIVE = /^math\.(exp|exp2|expm1|log|log2|log10|log1p|erf|erfc|tanh|sin|cos|tan|atan|atan2|pow|powf|fpowi|sqrt|rsqrt|cbrt)$|^arith\.(divf|remf|divsi|divui|remsi|remui)$/;

/** The arithmetic work of one evaluation of the body (1 per op, 8 per division or transcendental). */
export function bodyCost(op: Operation): number {
  let cost = 0;
  for (const inner of computeBody(op)) {
    const name = inner.name.name;
    if (name === 'tensor.yield' || name === 'tensor.index' || name === 'arith.constant') continue;
    cost += EXPENSIVE.test(name) ? 8 : 1;
  }
  return cost;
}

/** True when `map` permutes the dims of its domain (no symbols), so that it can be inverted. */
export function isPermutationMap(map: AffineMap): boolean {
  return map.numResults === map.numDims && map.numSymbols === 0 && map.isPermutation();
}
