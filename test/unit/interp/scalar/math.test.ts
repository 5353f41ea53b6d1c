// Math functions: erf against mpmath (200-bit) values, C's rounding functions and pow special
// cases, fma rounded once, and results rounded to f16/bf16/f32.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyBinary, applyUnary, bitsToFloat, cpow, erf, floatFormats, floatToBits, fma, roundEven, roundHalfAway } from '../../../../lib/interp/scalar/index.js';

const { f16, bf16, f32, f64 } = floatFormats;

/** The distance between two doubles in units of the last place of `want`. */
function ulps(got: number, want: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(want));
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, bits + 1n);
  return Math.abs(got - want) / (view.getFloat64(0) - Math.abs(want));
}

/** erf(x) correctly rounded to a double, from mpmath at 200 bits. */
const ERF: [number, number][] = [
  [1e-300, 1.1283791670955126e-300],
  [1e-8, 1.1283791670955126e-8],
  [0.1, 0.1124629160182849],
  [0.25, 0.27632639016823696],
  [0.374, 0.40313618922801553],
  [0.375, 0.4041169094348223],
  [0.5, 0.5204998778130465],
  [0.7, 0.6778011938374184],
  [1.0, 0.8427007929497149],
  [1.3, 0.9340079449406524],
  [2.0, 0.9953222650189527],
  [2.6, 0.9997639655834707],
  [3.0, 0.9999779095030014],
  [3.2, 0.9999939742388483],
  [4.5, 0.9999999998033839],
  [5.9, 0.9999999999999999],
];

test('erf is within one ulp of mpmath, odd, and exact at the special values', () => {
  for (const [x, want] of ERF) {
    assert.ok(ulps(erf(x), want) <= 1, `erf(${x}) = ${erf(x)}, want ${want}`);
    assert.is(erf(-x), -erf(x));
  }
  assert.is(erf(Infinity), 1);
  assert.is(erf(-Infinity), -1);
  assert.is(erf(30), 1);
  assert.ok(Object.is(erf(-0), -0));
  assert.ok(Object.is(erf(0), 0));
  assert.ok(Number.isNaN(erf(NaN)));
});

test('erf is monotonic across the boundaries of its approximations', () => {
  for (const b of [0.375, 0.625, 1.125, 2.875, 3, 3.125, 6]) {
    let prev = erf(b - 1e-9);
    for (let i = -4; i <= 4; i++) {
      const x = b + i * 2 ** -40;
      const y = erf(x);
      assert.ok(y >= prev, `erf not monotonic at ${x}`);
      prev = y;
    }
  }
});

test('erf rounded to f32 and f16', () => {
  assert.is(applyUnary('erf', 0.5, f32), Math.fround(0.5204998778130465));
  assert.is(applyUnary('erf', 1, f16), 0.8427734375);
});

test('round is half away from zero, roundeven half to even; both keep the sign of zero', () => {
  assert.is(roundHalfAway(2.5), 3);
  assert.is(roundHalfAway(-2.5), -3);
  assert.is(roundHalfAway(0.49999999999999994), 0);
  assert.ok(Object.is(roundHalfAway(-0.4), -0));
  assert.is(roundEven(2.5), 2);
  assert.is(roundEven(3.5), 4);
  assert.is(roundEven(-2.5), -2);
  assert.is(roundEven(-3.5), -4);
  assert.is(roundEven(2.6), 3);
  assert.ok(Object.is(roundEven(-0.5), -0));
  assert.ok(Object.is(roundEven(0.5), 0));
  assert.is(roundEven(2 ** 53 + 2), 2 ** 53 + 2);
  assert.is(applyUnary('trunc', -2.7, f32), -2);
  assert.is(applyUnary('ceil', -0.5, f32), -0);
});

test('powf follows C where Math.pow does not: pow(1, y) and pow(-1, +-inf) are 1', () => {
  assert.is(cpow(1, NaN), 1);
  assert.is(cpow(-1, Infinity), 1);
  assert.is(cpow(-1, -Infinity), 1);
  assert.is(cpow(NaN, 0), 1);
  assert.ok(Number.isNaN(cpow(-2, 0.5)));
  assert.is(cpow(2, 10), 1024);
  assert.is(applyBinary('powf', 2, 0.5, f16), 1.4140625);
  assert.is(applyBinary('powf', 300, 2, f16), Infinity);
});

test('fma rounds once: a*b + c exact before rounding', () => {
  const e = 2 ** -52;
  // (1 + e)(1 - e) - 1 = -e^2: a double multiply-add gives 0.
  assert.is(fma(1 + e, 1 - e, -1, f64), -(2 ** -104));
  assert.is(fma(2, 3, 4, f64), 10);
  const a = Math.fround(1 + 2 ** -12);
  assert.is(fma(a, a, -1, f32), 2 ** -11 + 2 ** -24);
  // Just below the f32 midpoint 1 + 2^-23 + 2^-24: a double sum lands on the midpoint and rounds up to even.
  assert.is(fma(1 + 2 ** -23, 1, 2 ** -24 - 2 ** -60, f32), 1 + 2 ** -23);
  assert.ok(Object.is(fma(-0, 1, -0, f64), -0));
  assert.ok(Object.is(fma(1, 1, -1, f64), 0));
  assert.ok(Object.is(fma(-0, 1, 0, f64), 0));
  assert.ok(Number.isNaN(fma(Infinity, 0, 1, f64)));
  assert.is(fma(Infinity, 1, 1, f64), Infinity);
  assert.is(fma(1e308, 10, -1e308, f64), Infinity);
  assert.is(fma(1e308, 10, -Infinity, f64), -Infinity);
  assert.is(fma(256, 256, 0, f16), Infinity);
});

test('sqrt of every non-negative f16 and bf16 is correctly rounded (midpoints squared exactly)', () => {
  for (const f of [f16, bf16]) {
    for (let bits = 1; bits < 0x7c00 || (f === bf16 && bits < 0x7f80); bits++) {
      const x = bitsToFloat(f, BigInt(bits));
      const r = applyUnary('sqrt', x, f);
      // r is right when x lies between the squares of the midpoints to r's neighbours (ties: r even).
      const below = bitsToFloat(f, floatToBits(f, r) - 1n);
      const above = bitsToFloat(f, floatToBits(f, r) + 1n);
      const lo = ((r + below) / 2) ** 2;
      const hi = ((r + above) / 2) ** 2;
      const even = floatToBits(f, r) % 2n === 0n;
      const ok = (x > lo || (x === lo && even)) && (x < hi || (x === hi && even));
      if (!ok) assert.unreachable(`${f.name} sqrt(${x}) = ${r}`);
    }
  }
});

test('functions are rounded to the operand format', () => {
  assert.is(applyUnary('exp', 1, f16), 2.71875);
  assert.is(applyUnary('exp', 1, bf16), 2.71875);
  assert.is(applyUnary('exp', 1, f32), Math.fround(Math.E));
  assert.is(applyUnary('sqrt', 2, bf16), 1.4140625);
  assert.is(applyUnary('rsqrt', 4, f16), 0.5);
  assert.is(applyUnary('log', 0, f32), -Infinity);
  assert.ok(Number.isNaN(applyUnary('log', -1, f32)));
  assert.ok(Number.isNaN(applyUnary('sqrt', -1, f16)));
  assert.ok(Object.is(applyUnary('sqrt', -0, f16), -0));
  assert.is(applyUnary('exp', 12, f16), Infinity);
  assert.is(applyUnary('tanh', 20, f32), 1);
  assert.is(applyUnary('absf', -0, f32), 0);
  assert.is(applyUnary('exp2', 10, f16), 1024);
  assert.is(applyUnary('log2', 8, f16), 3);
  assert.is(applyUnary('log10', 1000, f32), 3);
  assert.is(applyUnary('floor', -1.5, f16), -2);
  assert.is(applyUnary('sin', 0, f16), 0);
  assert.is(applyUnary('cos', 0, bf16), 1);
  assert.is(applyBinary('copysign', 3, -0, f32), -3);
});

test.run();
