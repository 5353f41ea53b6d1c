// scf canonicalisation as MLIR 22: trivial loops, carried values that need no carrying, static and trivial ifs, unused if results, empty else branches, index_switch on a constant, single-block execute_region, scf.while's invariant and unused values; compared with mlir-opt in differential-canonicalize.test.
// RUN: %dlc-opt %s --allow-unregistered-dialect --canonicalize | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func @for_zero(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG0]] : f32
// CHECK-NEXT:   }
func.func @for_zero(%a: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c0 step %c1 iter_args(%x = %a) -> f32 {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %r : f32
}
// CHECK-LABEL: func.func @for_one(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> f32 {
// CHECK:     [[VAL_0:%.*]] = arith.addf [[ARG0]], [[ARG0]] : f32
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @for_one(%a: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%x = %a) -> f32 {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  return %r : f32
}
// CHECK-LABEL: func.func @for_dead_iter(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: index) -> f32 {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     [[C1:%.*]] = arith.constant 1 : index
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.for [[ARG2:%.*]] = [[C0]] to [[ARG1]] step [[C1]] iter_args([[ARG3:%.*]] = [[ARG0]]) -> (f32) {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.addf [[ARG3]], [[ARG3]] : f32
// CHECK-NEXT:       "unk.use"([[VAL_1]]) : (f32) -> ()
// CHECK-NEXT:       scf.yield [[VAL_1]] : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[ARG0]] : f32
// CHECK-NEXT:   }
func.func @for_dead_iter(%a: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a, %z = %a) -> (f32, f32) {
    %y = arith.addf %x, %x : f32
    "unk.use"(%y) : (f32) -> ()
    scf.yield %y, %z : f32, f32
  }
  return %r#1 : f32
}
// CHECK-LABEL: func.func @if_const(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: f32) -> (f32, f32) {
// CHECK:     return [[ARG0]], [[ARG1]] : f32, f32
// CHECK-NEXT:   }
func.func @if_const(%a: f32, %b: f32) -> (f32, f32) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = scf.if %t -> f32 {
    scf.yield %a : f32
  } else {
    scf.yield %b : f32
  }
  %1 = scf.if %f -> f32 {
    scf.yield %a : f32
  } else {
    scf.yield %b : f32
  }
  return %0, %1 : f32, f32
}
// CHECK-LABEL: func.func @if_same(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32, [[ARG2:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG1]] : f32
// CHECK-NEXT:   }
func.func @if_same(%c: i1, %a: f32, %b: f32) -> f32 {
  %0 = scf.if %c -> f32 {
    scf.yield %a : f32
  } else {
    scf.yield %a : f32
  }
  return %0 : f32
}
// CHECK-LABEL: func.func @if_select(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32, [[ARG2:%.*]]: f32) -> f32 {
// CHECK:     [[VAL_0:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG2]] : f32
// CHECK-NEXT:     return [[VAL_0]] : f32
// CHECK-NEXT:   }
func.func @if_select(%c: i1, %a: f32, %b: f32) -> f32 {
  %0 = scf.if %c -> f32 {
    scf.yield %a : f32
  } else {
    scf.yield %b : f32
  }
  return %0 : f32
}
// CHECK-LABEL: func.func @if_empty(
// CHECK-SAME: [[ARG0:%.*]]: i1) {
// CHECK:     return
// CHECK-NEXT:   }
func.func @if_empty(%c: i1) {
  scf.if %c {
  }
  return
}
// CHECK-LABEL: func.func @if_unused(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32) {
// CHECK:     scf.if [[ARG0]] {
// CHECK-NEXT:       "unk.use"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @if_unused(%c: i1, %a: f32) {
  %0 = scf.if %c -> f32 {
    "unk.use"(%a) : (f32) -> ()
    scf.yield %a : f32
  } else {
    scf.yield %a : f32
  }
  return
}
// CHECK-LABEL: func.func @index_switch_const(
// CHECK-SAME: ) -> i32 {
// CHECK:     [[C10_I32:%.*]] = arith.constant 10 : i32
// CHECK-NEXT:     return [[C10_I32]] : i32
// CHECK-NEXT:   }
func.func @index_switch_const() -> i32 {
  %c2 = arith.constant 2 : index
  %0 = scf.index_switch %c2 -> i32
  case 2 {
    %c = arith.constant 10 : i32
    scf.yield %c : i32
  }
  default {
    %c = arith.constant 30 : i32
    scf.yield %c : i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @execute_region(
// CHECK-SAME: [[ARG0:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG0]] : f32
// CHECK-NEXT:   }
func.func @execute_region(%a: f32) -> f32 {
  %0 = scf.execute_region -> f32 {
    scf.yield %a : f32
  }
  return %0 : f32
}
// CHECK-LABEL: func.func @for_step(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: index) -> (f32, f32, f32) {
// CHECK:     [[CST:%.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.addf [[ARG0]], [[CST]] : f32
// CHECK-NEXT:     return [[VAL_0]], [[ARG0]], [[ARG0]] : f32, f32, f32
// CHECK-NEXT:   }
func.func @for_step(%a: f32, %n: index) -> (f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %r = scf.for %i = %c0 to %c4 step %c8 iter_args(%x = %a) -> f32 {
    %f = arith.index_cast %i : index to i32
    %g = arith.sitofp %f : i32 to f32
    %y = arith.addf %x, %g : f32
    scf.yield %y : f32
  }
  %s = scf.for %i = %n to %n step %c4 iter_args(%x = %a) -> f32 {
    %y = arith.addf %x, %x : f32
    scf.yield %y : f32
  }
  %t = scf.for %i = %c0 to %n step %c4 iter_args(%x = %a) -> f32 {
    scf.yield %a : f32
  }
  return %r, %s, %t : f32, f32, f32
}
// CHECK-LABEL: func.func @for_empty_body(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: f32) -> f32 {
// CHECK:     return [[ARG1]] : f32
// CHECK-NEXT:   }
func.func @for_empty_body(%a: f32, %b: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %t = scf.for %i = %c0 to %c8 step %c1 iter_args(%x = %a) -> f32 {
    scf.yield %b : f32
  }
  return %t : f32
}
// CHECK-LABEL: func.func @for_unused(
// CHECK-SAME: [[ARG0:%.*]]: f32, [[ARG1:%.*]]: index) {
// CHECK:     [[C0:%.*]] = arith.constant 0 : index
// CHECK-NEXT:     [[C1:%.*]] = arith.constant 1 : index
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.for [[ARG2:%.*]] = [[C0]] to [[ARG1]] step [[C1]] iter_args([[ARG3:%.*]] = [[ARG0]]) -> (f32) {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.addf [[ARG3]], [[ARG3]] : f32
// CHECK-NEXT:       "unk.use"([[ARG2]]) : (index) -> ()
// CHECK-NEXT:       scf.yield [[VAL_1]] : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @for_unused(%a: f32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %t = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a) -> f32 {
    %y = arith.addf %x, %x : f32
    "unk.use"(%i) : (index) -> ()
    scf.yield %y : f32
  }
  return
}
// CHECK-LABEL: func.func @if_mixed(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32, [[ARG2:%.*]]: f32) -> (f32, f32, f32) {
// CHECK:     [[VAL_0:%.*]] = arith.select [[ARG0]], [[ARG1]], [[ARG2]] : f32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.select [[ARG0]], [[ARG2]], [[ARG1]] : f32
// CHECK-NEXT:     [[VAL_2:%.*]] = scf.if [[ARG0]] -> (f32) {
// CHECK-NEXT:       [[VAL_3:%.*]] = arith.addf [[ARG1]], [[ARG2]] : f32
// CHECK-NEXT:       scf.yield [[VAL_3]] : f32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield [[ARG2]] : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_2]], [[VAL_0]], [[VAL_1]] : f32, f32, f32
// CHECK-NEXT:   }
func.func @if_mixed(%c: i1, %a: f32, %b: f32) -> (f32, f32, f32) {
  %0:3 = scf.if %c -> (f32, f32, f32) {
    %x = arith.addf %a, %b : f32
    scf.yield %x, %a, %b : f32, f32, f32
  } else {
    scf.yield %b, %b, %a : f32, f32, f32
  }
  return %0#0, %0#1, %0#2 : f32, f32, f32
}
// CHECK-LABEL: func.func @if_false_no_else(
// CHECK-SAME: [[ARG0:%.*]]: f32) {
// CHECK:     "unk.use"([[ARG0]]) : (f32) -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @if_false_no_else(%a: f32) {
  %f = arith.constant false
  scf.if %f {
    "unk.use"(%a) : (f32) -> ()
  }
  %t = arith.constant true
  scf.if %t {
    "unk.use"(%a) : (f32) -> ()
  } else {
    "unk.other"(%a) : (f32) -> ()
  }
  return
}
// CHECK-LABEL: func.func @switch_default(
// CHECK-SAME: ) -> i32 {
// CHECK:     [[C30_I32:%.*]] = arith.constant 30 : i32
// CHECK-NEXT:     return [[C30_I32]] : i32
// CHECK-NEXT:   }
func.func @switch_default() -> i32 {
  %c7 = arith.constant 7 : index
  %0 = scf.index_switch %c7 -> i32
  case 2 {
    %c = arith.constant 10 : i32
    scf.yield %c : i32
  }
  default {
    %c = arith.constant 30 : i32
    scf.yield %c : i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @while_false(
// CHECK-SAME: [[ARG0:%.*]]: i32) -> i32 {
// CHECK:     return [[ARG0]] : i32
// CHECK-NEXT:   }
func.func @while_false(%a: i32) -> i32 {
  %f = arith.constant false
  %0 = scf.while (%x = %a) : (i32) -> i32 {
    scf.condition(%f) %x : i32
  } do {
  ^bb0(%y: i32):
    scf.yield %y : i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @w1(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.while ([[ARG2:%.*]] = [[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.cmpi slt, [[ARG2]], [[ARG1]] : i32
// CHECK-NEXT:       scf.condition([[VAL_1]]) [[ARG2]] : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0([[ARG2]]: i32):
// CHECK-NEXT:       [[VAL_1]] = arith.addi [[ARG2]], [[C1_I32]] : i32
// CHECK-NEXT:       scf.yield [[VAL_1]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @w1(%a: i32, %n: i32) -> i32 {
  %0 = scf.while (%x = %a) : (i32) -> i32 {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%y: i32):
    %c1 = arith.constant 1 : i32
    %z = arith.addi %y, %c1 : i32
    scf.yield %z : i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @w_unused(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.while ([[ARG3:%.*]] = [[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.cmpi slt, [[ARG3]], [[ARG2]] : i32
// CHECK-NEXT:       scf.condition([[VAL_1]]) [[ARG3]] : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0([[ARG3]]: i32):
// CHECK-NEXT:       [[VAL_1]] = arith.addi [[ARG3]], [[C1_I32]] : i32
// CHECK-NEXT:       scf.yield [[VAL_1]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @w_unused(%a: i32, %b: i32, %n: i32) -> i32 {
  %0:2 = scf.while (%x = %a, %w = %b) : (i32, i32) -> (i32, i32) {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x, %w : i32, i32
  } do {
  ^bb0(%y: i32, %v: i32):
    %c1 = arith.constant 1 : i32
    %z = arith.addi %y, %c1 : i32
    scf.yield %z, %v : i32, i32
  }
  return %0#0 : i32
}
// CHECK-LABEL: func.func @w_cond_arg(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.while ([[ARG2:%.*]] = [[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.cmpi slt, [[ARG2]], [[ARG1]] : i32
// CHECK-NEXT:       scf.condition([[VAL_1]]) [[ARG2]] : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0([[ARG2]]: i32):
// CHECK-NEXT:       [[VAL_1]] = arith.addi [[ARG2]], [[C1_I32]] : i32
// CHECK-NEXT:       scf.yield [[VAL_1]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @w_cond_arg(%a: i32, %n: i32) -> i32 {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i1) {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%y: i32, %b: i1):
    %e = arith.extui %b : i1 to i32
    %z = arith.addi %y, %e : i32
    scf.yield %z : i32
  }
  return %0#0 : i32
}
// CHECK-LABEL: func.func @w_outside(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: f32, [[ARG2:%.*]]: i32) -> (i32, f32) {
// CHECK:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     [[VAL_0:%.*]] = scf.while ([[ARG3:%.*]] = [[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.cmpi slt, [[ARG3]], [[ARG2]] : i32
// CHECK-NEXT:       scf.condition([[VAL_1]]) [[ARG3]] : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0([[ARG3]]: i32):
// CHECK-NEXT:       "unk.use"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:       [[VAL_1]] = arith.addi [[ARG3]], [[C1_I32]] : i32
// CHECK-NEXT:       scf.yield [[VAL_1]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]], [[ARG1]] : i32, f32
// CHECK-NEXT:   }
func.func @w_outside(%a: i32, %b: f32, %n: i32) -> (i32, f32) {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, f32) {
    %c = arith.cmpi slt, %x, %n : i32
    scf.condition(%c) %x, %b : i32, f32
  } do {
  ^bb0(%y: i32, %f: f32):
    "unk.use"(%f) : (f32) -> ()
    %c1 = arith.constant 1 : i32
    %z = arith.addi %y, %c1 : i32
    scf.yield %z : i32
  }
  return %0#0, %0#1 : i32, f32
}
// CHECK-LABEL: func.func @w_init_yield(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: i32) -> i32 {
// CHECK:     [[VAL_0:%.*]] = scf.while ([[ARG3:%.*]] = [[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.addi [[ARG3]], [[ARG1]] : i32
// CHECK-NEXT:       [[VAL_2:%.*]] = arith.cmpi slt, [[VAL_1]], [[ARG2]] : i32
// CHECK-NEXT:       scf.condition([[VAL_2]]) [[VAL_1]] : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0([[ARG3]]: i32):
// CHECK-NEXT:       scf.yield [[ARG3]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]] : i32
// CHECK-NEXT:   }
func.func @w_init_yield(%a: i32, %b: i32, %n: i32) -> i32 {
  %0 = scf.while (%x = %a, %w = %b) : (i32, i32) -> i32 {
    %s = arith.addi %x, %w : i32
    %c = arith.cmpi slt, %s, %n : i32
    scf.condition(%c) %s : i32
  } do {
  ^bb0(%y: i32):
    scf.yield %y, %b : i32, i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @combine(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32, [[ARG2:%.*]]: f32) -> (f32, f32) {
// CHECK:     [[VAL_0:%.*]]:2 = scf.if [[ARG0]] -> (f32, f32) {
// CHECK-NEXT:       [[VAL_1:%.*]] = arith.addf [[ARG1]], [[ARG2]] : f32
// CHECK-NEXT:       [[VAL_2:%.*]] = arith.mulf [[VAL_1]], [[ARG1]] : f32
// CHECK-NEXT:       scf.yield [[VAL_1]], [[VAL_2]] : f32, f32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       [[VAL_1]] = arith.subf [[ARG1]], [[ARG2]] : f32
// CHECK-NEXT:       [[VAL_2]] = arith.divf [[VAL_1]], [[ARG2]] : f32
// CHECK-NEXT:       scf.yield [[VAL_1]], [[VAL_2]] : f32, f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_0]]#0, [[VAL_0]]#1 : f32, f32
// CHECK-NEXT:   }
func.func @combine(%c: i1, %a: f32, %b: f32) -> (f32, f32) {
  %0 = scf.if %c -> f32 {
    %x = arith.addf %a, %b : f32
    scf.yield %x : f32
  } else {
    %y = arith.subf %a, %b : f32
    scf.yield %y : f32
  }
  %1 = scf.if %c -> f32 {
    %z = arith.mulf %0, %a : f32
    scf.yield %z : f32
  } else {
    %w = arith.divf %0, %b : f32
    scf.yield %w : f32
  }
  return %0, %1 : f32, f32
}
// CHECK-LABEL: func.func @combine_not(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32) {
// CHECK:     scf.if [[ARG0]] {
// CHECK-NEXT:       "unk.a"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:     } else {
// CHECK-NEXT:       "unk.b"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @combine_not(%c: i1, %a: f32) {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  scf.if %c {
    "unk.a"(%a) : (f32) -> ()
  }
  scf.if %n {
    "unk.b"(%a) : (f32) -> ()
  }
  return
}
// CHECK-LABEL: func.func @combine_no_else(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: f32) {
// CHECK:     scf.if [[ARG0]] {
// CHECK-NEXT:       "unk.a"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:       "unk.b"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:     } else {
// CHECK-NEXT:       "unk.c"([[ARG1]]) : (f32) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @combine_no_else(%c: i1, %a: f32) {
  scf.if %c {
    "unk.a"(%a) : (f32) -> ()
  }
  scf.if %c {
    "unk.b"(%a) : (f32) -> ()
  } else {
    "unk.c"(%a) : (f32) -> ()
  }
  return
}
// CHECK-LABEL: func.func @nested(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i1, [[ARG2:%.*]]: i32, [[ARG3:%.*]]: i32) -> i32 {
// CHECK:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[ARG1]] : i1
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.select [[VAL_0]], [[ARG2]], [[ARG3]] : i32
// CHECK-NEXT:     return [[VAL_1]] : i32
// CHECK-NEXT:   }
func.func @nested(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  %0 = scf.if %c -> i32 {
    %1 = scf.if %d -> i32 {
      scf.yield %a : i32
    } else {
      scf.yield %b : i32
    }
    scf.yield %1 : i32
  } else {
    scf.yield %b : i32
  }
  return %0 : i32
}
// CHECK-LABEL: func.func @nested_no_results(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i1, [[ARG2:%.*]]: i32) {
// CHECK:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[ARG1]] : i1
// CHECK-NEXT:     scf.if [[VAL_0]] {
// CHECK-NEXT:       "unk.use"([[ARG2]]) : (i32) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
func.func @nested_no_results(%c: i1, %d: i1, %a: i32) {
  scf.if %c {
    scf.if %d {
      "unk.use"(%a) : (i32) -> ()
    }
  }
  return
}
// CHECK-LABEL: func.func @nested_select(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i1, [[ARG2:%.*]]: i32, [[ARG3:%.*]]: i32) -> (i32, i32) {
// CHECK:     [[VAL_0:%.*]] = arith.andi [[ARG0]], [[ARG1]] : i1
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.select [[ARG0]], [[ARG2]], [[ARG3]] : i32
// CHECK-NEXT:     [[VAL_2:%.*]] = scf.if [[VAL_0]] -> (i32) {
// CHECK-NEXT:       [[VAL_3:%.*]] = "unk.make"() : () -> i32
// CHECK-NEXT:       scf.yield [[VAL_3]] : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield [[ARG3]] : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[VAL_2]], [[VAL_1]] : i32, i32
// CHECK-NEXT:   }
func.func @nested_select(%c: i1, %d: i1, %a: i32, %b: i32) -> (i32, i32) {
  %0:2 = scf.if %c -> (i32, i32) {
    %1 = scf.if %d -> i32 {
      %x = "unk.make"() : () -> i32
      scf.yield %x : i32
    } else {
      scf.yield %b : i32
    }
    scf.yield %1, %a : i32, i32
  } else {
    scf.yield %b, %b : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
// CHECK-LABEL: func.func @prop(
// CHECK-SAME: [[ARG0:%.*]]: i1, [[ARG1:%.*]]: i32) -> (i1, i1, i1) {
// CHECK:     [[FALSE:%.*]] = arith.constant false
// CHECK-NEXT:     [[TRUE:%.*]] = arith.constant true
// CHECK-NEXT:     [[VAL_0:%.*]] = arith.xori [[ARG0]], [[TRUE]] : i1
// CHECK-NEXT:     scf.if [[ARG0]] {
// CHECK-NEXT:       "unk.t"([[TRUE]]) : (i1) -> ()
// CHECK-NEXT:       "unk.x"() : () -> ()
// CHECK-NEXT:       "unk.y"() : () -> ()
// CHECK-NEXT:     } else {
// CHECK-NEXT:       "unk.f"([[FALSE]]) : (i1) -> ()
// CHECK-NEXT:     }
// CHECK-NEXT:     return [[ARG0]], [[ARG0]], [[VAL_0]] : i1, i1, i1
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @prop(%c: i1, %a: i32) -> (i1, i1, i1) {
  %0 = scf.if %c -> i1 {
    "unk.t"(%c) : (i1) -> ()
    scf.yield %c : i1
  } else {
    "unk.f"(%c) : (i1) -> ()
    scf.yield %c : i1
  }
  %t = arith.constant true
  %f = arith.constant false
  %1 = scf.if %c -> i1 {
    "unk.x"() : () -> ()
    scf.yield %t : i1
  } else {
    scf.yield %f : i1
  }
  %2 = scf.if %c -> i1 {
    "unk.y"() : () -> ()
    scf.yield %f : i1
  } else {
    scf.yield %t : i1
  }
  return %0, %1, %2 : i1, i1, i1
}
