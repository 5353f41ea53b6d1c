// sccp over scf region ops and cf branches: only edges a known condition allows execute, and
// block arguments and region results join the values of those edges (sccp-vs-mlir-opt.test diffs this file with mlir-opt).
// RUN: %dlc-opt %s --allow-unregistered-dialect --sccp | %filecheck %s

// CHECK-LABEL: func.func @if_const
// CHECK-NEXT: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NOT: scf.if
// CHECK: return %[[C2]]
func.func @if_const(%x: i32) -> i32 {
  %true = arith.constant true
  %c1 = arith.constant 1 : i32
  %r = scf.if %true -> (i32) {
    %a = arith.addi %c1, %c1 : i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @if_same
// CHECK-NOT: scf.if
// CHECK: return %c2_i32
func.func @if_same(%b: i1) -> i32 {
  %c2 = arith.constant 2 : i32
  %r = scf.if %b -> (i32) {
    scf.yield %c2 : i32
  } else {
    %c1 = arith.constant 1 : i32
    %s = arith.addi %c1, %c1 : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @for_const
// CHECK: %[[R:.*]]:2 = scf.for
// CHECK: scf.yield %c5_i32, %{{.*}} : i32, i32
// CHECK: return %c5_i32, %[[R]]#1
func.func @for_const(%lb: index, %ub: index, %st: index) -> (i32, i32) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %c5, %b = %c0) -> (i32, i32) {
    %n = arith.addi %b, %c5 : i32
    scf.yield %a, %n : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

// CHECK-LABEL: func.func @while_false
// CHECK-NOT: scf.while
// CHECK: return %c7_i32
func.func @while_false(%x: i32) -> i32 {
  %false = arith.constant false
  %c7 = arith.constant 7 : i32
  %r = scf.while (%a = %c7) : (i32) -> i32 {
    scf.condition(%false) %a : i32
  } do {
  ^bb0(%b: i32):
    %n = arith.addi %b, %x : i32
    scf.yield %n : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @switch(
// CHECK-NOT: scf.index_switch
// CHECK: return %c3_i32
func.func @switch(%x: i32) -> i32 {
  %c1 = arith.constant 1 : index
  %r = scf.index_switch %c1 -> i32
  case 1 {
    %c3 = arith.constant 3 : i32
    scf.yield %c3 : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @cf(
// Both slots of the switch that target ^bb2 forward (MLIR tracks liveness per edge between blocks).
// CHECK: return %1 : i32
func.func @cf(%x: i32) -> i32 {
  %c4 = arith.constant 4 : i32
  %true = arith.constant true
  cf.cond_br %true, ^bb1(%c4 : i32), ^bb2(%x : i32)
^bb1(%a: i32):
  %f = arith.constant 2 : i32
  cf.switch %f : i32, [default: ^bb2(%x : i32), 2: ^bb2(%a : i32)]
^bb2(%b: i32):
  return %b : i32
}

// CHECK-LABEL: func.func @while_carried
// CHECK-NEXT: %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT: return %[[C3]]
func.func @while_carried(%n: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %r = scf.while (%a = %c3) : (i32) -> i32 {
    %lt = arith.cmpi slt, %a, %n : i32
    scf.condition(%lt) %a : i32
  } do {
  ^bb0(%b: i32):
    %z = arith.constant 0 : i32
    %s = arith.addi %b, %z : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @if_no_else
// The dead region is not visited: its values stay.
// CHECK: arith.addi
func.func @if_no_else(%b: i1, %m: memref<i32>) {
  %false = arith.constant false
  scf.if %false {
    %c1 = arith.constant 1 : i32
    %c2 = arith.addi %c1, %c1 : i32
    memref.store %c2, %m[] : memref<i32>
  }
  return
}

// CHECK-LABEL: func.func @switch_unknown
// CHECK-NOT: scf.index_switch
// CHECK: return %c1_i32
func.func @switch_unknown(%i: index, %x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.index_switch %i -> i32
  case 0 {
    scf.yield %c1 : i32
  }
  case 5 {
    %c0 = arith.constant 0 : i32
    %s = arith.addi %c1, %c0 : i32
    scf.yield %s : i32
  }
  default {
    scf.yield %c1 : i32
  }
  return %r : i32
}

// CHECK-LABEL: func.func @dead_block
// CHECK: %[[C2:.*]] = arith.constant 2 : i32
// CHECK: ^bb1:
// CHECK-NEXT: %[[D:.*]] = arith.addi
// CHECK-NEXT: cf.br ^bb2(%[[D]] : i32)
// CHECK: return %[[C2]]
func.func @dead_block(%x: i32) -> i32 {
  %false = arith.constant false
  %c1 = arith.constant 1 : i32
  cf.cond_br %false, ^bb1, ^bb2(%c1 : i32)
^bb1:
  %d = arith.addi %c1, %c1 : i32
  cf.br ^bb2(%d : i32)
^bb2(%v: i32):
  %w = arith.addi %v, %c1 : i32
  return %w : i32
}

// CHECK-LABEL: func.func @cf_loop
// CHECK: ^bb1(%{{.*}}: i32, %{{.*}}: i32):
// CHECK: return %c1_i32
func.func @cf_loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%c0, %c1 : i32, i32)
^bb1(%i: i32, %k: i32):
  %lt = arith.cmpi slt, %i, %n : i32
  %i1 = arith.addi %i, %k : i32
  cf.cond_br %lt, ^bb1(%i1, %k : i32, i32), ^bb2
^bb2:
  return %k : i32
}

// CHECK-LABEL: func.func @switch_default
// Only the default is live, but the case slot targets the same block, so its operand joins too.
// CHECK: return %0 : i32
func.func @switch_default(%x: i32) -> i32 {
  %f = arith.constant 9 : i32
  %c6 = arith.constant 6 : i32
  cf.switch %f : i32, [default: ^bb1(%c6 : i32), 2: ^bb1(%x : i32)]
^bb1(%b: i32):
  return %b : i32
}

// CHECK-LABEL: func.func @unknown_region
// CHECK: %[[R:.*]] = "test.region"
// CHECK: return %[[R]]
func.func @unknown_region(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = "test.region"(%c1) ({
  ^bb0(%a: i32):
    %s = arith.addi %c1, %c1 : i32
    "test.yield"(%s) : (i32) -> ()
  }) : (i32) -> i32
  return %r : i32
}
