// test-print-liveness prints live-in/out sets, live intervals and currently live values per block.
// RUN: %dlc-opt %s --allow-unregistered-dialect --test-print-liveness -o /dev/null 2>&1 | %filecheck %s
// The same output as mlir-opt's, byte for byte: test-print-liveness-vs-mlir-opt.mlir.

// CHECK: Testing : caller
// CHECK-NEXT: // ---- Liveness -----
// CHECK-NEXT: // - Block: 0
// CHECK-NEXT: // --- LiveIn:
// CHECK-NEXT: // --- LiveOut: arg1@0 val_2
// CHECK-NEXT: // --- BeginLivenessIntervals
// CHECK-NEXT: // val_2 :
// CHECK-NEXT: //     %0 = "test.foo"(%arg0) : (i32) -> i32
// CHECK-NEXT: //     "test.br"()[^bb1] : () -> ()
// CHECK-NEXT: //     %1 = "test.bar"(%0, %arg1) : (i32, i32) -> i32
// CHECK-NEXT: // --- EndLivenessIntervals
// CHECK: // - Block: 1
// CHECK-NEXT: // --- LiveIn: arg1@0 val_2
// CHECK: //     func.return %1 : i32
func.func @caller(%a: i32, %b: i32) -> i32 {
  %0 = "test.foo"(%a) : (i32) -> i32
  "test.br"()[^bb1] : () -> ()
^bb1:
  %2 = "test.bar"(%0, %b) : (i32, i32) -> i32
  return %2 : i32
}
