// The checks below were written for an older output; dlc-update-checks refreshes them.
// RUN: cat %S/Inputs/add.out | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func @add(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: i32) -> i32 {
// CHECK:     [[VAL_0:%.*]] = arith.addi [[ARG0]], [[ARG1]] : i32
// CHECK-NEXT:     [[C1_I32:%.*]] = arith.constant 1 : i32
// CHECK-NEXT:     [[VAL_1:%.*]] = arith.muli [[VAL_0]], [[C1_I32]] : i32
// CHECK-NEXT:     return [[VAL_1]] : i32
// CHECK-NEXT:   }
func.func @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %c1 = arith.constant 1 : i32
  %1 = arith.muli %0, %c1 : i32
  return %1 : i32
}

// A note about @pair that stays where it is.
// CHECK-LABEL: func.func @pair(
// CHECK-SAME: [[ARG0:%.*]]: tensor<2x{{\[\[}}4]]xf32>) -> (i32, i32) {
// CHECK:     [[VAL_0:%.*]]:2 = "test.two"() {a = {{\[\[}}1, 2]]} : () -> (i32, i32)
// CHECK-EMPTY:
// CHECK-NEXT:     return [[VAL_0]]#0, [[VAL_0]]#1 : i32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @pair() -> (i32, i32) {
  %0:2 = "test.two"() {a = [[1, 2]]} : () -> (i32, i32)
  return %0#0, %0#1 : i32, i32
}
