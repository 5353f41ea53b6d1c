// Float arith semantics: cmpf's 16 predicates with NaN, the two min/max families, f16/bf16/f32
// arithmetic rounded once (checked against exact rational rounding), casts and bitcasts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  bitsToFloat, cmpFPredicateNames, cmpf, decompose, extf, floatBinary, floatBitsAsInt, floatFormats, fptosi, fptoui,
  intBitsAsFloat, maxnum, maximum, minimum, minnum, negf, roundScaled, sitofp, truncf, uitofp, type FloatFormat,
} from '../../../../lib/interp/scalar/index.js';
import { Rng } from '../../../../lib/interp/inputs.js';

const { f16, bf16, f32, f64 } = floatFormats;

/** A seeded uniform generator in [0, 1), so failures reproduce. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.nextU32() / 2 ** 32;
}

const VALUES = [NaN, Infinity, -Infinity, 0, -0, 1, -1, 2.5, -2.5, 1e-40, 3e38];

test('cmpf: all 16 predicates against their definition, NaN and signed zeros included', () => {
  for (const p of cmpFPredicateNames) {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const unordered = Number.isNaN(a) || Number.isNaN(b);
        const rel: Record<string, boolean> = { eq: a === b, gt: a > b, ge: a >= b, lt: a < b, le: a <= b, ne: a !== b };
        let want: boolean;
        if (p === 'false' || p === 'true') want = p === 'true';
        else if (p === 'ord' || p === 'uno') want = (p === 'uno') === unordered;
        else if (p[0] === 'o') want = !unordered && rel[p.slice(1)];
        else want = unordered || rel[p.slice(1)];
        assert.is(cmpf(p, a, b), want, `${p} ${a} ${b}`);
      }
    }
  }
  assert.ok(cmpf('oeq', 0, -0));
  assert.not.ok(cmpf('one', NaN, 1));
  assert.ok(cmpf('une', NaN, NaN));
  assert.not.ok(cmpf('oeq', NaN, NaN));
  assert.ok(cmpf('ueq', NaN, 1));
});

test('maximumf/minimumf propagate NaN and order -0 < +0; maxnumf/minnumf drop NaN', () => {
  assert.ok(Number.isNaN(maximum(NaN, 1)));
  assert.ok(Number.isNaN(minimum(1, NaN)));
  assert.ok(Object.is(maximum(-0, 0), 0));
  assert.ok(Object.is(maximum(0, -0), 0));
  assert.ok(Object.is(minimum(0, -0), -0));
  assert.ok(Object.is(minimum(-0, 0), -0));
  assert.is(maxnum(NaN, 1), 1);
  assert.is(minnum(1, NaN), 1);
  assert.ok(Number.isNaN(maxnum(NaN, NaN)));
  assert.ok(Object.is(maxnum(-0, 0), 0));
  assert.ok(Object.is(minnum(0, -0), -0));
  assert.is(maximum(-Infinity, -5), -5);
  assert.is(floatBinary.maxnumf(NaN, -Infinity), -Infinity);
});

/** A random value of format `f`: a random bit pattern, decoded (NaNs skipped by the callers). */
function randomValue(rand: () => number, f: FloatFormat): number {
  return bitsToFloat(f, BigInt(Math.floor(rand() * 2 ** f.width)));
}

/** a / b rounded once to `f`, through exact big-integer division with a sticky bit. */
function exactDivide(a: number, b: number, f: FloatFormat): number {
  const x = decompose(a);
  const y = decompose(b);
  const shift = 200;
  const num = x.m << BigInt(shift);
  const q = num / y.m;
  const sticky = num % y.m !== 0n ? 1n : 0n;
  // A quotient of more than 150 bits plus a sticky bit below it rounds as the exact value does.
  const sign = q < 0n || (q === 0n && (x.m < 0n) !== (y.m < 0n)) ? -1n : 1n;
  const magnitude = ((sign * q) << 1n) | sticky;
  return roundScaled(f, sign * magnitude, x.e - y.e - shift - 1);
}

for (const [name, f] of [['f16', f16], ['bf16', bf16], ['f32', f32]] as const) {
  test(`${name}: addf/subf/mulf/divf of random values rounded once, as exact arithmetic says`, () => {
    const rand = random(name.length * 7 + f.width);
    for (let i = 0; i < 20000; i++) {
      const a = randomValue(rand, f);
      const b = randomValue(rand, f);
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      // Sums and products of these values are exact in a double; rounding them once is the reference.
      const da = decompose(a);
      const db = decompose(b);
      const e = Math.min(da.e, db.e);
      const sumM = (da.m << BigInt(da.e - e)) + (db.m << BigInt(db.e - e));
      const productM = da.m * db.m;
      // An exact zero takes its sign from IEEE's rules, which JavaScript follows.
      const cases: [string, number, number][] = [
        ['addf', floatBinary.addf(a, b, f), sumM === 0n ? a + b : roundScaled(f, sumM, e)],
        ['mulf', floatBinary.mulf(a, b, f), productM === 0n ? a * b : roundScaled(f, productM, da.e + db.e)],
      ];
      if (b !== 0 && a !== 0) cases.push(['divf', floatBinary.divf(a, b, f), exactDivide(a, b, f)]);
      for (const [op, got, want] of cases) if (!Object.is(got, want)) assert.unreachable(`${name} ${op} ${a}, ${b}: ${got} != ${want}`);
    }
  });
}

test('f16 and bf16 arithmetic: ties to even, overflow to infinity', () => {
  assert.is(floatBinary.addf(2048, 1, f16), 2048);
  assert.is(floatBinary.addf(2048, 3, f16), 2052);
  assert.is(floatBinary.addf(65504, 16, f16), Infinity);
  assert.is(floatBinary.addf(65504, 15, f16), 65504);
  assert.is(floatBinary.mulf(256, 256, f16), Infinity);
  assert.is(floatBinary.addf(256, 1, bf16), 256);
  assert.is(floatBinary.addf(256, 3, bf16), 260);
  assert.is(floatBinary.divf(1, 3, f16), 0.333251953125);
  assert.is(floatBinary.divf(1, 3, bf16), 0.333984375);
  assert.is(floatBinary.subf(1, 1, f16), 0);
  assert.ok(Object.is(floatBinary.subf(-0, 0, f16), -0));
  assert.ok(Number.isNaN(floatBinary.subf(Infinity, Infinity, f32)));
  assert.is(floatBinary.divf(1, 0, f16), Infinity);
  assert.is(floatBinary.divf(-1, 0, f16), -Infinity);
  assert.ok(Number.isNaN(floatBinary.divf(0, 0, f64)));
});

test('remf is C fmod: the sign of the dividend, exact', () => {
  assert.is(floatBinary.remf(5.5, 2, f32), 1.5);
  assert.is(floatBinary.remf(-5.5, 2, f32), -1.5);
  assert.is(floatBinary.remf(5.5, -2, f32), 1.5);
  assert.ok(Object.is(floatBinary.remf(-4, 2, f32), -0));
  assert.ok(Number.isNaN(floatBinary.remf(1, 0, f32)));
  assert.ok(Number.isNaN(floatBinary.remf(Infinity, 1, f32)));
  assert.is(floatBinary.remf(1, Infinity, f32), 1);
  assert.is(floatBinary.remf(1e30, 3, f64), 1e30 % 3);
});

test('negf flips the sign of zeros and infinities', () => {
  assert.ok(Object.is(negf(0), -0));
  assert.ok(Object.is(negf(-0), 0));
  assert.is(negf(-Infinity), Infinity);
});

test('fptosi/fptoui truncate toward zero and saturate out of range (poison in MLIR); NaN gives 0', () => {
  assert.is(fptosi(-2.9, 32), -2n);
  assert.is(fptosi(2.9, 32), 2n);
  assert.is(fptosi(-0.5, 8), 0n);
  assert.is(fptosi(300, 8), 127n);
  assert.is(fptosi(-300, 8), -128n);
  assert.is(fptosi(Infinity, 64), 2n ** 63n - 1n);
  assert.is(fptosi(-Infinity, 64), -(2n ** 63n));
  assert.is(fptosi(NaN, 32), 0n);
  assert.is(fptosi(1e19, 64), 2n ** 63n - 1n);
  assert.is(fptosi(-(2 ** 63), 64), -(2n ** 63n));
  assert.is(fptoui(-1, 8), 0n);
  assert.is(fptoui(255.9, 8), -1n);
  assert.is(fptoui(1e10, 32), -1n);
  assert.is(fptoui(2 ** 31, 32), -(2n ** 31n));
  assert.is(fptoui(NaN, 16), 0n);
  assert.is(fptosi(0.7, 1), 0n);
  assert.is(fptoui(1.5, 1), 1n);
});

test('sitofp/uitofp: exact for every i8 into f16, rounded once for wide integers', () => {
  for (let a = -128; a < 128; a++) {
    assert.is(sitofp(BigInt(a), 8, f16), a);
    assert.is(uitofp(BigInt(a), 8, f16), a < 0 ? a + 256 : a);
  }
  assert.is(sitofp(1n, 1, f32), -1);
  assert.is(uitofp(1n, 1, f32), 1);
  assert.is(uitofp(-1n, 32, f32), 2 ** 32);
  assert.is(sitofp(-1n, 32, f32), -1);
  assert.is(sitofp(2n ** 60n + 2n ** 36n + 1n, 64, f32), 2 ** 60 + 2 ** 37);
  assert.is(uitofp(-1n, 64, f64), 2 ** 64);
  assert.is(sitofp(65520n, 32, f16), Infinity);
  assert.is(sitofp(4097n, 32, f16), 4096);
  assert.is(sitofp(4099n, 32, f16), 4100);
  assert.is(sitofp(257n, 32, bf16), 256);
});

test('extf is exact; truncf rounds to nearest even or as its rounding mode says', () => {
  assert.is(extf(0.0999755859375, f32), 0.0999755859375);
  assert.is(truncf(Math.fround(0.1), f16), 0.0999755859375);
  assert.is(truncf(0.1, f32), Math.fround(0.1));
  assert.is(truncf(1 + 2 ** -11, f16), 1);
  assert.is(truncf(1 + 2 ** -11, f16, 'upward'), 1 + 2 ** -10);
  assert.is(truncf(1e5, f16), Infinity);
  assert.is(truncf(1e5, f16, 'toward_zero'), 65504);
  assert.ok(Number.isNaN(truncf(NaN, bf16)));
});

test('bitcast between floats and integers of the same width', () => {
  assert.is(floatBitsAsInt(1, f16), 0x3c00n);
  assert.is(floatBitsAsInt(-2, f16), -16384n); // 0xC000 as signed i16
  assert.is(floatBitsAsInt(1, bf16), 0x3f80n);
  assert.is(floatBitsAsInt(-1.5, f32), -1077936128n); // 0xBFC00000
  assert.is(floatBitsAsInt(1, f64), 0x3ff0000000000000n);
  assert.is(floatBitsAsInt(-0, f64), -(2n ** 63n));
  assert.is(intBitsAsFloat(0x3c00n, f16), 1);
  assert.is(intBitsAsFloat(-1077936128n, f32), -1.5);
  assert.is(intBitsAsFloat(0x7c00n, f16), Infinity);
  assert.is(intBitsAsFloat(1n, f16), 2 ** -24);
  assert.ok(Number.isNaN(intBitsAsFloat(-1n, f16)));
  assert.ok(Object.is(intBitsAsFloat(-(2n ** 15n), f16), -0));
});

test.run();
