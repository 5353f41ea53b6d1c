// remove-dead-values drops dead arguments and results of private functions (with the call operands
// and results that feed them) and dead pure ops; ops with unknown effects and public signatures stay.
// RUN: %dlc-opt %s --allow-unregistered-dialect --remove-dead-values | %filecheck %s

// CHECK:      func.func private @callee(%arg0: i32) -> i32 {
// CHECK-NEXT:   %[[U:.*]] = "test.use"(%arg0) : (i32) -> i32
// CHECK-NEXT:   return %[[U]] : i32
// CHECK:      func.func @pub(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:   %[[C:.*]] = call @callee(%arg0) : (i32) -> i32
// CHECK-NEXT:   return %[[C]] : i32
func.func private @callee(%a: i32, %b: i32) -> (i32, i32) {
  %0 = "test.use"(%a) : (i32) -> i32
  return %0, %b : i32, i32
}
func.func @pub(%x: i32, %unused: i32) -> i32 {
  %r:2 = call @callee(%x, %x) : (i32, i32) -> (i32, i32)
  %d = func.constant @pub : (i32, i32) -> i32
  return %r#0 : i32
}
