// Operand and result type checks are skipped for an op with the types of the last op of its kind
// that passed, and each constraint keeps its last answer: a different type at any position,
// after ops that passed, must still be checked and reported.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AnyInteger, AnyType, F32, Index, defineDialect, defineOp } from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';

const Mixed = defineOp({ name: 'tm.mixed', operands: { a: AnyInteger, b: F32 }, results: { r: Index } });
const OnlyOperands = defineOp({ name: 'tm.operands', operands: { a: AnyInteger, b: F32 }, results: { r: AnyType } });
const dialect = defineDialect({ name: 'tm', ops: [Mixed, OnlyOperands] });

const passing = [
  '  %p0 = "tm.mixed"(%i, %f) : (i32, f32) -> index',
  '  %p1 = "tm.mixed"(%j, %f) : (i64, f32) -> index',
  '  %p2 = "tm.operands"(%i, %f) : (i32, f32) -> f32',
];

function fn(lines: string[]): string {
  return ['func.func @f(%i: i32, %j: i64, %f: f32, %g: f16, %x: index) {', ...lines, '  return', '}'].join('\n');
}

test('a failing type after passing ones is reported at each position', () => {
  const ctx = contextWith(dialect);
  assert.equal(roundTrip(ctx, fn(passing)).errors, []);
  const cases: [string, string][] = [
    ['  %0 = "tm.mixed"(%x, %f) : (index, f32) -> index', "'tm.mixed' op operand #0 must be integer, but got 'index'"],
    ['  %0 = "tm.mixed"(%i, %g) : (i32, f16) -> index', "'tm.mixed' op operand #1 must be 32-bit float, but got 'f16'"],
    ['  %0 = "tm.mixed"(%i, %f) : (i32, f32) -> i32', "'tm.mixed' op result #0 must be index, but got 'i32'"],
    ['  %0 = "tm.operands"(%i, %g) : (i32, f16) -> f32', "'tm.operands' op operand #1 must be 32-bit float, but got 'f16'"],
  ];
  for (const [line, message] of cases) {
    const r = roundTrip(ctx, fn([...passing, line]));
    assert.equal(r.errors, [`${passing.length + 2}:8: ${message}`]);
    // The types that passed before still pass after a failure.
    assert.equal(roundTrip(ctx, fn(passing)).errors, []);
  }
});

test('the first failing position is reported, operands before results', () => {
  const ctx = contextWith(dialect);
  assert.equal(roundTrip(ctx, fn(passing)).errors, []);
  const r = roundTrip(ctx, fn(['  %0 = "tm.mixed"(%i, %g) : (i32, f16) -> i32']));
  assert.equal(r.errors, ["2:8: 'tm.mixed' op operand #1 must be 32-bit float, but got 'f16'"]);
});

test.run();
