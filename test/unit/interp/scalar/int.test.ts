// Integer semantics against independent expectations: every i8 and i1 pair through Number
// arithmetic, edge values at i16/i32/i64, division rules, shifts past the width, casts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ScalarError, absi, canon, cmpIPredicateNames, cmpi, ctlz, ctpop, cttz, extsi, extui, intBinary, ipowi, trunci, type IntBinaryName,
} from '../../../../lib/interp/scalar/index.js';

/** x as a signed / unsigned `w`-bit number (w <= 32), computed with Number arithmetic only. */
const s = (x: number, w: number): number => {
  const u = ((x % 2 ** w) + 2 ** w) % 2 ** w;
  return u >= 2 ** (w - 1) ? u - 2 ** w : u;
};
const u = (x: number, w: number): number => ((x % 2 ** w) + 2 ** w) % 2 ** w;
/** The canonical form as a Number: signed, except i1 which is 0/1. */
const c = (x: number, w: number): number => (w === 1 ? u(x, 1) : s(x, w));

/** The expected result of each op on small widths, or 'error' for runtime errors. */
const reference: Record<IntBinaryName, (a: number, b: number, w: number) => number | 'error'> = {
  addi: (a, b, w) => c(a + b, w),
  subi: (a, b, w) => c(a - b, w),
  muli: (a, b, w) => c(a * b, w),
  divsi: (a, b, w) => (s(b, w) === 0 || (w > 1 && s(a, w) === -(2 ** (w - 1)) && s(b, w) === -1) ? 'error' : c(Math.trunc(s(a, w) / s(b, w)), w)),
  divui: (a, b, w) => (u(b, w) === 0 ? 'error' : c(Math.floor(u(a, w) / u(b, w)), w)),
  ceildivsi: (a, b, w) => (s(b, w) === 0 || (w > 1 && s(a, w) === -(2 ** (w - 1)) && s(b, w) === -1) ? 'error' : c(Math.ceil(s(a, w) / s(b, w)), w)),
  ceildivui: (a, b, w) => (u(b, w) === 0 ? 'error' : c(Math.ceil(u(a, w) / u(b, w)), w)),
  floordivsi: (a, b, w) => (s(b, w) === 0 || (w > 1 && s(a, w) === -(2 ** (w - 1)) && s(b, w) === -1) ? 'error' : c(Math.floor(s(a, w) / s(b, w)), w)),
  remsi: (a, b, w) => (s(b, w) === 0 ? 'error' : c(s(a, w) - Math.trunc(s(a, w) / s(b, w)) * s(b, w), w)),
  remui: (a, b, w) => (u(b, w) === 0 ? 'error' : c(u(a, w) % u(b, w), w)),
  maxsi: (a, b, w) => c(Math.max(s(a, w), s(b, w)), w),
  minsi: (a, b, w) => c(Math.min(s(a, w), s(b, w)), w),
  maxui: (a, b, w) => c(Math.max(u(a, w), u(b, w)), w),
  minui: (a, b, w) => c(Math.min(u(a, w), u(b, w)), w),
  andi: (a, b, w) => c(u(a, w) & u(b, w), w),
  ori: (a, b, w) => c(u(a, w) | u(b, w), w),
  xori: (a, b, w) => c(u(a, w) ^ u(b, w), w),
  shli: (a, b, w) => (u(b, w) >= w ? 0 : c(u(a, w) * 2 ** u(b, w), w)),
  shrui: (a, b, w) => (u(b, w) >= w ? 0 : c(Math.floor(u(a, w) / 2 ** u(b, w)), w)),
  shrsi: (a, b, w) => c(Math.floor(s(a, w) / 2 ** Math.min(u(b, w), w - 1)), w),
};

function run(name: IntBinaryName, a: bigint, b: bigint, w: number): bigint | 'error' {
  try {
    return intBinary[name](a, b, w);
  } catch (e) {
    if (e instanceof ScalarError) return 'error';
    throw e;
  }
}

/** Checks `name` on every pair of canonical `w`-bit values against the Number reference. */
function exhaustive(name: IntBinaryName, w: number): void {
  const lo = w === 1 ? 0 : -(2 ** (w - 1));
  const hi = w === 1 ? 1 : 2 ** (w - 1) - 1;
  for (let a = lo; a <= hi; a++) {
    for (let b = lo; b <= hi; b++) {
      const got = run(name, BigInt(a), BigInt(b), w);
      const want = reference[name](a, b, w);
      if (got !== (want === 'error' ? 'error' : BigInt(want))) assert.unreachable(`${name} i${w} ${a}, ${b}: got ${got}, want ${want}`);
    }
  }
}

for (const name of Object.keys(intBinary) as IntBinaryName[]) {
  test(`${name}: every i8 pair and every i1 pair`, () => {
    exhaustive(name, 8);
    exhaustive(name, 1);
  });
}

test('every i4 pair of every op (odd widths wrap as well)', () => {
  for (const name of Object.keys(intBinary) as IntBinaryName[]) exhaustive(name, 4);
});

/** Edge values of a width: 0, ±1, ±2, min, min+1, max, max-1. */
const edges = (w: number): number[] => [0, 1, -1, 2, -2, -(2 ** (w - 1)), -(2 ** (w - 1)) + 1, 2 ** (w - 1) - 1, 2 ** (w - 1) - 2];

test('i16 and i32 edge values of every op against Number arithmetic', () => {
  for (const w of [16, 32]) {
    for (const name of Object.keys(intBinary) as IntBinaryName[]) {
      // Products of 32-bit values exceed 2^53, so Number cannot be the reference for muli at i32.
      if (name === 'muli' && w === 32) continue;
      for (const a of edges(w)) for (const b of [...edges(w), 5, 31, 32, 33]) {
        const want = reference[name](a, b, w);
        assert.is(run(name, BigInt(a), BigInt(b), w), want === 'error' ? 'error' : BigInt(want), `${name} i${w} ${a}, ${b}`);
      }
    }
  }
});

test('i32 and i64 multiplication wraps', () => {
  assert.is(intBinary.muli(0x7fffffffn, 2n, 32), -2n);
  assert.is(intBinary.muli(65536n, 65536n, 32), 0n);
  assert.is(intBinary.muli(-(2n ** 63n), -1n, 64), -(2n ** 63n));
  assert.is(intBinary.muli(3037000500n, 3037000500n, 64), 3037000500n * 3037000500n - 2n ** 64n);
  assert.is(intBinary.addi(2n ** 63n - 1n, 1n, 64), -(2n ** 63n));
  assert.is(intBinary.subi(0n, 1n, 64), -1n);
});

test('wide integers (i65, i128) wrap at their own width', () => {
  assert.is(intBinary.addi(2n ** 64n - 1n, 1n, 65), -(2n ** 64n));
  assert.is(intBinary.muli(2n ** 100n, 2n ** 30n, 128), 0n);
  assert.is(intBinary.divui(-1n, 2n, 128), 2n ** 127n - 1n);
});

test('signed and unsigned division of negative operands, with MLIR rounding', () => {
  const w = 32;
  assert.is(intBinary.divsi(-7n, 2n, w), -3n);
  assert.is(intBinary.ceildivsi(-7n, 2n, w), -3n);
  assert.is(intBinary.floordivsi(-7n, 2n, w), -4n);
  assert.is(intBinary.ceildivsi(7n, 2n, w), 4n);
  assert.is(intBinary.floordivsi(7n, -2n, w), -4n);
  assert.is(intBinary.ceildivsi(-7n, -2n, w), 4n);
  assert.is(intBinary.remsi(-7n, 2n, w), -1n);
  assert.is(intBinary.remsi(7n, -2n, w), 1n);
  assert.is(intBinary.divui(-7n, 2n, w), 2147483644n);
  assert.is(intBinary.remui(-7n, 2n, w), 1n);
  assert.is(intBinary.ceildivui(-7n, 2n, w), 2147483645n);
  assert.is(intBinary.ceildivui(-1n, 2n, w), -2147483648n);
});

test('division by zero and signed overflow are runtime errors; MIN % -1 is 0', () => {
  for (const name of ['divsi', 'divui', 'ceildivsi', 'ceildivui', 'floordivsi', 'remsi', 'remui'] as const) {
    assert.throws(() => intBinary[name](5n, 0n, 64), (e: unknown) => e instanceof ScalarError && /division by zero/.test(e.message), name);
  }
  for (const name of ['divsi', 'ceildivsi', 'floordivsi'] as const) {
    assert.throws(() => intBinary[name](-(2n ** 63n), -1n, 64), /overflow/, name);
    assert.throws(() => intBinary[name](-128n, -1n, 8), /overflow/, name);
  }
  assert.is(intBinary.remsi(-(2n ** 63n), -1n, 64), 0n);
  // i1's true is MIN and -1 at once: MLIR folds true / true to true, as wrapping does.
  assert.is(intBinary.divsi(1n, 1n, 1), 1n);
  assert.is(intBinary.floordivsi(1n, 1n, 1), 1n);
  assert.is(intBinary.divui(-(2n ** 63n), -1n, 64), 0n);
});

test('shifts by the width or more: 0 for shli/shrui, the sign for shrsi', () => {
  assert.is(intBinary.shli(1n, 64n, 64), 0n);
  assert.is(intBinary.shli(1n, 63n, 64), -(2n ** 63n));
  assert.is(intBinary.shrui(-1n, 64n, 64), 0n);
  assert.is(intBinary.shrui(-1n, 63n, 64), 1n);
  assert.is(intBinary.shrsi(-5n, 64n, 64), -1n);
  assert.is(intBinary.shrsi(5n, 200n, 64), 0n);
  // The amount is read unsigned: -1 is 2^64 - 1, past the width.
  assert.is(intBinary.shli(1n, -1n, 64), 0n);
  assert.is(intBinary.shli(1n, 0n, 1), 1n);
  assert.is(intBinary.shrsi(1n, 0n, 1), 1n);
});

test('cmpi: every predicate on every i8 pair, and on i1 where true is -1 signed', () => {
  const ref = (p: string, a: number, b: number, w: number): boolean => {
    const [x, y] = p[0] === 'u' ? [u(a, w), u(b, w)] : [s(a, w), s(b, w)];
    return { eq: x === y, ne: x !== y, slt: x < y, sle: x <= y, sgt: x > y, sge: x >= y, ult: x < y, ule: x <= y, ugt: x > y, uge: x >= y }[p]!;
  };
  for (const p of cmpIPredicateNames) {
    for (let a = -128; a < 128; a++) {
      for (let b = -128; b < 128; b++) {
        if (cmpi(p, BigInt(a), BigInt(b), 8) !== ref(p, a, b, 8)) assert.unreachable(`cmpi ${p} ${a}, ${b}`);
      }
    }
  }
  assert.ok(cmpi('slt', 1n, 0n, 1), 'true < false signed');
  assert.ok(cmpi('ugt', 1n, 0n, 1));
  assert.ok(cmpi('ult', 5n, -1n, 64));
  assert.not.ok(cmpi('slt', 5n, -1n, 64));
});

test('extsi, extui, trunci and index casts', () => {
  assert.is(extsi(-1n, 8, 32), -1n);
  assert.is(extui(-1n, 8, 32), 255n);
  assert.is(extsi(1n, 1, 8), -1n);
  assert.is(extui(1n, 1, 8), 1n);
  assert.is(trunci(255n, 8), -1n);
  assert.is(trunci(256n, 8), 0n);
  assert.is(trunci(-2n, 1), 0n);
  assert.is(trunci(3n, 1), 1n);
  // index_cast from i64 index to i32 truncates; to i128 sign-extends.
  assert.is(extsi(2n ** 40n + 5n, 64, 32), 5n);
  assert.is(extsi(-3n, 64, 128), -3n);
  assert.is(extui(-3n, 64, 128), 2n ** 64n - 3n);
  assert.is(extsi(2n ** 31n, 64, 32), -(2n ** 31n));
  assert.is(canon(5n, 1), 1n);
});

test('absi, ctlz, cttz, ctpop, ipowi', () => {
  assert.is(absi(-5n, 8), 5n);
  assert.is(absi(-128n, 8), -128n);
  assert.is(absi(1n, 1), 1n);
  assert.is(ctlz(1n, 32), 31n);
  assert.is(ctlz(0n, 32), 32n);
  assert.is(ctlz(-1n, 32), 0n);
  assert.is(cttz(8n, 16), 3n);
  assert.is(cttz(0n, 16), 16n);
  assert.is(ctpop(-1n, 64), 64n);
  assert.is(ctpop(0b1011n, 8), 3n);
  assert.is(ipowi(3n, 4n, 32), 81n);
  assert.is(ipowi(2n, 8n, 8), 0n);
  assert.is(ipowi(3n, 5n, 8), canon(243n, 8));
  assert.is(ipowi(-1n, -3n, 32), -1n);
  assert.is(ipowi(2n, -1n, 32), 0n);
  assert.throws(() => ipowi(0n, -1n, 32), (e: unknown) => e instanceof ScalarError);
});

test.run();
