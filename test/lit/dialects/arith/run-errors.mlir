// dlc-run reports integer division by zero and signed division overflow (undefined in MLIR) at
// the op, naming the element for tensors, and exits 1.
// RUN: not %dlc-run %s --entry @div_zero 2>&1 | %filecheck %s --check-prefix=ZERO
// RUN: not %dlc-run %s --entry @rem_zero 2>&1 | %filecheck %s --check-prefix=REM
// RUN: not %dlc-run %s --entry @overflow 2>&1 | %filecheck %s --check-prefix=OVERFLOW
// RUN: not %dlc-run %s --entry @tensor_zero 2>&1 | %filecheck %s --check-prefix=TENSOR

// ZERO: run-errors.mlir:[[# @LINE + 4]]:8: error: integer division by zero
func.func @div_zero() -> i32 {
  %a = arith.constant 7 : i32
  %z = arith.constant 0 : i32
  %r = arith.divui %a, %z : i32
  return %r : i32
}

// REM: run-errors.mlir:[[# @LINE + 4]]:8: error: integer division by zero
func.func @rem_zero() -> i64 {
  %a = arith.constant 7 : i64
  %z = arith.constant 0 : i64
  %r = arith.remsi %a, %z : i64
  return %r : i64
}

// OVERFLOW: run-errors.mlir:[[# @LINE + 4]]:8: error: signed integer division overflow (-128 / -1 in i8)
func.func @overflow() -> i8 {
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %r = arith.floordivsi %min, %m1 : i8
  return %r : i8
}

// TENSOR: run-errors.mlir:[[# @LINE + 4]]:8: error: integer division by zero (element [1, 0])
func.func @tensor_zero() -> tensor<2x2xi32> {
  %a = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %b = arith.constant dense<[[1, 1], [0, 1]]> : tensor<2x2xi32>
  %r = arith.ceildivsi %a, %b : tensor<2x2xi32>
  return %r : tensor<2x2xi32>
}
