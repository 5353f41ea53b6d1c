// Simplification of semi-affine expressions (division and mod by symbols), MLIR's
// simplifySemiAffine: `(s0 * d0) floordiv s0` -> `d0`, `(d0 * s0) mod s0` -> `0`, and
// `(e - e mod s) mod s` -> `0`, applied bottom-up before flattening.
import { type AffineBinaryKind, type AffineExpr, constant, isBinary } from './expr.js';
import { add, binary, mul, sub } from './build.js';

type Simplifier = (e: AffineExpr, numDims: number, numSymbols: number) => AffineExpr;

/**
 * Divides out symbols where the dividend is known to be a multiple. `simplify` is the
 * flattening simplifier, passed in to keep the two modules free of an import cycle.
 */
export function simplifySemiAffine(e: AffineExpr, numDims: number, numSymbols: number, simplify: Simplifier): AffineExpr {
  if (!isBinary(e)) return e;
  const sLhs = simplifySemiAffine(e.lhs, numDims, numSymbols, simplify);
  const sRhs = simplifySemiAffine(e.rhs, numDims, numSymbols, simplify);
  if (e.kind === 'add' || e.kind === 'mul') return binary(e.kind, sLhs, sRhs);
  if (isModOfModSubtraction(sLhs, sRhs, numDims, numSymbols, simplify)) return constant(0);
  if (sRhs.kind !== 'symbol' || !canDivideBySymbol(e.lhs, sRhs.position, e.kind)) return binary(e.kind, sLhs, sRhs);
  if (e.kind === 'mod') return constant(0);
  return divideBySymbol(sLhs, sRhs.position, e.kind) ?? binary(e.kind, sLhs, sRhs);
}

function summands(e: AffineExpr, out: AffineExpr[] = []): AffineExpr[] {
  if (e.kind !== 'add') out.push(e);
  else {
    summands(e.lhs, out);
    summands(e.rhs, out);
  }
  return out;
}

function negated(e: AffineExpr): AffineExpr | undefined {
  if (e.kind !== 'mul') return undefined;
  if (e.lhs.kind === 'constant' && e.lhs.value === -1n) return e.rhs;
  if (e.rhs.kind === 'constant' && e.rhs.value === -1n) return e.lhs;
  return undefined;
}

// True when lhs is `x - x mod rhs` written as any sum, so that dividing it by rhs leaves
// no remainder (a pattern loop peeling produces). MLIR applies this to floordiv and
// ceildiv too, where it yields 0; we keep that behaviour to print what MLIR prints.
function isModOfModSubtraction(lhs: AffineExpr, rhs: AffineExpr, numDims: number, numSymbols: number, simplify: Simplifier): boolean {
  const terms = summands(lhs);
  for (let i = 0; i < terms.length; i++) {
    const inner = negated(terms[i]!);
    if (inner?.kind !== 'mod' || inner.rhs !== rhs) continue;
    let diff: AffineExpr = constant(0);
    terms.forEach((t, j) => {
      if (j !== i) diff = add(diff, t);
    });
    diff = simplify(sub(diff, inner.lhs), numDims, numSymbols);
    if (diff.kind === 'constant' && diff.value === 0n) return true;
  }
  return false;
}

// Whether `e` divided by symbol `pos` is exact for the division kind `op` (MLIR's
// canSimplifyDivisionBySymbol). Nested divisions commute only with the same kind and
// not under a product.
function canDivideBySymbol(e: AffineExpr, pos: number, op: AffineBinaryKind, fromMul = false): boolean {
  switch (e.kind) {
    case 'constant':
      return e.value === 0n;
    case 'dim':
      return false;
    case 'symbol':
      return e.position === pos;
    case 'add':
      return canDivideBySymbol(e.lhs, pos, op) && canDivideBySymbol(e.rhs, pos, op);
    case 'mod':
      return canDivideBySymbol(e.lhs, pos, 'mod') && canDivideBySymbol(e.rhs, pos, 'mod');
    case 'mul':
      return canDivideBySymbol(e.lhs, pos, op, true) || canDivideBySymbol(e.rhs, pos, op, true);
    case 'floordiv':
    case 'ceildiv':
      return op === e.kind && !fromMul && canDivideBySymbol(e.lhs, pos, e.kind);
  }
}

// `e / s<pos>` for an `e` that canDivideBySymbol accepted; undefined where it cannot.
function divideBySymbol(e: AffineExpr, pos: number, op: AffineBinaryKind): AffineExpr | undefined {
  switch (e.kind) {
    case 'constant':
      return e.value === 0n ? constant(0) : undefined;
    case 'dim':
      return undefined;
    case 'symbol':
      return constant(1);
    case 'add':
    case 'mod': {
      const kind = e.kind === 'add' ? op : e.kind;
      const l = divideBySymbol(e.lhs, pos, kind);
      const r = divideBySymbol(e.rhs, pos, kind);
      return l && r ? binary(e.kind, l, r) : undefined;
    }
    case 'mul': {
      if (!canDivideBySymbol(e.lhs, pos, op)) {
        const r = divideBySymbol(e.rhs, pos, op);
        return r && mul(e.lhs, r);
      }
      const l = divideBySymbol(e.lhs, pos, op);
      return l && mul(l, e.rhs);
    }
    case 'floordiv':
    case 'ceildiv': {
      const l = divideBySymbol(e.lhs, pos, e.kind);
      return l && binary(e.kind, l, e.rhs);
    }
  }
}
