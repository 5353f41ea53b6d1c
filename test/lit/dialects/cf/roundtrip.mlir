// cf ops print back in their custom form, and the generic form reads back to the same IR.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK-LABEL: func.func @branches
func.func @branches(%flag: i32, %a: i32, %c: i1) -> i32 {
  // CHECK: cf.assert %{{.*}}, "must hold"
  cf.assert %c, "must hold"
  // CHECK: cf.cond_br %{{.*}}, ^bb1(%{{.*}} : i32), ^bb2
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  // CHECK:      cf.switch %{{.*}} : i32, [
  // CHECK-NEXT:   default: ^bb2,
  // CHECK-NEXT:   4294967295: ^bb3(%{{.*}} : i32),
  // CHECK-NEXT:   7: ^bb3(%{{.*}} : i32)
  // CHECK-NEXT: ]
  cf.switch %flag : i32, [
    default: ^bb2,
    -1: ^bb3(%x : i32),
    7: ^bb3(%a : i32)
  ]
^bb2:
  // CHECK:      cf.switch %{{.*}} : i32, [
  // CHECK-NEXT:   default: ^bb3(%{{.*}} : i32)]
  cf.switch %flag : i32, [
    default: ^bb3(%a : i32)
  ]
^bb3(%r: i32):
  // CHECK: cf.br ^bb4
  cf.br ^bb4
^bb4:
  return %r : i32
}
