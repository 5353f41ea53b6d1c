// The scalar body of a tensor expression under construction: arith/math ops chosen by element
// type (float or integer), constants, index reads and casts, appended at the end of the body block.
import { FloatAttr, FloatType, IndexType, IntegerAttr, IntegerType, type Location, type Type, type Value, type Builder, type Operation } from '../../../lib/ir/index.js';
import {
  AbsFOp, ErfOp, ExpOp, LogOp, PowFOp, RsqrtOp, SqrtOp, TanhOp, AbsIOp,
} from '../../math/ops.js';
import {
  AddFOp, AddIOp, AndIOp, CmpFOp, CmpIOp, ConstantOp, DivFOp, DivSIOp, ExtFOp, ExtSIOp, FPToSIOp, MaxSIOp, MaximumFOp,
  MinSIOp, MinimumFOp, MulFOp, MulIOp, NegFOp, SIToFPOp, SelectOp, SubFOp, SubIOp, TruncFOp, TruncIOp, IndexCastOp,
} from '../../arith/ops.js';
import { IndexOp } from '../../tensor/index.js';

type Def = { create(loc: Location, args: never): Operation };

/** True for float element types. */
export function isFloat(t: Type): t is FloatType {
  return t instanceof FloatType;
}

/** Builds scalar ops at a builder's insertion point (inside a TE body); every method returns the new value. */
export class Body {
  /** Constants already emitted, by type and value: a body states each once. */
  private readonly constants = new Map<string, Value>();
  constructor(
    private readonly b: Builder,
    readonly loc: Location,
  ) {}

  private emit<D extends Def>(def: D, args: Parameters<D['create']>[1]): Value {
    return this.b.insert(def.create(this.loc, args as never)).result(0);
  }

  private binary(f: Def, i: Def, x: Value, y: Value): Value {
    return this.emit(isFloat(x.type) ? f : i, { operands: { lhs: x, rhs: y } } as never);
  }

  add(x: Value, y: Value): Value {
    return this.binary(AddFOp, AddIOp, x, y);
  }
  sub(x: Value, y: Value): Value {
    return this.binary(SubFOp, SubIOp, x, y);
  }
  mul(x: Value, y: Value): Value {
    return this.binary(MulFOp, MulIOp, x, y);
  }
  div(x: Value, y: Value): Value {
    return this.binary(DivFOp, DivSIOp, x, y);
  }
  max(x: Value, y: Value): Value {
    return this.binary(MaximumFOp, MaxSIOp, x, y);
  }
  min(x: Value, y: Value): Value {
    return this.binary(MinimumFOp, MinSIOp, x, y);
  }
  pow(x: Value, y: Value): Value {
    return this.emit(PowFOp, { operands: { lhs: x, rhs: y } } as never);
  }
  and(x: Value, y: Value): Value {
    return this.emit(AndIOp, { operands: { lhs: x, rhs: y } } as never);
  }
  neg(x: Value): Value {
    return isFloat(x.type) ? this.emit(NegFOp, { operands: { operand: x } } as never) : this.sub(this.constant(0, x.type), x);
  }

  private unary(def: Def, x: Value): Value {
    return this.emit(def, { operands: { operand: x } } as never);
  }
  exp(x: Value): Value {
    return this.unary(ExpOp, x);
  }
  log(x: Value): Value {
    return this.unary(LogOp, x);
  }
  sqrt(x: Value): Value {
    return this.unary(SqrtOp, x);
  }
  rsqrt(x: Value): Value {
    return this.unary(RsqrtOp, x);
  }
  tanh(x: Value): Value {
    return this.unary(TanhOp, x);
  }
  erf(x: Value): Value {
    return this.unary(ErfOp, x);
  }
  abs(x: Value): Value {
    return this.unary(isFloat(x.type) ? AbsFOp : AbsIOp, x);
  }

  /** An `arith.constant` of `type` (float, integer or index). */
  constant(value: number, type: Type): Value {
    const key = `${type.id}:${Object.is(value, -0) ? '-0' : value}`;
    let c = this.constants.get(key);
    if (!c) {
      const attr = isFloat(type) ? FloatAttr.get(type, value) : IntegerAttr.get(type, BigInt(value));
      c = this.emit(ConstantOp, { properties: { value: attr }, resultTypes: [type] } as never);
      this.constants.set(key, c);
    }
    return c;
  }
  /** An index constant. */
  index(value: number): Value {
    return this.constant(value, IndexType.get(this.loc.context));
  }

  /** `x < y` (ordered for floats, signed for integers and indices). */
  lt(x: Value, y: Value): Value {
    return isFloat(x.type)
      ? this.emit(CmpFOp, { operands: { lhs: x, rhs: y }, properties: { predicate: 'olt' } } as never)
      : this.emit(CmpIOp, { operands: { lhs: x, rhs: y }, properties: { predicate: 'slt' } } as never);
  }
  /** `x == y` for integers and indices. */
  eq(x: Value, y: Value): Value {
    return this.emit(CmpIOp, { operands: { lhs: x, rhs: y }, properties: { predicate: 'eq' } } as never);
  }
  /** `lo <= x < hi` for an index value and constant bounds. */
  inRange(x: Value, lo: number, hi: number): Value {
    const ge = this.emit(CmpIOp, { operands: { lhs: x, rhs: this.index(lo) }, properties: { predicate: 'sge' } } as never);
    return this.and(ge, this.lt(x, this.index(hi)));
  }
  select(c: Value, x: Value, y: Value): Value {
    return this.emit(SelectOp, { operands: { condition: c, true_value: x, false_value: y } } as never);
  }

  /** Converts `x` to `to`: float widths, integer widths (signed), int <-> float, index <-> int. */
  cast(x: Value, to: Type): Value {
    const from = x.type;
    if (from === to) return x;
    const args = { operands: { in: x }, resultTypes: [to] } as never;
    if (isFloat(from) && isFloat(to)) return this.emit(from.width < to.width ? ExtFOp : TruncFOp, args);
    if (from instanceof IntegerType && isFloat(to)) return this.emit(SIToFPOp, args);
    if (isFloat(from) && to instanceof IntegerType) return this.emit(FPToSIOp, args);
    if (from instanceof IntegerType && to instanceof IntegerType) return this.emit(from.width < to.width ? ExtSIOp : TruncIOp, args);
    if (from instanceof IndexType || to instanceof IndexType) return this.emit(IndexCastOp, args);
    throw new Error(`no cast from ${String(from)} to ${String(to)}`);
  }

  /** The current index of domain dim `d` (`tensor.index`), an `index` value. */
  dimIndex(d: number): Value {
    return this.emit(IndexOp, { properties: { dim: d } } as never);
  }
}
