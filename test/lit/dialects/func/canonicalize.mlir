// func canonicalisation as MLIR 22: call_indirect of a func.constant becomes a direct call; compared with mlir-opt in differential-canonicalize.test.
// RUN: %dlc-opt %s --canonicalize | %filecheck %s

// CHECK: module {
// CHECK-LABEL: func.func private @decl(
// CHECK-SAME: i32, f32) -> i64
func.func private @decl(i32, f32) -> i64
// CHECK-LABEL: func.func @known_callee(
// CHECK-SAME: [[ARG0:%.*]]: i32, [[ARG1:%.*]]: f32) -> i64 {
// CHECK:     [[VAL_0:%.*]] = call @decl([[ARG0]], [[ARG1]]) : (i32, f32) -> i64
// CHECK-NEXT:     return [[VAL_0]] : i64
// CHECK-NEXT:   }
func.func @known_callee(%x: i32, %y: f32) -> i64 {
  %f = func.constant @decl : (i32, f32) -> i64
  %0 = func.call_indirect %f(%x, %y) : (i32, f32) -> i64
  return %0 : i64
}
// CHECK-LABEL: func.func @unknown_callee(
// CHECK-SAME: [[ARG0:%.*]]: (i32, f32) -> i64, [[ARG1:%.*]]: i32, [[ARG2:%.*]]: f32) -> i64 {
// CHECK:     [[VAL_0:%.*]] = call_indirect [[ARG0]]([[ARG1]], [[ARG2]]) : (i32, f32) -> i64
// CHECK-NEXT:     return [[VAL_0]] : i64
// CHECK-NEXT:   }
// CHECK-NEXT: }
func.func @unknown_callee(%f: (i32, f32) -> i64, %x: i32, %y: f32) -> i64 {
  %0 = func.call_indirect %f(%x, %y) : (i32, f32) -> i64
  return %0 : i64
}
