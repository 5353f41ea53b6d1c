// f16/bf16 (and other narrow formats) against independent references: every bit pattern decoded
// by formula or through f32, rounding checked against the nearest value of a sorted table.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bitsToFloat, decompose, floatFormats, floatToBits, roundScaled, roundTo, type FloatFormat } from '../../../../lib/interp/scalar/index.js';
import { Rng } from '../../../../lib/interp/inputs.js';

const { f16, bf16, f32, f64 } = floatFormats;

/** A seeded uniform generator in [0, 1), so failures reproduce. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.nextU32() / 2 ** 32;
}

/** f16 decoded from its fields by the textbook formula. */
function f16Formula(bits: number): number {
  const sign = bits >> 15 ? -1 : 1;
  const e = (bits >> 10) & 31;
  const m = bits & 1023;
  if (e === 31) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** bf16 is the top half of an f32. */
function bf16ThroughF32(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16);
  return view.getFloat32(0);
}

test('every f16 bit pattern decodes as the formula says and encodes back to itself', () => {
  for (let bits = 0; bits < 1 << 16; bits++) {
    const x = bitsToFloat(f16, BigInt(bits));
    const want = f16Formula(bits);
    if (!Object.is(x, want)) assert.unreachable(`f16 0x${bits.toString(16)}: ${x} != ${want}`);
    if (Number.isNaN(x)) continue;
    if (floatToBits(f16, x) !== BigInt(bits)) assert.unreachable(`f16 0x${bits.toString(16)} does not round-trip`);
    if (!Object.is(roundTo(f16, x), x)) assert.unreachable(`f16 value ${x} is not fixed by rounding`);
  }
});

test('every bf16 bit pattern decodes as the top half of an f32 and encodes back to itself', () => {
  for (let bits = 0; bits < 1 << 16; bits++) {
    const x = bitsToFloat(bf16, BigInt(bits));
    const want = bf16ThroughF32(bits);
    if (!Object.is(x, want)) assert.unreachable(`bf16 0x${bits.toString(16)}: ${x} != ${want}`);
    if (Number.isNaN(x)) continue;
    if (floatToBits(bf16, x) !== BigInt(bits)) assert.unreachable(`bf16 0x${bits.toString(16)} does not round-trip`);
  }
});

test('NaN encodes as the positive quiet NaN of each format', () => {
  assert.is(floatToBits(f16, NaN), 0x7e00n);
  assert.is(floatToBits(bf16, NaN), 0x7fc0n);
  assert.is(floatToBits(f32, NaN), 0x7fc00000n);
  assert.is(floatToBits(f64, NaN), 0x7ff8000000000000n);
  assert.is(floatToBits(f16, -0), 0x8000n);
  assert.is(floatToBits(bf16, -Infinity), 0xff80n);
});

/** The non-negative finite values of a 16-bit format, ascending, with their bit patterns. */
function table(f: FloatFormat): { values: number[]; bits: number[] } {
  const values: number[] = [];
  const bits: number[] = [];
  for (let b = 0; b < 0x8000; b++) {
    const x = bitsToFloat(f, BigInt(b));
    if (!Number.isFinite(x)) break;
    values.push(x);
    bits.push(b);
  }
  return { values, bits };
}

/** Round to nearest, ties to the even bit pattern, by searching the table; infinity past max + half ulp. */
function nearest(t: { values: number[]; bits: number[] }, x: number): number {
  const a = Math.abs(x);
  const n = t.values.length;
  const max = t.values[n - 1];
  const halfUlp = (max - t.values[n - 2]) / 2;
  if (a >= max + halfUlp) return Math.sign(x) * Infinity;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t.values[mid] <= a) lo = mid;
    else hi = mid;
  }
  const [l, h] = [t.values[lo], t.values[hi]];
  let r: number;
  if (a - l < h - a) r = l;
  else if (a - l > h - a) r = h;
  else r = t.bits[lo] % 2 === 0 ? l : h;
  if (a >= h) r = h;
  return x < 0 ? -r : r;
}

for (const [name, f] of [['f16', f16], ['bf16', bf16]] as const) {
  test(`${name}: rounding of random doubles matches the nearest table value (ties to even)`, () => {
    const t = table(f);
    const rand = random(name === 'f16' ? 1 : 2);
    const max = t.values[t.values.length - 1];
    for (let i = 0; i < 20000; i++) {
      const pick = rand();
      let x: number;
      if (pick < 0.3) {
        // A midpoint between neighbours, exactly: the ties.
        const k = Math.floor(rand() * (t.values.length - 1));
        x = (t.values[k] + t.values[k + 1]) / 2;
      } else if (pick < 0.5) {
        x = (rand() - 0.5) * max * 2.2;
      } else if (pick < 0.8) {
        x = (rand() - 0.5) * 2 ** Math.floor(rand() * 60 - 30);
      } else {
        // Anywhere in the double range, subnormals included.
        x = (1 + rand()) * 2 ** Math.floor(rand() * 2098 - 1074);
      }
      if (rand() < 0.5) x = -x;
      const got = roundTo(f, x);
      const want = nearest(t, x);
      if (!Object.is(got, want) && !(got === 0 && want === 0)) assert.unreachable(`${name} round ${x}: ${got} != ${want}`);
    }
  });
}

test('f16 rounding: ties to even, overflow to infinity, subnormals, signed zeros', () => {
  assert.is(roundTo(f16, 1 + 2 ** -11), 1);
  assert.is(roundTo(f16, 1 + 3 * 2 ** -11), 1 + 2 ** -9);
  assert.is(roundTo(f16, 1 + 2 ** -11 + 2 ** -30), 1 + 2 ** -10);
  assert.is(roundTo(f16, 65504), 65504);
  assert.is(roundTo(f16, 65519.99), 65504);
  assert.is(roundTo(f16, 65520), Infinity);
  assert.is(roundTo(f16, -1e6), -Infinity);
  assert.is(roundTo(f16, 1e300), Infinity);
  assert.is(roundTo(bf16, -Number.MAX_VALUE), -Infinity);
  assert.is(roundTo(f16, Number.MIN_VALUE), 0);
  assert.ok(Object.is(roundTo(bf16, -Number.MIN_VALUE), -0));
  assert.is(roundTo(f16, 2 ** -24), 2 ** -24);
  assert.is(roundTo(f16, 2 ** -25), 0);
  assert.is(roundTo(f16, 2 ** -25 * 1.0001), 2 ** -24);
  assert.is(roundTo(f16, 3 * 2 ** -25), 2 ** -23);
  assert.is(roundTo(f16, 2 ** -14 - 2 ** -26), 2 ** -14);
  assert.ok(Object.is(roundTo(f16, -(2 ** -30)), -0));
  assert.is(roundTo(f16, 0.1), 0.0999755859375);
  assert.is(roundTo(bf16, 0.1), 0.10009765625);
  assert.is(roundTo(bf16, 3.39e38), 3.3895313892515355e38);
  assert.is(roundTo(bf16, 3.4e38), Infinity);
  assert.ok(Number.isNaN(roundTo(f16, NaN)));
});

test('bf16 rounding of random f32 values matches the usual bit trick', () => {
  const rand = random(3);
  const view = new DataView(new ArrayBuffer(4));
  for (let i = 0; i < 20000; i++) {
    const bits = Math.floor(rand() * 2 ** 32);
    view.setUint32(0, bits);
    const x = view.getFloat32(0);
    if (!Number.isFinite(x)) continue;
    const rounded = (bits + 0x7fff + ((bits >>> 16) & 1)) >>> 16;
    const want = bf16ThroughF32(rounded);
    if (!Object.is(roundTo(bf16, x), want)) assert.unreachable(`bf16 of f32 0x${bits.toString(16)}`);
  }
});

test('directed rounding modes', () => {
  const x = 1 + 2 ** -11 + 2 ** -20;
  assert.is(roundTo(f16, x, 'toward_zero'), 1);
  assert.is(roundTo(f16, -x, 'toward_zero'), -1);
  assert.is(roundTo(f16, x, 'downward'), 1);
  assert.is(roundTo(f16, -x, 'downward'), -(1 + 2 ** -10));
  assert.is(roundTo(f16, x, 'upward'), 1 + 2 ** -10);
  assert.is(roundTo(f16, 1 + 2 ** -11, 'to_nearest_away'), 1 + 2 ** -10);
  assert.is(roundTo(f16, 1e6, 'toward_zero'), 65504);
  assert.is(roundTo(f16, -1e6, 'upward'), -65504);
  assert.is(roundTo(f16, 1e6, 'downward'), 65504);
  assert.is(roundTo(f32, 1 + 2 ** -30, 'upward'), 1 + 2 ** -23);
  assert.is(roundTo(f32, 1 + 2 ** -30), 1);
});

test('roundScaled rounds big integers once (no double rounding through f64)', () => {
  // 2^60 + 2^36 + 1 becomes a tie in f32 if first rounded to f64; it is above the tie.
  assert.is(roundScaled(f32, 2n ** 60n + 2n ** 36n + 1n, 0), 2 ** 60 + 2 ** 37);
  assert.is(roundScaled(f32, 2n ** 60n + 2n ** 36n, 0), 2 ** 60);
  assert.is(roundScaled(f64, 2n ** 64n - 1n, 0), 2 ** 64);
  assert.is(roundScaled(f16, 65519n, 0), 65504);
  assert.is(roundScaled(f16, 65520n, 0), Infinity);
  assert.is(roundScaled(f16, -3n, -26), -(2 ** -24));
  assert.is(roundScaled(f64, 1n, -1075), 0);
  assert.is(roundScaled(f64, 3n, -1076), 2 ** -1074);
  assert.is(roundScaled(f64, 1n, 1024), Infinity);
});

test('decompose gives the exact value of doubles, subnormals included', () => {
  for (const x of [1, -1.5, 0.1, 2 ** -1074, Number.MAX_VALUE, -(2 ** -1022), 3e-310]) {
    const { m, e } = decompose(x);
    assert.is(roundScaled(f64, m, e), x, String(x));
  }
});

test.run();
