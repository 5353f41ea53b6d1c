// What every op lowering gets (a builder at the op, its location, TE emitters) and returns:
// the values replacing the op's results.
import { RankedTensorType, type Builder, type Location, type Operation, type Value } from '../../../lib/ir/index.js';
import { EmptyOp } from '../../tensor/index.js';
import { emitTe, type TeSpec } from './te.js';

/** The lowering's view of where it builds. */
export class LowerCx {
  constructor(
    readonly b: Builder,
    readonly loc: Location,
  ) {}
  /**
   * Emits a single-output TE; returns its result. An output with a zero dim (an empty slice,
   * split or broadcast) has nothing to compute, and a TE's bounds must be positive, so it is
   * a `tensor.empty` of that type.
   */
  te(spec: TeSpec): Value {
    const out = spec.outputs[0].type;
    if (out.shape.includes(0)) return this.b.insert(EmptyOp.create(this.loc, { operands: { dynamicSizes: [] }, resultTypes: [out] })).result(0);
    return emitTe(this.b, this.loc, spec).result(0);
  }
}

/**
 * Lowers one graph op to the values replacing its results. Graph ops are verified to have
 * static shapes, so every verified op can be lowered.
 */
export type Lowering = (op: Operation, operands: readonly Value[], cx: LowerCx) => readonly Value[];

/** Result `i` of `op` as a ranked tensor type (the lowering needs static shapes). */
export function resultType(op: Operation, i = 0): RankedTensorType {
  return op.result(i).type as RankedTensorType;
}

/** `axis` made non-negative for a rank-`rank` tensor (numpy's negative axes). */
export function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** The tensor type of `shape` with `v`'s element type. */
export function tensorLike(v: Value, shape: readonly number[]): RankedTensorType {
  return RankedTensorType.get(shape, (v.type as RankedTensorType).elementType);
}
