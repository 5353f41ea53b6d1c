// Simplification of affine maps over a TE's bounded domain: divisions and remainders that the
// dims' ranges decide are removed, so that a reshape composed with its inverse reads plainly.
import {
  type AffineExpr,
  type Interval,
  AffineMap,
  add,
  constant,
  exprBounds,
  floorDiv,
  mod,
  mul,
  simplifyAffineExpr,
} from '../../../lib/affine/index.js';

/** The ranges `[0, bound - 1]` of a domain's dims. */
export function domainIntervals(bounds: readonly number[]): Interval[] {
  return bounds.map((b) => ({ lo: 0, hi: b - 1 }));
}

/**
 * `map` simplified knowing that each dim `d<i>` lies in `[0, bounds[i])`: MLIR's flattening
 * simplification, plus `(c*q + r) floordiv c = q` and `(c*q + r) mod c = r` whenever the range of
 * `r` lies within `[0, c)`. MLIR cannot do the latter without the ranges, and it is what makes
 * `(d0 * 64 + d1) floordiv 64` read `d0` after a flatten/unflatten pair is composed.
 */
export function simplifyMapInDomain(map: AffineMap, bounds: readonly number[]): AffineMap {
  const ranges = domainIntervals(bounds);
  const results = map.results.map((r) => simplifyAffineExpr(simplifyInRanges(r, ranges), map.numDims, map.numSymbols));
  return AffineMap.get(map.numDims, map.numSymbols, results);
}

function simplifyInRanges(e: AffineExpr, ranges: readonly Interval[]): AffineExpr {
  switch (e.kind) {
    case 'dim':
    case 'symbol':
    case 'constant':
      return e;
    case 'add':
      return add(simplifyInRanges(e.lhs, ranges), simplifyInRanges(e.rhs, ranges));
    case 'mul':
      return mul(simplifyInRanges(e.lhs, ranges), simplifyInRanges(e.rhs, ranges));
    case 'ceildiv':
      return e;
    case 'floordiv':
    case 'mod': {
      const lhs = simplifyInRanges(e.lhs, ranges);
      const rhs = simplifyInRanges(e.rhs, ranges);
      const split = rhs.kind === 'constant' && rhs.value > 0n ? splitByDivisor(lhs, rhs.value, ranges) : undefined;
      if (split) return e.kind === 'floordiv' ? split.quotient : split.remainder;
      return e.kind === 'floordiv' ? floorDiv(lhs, rhs) : mod(lhs, rhs);
    }
  }
}

/**
 * Writes `e` as `c * quotient + remainder` with the remainder's range inside `[0, c)`, when the
 * terms of `e` whose coefficients are not multiples of `c` (plus the constant's remainder) have
 * such a range; undefined otherwise.
 */
function splitByDivisor(e: AffineExpr, c: bigint, ranges: readonly Interval[]): { quotient: AffineExpr; remainder: AffineExpr } | undefined {
  const terms: [bigint, AffineExpr][] = [];
  let k = 0n;
  const collect = (x: AffineExpr, coeff: bigint): void => {
    if (x.kind === 'constant') k += coeff * x.value;
    else if (x.kind === 'add') {
      collect(x.lhs, coeff);
      collect(x.rhs, coeff);
    } else if (x.kind === 'mul' && x.rhs.kind === 'constant') collect(x.lhs, coeff * x.rhs.value);
    else terms.push([coeff, x]);
  };
  collect(e, 1n);
  const floorK = k >= 0n ? k / c : -((-k + c - 1n) / c);
  let quotient: AffineExpr = constant(floorK);
  let remainder: AffineExpr = constant(k - floorK * c);
  for (const [coeff, term] of terms) {
    if (coeff % c === 0n) quotient = add(quotient, mul(term, coeff / c));
    else remainder = add(remainder, mul(term, coeff));
  }
  const range = exprBounds(remainder, ranges);
  if (range.lo < 0 || range.hi >= Number(c)) return undefined;
  return { quotient, remainder };
}

/**
 * True when interval bounds prove that `map` reads inside a tensor of `shape` over the domain
 * `bounds`: what the tensor.compute verifier checks, so a rewrite that passes this verifies.
 */
export function readsInBounds(map: AffineMap, bounds: readonly number[], shape: readonly number[]): boolean {
  const ranges = domainIntervals(bounds);
  return map.results.length === shape.length && map.results.every((r, i) => {
    const b = exprBounds(r, ranges);
    return b.lo >= 0 && b.hi < shape[i];
  });
}
