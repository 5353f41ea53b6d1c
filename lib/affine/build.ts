// The constructors of affine expressions. Each applies MLIR's construction-time
// simplifications (AffineExpr.cpp: simplifyAdd, simplifyMul, simplifyFloorDiv,
// simplifyCeilDiv, simplifyMod and the commutative operand order) before interning, so
// the expression built for a given input is the one MLIR builds and prints.
import {
  type AffineBinaryKind,
  type AffineExpr,
  constant,
  constValue,
  internBinary,
  isBinary,
  isSymbolicOrConstant,
  largestKnownDivisor,
} from './expr.js';
import { checkedAdd, checkedMul, divideWouldOverflow, ceilDiv as ceilDivInt, floorDiv as floorDivInt, mod as modInt, wrap } from './int64.js';

/** An expression, or an integer standing for the constant expression. */
export type ExprLike = AffineExpr | number | bigint;

function expr(e: ExprLike): AffineExpr {
  return typeof e === 'object' ? e : constant(e);
}

/** `lhs + rhs`, simplified as MLIR does. */
export function add(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  const l = expr(lhs);
  const r = expr(rhs);
  const simplified = simplifyAdd(l, r);
  if (simplified) return simplified;
  const [a, b] = orderCommutative(l, r);
  return internBinary('add', a, b);
}

/** `lhs * rhs`, simplified as MLIR does (constants and symbols move to the right). */
export function mul(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  const l = expr(lhs);
  const r = expr(rhs);
  const simplified = simplifyMul(l, r);
  if (simplified) return simplified;
  const [a, b] = orderCommutative(l, r);
  return internBinary('mul', a, b);
}

/** `-e`, built as `e * -1` like MLIR. */
export function neg(e: ExprLike): AffineExpr {
  return mul(e, constant(-1));
}

/** `lhs - rhs`, built as `lhs + rhs * -1` like MLIR. */
export function sub(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  return add(lhs, neg(rhs));
}

/** `lhs floordiv rhs`, simplified as MLIR does. */
export function floorDiv(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  const l = expr(lhs);
  const r = expr(rhs);
  return simplifyFloorDiv(l, r) ?? internBinary('floordiv', l, r);
}

/** `lhs ceildiv rhs`, simplified as MLIR does. */
export function ceilDiv(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  const l = expr(lhs);
  const r = expr(rhs);
  return simplifyCeilDiv(l, r) ?? internBinary('ceildiv', l, r);
}

/** `lhs mod rhs`, simplified as MLIR does. */
export function mod(lhs: ExprLike, rhs: ExprLike): AffineExpr {
  const l = expr(lhs);
  const r = expr(rhs);
  return simplifyMod(l, r) ?? internBinary('mod', l, r);
}

/** The binary expression of the given kind (MLIR's getAffineBinaryOpExpr). */
export function binary(kind: AffineBinaryKind, lhs: ExprLike, rhs: ExprLike): AffineExpr {
  switch (kind) {
    case 'add':
      return add(lhs, rhs);
    case 'mul':
      return mul(lhs, rhs);
    case 'floordiv':
      return floorDiv(lhs, rhs);
    case 'ceildiv':
      return ceilDiv(lhs, rhs);
    case 'mod':
      return mod(lhs, rhs);
  }
}

// Dims and symbols of commutative operations are ordered by position, dims first; other
// operands keep their order.
function orderCommutative(a: AffineExpr, b: AffineExpr): [AffineExpr, AffineExpr] {
  if (a.kind === 'symbol' && b.kind === 'symbol') return a.position < b.position ? [a, b] : [b, a];
  if (a.kind === 'dim' && b.kind === 'dim') return a.position < b.position ? [a, b] : [b, a];
  if (a.kind === 'symbol' && b.kind === 'dim') return [b, a];
  return [a, b];
}

// `c * e` as (e, c) when the right operand of a multiplication is a constant.
function splitScaled(e: AffineExpr): [AffineExpr, bigint] {
  if (e.kind === 'mul') {
    const c = constValue(e.rhs);
    if (c !== undefined) return [e.lhs, c];
  }
  return [e, 1n];
}

function simplifyAdd(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  const lc = constValue(lhs);
  const rc = constValue(rhs);
  if (lc !== undefined && rc !== undefined) {
    const sum = checkedAdd(lc, rc);
    return sum === undefined ? undefined : constant(sum);
  }
  // Constants go right; a symbolic operand goes right of a dimensional one.
  if (lc !== undefined || (isSymbolicOrConstant(lhs) && !isSymbolicOrConstant(rhs))) return add(rhs, lhs);
  if (rc === 0n) return lhs;
  // (e + c1) + c2 -> e + (c1 + c2)
  const lrc = lhs.kind === 'add' ? constValue(lhs.rhs) : undefined;
  if (lhs.kind === 'add' && rc !== undefined && lrc !== undefined) return add(lhs.lhs, constant(wrap(lrc + rc)));
  // c1 * e + c2 * e -> (c1 + c2) * e
  const [first, c1] = splitScaled(lhs);
  const [second, c2] = splitScaled(rhs);
  if (first === second) return mul(first, constant(wrap(c1 + c2)));
  // (e1 + c) + e2 -> (e1 + e2) + c
  if (lhs.kind === 'add' && lrc !== undefined) return add(add(lhs.lhs, rhs), lhs.rhs);
  return simplifyAddToMod(lhs, rhs);
}

// e - q * (e floordiv q) -> e mod q, where the product may be written either way round.
function simplifyAddToMod(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  if (!isBinary(rhs)) return undefined;
  const lrhs = rhs.lhs;
  const rrhs = rhs.rhs;
  // (e floordiv q) * q * -1
  if (constValue(rrhs) === -1n && lrhs.kind === 'mul') {
    const inner = lrhs.lhs;
    if (inner.kind !== 'floordiv') return undefined;
    if (inner.rhs === lrhs.rhs && lhs === inner.lhs) return mod(lhs, lrhs.rhs);
  }
  // (e floordiv c) * -c, with c a positive constant
  if (lrhs.kind !== 'floordiv' || rhs.kind !== 'mul') return undefined;
  const divisor = constValue(lrhs.rhs);
  if (divisor !== undefined && divisor > 0n && lhs === lrhs.lhs && lrhs.rhs === neg(rrhs)) return mod(lhs, lrhs.rhs);
  // (e1 + e) + (e floordiv c) * -c -> e1 + e mod c
  if (lhs.kind === 'add') {
    const simplified = simplifyAdd(lhs.rhs, rhs);
    if (simplified) return add(lhs.lhs, simplified);
  }
  return undefined;
}

function simplifyMul(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  const lc = constValue(lhs);
  const rc = constValue(rhs);
  if (lc !== undefined && rc !== undefined) {
    const product = checkedMul(lc, rc);
    return product === undefined ? undefined : constant(product);
  }
  if (!isSymbolicOrConstant(lhs) && !isSymbolicOrConstant(rhs)) return undefined;
  // The constant or symbolic operand goes right; a constant goes right of a symbol.
  if (!isSymbolicOrConstant(rhs) || lc !== undefined) return mul(rhs, lhs);
  if (rc === 1n) return lhs;
  if (rc === 0n) return rhs;
  if (lhs.kind === 'mul') {
    const lrc = constValue(lhs.rhs);
    if (lrc !== undefined) {
      // (e * c1) * c2 -> e * (c1 * c2)
      if (rc !== undefined) return mul(lhs.lhs, constant(wrap(lrc * rc)));
      // (e * c) * e2 -> (e * e2) * c
      return mul(mul(lhs.lhs, rhs), lhs.rhs);
    }
  }
  return undefined;
}

function simplifyFloorDiv(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  const rc = constValue(rhs);
  if (rc === undefined || rc === 0n) return undefined;
  const lc = constValue(lhs);
  if (lc !== undefined) return divideWouldOverflow(lc, rc) ? undefined : constant(floorDivInt(lc, rc));
  if (rc === 1n) return lhs;
  // (e * c1) floordiv c2 -> e * (c1 / c2) when c2 divides c1
  if (lhs.kind === 'mul') {
    const lrc = constValue(lhs.rhs);
    if (lrc !== undefined && lrc % rc === 0n) return mul(lhs.lhs, constant(lrc / rc));
  }
  // (e1 + e2) floordiv c -> e1 floordiv c + e2 floordiv c when c divides either term
  if (lhs.kind === 'add') {
    if (largestKnownDivisor(lhs.lhs) % rc === 0n || largestKnownDivisor(lhs.rhs) % rc === 0n) {
      return add(floorDiv(lhs.lhs, rhs), floorDiv(lhs.rhs, rhs));
    }
  }
  return undefined;
}

function simplifyCeilDiv(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  const rc = constValue(rhs);
  if (rc === undefined || rc === 0n) return undefined;
  const lc = constValue(lhs);
  if (lc !== undefined) return divideWouldOverflow(lc, rc) ? undefined : constant(ceilDivInt(lc, rc));
  if (rc === 1n) return lhs;
  if (lhs.kind === 'mul') {
    const lrc = constValue(lhs.rhs);
    if (lrc !== undefined && lrc % rc === 0n) return mul(lhs.lhs, constant(lrc / rc));
  }
  return undefined;
}

function simplifyMod(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | undefined {
  const rc = constValue(rhs);
  // mod by zero or a negative number is undefined and kept as written.
  if (rc === undefined || rc < 1n) return undefined;
  const lc = constValue(lhs);
  if (lc !== undefined) return constant(modInt(lc, rc));
  if (largestKnownDivisor(lhs) % rc === 0n) return constant(0);
  // (e1 + e2) mod c -> e2 mod c when c divides e1 (or the other way round)
  if (lhs.kind === 'add') {
    if (largestKnownDivisor(lhs.lhs) % rc === 0n) return mod(lhs.rhs, rhs);
    if (largestKnownDivisor(lhs.rhs) % rc === 0n) return mod(lhs.lhs, rhs);
  }
  // (e mod c1) mod c2 -> e mod c2 when c2 divides c1
  if (lhs.kind === 'mod') {
    const inner = constValue(lhs.rhs);
    if (inner !== undefined && inner >= 1n && modInt(inner, rc) === 0n) return mod(lhs.lhs, rhs);
  }
  return undefined;
}
