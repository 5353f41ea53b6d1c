// canonicalize erases dead effect-free ops and leaves ops with unknown effects and live values alone.
// RUN: %dlc-opt %s --allow-unregistered-dialect --split-input-file --canonicalize | %filecheck %s
// RUN: %dlc-opt %s --allow-unregistered-dialect --split-input-file --canonicalize="top-down=false max-iterations=1" | %filecheck %s

// CHECK-LABEL: func.func @dead
func.func @dead(%a: i32) -> i32 {
  // CHECK-NEXT: "test.effect"(%arg0)
  // CHECK-NEXT: return %arg0
  %0 = func.constant @dead : (i32) -> i32
  %1 = "test.effect"(%a) : (i32) -> i32
  return %a : i32
}

// -----

// Constants are de-duplicated and hoisted to the entry block of the function.
// CHECK-LABEL: func.func @dedup
func.func @dedup(%a: i32) -> ((i32) -> i32, (i32) -> i32) {
  // CHECK-NEXT: %[[C:.*]] = constant @g
  // CHECK-NEXT: "test.effect"
  // CHECK-NEXT: return %[[C]], %[[C]]
  "test.effect"(%a) : (i32) -> ()
  %0 = func.constant @g : (i32) -> i32
  %1 = func.constant @g : (i32) -> i32
  return %0, %1 : (i32) -> i32, (i32) -> i32
}
func.func private @g(i32) -> i32

// -----

// Nothing to do: the IR is printed back unchanged.
// CHECK-LABEL: func.func @nothing
// CHECK-NEXT: %[[X:.*]] = "test.op"(%arg0) : (i32) -> i32
// CHECK-NEXT: return %[[X]]
func.func @nothing(%a: i32) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32
  return %0 : i32
}
