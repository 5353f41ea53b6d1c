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

// A dead block argument goes with the successor operands that feed it, unless some branch feeds
// it a value that is live anyway (then it stays, as in MLIR).
// CHECK-LABEL: func.func @cf_dead
// CHECK-NEXT:  cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2
// CHECK-NEXT:  ^bb1(%{{.*}}: i32):
// CHECK-NEXT:  cf.br ^bb2
// CHECK-NEXT:  ^bb2:
func.func @cf_dead(%b: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %b, ^bb1(%x, %y : i32, i32), ^bb2(%y : i32)
^bb1(%p: i32, %q: i32):
  cf.br ^bb2(%p : i32)
^bb2(%v: i32):
  return %x : i32
}

// CHECK-LABEL: func.func @switch_dead
// CHECK:       default: ^bb1,
// CHECK-NEXT:  2: ^bb2(%arg1 : i32)
// CHECK:       ^bb1:
// CHECK:       ^bb2(%{{.*}}: i32):
func.func @switch_dead(%f: i32, %x: i32) -> i32 {
  %s = arith.addi %f, %f : i32
  cf.switch %f : i32, [default: ^bb1(%s : i32), 2: ^bb2(%s, %x : i32, i32)]
^bb1(%b: i32):
  return %x : i32
^bb2(%c: i32, %d: i32):
  return %d : i32
}

// A loop through a block: the dead %acc is fed the live %x on entry, so it stays with what feeds
// it around the loop (mlir-opt 22 rejects its own output on this input: it drops the argument
// but not the entry branch's operand).
// CHECK-LABEL: func.func @cf_loop
// CHECK:       ^bb1(%{{.*}}: i32, %[[ACC:.*]]: i32):
// CHECK:       arith.muli %[[ACC]], %arg1
func.func @cf_loop(%n: i32, %x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c0, %x : i32, i32)
^bb1(%i: i32, %acc: i32):
  %lt = arith.cmpi slt, %i, %n : i32
  %i1 = arith.addi %i, %x : i32
  %a1 = arith.muli %acc, %x : i32
  cf.cond_br %lt, ^bb1(%i1, %a1 : i32, i32), ^bb2
^bb2:
  return %i : i32
}
