// A multi-block callee is inlined through cf: the caller's block is split after the call and each
// return becomes a branch to the rest, whose block argument carries the result.
// The inliner's canonicalisation then folds the pass-through block with cf's patterns, as mlir-opt's does.
// RUN: %dlc-opt %s --allow-unregistered-dialect --inline | %filecheck %s

// CHECK-LABEL: func.func @caller
// CHECK-NEXT:   %[[X:.*]] = "test.pre"(%arg0)
// CHECK-NEXT:   cf.cond_br %arg1, ^bb1, ^bb2(%[[X]] : i32)
// CHECK-NEXT: ^bb1:
// CHECK-NEXT:   %[[F:.*]] = "test.foo"(%[[X]])
// CHECK-NEXT:   cf.br ^bb2(%[[F]] : i32)
// CHECK-NEXT: ^bb2(%[[R:.*]]: i32):
// CHECK-NEXT:   %[[B:.*]] = "test.bar"(%[[R]], %[[R]])
// CHECK-NEXT:   return %[[B]]
// CHECK-NOT: @callee
func.func private @callee(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = "test.foo"(%a) : (i32) -> i32
  return %0 : i32
^bb2:
  return %a : i32
}
func.func @caller(%a: i32, %c: i1) -> i32 {
  %x = "test.pre"(%a) : (i32) -> i32
  %0 = call @callee(%x, %c) : (i32, i1) -> i32
  %1 = "test.bar"(%0, %0) : (i32, i32) -> i32
  return %1 : i32
}
