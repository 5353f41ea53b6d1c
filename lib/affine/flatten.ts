// Simplification of affine expressions by flattening (MLIR's simplifyAffineExpr): the
// expression becomes a row of coefficients over [dims, symbols, locals, constant], where
// each local stands for a floordiv/ceildiv/mod (or, for semi-affine expressions, a
// product or division by a symbol), and is rebuilt from that row in canonical order.
import { type AffineExpr, type AffineBinaryExpr, constant, dim, isBinary, isPureAffine, symbol } from './expr.js';
import { add, ceilDiv, floorDiv, mod, mul } from './build.js';
import { abs, gcdU64, wrap } from './int64.js';
import { simplifySemiAffine } from './semi-affine.js';

/**
 * The expression rebuilt from its flattened form, as MLIR's simplifyAffineExpr: sums of
 * like terms are combined, mod and div of linear expressions are normalised and common
 * factors cancelled. Expressions that cannot be flattened (division by a non-positive
 * constant) come back unchanged.
 */
export function simplifyAffineExpr(e: AffineExpr, numDims: number, numSymbols: number): AffineExpr {
  if (!isPureAffine(e)) e = simplifySemiAffine(e, numDims, numSymbols, simplifyAffineExpr);
  const f = new Flattener(numDims, numSymbols);
  const row = f.flatten(e);
  if (!row) return e;
  const pure = isPureAffine(e);
  const linear = exprFromFlatForm(row, numDims, numSymbols, f.localExprs);
  if (!pure && e === linear) return e;
  return pure ? linear : semiAffineFromFlatForm(row, numDims, numSymbols, f.localExprs);
}

/**
 * The expression `sum(row[i] * id_i) + row[last]` over dims, symbols and the given local
 * expressions, built in that order (MLIR's getAffineExprFromFlatForm).
 */
export function exprFromFlatForm(
  row: readonly bigint[],
  numDims: number,
  numSymbols: number,
  localExprs: readonly AffineExpr[],
): AffineExpr {
  let e: AffineExpr = constant(0);
  for (let j = 0; j < numDims + numSymbols; j++) {
    if (row[j] === 0n) continue;
    const id = j < numDims ? dim(j) : symbol(j - numDims);
    e = add(e, mul(id, constant(row[j]!)));
  }
  for (let j = numDims + numSymbols; j < row.length - 1; j++) {
    if (row[j] === 0n) continue;
    e = add(e, mul(localExprs[j - numDims - numSymbols]!, constant(row[j]!)));
  }
  const c = row[row.length - 1]!;
  return c !== 0n ? add(e, constant(c)) : e;
}

// The semi-affine rebuild orders terms by a (position, key) pair so that e.g.
// `d0 + d0 * s0 + s0 + d1 * s1 + s1` comes out sorted by dim/symbol position.
function semiAffineFromFlatForm(
  row: readonly bigint[],
  numDims: number,
  numSymbols: number,
  localExprs: readonly AffineExpr[],
): AffineExpr {
  const base = numDims + numSymbols;
  const maxIds = Math.max(numDims, numSymbols);
  const indices: [number, number][] = [];
  // First insertion wins on a duplicate key, as with MLIR's DenseMap in release builds.
  const entries = new Map<string, { expr: AffineExpr; coeff: bigint }>();
  const addEntry = (index: [number, number], coeff: bigint, expr: AffineExpr): void => {
    indices.push(index);
    const key = index.join(',');
    if (!entries.has(key)) entries.set(key, { expr, coeff });
  };
  let offsetSym = 0;
  let offsetDim = -1;
  for (let j = numDims; j < base; j++) {
    if (row[j] !== 0n) addEntry([j - numDims, maxIds + offsetSym++], row[j]!, symbol(j - numDims));
  }
  const addedToMap: boolean[] = localExprs.map(() => false);
  localExprs.forEach((local, k) => {
    const coeff = row[base + k]!;
    if (coeff === 0n) return;
    // A local can fold to a constant (`(d0 - d0 + 7) floordiv 2`); it is then summed
    // with the unsorted locals below, which is where mlir-opt puts it too.
    if (!isBinary(local)) return;
    const { lhs, rhs } = local;
    const idLhs = lhs.kind === 'dim' || lhs.kind === 'symbol';
    if (!idLhs || !(rhs.kind === 'dim' || rhs.kind === 'symbol' || rhs.kind === 'constant')) return;
    const lhsPos = lhs.position;
    if (rhs.kind === 'constant') {
      addEntry([lhsPos, lhs.kind === 'dim' ? offsetDim-- : maxIds + offsetSym++], coeff, local);
    } else if (lhs.kind === 'dim') {
      addEntry([lhsPos, rhs.position], coeff, local);
    } else {
      addEntry([lhsPos, maxIds + offsetSym++], coeff, local);
    }
    addedToMap[k] = true;
  });
  for (let j = 0; j < numDims; j++) {
    if (row[j] !== 0n) addEntry([j, offsetDim--], row[j]!, dim(j));
  }
  indices.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let e: AffineExpr = constant(0);
  for (const index of indices) {
    const entry = entries.get(index.join(','))!;
    e = add(e, mul(entry.expr, constant(entry.coeff)));
  }
  localExprs.forEach((local, k) => {
    const coeff = row[base + k]!;
    if (coeff !== 0n && !addedToMap[k]) e = add(e, mul(local, constant(coeff)));
  });
  const c = row[row.length - 1]!;
  return c !== 0n ? add(e, constant(c)) : e;
}

/**
 * MLIR's SimpleAffineExprFlattener: a post-order walk keeping one coefficient row per
 * pending operand; a new local inserts a column into every pending row.
 */
class Flattener {
  readonly localExprs: AffineExpr[] = [];
  private readonly stack: bigint[][] = [];

  constructor(
    private readonly numDims: number,
    private readonly numSymbols: number,
  ) {}

  private get numCols(): number {
    return this.numDims + this.numSymbols + this.localExprs.length + 1;
  }
  private get localStart(): number {
    return this.numDims + this.numSymbols;
  }

  /** The flattened row of `e`, or undefined when it divides by a non-positive constant. */
  flatten(e: AffineExpr): bigint[] | undefined {
    return this.walk(e) ? this.stack.pop() : undefined;
  }

  private walk(e: AffineExpr): boolean {
    switch (e.kind) {
      case 'constant':
      case 'dim':
      case 'symbol': {
        if (e.kind === 'dim' ? e.position >= this.numDims : e.kind === 'symbol' && e.position >= this.numSymbols) {
          throw new RangeError(`${e} is out of range for ${this.numDims} dims and ${this.numSymbols} symbols`);
        }
        const row = new Array<bigint>(this.numCols).fill(0n);
        if (e.kind === 'constant') row[row.length - 1] = e.value;
        else row[e.kind === 'dim' ? e.position : this.numDims + e.position] = 1n;
        this.stack.push(row);
        return true;
      }
    }
    if (!this.walk(e.lhs) || !this.walk(e.rhs)) return false;
    switch (e.kind) {
      case 'add':
        return this.visitAdd();
      case 'mul':
        return this.visitMul(e);
      case 'mod':
        return this.visitMod(e);
      case 'floordiv':
        return this.visitDiv(e, false);
      case 'ceildiv':
        return this.visitDiv(e, true);
    }
  }

  private expr(row: readonly bigint[]): AffineExpr {
    return exprFromFlatForm(row, this.numDims, this.numSymbols, this.localExprs);
  }

  private visitAdd(): boolean {
    const rhs = this.stack.pop()!;
    const lhs = this.stack[this.stack.length - 1]!;
    for (let i = 0; i < rhs.length; i++) lhs[i] = wrap(lhs[i]! + rhs[i]!);
    return true;
  }

  private visitMul(e: AffineBinaryExpr): boolean {
    const rhs = this.stack.pop()!;
    const lhs = this.stack[this.stack.length - 1]!;
    if (e.rhs.kind !== 'constant') {
      // A product with a symbolic expression becomes a local.
      this.setToExpr(lhs, mul(this.expr(lhs), this.expr(rhs)));
      return true;
    }
    const c = rhs[rhs.length - 1]!;
    for (let i = 0; i < lhs.length; i++) lhs[i] = wrap(lhs[i]! * c);
    return true;
  }

  // e mod c = e - c * (e floordiv c), with q = e floordiv c as a local (after cancelling
  // the gcd of e's coefficients and c).
  private visitMod(e: AffineBinaryExpr): boolean {
    const rhs = this.stack.pop()!;
    const lhs = this.stack[this.stack.length - 1]!;
    if (e.rhs.kind !== 'constant') {
      this.setToExpr(lhs, mod(this.expr(lhs), this.expr(rhs)));
      return true;
    }
    const c = rhs[rhs.length - 1]!;
    if (c <= 0n) return false;
    if (lhs.every((x) => x % c === 0n)) {
      lhs.fill(0n);
      return true;
    }
    let gcd = c;
    for (const x of lhs) gcd = gcdU64(gcd, abs(x));
    const dividend = gcd !== 1n ? lhs.map((x) => x / gcd) : [...lhs];
    const divisor = c / gcd;
    const q = floorDiv(this.expr(dividend), constant(divisor));
    const loc = this.localExprs.indexOf(q);
    if (loc === -1) {
      this.addLocal(q);
      lhs[this.localStart + this.localExprs.length - 1] = -c;
    } else {
      lhs[this.localStart + loc] = wrap(lhs[this.localStart + loc]! - c);
    }
    return true;
  }

  private visitDiv(e: AffineBinaryExpr, isCeil: boolean): boolean {
    const rhs = this.stack.pop()!;
    const lhs = this.stack[this.stack.length - 1]!;
    const build = isCeil ? ceilDiv : floorDiv;
    if (e.rhs.kind !== 'constant') {
      this.setToExpr(lhs, build(this.expr(lhs), this.expr(rhs)));
      return true;
    }
    const c = rhs[rhs.length - 1]!;
    if (c <= 0n) return false;
    let gcd = abs(c);
    for (const x of lhs) gcd = gcdU64(gcd, abs(x));
    if (gcd !== 1n) for (let i = 0; i < lhs.length; i++) lhs[i] = lhs[i]! / gcd;
    const divisor = c / gcd;
    if (divisor === 1n) return true;
    const q = build(this.expr(lhs), constant(divisor));
    let loc = this.localExprs.indexOf(q);
    if (loc === -1) {
      this.addLocal(q);
      loc = this.localExprs.length - 1;
    }
    lhs.fill(0n);
    lhs[this.localStart + loc] = 1n;
    return true;
  }

  // Replaces `row` by the flat form of `e`: an id when `e` simplified to one, else a
  // (possibly new) local standing for `e`.
  private setToExpr(row: bigint[], e: AffineExpr): void {
    if (e.kind === 'constant' || e.kind === 'dim' || e.kind === 'symbol') {
      row.fill(0n);
      if (e.kind === 'constant') row[row.length - 1] = e.value;
      else row[e.kind === 'dim' ? e.position : this.numDims + e.position] = 1n;
      return;
    }
    let loc = this.localExprs.indexOf(e);
    if (loc === -1) {
      this.addLocal(e);
      loc = this.localExprs.length - 1;
    }
    row.fill(0n);
    row[this.localStart + loc] = 1n;
  }

  private addLocal(e: AffineExpr): void {
    const at = this.localStart + this.localExprs.length;
    for (const row of this.stack) row.splice(at, 0, 0n);
    this.localExprs.push(e);
  }
}
