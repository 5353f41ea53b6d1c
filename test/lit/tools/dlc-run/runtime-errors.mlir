// dlc-run reports runtime errors at the faulty op, with the source line and caret, and exits 1.
// RUN: not %dlc-run %s --entry @out_of_bounds 2>&1 | %filecheck %s --check-prefix=OOB
// RUN: not %dlc-run %s --entry @use_after_free 2>&1 | %filecheck %s --check-prefix=FREE
// RUN: not %dlc-run %s --entry @div_by_zero 2>&1 | %filecheck %s --check-prefix=DIV
// RUN: not %dlc-run %s --entry @assert 2>&1 | %filecheck %s --check-prefix=ASSERT
// RUN: not %dlc-run %s --entry @missing 2>&1 | %filecheck %s --check-prefix=MISSING

// OOB: runtime-errors.mlir:[[# @LINE + 6]]:8: error: index [4] is out of bounds for a memref of shape [4]
// OOB-NEXT: %x = memref.load %m[%c4] : memref<4xf32>
// OOB-NEXT: ^
func.func @out_of_bounds() -> f32 {
  %c4 = arith.constant 4 : index
  %m = memref.alloc() : memref<4xf32>
  %x = memref.load %m[%c4] : memref<4xf32>
  return %x : f32
}

// FREE: runtime-errors.mlir:[[# @LINE + 6]]:3: error: use of deallocated memory
func.func @use_after_free() {
  %c0 = arith.constant 0 : index
  %m = memref.alloc() : memref<4xi32>
  memref.dealloc %m : memref<4xi32>
  %v = arith.constant 1 : i32
  memref.store %v, %m[%c0] : memref<4xi32>
  return
}

// DIV: runtime-errors.mlir:[[# @LINE + 3]]:8: error: {{.*}}division by zero
// DIV: runtime-errors.mlir:[[# @LINE + 8]]:8: note: called from
func.func @divide(%a: i32, %b: i32) -> i32 {
  %q = arith.divsi %a, %b : i32
  return %q : i32
}
func.func @div_by_zero() -> i32 {
  %a = arith.constant 7 : i32
  %b = arith.constant 0 : i32
  %q = call @divide(%a, %b) : (i32, i32) -> i32
  return %q : i32
}

// ASSERT: runtime-errors.mlir:[[# @LINE + 3]]:3: error: assertion failed: x must be positive
func.func @assert(%x: i1) {
  %f = arith.constant false
  cf.assert %f, "x must be positive"
  return
}

// MISSING: error: no function named '@missing' to run
