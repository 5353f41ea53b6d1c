// graph comparisons, logical ops, where and item: round trip pretty and generic; the generic form shows the i1 and broadcast result types.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=TYPES

// CHECK-LABEL: func.func @compare
// CHECK-NEXT: %0 = graph.equal %arg0, %arg1 : tensor<2x3xf32>, tensor<3xf32>
// CHECK-NEXT: %1 = graph.less %arg1, %arg0 : tensor<3xf32>, tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.greater %arg2, %arg2 : tensor<4xi64>, tensor<4xi64>
// CHECK-NEXT: %3 = graph.less_equal %arg0, %arg1 : tensor<2x3xf32>, tensor<3xf32>
// CHECK-NEXT: %4 = graph.greater_equal %arg0, %arg1 : tensor<2x3xf32>, tensor<3xf32>
// TYPES-LABEL: sym_name = "compare"
// TYPES: "graph.equal"{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// TYPES: "graph.less"{{.*}} : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
// TYPES: "graph.greater"{{.*}} : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
func.func @compare(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<4xi64>) {
  %0 = graph.equal %a, %b : tensor<2x3xf32>, tensor<3xf32>
  %1 = graph.less %b, %a : tensor<3xf32>, tensor<2x3xf32>
  %2 = graph.greater %i, %i : tensor<4xi64>, tensor<4xi64>
  %3 = graph.less_equal %a, %b : tensor<2x3xf32>, tensor<3xf32>
  %4 = graph.greater_equal %a, %b : tensor<2x3xf32>, tensor<3xf32>
  return
}

// CHECK-LABEL: func.func @logical
// CHECK-NEXT: %0 = graph.not %arg0 : tensor<2x3xi1>
// CHECK-NEXT: %1 = graph.and %0, %arg1 : tensor<2x3xi1>, tensor<3xi1>
// CHECK-NEXT: %2 = graph.or %arg1, %1 : tensor<3xi1>, tensor<2x3xi1>
// CHECK-NEXT: %3 = graph.xor %2, %2 : tensor<2x3xi1>, tensor<2x3xi1>
// CHECK-NEXT: %4 = graph.where %3, %arg2, %arg3 : tensor<2x3xi1>, tensor<3xf32>, tensor<f32>
// CHECK-NEXT: %5 = graph.item %arg4 : tensor<1xi1>
// TYPES-LABEL: sym_name = "logical"
// TYPES: "graph.and"{{.*}} : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
// TYPES: "graph.where"{{.*}} : (tensor<2x3xi1>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
// TYPES: "graph.item"{{.*}} : (tensor<1xi1>) -> i1
func.func @logical(%p: tensor<2x3xi1>, %q: tensor<3xi1>, %x: tensor<3xf32>, %y: tensor<f32>, %c: tensor<1xi1>) {
  %0 = graph.not %p : tensor<2x3xi1>
  %1 = graph.and %0, %q : tensor<2x3xi1>, tensor<3xi1>
  %2 = graph.or %q, %1 : tensor<3xi1>, tensor<2x3xi1>
  %3 = graph.xor %2, %2 : tensor<2x3xi1>, tensor<2x3xi1>
  %4 = graph.where %3, %x, %y : tensor<2x3xi1>, tensor<3xf32>, tensor<f32>
  %5 = graph.item %c : tensor<1xi1>
  return
}
