// Folds of the arith ops: constant evaluation with MLIR's integer wrap-around and IEEE float
// semantics, and the identities MLIR's fold methods apply (x+0, x*1, x*0, x-x, x&x, ...).
import { FloatType, IntegerType, isShaped, type Attribute, type Operation, type Type, type Value } from '../../lib/ir/index.js';
import type { FoldResult } from '../../lib/dialect/index.js';
import { constantOf, intWidth, mapConstants, roundFloat, signed, splatValue, unsigned, wrap, type Scalar } from './constants.js';
import type { CastKind } from './types.js';
import {
  ScalarError, cmpf, cmpi, intBinary, maxSigned, minSigned, toSigned, type CmpFPredicate, type CmpIPredicate, type IntBinary,
} from '../../lib/interp/scalar/index.js';

/** A binary op's fold: the op, its operands, and their constant values. */
export type BinaryFold = (op: Operation, lhs: Value, rhs: Value, l: Attribute | undefined, r: Attribute | undefined) => FoldResult;

type IntEval = (a: bigint, b: bigint, width: number) => bigint | undefined;
type FloatEval = (a: number, b: number) => number;

/** The constant zero (or splat zero) of `type`, when its shape is static (MLIR's getZeroAttr). */
export function zeroOf(type: Type): Attribute | undefined {
  if (isShaped(type) && (!('shape' in type) || type.shape.some((d) => d < 0))) return undefined;
  const element = isShaped(type) ? type.elementType : type;
  return constantOf(type, [intWidth(element) !== undefined ? 0n : 0]);
}

const isInt = (a: Attribute | undefined, v: bigint, width: number): boolean => {
  const x = splatValue(a);
  return typeof x === 'bigint' && wrap(x, width) === wrap(v, width);
};
const isFloat = (a: Attribute | undefined, pred: (x: number) => boolean): boolean => {
  const x = splatValue(a);
  return typeof x === 'number' && pred(x);
};
const elementWidth = (v: Value): number => intWidth(isShaped(v.type) ? v.type.elementType : v.type) ?? 64;

/** Folds two integer constants with `f`, wrapping the result to the width. */
function foldInts(op: Operation, l: Attribute | undefined, r: Attribute | undefined, f: IntEval): Attribute | undefined {
  if (!l || !r) return undefined;
  const width = elementWidth(op.result(0));
  return mapConstants(op.result(0).type, [l, r], ([a, b]) => {
    const v = f(a as bigint, b as bigint, width);
    return v === undefined ? undefined : wrap(v, width);
  });
}

/** Folds two float constants with `f`, rounding the result to the type. */
function foldFloats(op: Operation, l: Attribute | undefined, r: Attribute | undefined, f: FloatEval): Attribute | undefined {
  if (!l || !r) return undefined;
  const type = op.result(0).type;
  const element = isShaped(type) ? type.elementType : type;
  return mapConstants(type, [l, r], ([a, b]) => roundFloat(element, quietNaN(f(a as number, b as number))));
}

/**
 * The hardware's NaN for invalid operations (inf - inf) has the sign bit set where APFloat's
 * has not; our NaN inputs are positive, and APFloat propagates them, so a NaN result is positive.
 */
const quietNaN = (x: number): number => (Number.isNaN(x) ? NaN : x);

/** The defining op of `v` when it is named `name`. */
const definedBy = (v: Value, name: string): Operation | undefined => {
  const d = v.definingOp;
  return d && d.name.name === name ? d : undefined;
};

const allOnes = -1n;

/**
 * The interpreter's semantics of an integer op as a fold: undefined where it raises (division by
 * zero, signed MIN / -1), which MLIR leaves undefined and does not fold.
 */
function definedPart(f: IntBinary): IntEval {
  return (a, b, w) => {
    try {
      return f(a, b, w);
    } catch (e) {
      if (e instanceof ScalarError) return undefined;
      throw e;
    }
  };
}
const [sdiv, udiv, ceilSdiv, ceilUdiv, floorSdiv, srem, urem] = [
  intBinary.divsi, intBinary.divui, intBinary.ceildivsi, intBinary.ceildivui, intBinary.floordivsi, intBinary.remsi, intBinary.remui,
].map(definedPart);

/** The shift amount when it is below the width; MLIR does not fold shifts by the width or more. */
const shiftBy = (b: bigint, w: number): bigint | undefined => (unsigned(b, w) < BigInt(w) ? unsigned(b, w) : undefined);

/** JavaScript's Math.max/min treat -0 and +0 alike and propagate NaN; these follow llvm::maximum/minimum/maxnum/minnum. */
function maximum(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) ? b : a;
  return a > b ? a : b;
}
function minimum(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) ? a : b;
  return a < b ? a : b;
}
function maxnum(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return maximum(a, b);
}
function minnum(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return minimum(a, b);
}

/** `x` when `inner` is `xor(x, other)` or `xor(other, x)`. */
function xorCancelling(inner: Value, other: Value): Value | undefined {
  const prev = definedBy(inner, 'arith.xori');
  if (prev?.operand(1) === other) return prev.operand(0);
  if (prev?.operand(0) === other) return prev.operand(1);
  return undefined;
}

/** The fold of each binary op, by mnemonic. */
export const foldBinary = {
  addi(op, lhs, rhs, l, r) {
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    const sub = definedBy(lhs, 'arith.subi');
    if (sub && sub.operand(1) === rhs) return sub.operand(0);
    const sub2 = definedBy(rhs, 'arith.subi');
    if (sub2 && sub2.operand(1) === lhs) return sub2.operand(0);
    return foldInts(op, l, r, (a, b) => a + b);
  },
  subi(op, lhs, rhs, l, r) {
    if (lhs === rhs) return zeroOf(op.result(0).type);
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    const add = definedBy(lhs, 'arith.addi');
    if (add && add.operand(1) === rhs) return add.operand(0);
    if (add && add.operand(0) === rhs) return add.operand(1);
    return foldInts(op, l, r, (a, b) => a - b);
  },
  muli(op, lhs, _rhs, l, r) {
    const w = elementWidth(lhs);
    if (isInt(r, 0n, w)) return r;
    if (isInt(r, 1n, w)) return lhs;
    return foldInts(op, l, r, (a, b) => a * b);
  },
  shli(op, lhs, _rhs, l, r) {
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, (a, b, w) => {
      const s = shiftBy(b, w);
      return s === undefined ? undefined : a << s;
    });
  },
  shrsi(op, lhs, _rhs, l, r) {
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, (a, b, w) => {
      const s = shiftBy(b, w);
      return s === undefined ? undefined : signed(a, w) >> s;
    });
  },
  shrui(op, lhs, _rhs, l, r) {
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, (a, b, w) => {
      const s = shiftBy(b, w);
      return s === undefined ? undefined : unsigned(a, w) >> s;
    });
  },
  divsi(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, sdiv);
  },
  divui(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, udiv);
  },
  ceildivsi(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, (a, b, w) => {
      const [x, y] = [toSigned(a, w), toSigned(b, w)];
      // MLIR computes through negations of the operands and gives up when one overflows.
      return x !== 0n && (x === minSigned(w) || y === minSigned(w)) ? undefined : ceilSdiv(a, b, w);
    });
  },
  ceildivui(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, ceilUdiv);
  },
  floordivsi(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return lhs;
    return foldInts(op, l, r, floorSdiv);
  },
  remsi(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return zeroOf(op.result(0).type);
    return foldInts(op, l, r, srem);
  },
  remui(op, lhs, _rhs, l, r) {
    if (isInt(r, 1n, elementWidth(lhs))) return zeroOf(op.result(0).type);
    return foldInts(op, l, r, urem);
  },
  maxsi(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (lhs === rhs || isInt(r, maxSigned(w), w)) return rhs;
    if (isInt(r, minSigned(w), w)) return lhs;
    return foldInts(op, l, r, (a, b) => (signed(a, w) > signed(b, w) ? a : b));
  },
  minsi(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (lhs === rhs || isInt(r, minSigned(w), w)) return rhs;
    if (isInt(r, maxSigned(w), w)) return lhs;
    return foldInts(op, l, r, (a, b) => (signed(a, w) < signed(b, w) ? a : b));
  },
  maxui(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (lhs === rhs || isInt(r, allOnes, w)) return rhs;
    if (isInt(r, 0n, w)) return lhs;
    return foldInts(op, l, r, (a, b) => (unsigned(a, w) > unsigned(b, w) ? a : b));
  },
  minui(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (lhs === rhs || isInt(r, 0n, w)) return rhs;
    if (isInt(r, allOnes, w)) return lhs;
    return foldInts(op, l, r, (a, b) => (unsigned(a, w) < unsigned(b, w) ? a : b));
  },
  andi(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (isInt(r, 0n, w)) return r;
    if (isInt(r, allOnes, w) || lhs === rhs) return lhs;
    // and(and(x, y), x) -> and(x, y), either side (MLIR's foldAndIofAndI).
    for (const [inner, other] of [[lhs, rhs], [rhs, lhs]] as const) {
      const prev = definedBy(inner, 'arith.andi');
      if (prev && (prev.operand(0) === other || prev.operand(1) === other)) return inner;
    }
    return foldInts(op, l, r, (a, b) => a & b);
  },
  ori(op, lhs, rhs, l, r) {
    const w = elementWidth(lhs);
    if (isInt(r, 0n, w) || lhs === rhs) return lhs;
    if (isInt(r, allOnes, w)) return r;
    return foldInts(op, l, r, (a, b) => a | b);
  },
  xori(op, lhs, rhs, l, r) {
    if (isInt(r, 0n, elementWidth(lhs))) return lhs;
    if (lhs === rhs) return zeroOf(op.result(0).type);
    // xor(xor(x, a), a) -> x, with the inner xor on either side and `a` on either of its sides.
    return xorCancelling(lhs, rhs) ?? xorCancelling(rhs, lhs) ?? foldInts(op, l, r, (a, b) => a ^ b);
  },
  addf(op, lhs, _rhs, l, r) {
    if (isFloat(r, (x) => Object.is(x, -0))) return lhs;
    return foldFloats(op, l, r, (a, b) => a + b);
  },
  subf(op, lhs, _rhs, l, r) {
    if (isFloat(r, (x) => Object.is(x, 0))) return lhs;
    return foldFloats(op, l, r, (a, b) => a - b);
  },
  mulf(op, lhs, _rhs, l, r) {
    if (isFloat(r, (x) => x === 1)) return lhs;
    return foldFloats(op, l, r, (a, b) => a * b);
  },
  divf(op, lhs, _rhs, l, r) {
    if (isFloat(r, (x) => x === 1)) return lhs;
    return foldFloats(op, l, r, (a, b) => a / b);
  },
  remf(op, _lhs, _rhs, l, r) {
    return foldFloats(op, l, r, (a, b) => a % b);
  },
  maximumf(op, lhs, rhs, l, r) {
    if (lhs === rhs || isFloat(r, (x) => x === -Infinity)) return lhs;
    return foldFloats(op, l, r, maximum);
  },
  minimumf(op, lhs, rhs, l, r) {
    if (lhs === rhs || isFloat(r, (x) => x === Infinity)) return lhs;
    return foldFloats(op, l, r, minimum);
  },
  maxnumf(op, lhs, rhs, l, r) {
    if (lhs === rhs || isFloat(r, Number.isNaN)) return lhs;
    return foldFloats(op, l, r, maxnum);
  },
  minnumf(op, lhs, rhs, l, r) {
    if (lhs === rhs || isFloat(r, Number.isNaN)) return lhs;
    return foldFloats(op, l, r, minnum);
  },
} satisfies Record<string, BinaryFold>;

/** negf: constant negation, and negf(negf(x)) = x. */
export function foldNegF(operand: Value, x: Attribute | undefined): FoldResult {
  const inner = definedBy(operand, 'arith.negf');
  if (inner) return inner.operand(0);
  if (!x) return undefined;
  return mapConstants(operand.type, [x], ([a]) => -(a as number));
}

/** The i1 (or splat i1) constant `value` of type `type`. */
function boolOf(type: Type, value: boolean): Attribute | undefined {
  if (isShaped(type) && (!('shape' in type) || type.shape.some((d) => d < 0))) return undefined;
  return constantOf(type, [value ? 1n : 0n]);
}

/**
 * cmpi: equal operands decide by the predicate alone (any value compared with itself);
 * constants are compared with the interpreter's scalar semantics, so folding and running agree.
 */
export function foldCmpI(op: Operation, predicate: CmpIPredicate, lhs: Value, rhs: Value, l: Attribute | undefined, r: Attribute | undefined): FoldResult {
  const type = op.result(0).type;
  if (lhs === rhs) return boolOf(type, cmpi(predicate, 0n, 0n, 1));
  if (!l || !r) return undefined;
  const w = elementWidth(lhs);
  return mapConstants(type, [l, r], ([a, b]) => (cmpi(predicate, a as bigint, b as bigint, w) ? 1n : 0n));
}

/** cmpf of two constants, with IEEE ordered/unordered semantics. */
export function foldCmpF(op: Operation, predicate: CmpFPredicate, l: Attribute | undefined, r: Attribute | undefined): FoldResult {
  if (!l || !r) return undefined;
  return mapConstants(op.result(0).type, [l, r], ([a, b]) => (cmpf(predicate, a as number, b as number) ? 1n : 0n));
}

/** select: a constant (or splat) condition picks a side; equal sides, and `select %c, true, false` is %c. */
export function foldSelect(op: Operation, condition: Value, t: Value, f: Value, c: Attribute | undefined, tc: Attribute | undefined, fc: Attribute | undefined): FoldResult {
  if (t === f) return t;
  const cv = splatValue(c);
  if (cv !== undefined) return cv ? t : f;
  const type = op.result(0).type;
  if (type instanceof IntegerType && type.width === 1 && splatValue(tc) === 1n && splatValue(fc) === 0n) return condition;
  if (tc && tc === fc) return tc;
  return undefined;
}

/** The raw bits of float `x` of type `t`, or undefined for formats we do not encode. */
function floatBits(t: FloatType, x: number): bigint | undefined {
  const view = new DataView(new ArrayBuffer(8));
  if (t.name === 'f64') return view.setFloat64(0, x), view.getBigUint64(0);
  if (t.name === 'f32') return view.setFloat32(0, x), BigInt(view.getUint32(0));
  return undefined;
}
function bitsFloat(t: FloatType, bits: bigint): number | undefined {
  const view = new DataView(new ArrayBuffer(8));
  if (t.name === 'f64') return view.setBigUint64(0, BigInt.asUintN(64, bits)), view.getFloat64(0);
  if (t.name === 'f32') return view.setUint32(0, Number(BigInt.asUintN(32, bits))), view.getFloat32(0);
  return undefined;
}

/** Float to integer toward zero; undefined for NaN and out-of-range values (MLIR's opInvalidOp). */
function floatToInt(x: number, w: number, isSigned: boolean): bigint | undefined {
  if (!Number.isFinite(x)) return undefined;
  const v = BigInt(Math.trunc(x));
  const [lo, hi] = isSigned ? [minSigned(w), maxSigned(w)] : [0n, (1n << BigInt(w)) - 1n];
  return v < lo || v > hi ? undefined : wrap(v, w);
}

const CAST_NAMES = new Set(['arith.extsi', 'arith.extui', 'arith.trunci', 'arith.extf']);

/** The element type of `v`'s type. */
const elementOf = (t: Type): Type => (isShaped(t) ? t.elementType : t);

/**
 * Folds of a cast of a cast, as MLIR's: extsi(extsi x) and extui(extui x) extend x directly,
 * trunci of an extension or truncation truncates (or is) its source, truncf(extf x) likewise.
 * In-place folds answer the op's own result.
 */
function foldCastChain(op: Operation, name: string): FoldResult {
  const inner = op.operand(0).definingOp;
  if (!inner || !CAST_NAMES.has(inner.name.name)) return undefined;
  const innerName = inner.name.name;
  const src = inner.operand(0);
  if ((name === 'arith.extsi' || name === 'arith.extui') && innerName === name) {
    op.setOperand(0, src);
    return op.result(0);
  }
  const to = elementOf(op.result(0).type);
  if (name === 'arith.trunci' && (innerName === 'arith.extsi' || innerName === 'arith.extui' || innerName === 'arith.trunci')) {
    const srcWidth = intWidth(elementOf(src.type)) ?? 0;
    if (innerName === 'arith.trunci' || srcWidth > (intWidth(to) ?? 0)) {
      op.setOperand(0, src);
      return op.result(0);
    }
    return elementOf(src.type) === to ? src : undefined;
  }
  if (name === 'arith.truncf' && innerName === 'arith.extf') {
    const from = elementOf(src.type);
    if (from instanceof FloatType && to instanceof FloatType && from.width > to.width) {
      op.setOperand(0, src);
      return op.result(0);
    }
    return from === to ? src : undefined;
  }
  return undefined;
}

/** Casts of constants, chains of casts, and a bitcast of a bitcast back to its source type. */
export function foldCast(kind: CastKind, op: Operation, x: Attribute | undefined): FoldResult {
  const name = op.name.name;
  const from = op.operand(0).type;
  const to = op.result(0).type;
  if (name === 'arith.bitcast') {
    const inner = definedBy(op.operand(0), 'arith.bitcast');
    if (inner && inner.operand(0).type === to) return inner.operand(0);
  }
  const chain = foldCastChain(op, name);
  if (chain) return chain;
  if (!x) return undefined;
  const src = isShaped(from) ? from.elementType : from;
  const dst = isShaped(to) ? to.elementType : to;
  const sw = intWidth(src);
  const dw = intWidth(dst);
  const zeroExtend = name === 'arith.extui' || name === 'arith.index_castui' || name === 'arith.uitofp';
  const readInt = (a: Scalar) => (zeroExtend ? unsigned(a as bigint, sw!) : signed(a as bigint, sw!));
  const convert = (a: Scalar): Scalar | undefined => {
    switch (kind) {
      case 'ext-int':
      case 'trunc-int':
      case 'index':
        return wrap(readInt(a), dw!);
      case 'ext-float':
      case 'trunc-float': {
        const v = roundFloat(dst, a as number);
        // MLIR folds only exact conversions (a NaN stays a NaN).
        if (v === undefined || roundFloat(src, a as number) === undefined || (v !== a && !Number.isNaN(a))) return undefined;
        return v;
      }
      case 'int-to-float':
        return roundFloat(dst, Number(readInt(a)));
      case 'float-to-int':
        return floatToInt(a as number, dw!, name === 'arith.fptosi');
      case 'bitcast': {
        if (dst instanceof FloatType) return bitsFloat(dst, a as bigint);
        return src instanceof FloatType ? (() => {
          const bits = floatBits(src, a as number);
          return bits === undefined ? undefined : wrap(bits, dw!);
        })() : a;
      }
    }
  };
  if (name === 'arith.truncf' && op.getAttr('roundingmode') !== undefined) return undefined;
  return mapConstants(to, [x], ([a]) => convert(a));
}
