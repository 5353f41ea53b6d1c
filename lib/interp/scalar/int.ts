// Integer semantics of MLIR's arith and math ops on signless two's-complement values of any
// width (i1 to i64 and wider; index is 64 bits), with the interpreter's choices for MLIR's
// undefined behaviour and poison (see README.md in this folder).

/** A runtime error of a scalar operation (integer division by zero, signed division overflow). */
export class ScalarError extends Error {
  override readonly name = 'ScalarError';
}

/** The width the interpreter gives `index` (MLIR's IndexType::kInternalStorageBitWidth). */
export const INDEX_WIDTH = 64;

/**
 * The canonical form of an integer of `width` bits: signed two's complement (`BigInt.asIntN`),
 * except i1, which is 0 or 1 — the convention of IntegerAttr and DenseElementsAttr values.
 */
export function canon(v: bigint, width: number): bigint {
  return width === 1 ? BigInt.asUintN(1, v) : BigInt.asIntN(width, v);
}

/** `v` read as a signed `width`-bit integer. */
export const toSigned = (v: bigint, width: number): bigint => BigInt.asIntN(width, v);
/** `v` read as an unsigned `width`-bit integer. */
export const toUnsigned = (v: bigint, width: number): bigint => BigInt.asUintN(width, v);
/** The smallest signed `width`-bit value. */
export const minSigned = (width: number): bigint => -(1n << BigInt(width - 1));
/** The largest signed `width`-bit value. */
export const maxSigned = (width: number): bigint => (1n << BigInt(width - 1)) - 1n;
/** The largest unsigned `width`-bit value. */
export const maxUnsigned = (width: number): bigint => (1n << BigInt(width)) - 1n;

/** A binary integer op on canonical values of `width` bits, returning a canonical value. */
export type IntBinary = (a: bigint, b: bigint, width: number) => bigint;

function divisor(b: bigint): bigint {
  if (b === 0n) throw new ScalarError('integer division by zero');
  return b;
}

/**
 * Signed operands of a signed division; MIN / -1 overflows, which MLIR leaves undefined and we
 * report. Except in i1, where true is both MIN and -1 and MLIR folds x / true to x (its x / 1
 * identity), which is also what wrapping gives.
 */
function signedOperands(a: bigint, b: bigint, width: number): [bigint, bigint] {
  const x = toSigned(a, width);
  const y = divisor(toSigned(b, width));
  if (y === -1n && x === minSigned(width) && width > 1) throw new ScalarError(`signed integer division overflow (${x} / -1 in i${width})`);
  return [x, y];
}

/** The shift amount, or undefined when it is the width or more (poison in MLIR). */
function shiftAmount(b: bigint, width: number): bigint | undefined {
  const s = toUnsigned(b, width);
  return s < BigInt(width) ? s : undefined;
}

/** The binary integer ops of arith, by mnemonic. */
export const intBinary = {
  addi: (a, b, w) => canon(a + b, w),
  subi: (a, b, w) => canon(a - b, w),
  muli: (a, b, w) => canon(a * b, w),
  divsi(a, b, w) {
    const [x, y] = signedOperands(a, b, w);
    return canon(x / y, w);
  },
  divui: (a, b, w) => canon(toUnsigned(a, w) / divisor(toUnsigned(b, w)), w),
  ceildivsi(a, b, w) {
    const [x, y] = signedOperands(a, b, w);
    const q = x / y;
    return canon(x % y !== 0n && x < 0n === y < 0n ? q + 1n : q, w);
  },
  ceildivui(a, b, w) {
    const x = toUnsigned(a, w);
    const y = divisor(toUnsigned(b, w));
    return canon(x / y + (x % y !== 0n ? 1n : 0n), w);
  },
  floordivsi(a, b, w) {
    const [x, y] = signedOperands(a, b, w);
    const q = x / y;
    return canon(x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q, w);
  },
  // MIN % -1 is 0 and fits: only division by zero is undefined for remsi in MLIR's documentation.
  remsi: (a, b, w) => canon(toSigned(a, w) % divisor(toSigned(b, w)), w),
  remui: (a, b, w) => canon(toUnsigned(a, w) % divisor(toUnsigned(b, w)), w),
  maxsi: (a, b, w) => (toSigned(a, w) >= toSigned(b, w) ? canon(a, w) : canon(b, w)),
  minsi: (a, b, w) => (toSigned(a, w) <= toSigned(b, w) ? canon(a, w) : canon(b, w)),
  maxui: (a, b, w) => (toUnsigned(a, w) >= toUnsigned(b, w) ? canon(a, w) : canon(b, w)),
  minui: (a, b, w) => (toUnsigned(a, w) <= toUnsigned(b, w) ? canon(a, w) : canon(b, w)),
  andi: (a, b, w) => canon(a & b, w),
  ori: (a, b, w) => canon(a | b, w),
  xori: (a, b, w) => canon(a ^ b, w),
  // Shifts by the width or more are poison in MLIR; we give every bit shifted out (0, or the sign for shrsi).
  shli(a, b, w) {
    const s = shiftAmount(b, w);
    return s === undefined ? 0n : canon(a << s, w);
  },
  shrui(a, b, w) {
    const s = shiftAmount(b, w);
    return s === undefined ? 0n : canon(toUnsigned(a, w) >> s, w);
  },
  shrsi(a, b, w) {
    const s = shiftAmount(b, w) ?? BigInt(w - 1);
    return canon(toSigned(a, w) >> s, w);
  },
} satisfies Record<string, IntBinary>;

/** The name of an integer binary op (`addi`, `divsi`, ...). */
export type IntBinaryName = keyof typeof intBinary;

/** arith.cmpi's predicates, in MLIR's numbering order. */
export const cmpIPredicateNames = ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge'] as const;
/** An arith.cmpi predicate. */
export type CmpIPredicate = (typeof cmpIPredicateNames)[number];

/** arith.cmpi: `predicate` applied to `a` and `b` read as signed or unsigned `width`-bit integers. */
export function cmpi(predicate: CmpIPredicate, a: bigint, b: bigint, width: number): boolean {
  const read = predicate[0] === 'u' ? toUnsigned : toSigned;
  const x = read(a, width);
  const y = read(b, width);
  switch (predicate) {
    case 'eq': return x === y;
    case 'ne': return x !== y;
    case 'slt': case 'ult': return x < y;
    case 'sle': case 'ule': return x <= y;
    case 'sgt': case 'ugt': return x > y;
    case 'sge': case 'uge': return x >= y;
  }
}

/** extsi, and index_cast (which sign-extends or truncates): `a` of `from` bits as a signed value in `to` bits. */
export const extsi = (a: bigint, from: number, to: number): bigint => canon(toSigned(a, from), to);
/** extui, and index_castui: `a` of `from` bits zero-extended (or truncated) to `to` bits. */
export const extui = (a: bigint, from: number, to: number): bigint => canon(toUnsigned(a, from), to);
/** trunci: the low `to` bits of `a`. */
export const trunci = (a: bigint, to: number): bigint => canon(a, to);

/** math.absi: the magnitude, where abs(MIN) wraps to MIN (APInt::abs, LLVM's abs without the poison flag). */
export function absi(a: bigint, width: number): bigint {
  const x = toSigned(a, width);
  return canon(x < 0n ? -x : x, width);
}

/** math.ctlz: the number of leading zero bits (the width for zero). */
export function ctlz(a: bigint, width: number): bigint {
  const x = toUnsigned(a, width);
  return BigInt(width - (x === 0n ? 0 : x.toString(2).length));
}

/** math.cttz: the number of trailing zero bits (the width for zero). */
export function cttz(a: bigint, width: number): bigint {
  let x = toUnsigned(a, width);
  if (x === 0n) return BigInt(width);
  let n = 0n;
  while ((x & 1n) === 0n) (x >>= 1n), n++;
  return n;
}

/** math.ctpop: the number of set bits. */
export function ctpop(a: bigint, width: number): bigint {
  let n = 0n;
  for (const c of toUnsigned(a, width).toString(2)) if (c === '1') n++;
  return n;
}

/** math.ipowi: `a` to the power `b` with wrap-around; a negative exponent gives 1/a^|b| truncated (0 unless a is 1 or -1), and 0^negative is a division by zero. */
export function ipowi(a: bigint, b: bigint, width: number): bigint {
  const x = toSigned(a, width);
  const n = toSigned(b, width);
  if (n < 0n) {
    if (x === 0n) throw new ScalarError('integer division by zero (0 to a negative power)');
    if (x === 1n) return canon(1n, width);
    if (x === -1n) return canon(n % 2n === 0n ? 1n : -1n, width);
    return 0n;
  }
  let result = 1n;
  let base = canon(x, width);
  for (let e = n; e > 0n; e >>= 1n) {
    if (e & 1n) result = canon(result * base, width);
    base = canon(base * base, width);
  }
  return canon(result, width);
}
