// CSE merges identical effect-free ops, keeps ops with unknown effects, and respects scopes.
// RUN: %dlc-opt %s --allow-unregistered-dialect --split-input-file --cse | %filecheck %s

// CHECK-LABEL: func.func @merge_constants
func.func @merge_constants() -> ((i32) -> i32, (i32) -> i32) {
  // CHECK-NEXT: %[[F:.*]] = constant @callee
  // CHECK-NEXT: return %[[F]], %[[F]]
  %0 = func.constant @callee : (i32) -> i32
  %1 = func.constant @callee : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @callee(i32) -> i32

// -----

// Unregistered ops have unknown effects: never merged, never erased.
// CHECK-LABEL: func.func @unknown_effects
func.func @unknown_effects(%a: i32) -> (i32, i32) {
  // CHECK-NEXT: %[[A:.*]] = "test.op"(%arg0)
  // CHECK-NEXT: %[[B:.*]] = "test.op"(%arg0)
  // CHECK-NEXT: "test.unused"(%arg0)
  // CHECK-NEXT: return %[[A]], %[[B]]
  %0 = "test.op"(%a) : (i32) -> i32
  %1 = "test.op"(%a) : (i32) -> i32
  %2 = "test.unused"(%a) : (i32) -> i32
  return %0, %1 : i32, i32
}

// -----

// Unused effect-free ops are erased; different attributes are different values.
// CHECK-LABEL: func.func @dead_and_distinct
func.func @dead_and_distinct() -> ((i32) -> i32, (i32) -> i32) {
  // CHECK-NEXT: %[[A:.*]] = constant @a
  // CHECK-NEXT: %[[B:.*]] = constant @b
  // CHECK-NEXT: return %[[A]], %[[B]]
  %0 = func.constant @a : (i32) -> i32
  %1 = func.constant @b : (i32) -> i32
  %2 = func.constant @a : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @a(i32) -> i32
func.func private @b(i32) -> i32

// -----

// Functions are isolated: equal constants in two functions both stay.
// CHECK-LABEL: func.func @f1
// CHECK: constant @a
// CHECK-LABEL: func.func @f2
// CHECK: constant @a
func.func @f1() -> ((i32) -> i32) {
  %0 = func.constant @a : (i32) -> i32
  return %0 : (i32) -> i32
}
func.func @f2() -> ((i32) -> i32) {
  %0 = func.constant @a : (i32) -> i32
  return %0 : (i32) -> i32
}
func.func private @a(i32) -> i32

// -----

// A load is merged with an equal earlier load when no write lies between them, as mlir-opt does.
// CHECK-LABEL: func.func @loads
// CHECK-NEXT: %[[A:.*]] = memref.load %arg0[%arg1]
// CHECK-NEXT: memref.store
// CHECK-NEXT: %[[B:.*]] = memref.load %arg0[%arg1]
// CHECK-NEXT: return %[[A]], %[[A]], %[[B]]
func.func @loads(%m: memref<4xf32>, %i: index, %v: f32) -> (f32, f32, f32) {
  %0 = memref.load %m[%i] : memref<4xf32>
  %1 = memref.load %m[%i] : memref<4xf32>
  memref.store %v, %m[%i] : memref<4xf32>
  %2 = memref.load %m[%i] : memref<4xf32>
  return %0, %1, %2 : f32, f32, f32
}
