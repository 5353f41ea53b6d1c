// Evaluation of affine expressions on integers and interval bounds of their values over
// boxes of dim and symbol ranges (the basis of tile footprints).
import type { AffineExpr } from './expr.js';

/** An inclusive integer range; either end may be infinite. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

const unbounded: Interval = Object.freeze({ lo: -Infinity, hi: Infinity });

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function ceilDiv(a: number, b: number): number {
  return Math.ceil(a / b);
}

/**
 * The value of `e` for the given dim and symbol values, with MLIR's semantics: floordiv
 * and ceildiv round toward -inf/+inf, mod is non-negative. Returns undefined where MLIR's
 * folder sees poison: division by zero, mod by a value below 1, or a missing operand.
 * Values are JavaScript numbers, exact while they stay within 2^53.
 */
export function evaluateExpr(e: AffineExpr, dims: readonly number[], symbols: readonly number[] = []): number | undefined {
  switch (e.kind) {
    case 'constant':
      return Number(e.value);
    case 'dim':
      return dims[e.position];
    case 'symbol':
      return symbols[e.position];
  }
  const l = evaluateExpr(e.lhs, dims, symbols);
  if (l === undefined) return undefined;
  const r = evaluateExpr(e.rhs, dims, symbols);
  if (r === undefined) return undefined;
  switch (e.kind) {
    case 'add':
      return l + r;
    case 'mul':
      return l * r;
    case 'floordiv':
      return r === 0 ? undefined : floorDiv(l, r);
    case 'ceildiv':
      return r === 0 ? undefined : ceilDiv(l, r);
    case 'mod':
      return r < 1 ? undefined : ((l % r) + r) % r;
  }
}

/**
 * Bounds of the values of `e` when each `d<i>` ranges over `dims[i]` and each `s<i>`
 * over `symbols[i]` (a missing range is unbounded). The top-level sum is treated as a
 * linear combination, so repeated terms cancel (`d0 - d0` is exactly 0); the remaining
 * non-linear terms are bounded by interval arithmetic. Sound, not always tight.
 */
export function exprBounds(e: AffineExpr, dims: readonly Interval[], symbols: readonly Interval[] = []): Interval {
  const terms = new Map<AffineExpr, number>();
  const constant = linearize(e, 1, terms);
  let lo = constant;
  let hi = constant;
  for (const [atom, coeff] of terms) {
    if (coeff === 0) continue;
    const b = atomBounds(atom, dims, symbols);
    lo += coeff > 0 ? coeff * b.lo : coeff * b.hi;
    hi += coeff > 0 ? coeff * b.hi : coeff * b.lo;
  }
  return { lo: Number.isNaN(lo) ? -Infinity : lo, hi: Number.isNaN(hi) ? Infinity : hi };
}

// Adds `coeff * e` to `terms` and returns the constant part.
function linearize(e: AffineExpr, coeff: number, terms: Map<AffineExpr, number>): number {
  if (e.kind === 'constant') return coeff * Number(e.value);
  if (e.kind === 'add') return linearize(e.lhs, coeff, terms) + linearize(e.rhs, coeff, terms);
  if (e.kind === 'mul' && e.rhs.kind === 'constant') return linearize(e.lhs, coeff * Number(e.rhs.value), terms);
  terms.set(e, (terms.get(e) ?? 0) + coeff);
  return 0;
}

function atomBounds(e: AffineExpr, dims: readonly Interval[], symbols: readonly Interval[]): Interval {
  switch (e.kind) {
    case 'dim':
      return dims[e.position] ?? unbounded;
    case 'symbol':
      return symbols[e.position] ?? unbounded;
    case 'constant':
      return { lo: Number(e.value), hi: Number(e.value) };
  }
  const a = exprBounds(e.lhs, dims, symbols);
  const b = exprBounds(e.rhs, dims, symbols);
  switch (e.kind) {
    case 'add':
      return { lo: a.lo + b.lo, hi: a.hi + b.hi };
    case 'mul':
      return corners(a, b, (x, y) => x * y);
    case 'floordiv':
      return divBounds(a, b, floorDiv);
    case 'ceildiv':
      return divBounds(a, b, ceilDiv);
    case 'mod':
      return modBounds(a, b);
  }
}

// The hull of f over the four corners; right for functions monotonic in each argument
// on the given ranges (products, quotients by a divisor of one sign).
function corners(a: Interval, b: Interval, f: (x: number, y: number) => number): Interval {
  const vs = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
  if (vs.some(Number.isNaN)) return unbounded;
  return { lo: Math.min(...vs), hi: Math.max(...vs) };
}

function divBounds(a: Interval, b: Interval, f: (x: number, y: number) => number): Interval {
  // A divisor range containing zero may divide by zero (poison) or by tiny values.
  if (b.lo <= 0 && b.hi >= 0) return unbounded;
  return corners(a, b, f);
}

function modBounds(a: Interval, b: Interval): Interval {
  if (b.lo < 1) return unbounded;
  if (b.lo === b.hi && Number.isFinite(a.lo) && Number.isFinite(a.hi) && floorDiv(a.lo, b.lo) === floorDiv(a.hi, b.lo)) {
    // The whole range lies in one period: the remainder is monotonic over it.
    const c = b.lo;
    return { lo: ((a.lo % c) + c) % c, hi: ((a.hi % c) + c) % c };
  }
  const hi = b.hi - 1;
  return { lo: 0, hi: a.lo >= 0 ? Math.min(a.hi, hi) : hi };
}
