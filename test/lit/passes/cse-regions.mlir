// cse merges identical pure region ops (regions compared op by op, values defined inside matched
// by position), as MLIR's CSE does; bodies that differ, or that write memory, keep both ops (cse-regions-vs-mlir-opt.test diffs with mlir-opt).
// RUN: %dlc-opt %s --cse | %filecheck %s

// CHECK-LABEL: func.func @same_if
// CHECK:       %[[R:.*]] = scf.if
// CHECK-NOT:   scf.if
// CHECK:       return %[[R]], %[[R]]
func.func @same_if(%b: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r = scf.if %b -> (i32) {
    %s = arith.addi %x, %y : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  %t = scf.if %b -> (i32) {
    %s = arith.addi %x, %y : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  return %r, %t : i32, i32
}

// CHECK-LABEL: func.func @same_for
// CHECK:       %[[R:.*]] = scf.for
// CHECK-NOT:   scf.for
// CHECK:       return %[[R]], %[[R]]
func.func @same_for(%lb: index, %ub: index, %st: index, %x: i32) -> (i32, i32) {
  %r = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (i32) {
    %n = arith.muli %a, %x : i32
    scf.yield %n : i32
  }
  %t = scf.for %i = %lb to %ub step %st iter_args(%a = %x) -> (i32) {
    %n = arith.muli %a, %x : i32
    scf.yield %n : i32
  }
  return %r, %t : i32, i32
}

// CHECK-LABEL: func.func @different
// CHECK-COUNT-2: scf.if
func.func @different(%b: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r = scf.if %b -> (i32) {
    %s = arith.addi %x, %y : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  %t = scf.if %b -> (i32) {
    %s = arith.subi %x, %y : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  return %r, %t : i32, i32
}

// CHECK-LABEL: func.func @writes
// CHECK-COUNT-2: scf.if
func.func @writes(%b: i1, %x: i32, %m: memref<i32>) -> (i32, i32) {
  %r = scf.if %b -> (i32) {
    memref.store %x, %m[] : memref<i32>
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  %t = scf.if %b -> (i32) {
    memref.store %x, %m[] : memref<i32>
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return %r, %t : i32, i32
}
