// What every op lowering gets (a builder at the op, its location, TE emitters) and returns:
// the values replacing the op's results, or the reason it cannot be lowered.
import { RankedTensorType, type Builder, type Location, type Operation, type Value } from '../../../lib/ir/index.js';
import { emitTe, type TeSpec } from './te.js';

/** The lowering's view of where it builds. */
export class LowerCx {
  constructor(
    readonly b: Builder,
    readonly loc: Location,
  ) {}
  /** Emits a single-output TE; returns its result. */
  te(spec: TeSpec): Value {
    return emitTe(this.b, this.loc, spec).result(0);
  }
  /** Emits a TE; returns the op. */
  teOp(spec: TeSpec): Operation {
    return emitTe(this.b, this.loc, spec);
  }
}

/** Lowers one graph op: the replacement values, or a reason (lowercase, says what is missing). */
export type Lowering = (op: Operation, operands: readonly Value[], cx: LowerCx) => readonly Value[] | string;

/** Result `i` of `op` as a ranked tensor type (the lowering needs static shapes). */
export function resultType(op: Operation, i = 0): RankedTensorType {
  return op.result(i).type as RankedTensorType;
}

/** The tensor type of `shape` with `v`'s element type. */
export function tensorLike(v: Value, shape: readonly number[]): RankedTensorType {
  return RankedTensorType.get(shape, (v.type as RankedTensorType).elementType);
}

/** Why `op` cannot be lowered when a value has no static ranked tensor type, else undefined. */
export function needsStaticShapes(op: Operation): string | undefined {
  for (const v of [...op.operands, ...op.results]) {
    const t = v.type;
    if (!(t instanceof RankedTensorType)) return `needs ranked tensor operands and results, got ${String(t)}`;
    if (t.shape.some((d) => d < 0)) return `needs static shapes, got ${String(t)}`;
  }
  return undefined;
}
