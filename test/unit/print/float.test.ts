// Float literal printing: the six-digit scientific form, APFloat's shortest form and hex.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatFloat, roundToSemantics, floatBits } from '../../../lib/print/float.js';

const cases: ReadonlyArray<[number, Parameters<typeof formatFloat>[1], string]> = [
  [1, 'f32', '1.000000e+00'],
  [Math.fround(0.1), 'f32', '1.000000e-01'],
  [0.1, 'f64', '1.000000e-01'],
  [Math.fround(1.234567), 'f32', '1.23456705'],
  [3.14159265358979, 'f64', '3.14159265358979'],
  [1e10, 'f64', '1.000000e+10'],
  [1e-7 * 0.99999999999999995, 'f64', '9.9999999999999995E-8'],
  [16777217, 'f64', '0x4170000010000000'],
  [Math.fround(123456789), 'f32', '0x4CEB79A3'],
  [Infinity, 'f64', '0x7FF0000000000000'],
  [-Infinity, 'f32', '0xFF800000'],
  [Infinity, 'f16', '0x7C00'],
  [NaN, 'f32', '0x7FC00000'],
  [-0, 'f64', '-0.000000e+00'],
  [0, 'f32', '0.000000e+00'],
  [roundToSemantics(0.1, 'f16'), 'f16', '9.997550e-02'],
  [roundToSemantics(0.1, 'bf16'), 'bf16', '1.000980e-01'],
  [65504, 'f16', '6.550400e+04'],
  [2 ** -133, 'bf16', '9.183550e-41'],
  [5e-324, 'f64', '4.940660e-324'],
  [6.0221e23, 'f64', '6.022100e+23'],
];

test('floats print as mlir-opt prints them', () => {
  for (const [value, kind, text] of cases) assert.is(formatFloat(value, kind).text, text, `${value} : ${kind}`);
});

test('the hex form is flagged, so attributes keep their type', () => {
  assert.ok(formatFloat(Infinity, 'f64').hex);
  assert.not.ok(formatFloat(1.5, 'f64').hex);
});

test('rounding to narrow formats is to nearest even, overflowing to infinity', () => {
  assert.is(roundToSemantics(1 + 2 ** -11, 'f16'), 1);
  assert.is(roundToSemantics(1 + 3 * 2 ** -11, 'f16'), 1 + 2 ** -9);
  assert.is(roundToSemantics(70000, 'f16'), Infinity);
  assert.is(roundToSemantics(2 ** -24, 'f16'), 2 ** -24);
});

test('bit patterns of narrow formats, subnormals included', () => {
  assert.is(floatBits(1, 'f16'), 0x3c00n);
  assert.is(floatBits(-2, 'bf16'), 0xc000n);
  assert.is(floatBits(2 ** -24, 'f16'), 1n);
  assert.is(floatBits(1.5, 'tf32'), 0x1fe00n);
});

test.run();
