// remove-dead-values on scf region ops: dead results go with the yield operands that feed only
// them, and an scf.for also loses the initial values and loop-carried arguments of dead results;
// what a live result or a side effect needs stays. mlir-opt 22 leaves ub.poison in place of the
// dropped yield operands and also merges loop-carried values that are always equal (@for_carried_live)
// and forwards a value every case yields (@index_switch); remove-dead-values-vs-mlir-opt.test compares.
// RUN: %dlc-opt %s --remove-dead-values | %filecheck %s

// CHECK-LABEL: func.func @if_unused
// CHECK:       %[[R:.*]] = scf.if %arg0 -> (i32) {
// CHECK-NEXT:    %[[S:.*]] = arith.addi %arg1, %arg2
// CHECK-NEXT:    memref.store %[[S]], %arg3[]
// CHECK-NEXT:    scf.yield %arg1 : i32
// CHECK-NEXT:  } else {
// CHECK-NEXT:    scf.yield %arg2 : i32
// CHECK-NEXT:  }
// CHECK-NEXT:  return %[[R]]
func.func @if_unused(%b: i1, %x: i32, %y: i32, %m: memref<i32>) -> i32 {
  %r:2 = scf.if %b -> (i32, i32) {
    %s = arith.addi %x, %y : i32
    memref.store %s, %m[] : memref<i32>
    scf.yield %x, %s : i32, i32
  } else {
    %m2 = arith.muli %x, %y : i32
    scf.yield %y, %m2 : i32, i32
  }
  return %r#0 : i32
}

// The third loop-carried value feeds a live one, so it stays.
// CHECK-LABEL: func.func @for_unused
// CHECK:       scf.for %{{.*}} = %arg0 to %arg1 step %arg2 iter_args(%[[A:.*]] = %arg3, %[[C:.*]] = %arg3) -> (i32, i32) {
// CHECK-NEXT:    %[[N:.*]] = arith.addi %[[A]], %[[C]]
// CHECK-NEXT:    scf.yield %[[N]], %[[C]] : i32, i32
func.func @for_unused(%lb: index, %ub: index, %st: index, %x: i32) -> i32 {
  %r:3 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %x, %c = %x) -> (i32, i32, i32) {
    %n = arith.addi %a, %c : i32
    %m = arith.muli %b, %x : i32
    scf.yield %n, %m, %c : i32, i32, i32
  }
  return %r#0 : i32
}

// The loop-carried %a is stored, so it and what feeds it stay though no result is used.
// CHECK-LABEL: func.func @for_carried_live
// CHECK:       scf.for {{.*}} -> (i32, i32) {
// CHECK:         arith.muli
// CHECK-NEXT:    scf.yield
func.func @for_carried_live(%lb: index, %ub: index, %st: index, %x: i32, %mm: memref<i32>) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %x) -> (i32, i32) {
    memref.store %a, %mm[] : memref<i32>
    %m = arith.muli %b, %x : i32
    scf.yield %m, %m : i32, i32
  }
  return
}

// CHECK-LABEL: func.func @nested
// CHECK:       scf.for {{.*}} iter_args(%[[A:.*]] = %arg4, %[[C:.*]] = %arg4) -> (i32, i32) {
// CHECK-NEXT:    %[[T:.*]]:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:      %[[P:.*]] = arith.addi %[[A]], %[[C]]
// CHECK-NEXT:      scf.yield %[[P]], %[[C]] : i32, i32
func.func @nested(%b: i1, %lb: index, %ub: index, %st: index, %x: i32) -> i32 {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %c = %x) -> (i32, i32) {
    %t:2 = scf.if %b -> (i32, i32) {
      %p = arith.addi %a, %c : i32
      scf.yield %p, %c : i32, i32
    } else {
      scf.yield %a, %a : i32, i32
    }
    scf.yield %t#0, %t#1 : i32, i32
  }
  return %r#0 : i32
}

// CHECK-LABEL: func.func @index_switch
// CHECK:       %[[R:.*]] = scf.index_switch %arg0 -> i32
// CHECK-NEXT:  case 0 {
// CHECK-NEXT:    scf.yield %arg1 : i32
// CHECK:       default {
// CHECK-NEXT:    scf.yield %arg1 : i32
func.func @index_switch(%i: index, %x: i32) -> i32 {
  %r:2 = scf.index_switch %i -> i32, i32
  case 0 {
    %s = arith.addi %x, %x : i32
    scf.yield %x, %s : i32, i32
  }
  default {
    scf.yield %x, %x : i32, i32
  }
  return %r#0 : i32
}
