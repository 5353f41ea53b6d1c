// dce erases unused effect-free ops, chains of them included, and keeps everything else.
// RUN: %dlc-opt %s --allow-unregistered-dialect --dce | %filecheck %s

// CHECK-LABEL: func.func @f
// CHECK-NEXT: "test.effect"
// CHECK-NEXT: return
func.func @f() {
  %0 = func.constant @f : () -> ()
  %1 = "test.effect"() : () -> i32
  return
}
