// cf canonicalisation as MLIR 22: branches to single-predecessor blocks merge, pass-through blocks are skipped, cond_br on constants or to one block, switch with one edge, a constant flag or cases matching the default; compared with mlir-opt in differential-canonicalize.test.
// RUN: %dlc-opt %s --allow-unregistered-dialect --canonicalize | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func @br_single_pred(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> i32 {
// CHECK:     [[VAL_0:%.*]] = arith.addi [[ARG0]], [[ARG0]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @br_single_pred(%a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  return %y : i32
}
// CHECK-LABEL: func.func @cond_const(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     return [[ARG0]] : i32
// CHECK-NEXT:   }
func.func @cond_const(%a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @cond_same(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     return [[ARG1]] : i32
// CHECK-NEXT:   }
func.func @cond_same(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%a : i32)
^bb1(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @cond_same_select(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     [[VAL_0:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG2]] : i32
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @cond_same_select(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @pass_through(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     cf.cond_br [[ARG0]], ^bb2([[ARG1]] : i32), ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "unk.op"() : () -> ()
// CHECK-NEXT:     cf.br ^bb2([[ARG2]] : i32)
// CHECK-NEXT:   ^bb2([[VAL_0:%.*]]: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @pass_through(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  "unk.op"() : () -> ()
  cf.br ^bb3(%b : i32)
^bb3(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @switch_default(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     return [[ARG1]] : i32
// CHECK-NEXT:   }
func.func @switch_default(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @switch_const(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     "unk.op"([[ARG1]]) : (i32) -> ()
// CHECK-NEXT:     return [[ARG1]] : i32
// CHECK-NEXT:   }
func.func @switch_const(%a: i32, %b: i32) -> i32 {
  %c = arith.constant 42 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : i32),
    42: ^bb2(%b : i32)
  ]
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  "unk.op"(%y) : (i32) -> ()
  return %y : i32
}
// CHECK-LABEL: func.func @switch_drop(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     cf.switch [[ARG0]] : i32, [
// CHECK-NEXT:       default: ^bb1([[ARG1]] : i32),
// CHECK-NEXT:       43: ^bb2([[ARG2]] : i32)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1([[VAL_0:%.*]]: i32):  // pred: ^bb0
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   ^bb2([[VAL_1:%.*]]: i32):  // pred: ^bb0
// CHECK-NEXT:     "unk.op"([[VAL_1]]) : (i32) -> ()
// CHECK-NEXT:     return [[VAL_1]] : i32
// CHECK-NEXT:   }
func.func @switch_drop(%f: i32, %a: i32, %b: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    42: ^bb1(%a : i32),
    43: ^bb2(%b : i32)
  ]
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  "unk.op"(%y) : (i32) -> ()
  return %y : i32
}
// CHECK-LABEL: func.func @switch_const_default(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     "unk.op"([[ARG0]]) : (i32) -> ()
// CHECK-NEXT:     return [[ARG0]] : i32
// CHECK-NEXT:   }
func.func @switch_const_default(%a: i32, %b: i32) -> i32 {
  %c = arith.constant 7 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : i32),
    42: ^bb2(%b : i32)
  ]
^bb1(%x: i32):
  "unk.op"(%x) : (i32) -> ()
  return %x : i32
^bb2(%y: i32):
  return %y : i32
}
// CHECK-LABEL: func.func @same_cond(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     cf.cond_br [[ARG0]], ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "unk.op"() : () -> ()
// CHECK-NEXT:     cf.br ^bb3([[ARG1]] : i32)
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     "unk.op2"() : () -> ()
// CHECK-NEXT:     cf.br ^bb3([[ARG2]] : i32)
// CHECK-NEXT:   ^bb3([[VAL_0:%.*]]: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @same_cond(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "unk.op"() : () -> ()
  cf.cond_br %c, ^bb3(%a : i32), ^bb3(%b : i32)
^bb2:
  "unk.op2"() : () -> ()
  cf.br ^bb3(%b : i32)
^bb3(%x: i32):
  return %x : i32
}
// CHECK-LABEL: func.func @pass_args(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     cf.cond_br [[ARG0]], ^bb2([[ARG1]], [[ARG2]] : i32, i32), ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "unk.op"() : () -> ()
// CHECK-NEXT:     cf.br ^bb2([[ARG2]], [[ARG1]] : i32, i32)
// CHECK-NEXT:   ^bb2([[VAL_0:%.*]]: i32, [[VAL_1:%.*]]: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.addi [[VAL_0]], [[VAL_1]] : i32
// CHECK-NEXT:     return [[VAL_2]] : i32
// CHECK-NEXT:   }
func.func @pass_args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%y: i32):
  cf.br ^bb3(%y, %b : i32, i32)
^bb2:
  "unk.op"() : () -> ()
  cf.br ^bb3(%b, %a : i32, i32)
^bb3(%x: i32, %z: i32):
  %s = arith.addi %x, %z : i32
  return %s : i32
}
// CHECK-LABEL: func.func @loop(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     cf.br ^bb1([[ARG0]] : i32)
// CHECK-NEXT:   ^bb1([[VAL_0:%.*]]: i32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.cmpi slt, [[VAL_0]], [[ARG1]] : i32
// CHECK-NEXT:     cf.cond_br [[VAL_1]], ^bb2, ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     [[VAL_2:%.*]] = arith.addi [[VAL_0]], [[C1_I32]] : i32
// CHECK-NEXT:     cf.br ^bb1([[VAL_2]] : i32)
// CHECK-NEXT:   ^bb3:  // pred: ^bb1
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @loop(%a: i32, %n: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %c = arith.cmpi slt, %x, %n : i32
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  %c1 = arith.constant 1 : i32
  %y = arith.addi %x, %c1 : i32
  cf.br ^bb1(%y : i32)
^bb3:
  return %x : i32
}
// CHECK-LABEL: func.func @switch_pass(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     cf.switch [[ARG0]] : i32, [
// CHECK-NEXT:       default: ^bb1([[ARG1]] : i32),
// CHECK-NEXT:       1: ^bb1([[ARG2]] : i32),
// CHECK-NEXT:       2: ^bb2([[ARG2]] : i32)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1([[VAL_0:%.*]]: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:     "unk.op"([[VAL_0]]) : (i32) -> ()
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   ^bb2([[VAL_1:%.*]]: i32):  // pred: ^bb0
// CHECK-NEXT:     "unk.op"([[VAL_1]]) : (i32) -> ()
// CHECK-NEXT:     return [[VAL_1]] : i32
// CHECK-NEXT:   }
func.func @switch_pass(%f: i32, %a: i32, %b: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb2,
    2: ^bb4(%b : i32)
  ]
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  cf.br ^bb3(%b : i32)
^bb3(%x: i32):
  "unk.op"(%x) : (i32) -> ()
  return %x : i32
^bb4(%y: i32):
  "unk.op"(%y) : (i32) -> ()
  return %y : i32
}
// CHECK-LABEL: func.func @truth(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32) -> i1 {
// CHECK:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[FALSE:%.*]] = arith.constant false
// CHECK-NEXT:     cf.cond_br [[ARG0]], ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "unk.t"([[TRUE]]) : (i1) -> ()
// CHECK-NEXT:     cf.br ^bb3([[TRUE]] : i1)
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     "unk.f"([[FALSE]]) : (i1) -> ()
// CHECK-NEXT:     cf.br ^bb3([[FALSE]] : i1)
// CHECK-NEXT:   ^bb3([[VAL_0:%.*]]: i1):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return [[VAL_0]] : i1
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @truth(%c: i1, %a: i32) -> i1 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "unk.t"(%c) : (i1) -> ()
  cf.br ^bb3(%c : i1)
^bb2:
  "unk.f"(%c) : (i1) -> ()
  %x = arith.xori %c, %c : i1
  cf.br ^bb3(%x : i1)
^bb3(%r: i1):
  return %r : i1
}
