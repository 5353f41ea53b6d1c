// The scalar body of a tensor expression under construction: arith/math ops on the element
// type, index arithmetic for masks, constants (each stated once), casts and `tensor.index`.
import { FloatAttr, FloatType, IndexType, IntegerAttr, IntegerType, type Builder, type Location, type Operation, type Type, type Value } from '../../../lib/ir/index.js';
import { AbsFOp, ErfOp, ExpOp, LogOp, PowFOp, RsqrtOp, SqrtOp, TanhOp } from '../../math/ops.js';
import {
  AddFOp, AddIOp, AndIOp, CmpFOp, CmpIOp, ConstantOp, DivFOp, ExtFOp, ExtSIOp, FPToSIOp, MaximumFOp, MinimumFOp, MulFOp,
  ExtUIOp, MulIOp, NegFOp, OrIOp, SIToFPOp, SelectOp, SubFOp, TruncFOp, TruncIOp, UIToFPOp, XOrIOp,
} from '../../arith/ops.js';
import { IndexOp } from '../../tensor/index.js';

/** An op definition built from two operands (arith and math binary ops). */
type BinaryDef = { create(loc: Location, args: { operands: { lhs: Value; rhs: Value } }): Operation };
/** An op definition built from one operand (unary float ops). */
type UnaryDef = { create(loc: Location, args: { operands: { operand: Value } }): Operation };
/** An op definition built from one operand and its result type (casts). */
type CastDef = { create(loc: Location, args: { operands: { in: Value }; resultTypes: Type[] }): Operation };

/**
 * Builds scalar ops at a builder's insertion point (inside a TE body); every method returns
 * the new value. Element values are floats (graph ops compute on floats); integer arithmetic
 * is for `index` values (window positions, masks).
 */
export class Body {
  /** Constants already emitted, by type and value: a body states each once. */
  private readonly constants = new Map<string, Value>();
  constructor(
    private readonly b: Builder,
    readonly loc: Location,
  ) {}

  private put(op: Operation): Value {
    return this.b.insert(op).result(0);
  }
  private binary(def: BinaryDef, lhs: Value, rhs: Value): Value {
    return this.put(def.create(this.loc, { operands: { lhs, rhs } }));
  }
  private unary(def: UnaryDef, operand: Value): Value {
    return this.put(def.create(this.loc, { operands: { operand } }));
  }

  /** `x + y` on floats or indices. */
  add(x: Value, y: Value): Value {
    return this.binary(x.type instanceof FloatType ? AddFOp : AddIOp, x, y);
  }
  /** `x * y` on floats or indices. */
  mul(x: Value, y: Value): Value {
    return this.binary(x.type instanceof FloatType ? MulFOp : MulIOp, x, y);
  }
  sub(x: Value, y: Value): Value {
    return this.binary(SubFOp, x, y);
  }
  div(x: Value, y: Value): Value {
    return this.binary(DivFOp, x, y);
  }
  max(x: Value, y: Value): Value {
    return this.binary(MaximumFOp, x, y);
  }
  min(x: Value, y: Value): Value {
    return this.binary(MinimumFOp, x, y);
  }
  pow(x: Value, y: Value): Value {
    return this.binary(PowFOp, x, y);
  }
  /** `x and y` on i1. */
  and(x: Value, y: Value): Value {
    return this.binary(AndIOp, x, y);
  }
  /** `x or y` on i1. */
  or(x: Value, y: Value): Value {
    return this.binary(OrIOp, x, y);
  }
  /** `x xor y` on i1. */
  xor(x: Value, y: Value): Value {
    return this.binary(XOrIOp, x, y);
  }
  /** `not x` on i1 (xor with true). */
  not(x: Value): Value {
    return this.xor(x, this.constant(1, x.type));
  }
  neg(x: Value): Value {
    return this.unary(NegFOp, x);
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
    return this.unary(AbsFOp, x);
  }

  /** An `arith.constant` of `type` (float, integer or index). */
  constant(value: number, type: Type): Value {
    const key = `${type.id}:${Object.is(value, -0) ? '-0' : value}`;
    let c = this.constants.get(key);
    if (!c) {
      const attr = type instanceof FloatType ? FloatAttr.get(type, value) : IntegerAttr.get(type, BigInt(value));
      c = this.put(ConstantOp.create(this.loc, { properties: { value: attr }, resultTypes: [type] }));
      this.constants.set(key, c);
    }
    return c;
  }
  /** An index constant. */
  index(value: number): Value {
    return this.constant(value, IndexType.get(this.loc.context));
  }

  private cmp(predicate: 'slt' | 'sge', lhs: Value, rhs: Value): Value {
    return this.put(CmpIOp.create(this.loc, { operands: { lhs, rhs }, properties: { predicate } }));
  }
  /** `x < y` for index values. */
  lt(x: Value, y: Value): Value {
    return this.cmp('slt', x, y);
  }
  /** `lo <= x < hi` for an index value and constant bounds. */
  inRange(x: Value, lo: number, hi: number): Value {
    return this.and(this.cmp('sge', x, this.index(lo)), this.lt(x, this.index(hi)));
  }
  /** `x <op> y` on floats (ordered: false with a NaN, as ONNX) or signed integers; an i1. */
  compare(op: 'eq' | 'lt' | 'gt' | 'le' | 'ge', x: Value, y: Value): Value {
    if (x.type instanceof FloatType) return this.put(CmpFOp.create(this.loc, { operands: { lhs: x, rhs: y }, properties: { predicate: `o${op}` as const } }));
    const predicate = op === 'eq' ? 'eq' : (`s${op}` as const);
    return this.put(CmpIOp.create(this.loc, { operands: { lhs: x, rhs: y }, properties: { predicate } }));
  }
  select(condition: Value, x: Value, y: Value): Value {
    return this.put(SelectOp.create(this.loc, { operands: { condition, true_value: x, false_value: y } }));
  }

  /** Converts `x` to `to` (graph.cast's element types: floats and signless integers). */
  cast(x: Value, to: Type): Value {
    const from = x.type;
    if (from === to) return x;
    const def = castDef(from, to);
    if (!def) throw new Error(`no cast from ${String(from)} to ${String(to)}`);
    return this.put(def.create(this.loc, { operands: { in: x }, resultTypes: [to] }));
  }

  /** The current index of domain dim `d` (`tensor.index`), an `index` value. */
  dimIndex(d: number): Value {
    return this.put(IndexOp.create(this.loc, { properties: { dim: d } }));
  }
}

/** The arith cast between two element types: float widths, integer widths (signed; i1 unsigned, a bool), int <-> float. */
function castDef(from: Type, to: Type): CastDef | undefined {
  const bool = from instanceof IntegerType && from.width === 1;
  if (from instanceof FloatType && to instanceof FloatType) return from.width < to.width ? ExtFOp : TruncFOp;
  if (from instanceof IntegerType && to instanceof FloatType) return bool ? UIToFPOp : SIToFPOp;
  if (from instanceof FloatType && to instanceof IntegerType) return FPToSIOp;
  if (from instanceof IntegerType && to instanceof IntegerType) return from.width > to.width ? TruncIOp : bool ? ExtUIOp : ExtSIOp;
  return undefined;
}
