// The checks below were written for an older output; dlc-update-checks refreshes them.
// RUN: cat %S/Inputs/add.out | %filecheck %s

// CHECK-LABEL: func.func @add(
// CHECK: arith.subi
func.func @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %c1 = arith.constant 1 : i32
  %1 = arith.muli %0, %c1 : i32
  return %1 : i32
}

// A note about @pair that stays where it is.
func.func @pair() -> (i32, i32) {
  %0:2 = "test.two"() {a = [[1, 2]]} : () -> (i32, i32)
  return %0#0, %0#1 : i32, i32
}
