// sccp replaces values that folding proves constant (here with the toy example dialect's folds),
// hoisting uniqued constants to the function entry as mlir-opt does, and keeps what is not constant.
// RUN: %dlc-opt %s --load-dialect-plugin=%S/../../../examples/plugins/toy-dialect.mjs --sccp | %filecheck %s

// CHECK-LABEL: func.func @f
// CHECK-NEXT: %[[C6:.*]] = "toy.const"() {value = 6 : i32}
// CHECK-NEXT: "toy.const"() {value = 3 : i32}
// CHECK-NEXT: "toy.const"() {value = 2 : i32}
// CHECK-NEXT: "toy.const"() {value = 1 : i32}
// CHECK-NEXT: %[[U:.*]] = "toy.add"(%[[C6]], %arg0)
// CHECK-NEXT: return %[[C6]], %[[U]]
func.func @f(%a: i32) -> (i32, i32) {
  %c1 = "toy.const"() {value = 1 : i32} : () -> i32
  %c2 = "toy.const"() {value = 2 : i32} : () -> i32
  %s = "toy.add"(%c1, %c2) : (i32, i32) -> i32
  %t = "toy.add"(%s, %s) : (i32, i32) -> i32
  %u = "toy.add"(%t, %a) : (i32, i32) -> i32
  return %t, %u : i32, i32
}
