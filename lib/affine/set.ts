// Integer sets: conjunctions of affine constraints `e >= 0` and `e == 0` over dims and
// symbols, uniqued like maps.
import { type AffineExpr, constant, maxDimAndSymbol } from './expr.js';
import { replaceDimsAndSymbols } from './substitute.js';
import { printIntegerSet } from './print.js';
import { evaluateExpr } from './eval.js';

const sets = new Map<string, IntegerSet>();
let nextId = 0;

/** An integer set `(dims)[symbols] : (constraints)`. Uniqued: equal sets are `===`. */
export class IntegerSet {
  /** Unique per set; stable for the life of the process (for hash keys). */
  readonly id = nextId++;

  /** @internal Use IntegerSet.get. */
  private constructor(
    readonly numDims: number,
    readonly numSymbols: number,
    /** The constraint expressions; constraint i is `constraints[i] == 0` or `>= 0`. */
    readonly constraints: readonly AffineExpr[],
    /** `eqFlags[i]` is true for an equality, false for an inequality `>= 0`. */
    readonly eqFlags: readonly boolean[],
  ) {
    Object.freeze(this);
  }

  /**
   * The set with the given constraints. Throws a RangeError on an empty constraint list
   * (write `0 == 0` for the universe, as MLIR's parser does) or on an out-of-range dim or
   * symbol.
   */
  static get(
    numDims: number,
    numSymbols: number,
    constraints: readonly AffineExpr[],
    eqFlags: readonly boolean[],
  ): IntegerSet {
    if (constraints.length === 0) throw new RangeError('an integer set needs at least one constraint');
    if (constraints.length !== eqFlags.length) throw new RangeError('one equality flag per constraint expected');
    const key = `${numDims};${numSymbols};${constraints.map((c, i) => (eqFlags[i] ? '=' : '>') + c.id).join(',')}`;
    let s = sets.get(key);
    if (!s) {
      const { maxDim, maxSymbol } = maxDimAndSymbol(constraints);
      if (maxDim >= numDims || maxSymbol >= numSymbols) {
        throw new RangeError(`integer set constraint uses d${maxDim} or s${maxSymbol} beyond (${numDims} dims, ${numSymbols} symbols)`);
      }
      s = new IntegerSet(numDims, numSymbols, Object.freeze([...constraints]), Object.freeze([...eqFlags]));
      sets.set(key, s);
    }
    return s;
  }

  /** The canonical empty set `1 == 0` (MLIR's IntegerSet::getEmptySet). */
  static empty(numDims: number, numSymbols: number): IntegerSet {
    return IntegerSet.get(numDims, numSymbols, [constant(1)], [true]);
  }

  /** The set with no constraints, which MLIR writes `0 == 0`. */
  static universe(numDims: number, numSymbols: number): IntegerSet {
    return IntegerSet.get(numDims, numSymbols, [constant(0)], [true]);
  }

  /** True when this is exactly the canonical empty set. */
  isEmptyIntegerSet(): boolean {
    return this === IntegerSet.empty(this.numDims, this.numSymbols);
  }

  get numInputs(): number {
    return this.numDims + this.numSymbols;
  }
  get numConstraints(): number {
    return this.constraints.length;
  }
  get numEqualities(): number {
    return this.eqFlags.filter((f) => f).length;
  }
  get numInequalities(): number {
    return this.eqFlags.length - this.numEqualities;
  }

  /** Substitutes dims and symbols in every constraint (see replaceDimsAndSymbols). */
  replaceDimsAndSymbols(
    dims: readonly AffineExpr[],
    symbols: readonly AffineExpr[],
    numResultDims: number,
    numResultSymbols: number,
  ): IntegerSet {
    const constraints = this.constraints.map((c) => replaceDimsAndSymbols(c, dims, symbols));
    return IntegerSet.get(numResultDims, numResultSymbols, constraints, this.eqFlags);
  }

  /** True when the given dim and symbol values satisfy every constraint. */
  contains(dimValues: readonly number[], symbolValues: readonly number[] = []): boolean {
    return this.constraints.every((c, i) => {
      const v = evaluateExpr(c, dimValues, symbolValues);
      return v !== undefined && (this.eqFlags[i] ? v === 0 : v >= 0);
    });
  }

  /** The body as MLIR prints it, e.g. `(d0)[s0] : (d0 - s0 >= 0)`. */
  toString(): string {
    return printIntegerSet(this);
  }
}
