// Float literal printing: the six-digit scientific form, APFloat's shortest form and hex.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { formatFloat, roundToSemantics, floatBits } from '../../../lib/print/float.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';

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

/** The value of an IEEE bit pattern with `exp` exponent and `man` mantissa bits. */
function decode(bits: bigint, exp: number, man: number): number {
  const sign = bits >> BigInt(exp + man) ? -1 : 1;
  const e = Number((bits >> BigInt(man)) & ((1n << BigInt(exp)) - 1n));
  const m = Number(bits & ((1n << BigInt(man)) - 1n));
  const bias = 2 ** (exp - 1) - 1;
  if (e === 2 ** exp - 1) return m ? NaN : sign * Infinity;
  return e === 0 ? sign * m * 2 ** (1 - bias - man) : sign * (1 + m / 2 ** man) * 2 ** (e - bias);
}

test('random bit patterns print as mlir-opt prints them (skipped without mlir-opt)', () => {
  if (!existsSync(MLIR_OPT)) return;
  const kinds = [['f16', 5, 10], ['bf16', 8, 7], ['f32', 8, 23], ['f64', 11, 52]] as const;
  let seed = 12345n;
  const next = (): bigint => (seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n));
  const attrs: string[] = [];
  const expected = new Map<string, string>();
  for (const [kind, exp, man] of kinds) {
    const width = 1 + exp + man;
    for (let i = 0; i < 300; i++) {
      // Mix uniformly random patterns with small-exponent ones, which are mostly subnormal or tiny.
      let bits = next() >> BigInt(64 - width);
      if (i % 3 === 0) bits &= ~(((1n << BigInt(exp)) - 1n) << BigInt(man)) | (3n << BigInt(man));
      const value = decode(bits, exp, man);
      if (Number.isNaN(value)) continue;
      const name = `${kind}_${i}`;
      attrs.push(`${name} = 0x${bits.toString(16).toUpperCase().padStart(width / 4, '0')} : ${kind}`);
      expected.set(name, formatFloat(value, kind).text);
    }
  }
  const r = spawnSync(MLIR_OPT, ['--allow-unregistered-dialect', '-'], { input: `"x.f"() {${attrs.join(', ')}} : () -> ()`, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  let checked = 0;
  for (const m of r.stdout.matchAll(/(\w+) = (\S+) : \w+/g)) {
    assert.is(expected.get(m[1]), m[2], m[1]);
    checked++;
  }
  assert.is(checked, expected.size);
});

test.run();
