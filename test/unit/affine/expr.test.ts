// Unit tests for affine expressions: uniquing and MLIR's construction-time
// simplifications, the queries, and substitution.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  add,
  ceilDiv,
  constant,
  dim,
  floorDiv,
  isFunctionOfDim,
  isMultipleOf,
  isPureAffine,
  isSymbolicOrConstant,
  largestKnownDivisor,
  mod,
  mul,
  neg,
  printAffineExpr,
  replaceDimsAndSymbols,
  replaceExprs,
  shiftDims,
  shiftSymbols,
  sub,
  symbol,
  walkExpr,
} from '../../../lib/affine/index.js';

const d0 = dim(0);
const d1 = dim(1);
const s0 = symbol(0);
const s1 = symbol(1);

test('structurally equal expressions are the same object', () => {
  assert.is(dim(3), dim(3));
  assert.is(constant(7), constant(7n));
  assert.is(add(d0, mul(d1, 4)), add(d0, mul(d1, 4)));
  assert.is.not(add(d0, d1), add(d0, s0));
  assert.ok(Object.isFrozen(add(d0, d1)));
});

test('constants fold and move to the right', () => {
  assert.is(add(2, 3), constant(5));
  assert.is(String(add(1, d0)), 'd0 + 1');
  assert.is(String(add(add(d0, 1), 2)), 'd0 + 3');
  assert.is(String(add(add(d0, 2), d1)), 'd0 + d1 + 2');
  assert.is(add(d0, 0), d0);
  assert.is(String(mul(3, d0)), 'd0 * 3');
  assert.is(mul(d0, 1), d0);
  assert.is(mul(d0, 0), constant(0));
  assert.is(String(mul(mul(d0, 2), 3)), 'd0 * 6');
  assert.is(String(mul(mul(d0, 2), s0)), '(d0 * s0) * 2');
});

test('like terms combine and commutative operands are ordered', () => {
  assert.is(String(add(mul(d0, 2), mul(d0, 3))), 'd0 * 5');
  assert.is(sub(d0, d0), constant(0));
  assert.is(String(add(d1, d0)), 'd0 + d1');
  assert.is(String(add(s1, s0)), 's0 + s1');
  assert.is(String(add(s0, d0)), 'd0 + s0');
  assert.is(String(mul(s1, s0)), 's0 * s1');
});

test('e - (e floordiv c) * c becomes e mod c', () => {
  assert.is(String(sub(d0, mul(floorDiv(d0, 4), 4))), 'd0 mod 4');
  assert.is(String(sub(d0, mul(floorDiv(d0, s0), s0))), 'd0 mod s0');
  // The rewrite also looks through a sum on the left.
  assert.is(String(add(add(mul(s0, 64), s1), mul(floorDiv(s1, 4), -4))), 's0 * 64 + s1 mod 4');
});

test('floordiv, ceildiv and mod by constants', () => {
  assert.is(floorDiv(d0, 1), d0);
  assert.is(ceilDiv(d0, 1), d0);
  assert.is(mod(d0, 1), constant(0));
  assert.is(floorDiv(-5, 2), constant(-3));
  assert.is(ceilDiv(-5, 2), constant(-2));
  assert.is(floorDiv(5, -2), constant(-3));
  assert.is(ceilDiv(7, -2), constant(-3));
  assert.is(mod(-5, 3), constant(1));
  assert.is(String(floorDiv(mul(d0, 128), 64)), 'd0 * 2');
  assert.is(String(floorDiv(mul(d0, 4), -2)), 'd0 * -2');
  assert.is(mod(mul(d0, 128), 64), constant(0));
  assert.is(String(floorDiv(add(mul(d0, 4), d1), 4)), 'd0 + d1 floordiv 4');
  assert.is(String(mod(add(mul(d0, 4), d1), 4)), 'd1 mod 4');
  assert.is(String(mod(mod(d0, 6), 3)), 'd0 mod 3');
  assert.is(String(mod(mod(d0, 3), 6)), '(d0 mod 3) mod 6');
  // Nested floordivs are kept, as MLIR keeps them.
  assert.is(String(floorDiv(floorDiv(d0, 2), 3)), '(d0 floordiv 2) floordiv 3');
  // Division by zero or (for mod) a negative number is left as written.
  assert.is(String(floorDiv(d0, 0)), 'd0 floordiv 0');
  assert.is(String(mod(d0, -2)), 'd0 mod -2');
  assert.is(String(floorDiv(d0, -2)), 'd0 floordiv -2');
  assert.is(mod(floorDiv(mod(mul(d0, 4), 8), 2), 2), constant(0));
});

test('int64 overflow is not folded, like MLIR', () => {
  const max = 9223372036854775807n;
  assert.is(String(add(constant(max), 1)), '9223372036854775807 + 1');
  assert.is(String(mul(constant(max), 2)), '9223372036854775807 * 2');
  assert.is(String(floorDiv(constant(-max - 1n), -1)), '-9223372036854775808 floordiv -1');
});

test('negation and subtraction print as MLIR prints them', () => {
  assert.is(String(neg(d0)), '-d0');
  assert.is(String(sub(d0, d1)), 'd0 - d1');
  assert.is(String(sub(d0, mul(d1, 3))), 'd0 - d1 * 3');
  assert.is(String(sub(d0, add(d1, s0))), 'd0 - (d1 + s0)');
  assert.is(String(mul(add(d0, d1), -2)), '(d0 + d1) * -2');
  assert.is(String(neg(mod(d0, 2))), '-(d0 mod 2)');
  assert.is(String(sub(d0, floorDiv(d1, 2))), 'd0 - d1 floordiv 2');
  assert.is(String(add(d0, -5)), 'd0 - 5');
  assert.is(String(sub(s0, d0)), '-d0 + s0');
});

test('printing with custom dim and symbol names', () => {
  const e = add(mul(d0, 4), floorDiv(s0, 2));
  assert.is(printAffineExpr(e, (pos, isSymbol) => (isSymbol ? `%n${pos}` : `%i${pos}`)), '%i0 * 4 + %n0 floordiv 2');
});

test('queries', () => {
  assert.ok(isPureAffine(add(mul(d0, 3), floorDiv(d1, 2))));
  assert.not.ok(isPureAffine(mul(d0, s0)));
  assert.not.ok(isPureAffine(floorDiv(d0, s0)));
  assert.ok(isSymbolicOrConstant(add(s0, mul(s1, 2))));
  assert.not.ok(isSymbolicOrConstant(add(s0, d0)));
  assert.is(largestKnownDivisor(add(mul(d0, 6), mul(d1, 4))), 2n);
  assert.is(largestKnownDivisor(floorDiv(mod(mul(d0, 4), 8), 2)), 2n);
  assert.ok(isMultipleOf(mul(d0, 8), 4));
  assert.not.ok(isMultipleOf(add(mul(d0, 8), 2), 4));
  assert.ok(isFunctionOfDim(add(s0, mul(d1, 2)), 1));
  assert.not.ok(isFunctionOfDim(add(s0, mul(d1, 2)), 0));
  const seen: string[] = [];
  walkExpr(add(d0, mul(d1, 2)), (e) => void seen.push(String(e)));
  assert.equal(seen, ['d0', 'd1', '2', 'd1 * 2', 'd0 + d1 * 2']);
});

test('substitution re-simplifies', () => {
  const e = add(mul(d0, 2), floorDiv(d1, 4));
  assert.is(String(replaceDimsAndSymbols(e, [d1, mul(d0, 4)])), 'd1 * 2 + d0');
  assert.is(replaceDimsAndSymbols(e, [constant(3), constant(9)]), constant(8));
  assert.is(String(shiftDims(e, 2, 1)), 'd1 * 2 + d2 floordiv 4');
  assert.is(String(shiftDims(e, 2, 1, 1)), 'd0 * 2 + d2 floordiv 4');
  assert.is(String(shiftSymbols(add(s0, s1), 2, 2)), 's2 + s3');
  assert.is(String(replaceExprs(e, new Map([[floorDiv(d1, 4), s0]]))), 'd0 * 2 + s0');
});

test('invalid construction arguments throw', () => {
  assert.throws(() => dim(-1), /non-negative/);
  assert.throws(() => constant(0.5), /safe integer/);
});

test.run();
