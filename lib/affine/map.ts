// Affine maps `(dims)[symbols] -> (results)`: construction, the queries and transforms of
// MLIR's AffineMap (identity, permutations, composition, sub-maps, inversion), evaluation
// and result bounds. Maps are uniqued, so equal maps are `===`.
import { type AffineExpr, constant, dim, maxDimAndSymbol, symbol, walkExpr } from './expr.js';
import { replaceDimsAndSymbols, shiftSymbols } from './substitute.js';
import { printAffineMap } from './print.js';
import { type Interval, evaluateExpr, exprBounds } from './eval.js';
import { simplifyAffineExpr } from './flatten.js';

const maps = new Map<string, AffineMap>();
let nextId = 0;

/** An affine map. Immutable and uniqued: structural equality is `===`. */
export class AffineMap {
  /** Unique per map; stable for the life of the process (for hash keys). */
  readonly id = nextId++;

  /** @internal Use AffineMap.get. */
  private constructor(
    readonly numDims: number,
    readonly numSymbols: number,
    readonly results: readonly AffineExpr[],
  ) {
    Object.freeze(this);
  }

  /**
   * The map with the given results. Throws a RangeError when a result uses a dim or
   * symbol beyond `numDims` / `numSymbols`.
   */
  static get(numDims: number, numSymbols: number, results: readonly AffineExpr[] = []): AffineMap {
    const key = `${numDims};${numSymbols};${results.map((r) => r.id).join(',')}`;
    let m = maps.get(key);
    if (!m) {
      const { maxDim, maxSymbol } = maxDimAndSymbol(results);
      if (maxDim >= numDims) throw new RangeError(`affine map result uses d${maxDim} but the map has ${numDims} dims`);
      if (maxSymbol >= numSymbols) {
        throw new RangeError(`affine map result uses s${maxSymbol} but the map has ${numSymbols} symbols`);
      }
      m = new AffineMap(numDims, numSymbols, Object.freeze([...results]));
      maps.set(key, m);
    }
    return m;
  }

  /** `(d0, ..., d<n-1>) -> (d0, ..., d<n-1>)`. */
  static identity(numDims: number): AffineMap {
    return AffineMap.get(numDims, 0, Array.from({ length: numDims }, (_, i) => dim(i)));
  }

  /** The identity on the `numResults` most minor of `numDims` dims. */
  static minorIdentity(numDims: number, numResults: number): AffineMap {
    if (numResults > numDims) throw new RangeError('a minor identity cannot have more results than dims');
    return AffineMap.get(numDims, 0, AffineMap.identity(numDims).results.slice(numDims - numResults));
  }

  /** `() -> (value)`. */
  static constantMap(value: number | bigint): AffineMap {
    return AffineMap.get(0, 0, [constant(value)]);
  }

  /** `(d0, ...) -> (d<targets[0]>, ...)` with `numDims` dims. */
  static multiDimWithTargets(numDims: number, targets: readonly number[]): AffineMap {
    return AffineMap.get(numDims, 0, targets.map((t) => dim(t)));
  }

  /** The permutation map whose result i is `d<permutation[i]>`; throws unless a permutation. */
  static permutation(permutation: readonly number[]): AffineMap {
    if (permutation.length === 0) throw new RangeError('a permutation map needs a non-empty permutation');
    const m = AffineMap.multiDimWithTargets(Math.max(...permutation) + 1, permutation);
    if (!m.isPermutation()) throw new RangeError(`[${permutation.join(', ')}] is not a permutation`);
    return m;
  }

  /** One map per expression list, each with as many dims and symbols as any list uses. */
  static inferFromExprList(exprLists: readonly (readonly AffineExpr[])[]): AffineMap[] {
    const { maxDim, maxSymbol } = maxDimAndSymbol(exprLists.flat());
    return exprLists.map((exprs) => AffineMap.get(maxDim + 1, maxSymbol + 1, exprs));
  }

  get numInputs(): number {
    return this.numDims + this.numSymbols;
  }
  get numResults(): number {
    return this.results.length;
  }

  /** True for `(d0, ..., dn) -> (d0, ..., dn)` (symbols allowed, as in MLIR). */
  isIdentity(): boolean {
    if (this.numDims !== this.results.length) return false;
    return this.results.every((r, i) => r.kind === 'dim' && r.position === i);
  }

  /** True for the minor identity `(d0, ..., dn) -> (dk, ..., dn)` without symbols. */
  isMinorIdentity(): boolean {
    return this.numDims >= this.numResults && this === AffineMap.minorIdentity(this.numDims, this.numResults);
  }

  /** True for `() -> ()`. */
  isEmpty(): boolean {
    return this.numDims === 0 && this.numSymbols === 0 && this.results.length === 0;
  }

  /** True when there is exactly one result and it is a constant. */
  isSingleConstant(): boolean {
    return this.results.length === 1 && this.results[0]!.kind === 'constant';
  }

  /** True when every result is a constant. */
  isConstant(): boolean {
    return this.results.every((r) => r.kind === 'constant');
  }

  /** The constant results; throws unless isConstant(). */
  constantResults(): bigint[] {
    return this.results.map((r) => {
      if (r.kind !== 'constant') throw new TypeError(`map ${this} has a non-constant result`);
      return r.value;
    });
  }

  /**
   * True when each result is a distinct dim (or, with `allowZeroInResults`, the constant
   * 0) and there are no symbols (MLIR's isProjectedPermutation).
   */
  isProjectedPermutation(allowZeroInResults = false): boolean {
    if (this.numSymbols > 0 || this.results.length > this.numInputs) return false;
    const seen = new Set<number>();
    for (const r of this.results) {
      if (r.kind === 'dim') {
        if (seen.has(r.position)) return false;
        seen.add(r.position);
      } else if (!(allowZeroInResults && r.kind === 'constant' && r.value === 0n)) {
        return false;
      }
    }
    return true;
  }

  /** True for a permutation of all dims. */
  isPermutation(): boolean {
    return this.numDims === this.results.length && this.isProjectedPermutation();
  }

  /** The position of the dim that result `index` is; throws when it is not a dim. */
  dimPosition(index: number): number {
    const r = this.results[index];
    if (r?.kind !== 'dim') throw new TypeError(`result ${index} of ${this} is not a dim`);
    return r.position;
  }

  /** The map with only the results at `positions`, in that order. */
  getSubMap(positions: readonly number[]): AffineMap {
    return AffineMap.get(this.numDims, this.numSymbols, positions.map((p) => this.result(p)));
  }

  /** The map with results `[start, start + length)`. */
  getSliceMap(start: number, length: number): AffineMap {
    return AffineMap.get(this.numDims, this.numSymbols, this.results.slice(start, start + length));
  }

  /** The map without the results at `positions`. */
  dropResults(positions: Iterable<number>): AffineMap {
    const drop = new Set(positions);
    return AffineMap.get(this.numDims, this.numSymbols, this.results.filter((_, i) => !drop.has(i)));
  }

  /** The map without result `position`. */
  dropResult(position: number): AffineMap {
    return this.dropResults([position]);
  }

  /** Result `index`; throws a RangeError when out of range. */
  result(index: number): AffineExpr {
    const r = this.results[index];
    if (!r) throw new RangeError(`result ${index} out of range for ${this}`);
    return r;
  }

  /**
   * `this ∘ other`: the map `x -> this(other(x))`, as MLIR's `this.compose(other)`.
   * `other` must have as many results as this map has dims. The result takes other's
   * dims, and this map's symbols followed by other's symbols.
   */
  compose(other: AffineMap): AffineMap {
    if (this.numDims !== other.numResults) {
      throw new RangeError(`cannot compose ${this} with ${other}: ${this.numDims} dims but ${other.numResults} results`);
    }
    const numSymbols = this.numSymbols + other.numSymbols;
    const shifted = other.results.map((r) => shiftSymbols(r, other.numSymbols, this.numSymbols));
    const results = this.results.map((r) => replaceDimsAndSymbols(r, shifted, []));
    return AffineMap.get(other.numDims, numSymbols, results);
  }

  /** This map applied to constant dim values (no symbols), folded to integers. */
  composeValues(values: readonly (number | bigint)[]): bigint[] {
    if (this.numSymbols !== 0) throw new RangeError(`composeValues needs a map without symbols, got ${this}`);
    return this.compose(AffineMap.get(0, 0, values.map((v) => constant(v)))).constantResults();
  }

  /**
   * Substitutes dims and symbols in every result and gives the map the stated numbers of
   * dims and symbols (MLIR's AffineMap::replaceDimsAndSymbols).
   */
  replaceDimsAndSymbols(
    dims: readonly AffineExpr[],
    symbols: readonly AffineExpr[],
    numResultDims: number,
    numResultSymbols: number,
  ): AffineMap {
    const results = this.results.map((r) => replaceDimsAndSymbols(r, dims, symbols));
    return AffineMap.get(numResultDims, numResultSymbols, results);
  }

  /** Each result simplified by flattening (MLIR's simplifyAffineMap). */
  simplify(): AffineMap {
    return AffineMap.get(
      this.numDims,
      this.numSymbols,
      this.results.map((r) => simplifyAffineExpr(r, this.numDims, this.numSymbols)),
    );
  }

  /** The result values for the given inputs; undefined entries are poison (see evaluateExpr). */
  evaluate(dims: readonly number[], symbols: readonly number[] = []): (number | undefined)[] {
    return this.results.map((r) => evaluateExpr(r, dims, symbols));
  }

  /** Bounds of each result over a box of dim (and symbol) ranges (see exprBounds). */
  resultBounds(dims: readonly Interval[], symbols: readonly Interval[] = []): Interval[] {
    return this.results.map((r) => exprBounds(r, dims, symbols));
  }

  /** The positions of the dims that no result uses. */
  unusedDims(): number[] {
    const used = new Set<number>();
    for (const r of this.results) walkExpr(r, (e) => void (e.kind === 'dim' && used.add(e.position)));
    return Array.from({ length: this.numDims }, (_, i) => i).filter((i) => !used.has(i));
  }

  /** The positions of the symbols that no result uses. */
  unusedSymbols(): number[] {
    const used = new Set<number>();
    for (const r of this.results) walkExpr(r, (e) => void (e.kind === 'symbol' && used.add(e.position)));
    return Array.from({ length: this.numSymbols }, (_, i) => i).filter((i) => !used.has(i));
  }

  /** The map without its unused dims, the others renumbered in order (MLIR's compressUnusedDims). */
  compressUnusedDims(): AffineMap {
    const unused = new Set(this.unusedDims());
    let next = 0;
    const dims = Array.from({ length: this.numDims }, (_, i) => (unused.has(i) ? dim(i) : dim(next++)));
    return this.replaceDimsAndSymbols(dims, [], next, this.numSymbols);
  }

  /** The map without its unused symbols, the others renumbered in order. */
  compressUnusedSymbols(): AffineMap {
    const unused = new Set(this.unusedSymbols());
    let next = 0;
    const syms = Array.from({ length: this.numSymbols }, (_, i) => (unused.has(i) ? symbol(i) : symbol(next++)));
    return this.replaceDimsAndSymbols([], syms, this.numDims, next);
  }

  /** The body as MLIR prints it, e.g. `(d0)[s0] -> (d0 + s0)`. */
  toString(): string {
    return printAffineMap(this);
  }
}

/**
 * The inverse of a permutation, or of a projected permutation's first occurrences, as
 * MLIR's inversePermutation: `(d0, d1, d2) -> (d1, d2, d0)` gives
 * `(d0, d1, d2) -> (d2, d0, d1)`. Returns undefined when some dim has no result that is
 * exactly that dim. The empty map is its own inverse; maps with symbols are rejected.
 */
export function inversePermutation(map: AffineMap): AffineMap | undefined {
  if (map.isEmpty()) return map;
  if (map.numSymbols !== 0) throw new RangeError(`inversePermutation needs a map without symbols, got ${map}`);
  const exprs: (AffineExpr | undefined)[] = new Array(map.numDims).fill(undefined);
  map.results.forEach((r, i) => {
    if (r.kind === 'dim' && !exprs[r.position]) exprs[r.position] = dim(i);
  });
  const seen = exprs.filter((e): e is AffineExpr => e !== undefined);
  if (seen.length !== map.numInputs) return undefined;
  return AffineMap.get(map.numResults, 0, seen);
}

/**
 * The map whose results are all the maps' results in order; dims are shared (the most of
 * any map), symbols are concatenated (MLIR's concatAffineMaps).
 */
export function concatAffineMaps(list: readonly AffineMap[]): AffineMap {
  let numDims = 0;
  let numSymbols = 0;
  const results: AffineExpr[] = [];
  for (const m of list) {
    for (const r of m.results) results.push(shiftSymbols(r, m.numSymbols, numSymbols));
    numSymbols += m.numSymbols;
    numDims = Math.max(numDims, m.numDims);
  }
  return AffineMap.get(numDims, numSymbols, results);
}

/** `symbol(i)` for i < n: handy for building maps with symbols. */
export function symbols(n: number): AffineExpr[] {
  return Array.from({ length: n }, (_, i) => symbol(i));
}

/** `dim(i)` for i < n. */
export function dims(n: number): AffineExpr[] {
  return Array.from({ length: n }, (_, i) => dim(i));
}
