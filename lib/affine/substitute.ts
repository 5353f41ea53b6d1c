// Substitution in affine expressions: replacing dims and symbols by other expressions,
// shifting their positions, and sparse replacement of arbitrary subexpressions. The
// result is rebuilt through the simplifying constructors, as MLIR does.
import { type AffineExpr, dim, isBinary, symbol } from './expr.js';
import { binary } from './build.js';

/**
 * Replaces `d<i>` by `dims[i]` and `s<i>` by `symbols[i]`; positions past the end of a
 * replacement list are left alone (MLIR's replaceDimsAndSymbols).
 */
export function replaceDimsAndSymbols(
  e: AffineExpr,
  dims: readonly AffineExpr[],
  symbols: readonly AffineExpr[] = [],
): AffineExpr {
  switch (e.kind) {
    case 'constant':
      return e;
    case 'dim':
      return dims[e.position] ?? e;
    case 'symbol':
      return symbols[e.position] ?? e;
    default: {
      const lhs = replaceDimsAndSymbols(e.lhs, dims, symbols);
      const rhs = replaceDimsAndSymbols(e.rhs, dims, symbols);
      return lhs === e.lhs && rhs === e.rhs ? e : binary(e.kind, lhs, rhs);
    }
  }
}

/** Replaces dims `[offset, numDims)` by the dims `shift` positions further on. */
export function shiftDims(e: AffineExpr, numDims: number, shift: number, offset = 0): AffineExpr {
  const dims: AffineExpr[] = [];
  for (let i = 0; i < numDims; i++) dims.push(dim(i < offset ? i : i + shift));
  return replaceDimsAndSymbols(e, dims, []);
}

/** Replaces symbols `[offset, numSymbols)` by the symbols `shift` positions further on. */
export function shiftSymbols(e: AffineExpr, numSymbols: number, shift: number, offset = 0): AffineExpr {
  const symbols: AffineExpr[] = [];
  for (let i = 0; i < numSymbols; i++) symbols.push(symbol(i < offset ? i : i + shift));
  return replaceDimsAndSymbols(e, [], symbols);
}

/** Replaces every occurrence of each key of `replacements` (outermost first). */
export function replaceExprs(e: AffineExpr, replacements: ReadonlyMap<AffineExpr, AffineExpr>): AffineExpr {
  const r = replacements.get(e);
  if (r) return r;
  if (!isBinary(e)) return e;
  const lhs = replaceExprs(e.lhs, replacements);
  const rhs = replaceExprs(e.rhs, replacements);
  return lhs === e.lhs && rhs === e.rhs ? e : binary(e.kind, lhs, rhs);
}
