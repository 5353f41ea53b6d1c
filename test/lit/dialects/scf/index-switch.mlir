// scf.index_switch prints as mlir-opt 22 (case lines, then default; case regions keep their
// yields, the default region's empty yield is elided) and its generic form reads back.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @select
func.func @select(%i: index) -> i32 {
  // CHECK:      %[[R:.*]] = scf.index_switch %{{.*}} -> i32 {{$}}
  // CHECK-NEXT: case 2 {
  // CHECK-NEXT:   %[[A:.*]] = arith.constant 10 : i32
  // CHECK-NEXT:   scf.yield %[[A]] : i32
  // CHECK-NEXT: }
  // CHECK-NEXT: case -5 {
  // CHECK:      default {
  // CHECK-NEXT:   %[[C:.*]] = arith.constant 30 : i32
  // CHECK-NEXT:   scf.yield %[[C]] : i32
  // CHECK-NEXT: }
  // GENERIC: "scf.index_switch"(%{{.*}}) <{cases = array<i64: 2, -5>}> ({
  %0 = scf.index_switch %i -> i32
  case 2 {
    %c = arith.constant 10 : i32
    scf.yield %c : i32
  }
  case -5 {
    %c = arith.constant 20 : i32
    scf.yield %c : i32
  }
  default {
    %c = arith.constant 30 : i32
    scf.yield %c : i32
  }
  // CHECK:      scf.index_switch %{{.*}} {a = 1 : i64} {{$}}
  // CHECK-NEXT: case 1 {
  // CHECK-NEXT:   scf.yield
  // CHECK-NEXT: }
  // CHECK-NEXT: default {
  // CHECK-NEXT: }
  scf.index_switch %i {a = 1}
  case 1 {
    scf.yield
  }
  default {
  }
  // CHECK: scf.index_switch %{{.*}} {{$}}
  // CHECK-NEXT: default {
  scf.index_switch %i
  default {
  }
  return %0 : i32
}
