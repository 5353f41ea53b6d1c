// The IR builder of the block-to-gpu lowering: index arithmetic that folds constants as it goes,
// affine expressions as arith index ops, scf loops and ifs, memref loads and stores, combiners.
import {
  FloatType, IndexType, IntegerAttr, IntegerType, type Attribute, type Block, type Builder, type Location, type Operation, type Type, type Value,
} from '../../../lib/ir/index.js';
import type { AffineExpr } from '../../../lib/affine/index.js';
import {
  AddFOp, AddIOp, AndIOp, CeilDivSIOp, CmpIOp, ConstantOp, DivUIOp, FloorDivSIOp, MaximumFOp, MaxSIOp, MinimumFOp, MinSIOp, MulFOp, MulIOp,
  OrIOp, RemSIOp, RemUIOp, SelectOp, SubIOp,
} from '../../arith/ops.js';
import { ForOp, IfOp, YieldOp } from '../../scf/index.js';
import { LoadOp, StoreOp } from '../../memref/index.js';
import type { Combiner } from '../../tensor/index.js';

type BinaryDef = { create(loc: Location, args: { operands: { lhs: Value; rhs: Value } }): Operation };

/**
 * Emits ops at a builder's insertion point. Index constants go to the start of `constants` (the
 * kernel's or function's entry block) so that every use is dominated, each stated once; index
 * arithmetic on known constants folds instead of emitting ops, which keeps kernels readable.
 */
export class Emitter {
  private readonly constantValues = new Map<Value, number>();
  private readonly constantsByKey = new Map<string, Value>();
  private readonly indices = new Map<number, Value>();
  private lastConstant: Operation | undefined;

  constructor(
    readonly b: Builder,
    readonly loc: Location,
    private readonly constants: Block,
  ) {}

  get indexType(): Type {
    return IndexType.get(this.loc.context);
  }

  /** Inserts `op` at the insertion point and returns its first result (or undefined). */
  put(op: Operation): Operation {
    return this.b.insert(op);
  }

  private value(op: Operation): Value {
    return this.put(op).result(0);
  }

  /** A constant of `type` from an attribute, stated once at the start of the constants block. */
  constantAttr(attr: Attribute, type: Type, key: string): Value {
    const k = `${type.id}:${key}`;
    let c = this.constantsByKey.get(k);
    if (c) return c;
    const op = ConstantOp.create(this.loc, { properties: { value: attr }, resultTypes: [type] });
    // Constants stay in the order they were first asked for, after the ones before them.
    this.constants.insertBefore(op, this.lastConstant ? this.lastConstant.next : this.constants.first);
    this.lastConstant = op;
    c = op.result(0);
    this.constantsByKey.set(k, c);
    return c;
  }

  /** An integer constant of `type` (index by default). */
  int(n: number, type?: Type): Value {
    // Index constants are asked for hundreds of thousands of times on large programs: cached by number.
    if (!type) {
      let c = this.indices.get(n);
      if (!c) {
        const index = this.indexType;
        c = this.constantAttr(IntegerAttr.get(index, BigInt(n)), index, `${n}`);
        this.constantValues.set(c, n);
        this.indices.set(n, c);
      }
      return c;
    }
    const c = this.constantAttr(IntegerAttr.get(type, BigInt(n)), type, `${n}`);
    if (type instanceof IndexType) this.constantValues.set(c, n);
    return c;
  }

  /** The value of an index constant made here, or undefined. */
  known(v: Value): number | undefined {
    return this.constantValues.get(v);
  }

  add(x: Value, y: Value): Value {
    const [a, b] = [this.known(x), this.known(y)];
    if (a !== undefined && b !== undefined) return this.int(a + b);
    if (a === 0) return y;
    if (b === 0) return x;
    return this.binary(AddIOp, x, y);
  }

  sub(x: Value, y: Value): Value {
    const [a, b] = [this.known(x), this.known(y)];
    if (a !== undefined && b !== undefined) return this.int(a - b);
    if (b === 0) return x;
    return this.binary(SubIOp, x, y);
  }

  mul(x: Value, y: Value): Value {
    const [a, b] = [this.known(x), this.known(y)];
    if (a !== undefined && b !== undefined) return this.int(a * b);
    if (a === 0 || b === 0) return this.int(0);
    if (a === 1) return y;
    if (b === 1) return x;
    return this.binary(MulIOp, x, y);
  }

  /** `x / y` on non-negative indices. */
  div(x: Value, y: Value): Value {
    const [a, b] = [this.known(x), this.known(y)];
    if (a !== undefined && b !== undefined) return this.int(Math.floor(a / b));
    if (b === 1) return x;
    return this.binary(DivUIOp, x, y);
  }

  /** `x % y` on non-negative indices. */
  rem(x: Value, y: Value): Value {
    const [a, b] = [this.known(x), this.known(y)];
    if (a !== undefined && b !== undefined) return this.int(a % b);
    if (b === 1) return this.int(0);
    return this.binary(RemUIOp, x, y);
  }

  /** `x < y` on indices (signed). */
  lt(x: Value, y: Value): Value {
    return this.value(CmpIOp.create(this.loc, { operands: { lhs: x, rhs: y }, properties: { predicate: 'slt' } }));
  }

  and(x: Value, y: Value): Value {
    return this.binary(AndIOp, x, y);
  }

  select(condition: Value, x: Value, y: Value): Value {
    return this.value(SelectOp.create(this.loc, { operands: { condition, true_value: x, false_value: y } }));
  }

  binary(def: BinaryDef, lhs: Value, rhs: Value): Value {
    return this.value(def.create(this.loc, { operands: { lhs, rhs } }));
  }

  /** An affine expression over `dims` as index arithmetic (affine floordiv, ceildiv and a non-negative mod). */
  affine(e: AffineExpr, dims: readonly Value[]): Value {
    switch (e.kind) {
      case 'dim':
        return dims[e.position];
      case 'constant':
        return this.int(Number(e.value));
      case 'symbol':
        throw new Error('affine symbols do not occur in TE maps');
      case 'add':
        return this.add(this.affine(e.lhs, dims), this.affine(e.rhs, dims));
      case 'mul':
        return this.mul(this.affine(e.lhs, dims), this.affine(e.rhs, dims));
      case 'floordiv':
        return this.binary(FloorDivSIOp, this.affine(e.lhs, dims), this.affine(e.rhs, dims));
      case 'ceildiv':
        return this.binary(CeilDivSIOp, this.affine(e.lhs, dims), this.affine(e.rhs, dims));
      case 'mod': {
        // remsi keeps the dividend's sign; affine mod is never negative.
        const m = this.affine(e.rhs, dims);
        const r = this.binary(RemSIOp, this.affine(e.lhs, dims), m);
        return this.select(this.lt(r, this.int(0)), this.add(r, m), r);
      }
    }
  }

  /** Index `i` (below the product of `shape`) split into coordinates over `shape` (row-major, the last fastest). */
  delinearize(i: Value, shape: readonly number[]): Value[] {
    const out = new Array<Value>(shape.length);
    let stride = 1;
    for (let d = shape.length - 1; d >= 0; d--) {
      const q = this.div(i, this.int(stride));
      // The outermost coordinate needs no remainder: i is in range.
      out[d] = shape[d] === 1 ? this.int(0) : d === 0 ? q : this.rem(q, this.int(shape[d]));
      stride *= shape[d];
    }
    return out;
  }

  /**
   * `scf.for %iv = lo to hi step step iter_args(inits)`; `body` emits the loop body at the end of
   * its block and returns the values to yield. Returns the loop's results.
   */
  loop(lo: Value, hi: Value, step: Value, inits: readonly Value[], body: (iv: Value, iters: readonly Value[]) => readonly Value[]): Value[] {
    const op = this.put(ForOp.create(this.loc, { operands: { lowerBound: lo, upperBound: hi, step, initArgs: [...inits] }, resultTypes: inits.map((v) => v.type) }));
    const saved = this.b.insertionPoint;
    const block = this.b.createBlock(op.regions[0], [this.indexType, ...inits.map((v) => v.type)], undefined, this.loc);
    const yields = body(block.arguments[0], block.arguments.slice(1));
    this.put(YieldOp.create(this.loc, { operands: { results: [...yields] } }));
    this.b.insertionPoint = saved;
    return [...op.results];
  }

  /** `scf.if %cond` without results; `then` emits its body. */
  when(condition: Value, then: () => void): void {
    const op = this.put(IfOp.create(this.loc, { operands: { condition }, resultTypes: [] }));
    const saved = this.b.insertionPoint;
    this.b.createBlock(op.regions[0], [], undefined, this.loc);
    then();
    this.put(YieldOp.create(this.loc, { operands: { results: [] } }));
    this.b.insertionPoint = saved;
  }

  /** `scf.if %cond -> types` with both branches; each returns the values it yields. */
  choose(condition: Value, types: readonly Type[], then: () => readonly Value[], otherwise: () => readonly Value[]): Value[] {
    const op = this.put(IfOp.create(this.loc, { operands: { condition }, resultTypes: [...types] }));
    const saved = this.b.insertionPoint;
    for (const [region, branch] of [[op.regions[0], then], [op.regions[1], otherwise]] as const) {
      this.b.createBlock(region, [], undefined, this.loc);
      const values = branch();
      this.put(YieldOp.create(this.loc, { operands: { results: [...values] } }));
    }
    this.b.insertionPoint = saved;
    return [...op.results];
  }

  load(memref: Value, indices: readonly Value[]): Value {
    return this.value(LoadOp.create(this.loc, { operands: { memref, indices: [...indices] } }));
  }

  store(value: Value, memref: Value, indices: readonly Value[]): void {
    this.put(StoreOp.create(this.loc, { operands: { value, memref, indices: [...indices] } }));
  }

  /** `acc <combiner> v` in the element type (max and min of i1 are or and and, as TEs define them). */
  combine(c: Combiner, acc: Value, v: Value): Value {
    const t = v.type;
    const float = t instanceof FloatType;
    const bool = t instanceof IntegerType && t.width === 1;
    switch (c) {
      case 'none':
        return v;
      case 'add':
        return this.binary(float ? AddFOp : AddIOp, acc, v);
      case 'mul':
        return this.binary(float ? MulFOp : MulIOp, acc, v);
      case 'max':
        return this.binary(float ? MaximumFOp : bool ? OrIOp : MaxSIOp, acc, v);
      case 'min':
        return this.binary(float ? MinimumFOp : bool ? AndIOp : MinSIOp, acc, v);
    }
  }
}
