// Signed 64-bit integer arithmetic on bigint, with the overflow and rounding rules that
// MLIR's affine code relies on (llvm::divideFloorSigned, llvm::mod, AddOverflow, ...).

export const INT64_MIN = -(1n << 63n);
export const INT64_MAX = (1n << 63n) - 1n;

/** Wraps `x` to a signed 64-bit value, as C++ arithmetic on int64_t does in practice. */
export function wrap(x: bigint): bigint {
  return x >= INT64_MIN && x <= INT64_MAX ? x : BigInt.asIntN(64, x);
}

/** The sum, or undefined when it does not fit in int64 (llvm::AddOverflow). */
export function checkedAdd(a: bigint, b: bigint): bigint | undefined {
  const r = a + b;
  return r < INT64_MIN || r > INT64_MAX ? undefined : r;
}

/** The product, or undefined when it does not fit in int64 (llvm::MulOverflow). */
export function checkedMul(a: bigint, b: bigint): bigint | undefined {
  const r = a * b;
  return r < INT64_MIN || r > INT64_MAX ? undefined : r;
}

/** True when `a / b` overflows int64 (the only case: INT64_MIN / -1). */
export function divideWouldOverflow(a: bigint, b: bigint): boolean {
  return a === INT64_MIN && b === -1n;
}

/** Division rounding toward negative infinity; `b` must be non-zero. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Division rounding toward positive infinity; `b` must be non-zero. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) === (b < 0n)) ? q + 1n : q;
}

/** The non-negative remainder for a positive divisor `b` (llvm::mod). */
export function mod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r < 0n ? r + b : r;
}

/** Absolute value with int64 wrap-around (std::abs of INT64_MIN stays INT64_MIN). */
export function abs(a: bigint): bigint {
  return wrap(a < 0n ? -a : a);
}

/** std::gcd on the values reinterpreted as uint64, returned as a signed int64. */
export function gcdU64(a: bigint, b: bigint): bigint {
  let x = BigInt.asUintN(64, a);
  let y = BigInt.asUintN(64, b);
  while (y !== 0n) [x, y] = [y, x % y];
  return wrap(x);
}
