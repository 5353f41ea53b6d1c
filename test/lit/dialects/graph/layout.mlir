// graph data-movement ops, round trip pretty and generic; the generic form shows the inferred result types.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=TYPES

// CHECK-LABEL: func.func @layout
// CHECK-NEXT: %0 = graph.reshape %arg0 : tensor<4x8xf32> to tensor<2x16xf32>
// CHECK-NEXT: %1 = graph.reshape %arg0 : tensor<4x8xf32> to tensor<1x32x1xf32>
// CHECK-NEXT: %2 = graph.transpose %arg0 perm = [1, 0] : tensor<4x8xf32>
// CHECK-NEXT: %3 = graph.transpose %arg1 perm = [2, 0, 1] : tensor<2x3x4xi32>
// CHECK-NEXT: %4 = graph.concat %arg0, %arg0 axis = 0 : tensor<4x8xf32>, tensor<4x8xf32>
// CHECK-NEXT: %5 = graph.concat %arg0, %arg2, %arg0 axis = -1 : tensor<4x8xf32>, tensor<4x2xf32>, tensor<4x8xf32>
// TYPES-LABEL: sym_name = "layout"
// TYPES: -> tensor<2x16xf32>
// TYPES: -> tensor<1x32x1xf32>
// TYPES: (tensor<4x8xf32>) -> tensor<8x4xf32>
// TYPES: (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
// TYPES: -> tensor<8x8xf32>
// TYPES: -> tensor<4x18xf32>
func.func @layout(%s: tensor<4x8xf32>, %i: tensor<2x3x4xi32>, %n: tensor<4x2xf32>) {
  %0 = graph.reshape %s : tensor<4x8xf32> to tensor<2x16xf32>
  %1 = graph.reshape %s : tensor<4x8xf32> to tensor<1x32x1xf32>
  %2 = graph.transpose %s perm = [1, 0] : tensor<4x8xf32>
  %3 = graph.transpose %i perm = [2, 0, 1] : tensor<2x3x4xi32>
  %4 = graph.concat %s, %s axis = 0 : tensor<4x8xf32>, tensor<4x8xf32>
  %5 = graph.concat %s, %n, %s axis = -1 : tensor<4x8xf32>, tensor<4x2xf32>, tensor<4x8xf32>
  return
}

// CHECK-LABEL: func.func @slice
// CHECK-NEXT: %0 = graph.slice %arg0 starts = [1, 0] ends = [3, -1] steps = [1, 2] : tensor<4x8xf32>
// CHECK-NEXT: %1 = graph.slice %arg0 starts = [-1] ends = [-100] axes = [1] steps = [-1] : tensor<4x8xf32>
// CHECK-NEXT: %2 = graph.slice %arg0 starts = [2] ends = [1000] : tensor<4x8xf32>
// CHECK-NEXT: %3 = graph.slice %arg0 starts = [5] ends = [7] axes = [-1] : tensor<4x8xf32>
// TYPES-LABEL: sym_name = "slice"
// TYPES: -> tensor<2x4xf32>
// TYPES: -> tensor<4x8xf32>
// TYPES: -> tensor<2x8xf32>
// TYPES: -> tensor<4x2xf32>
func.func @slice(%s: tensor<4x8xf32>) {
  %0 = graph.slice %s starts = [1, 0] ends = [3, -1] steps = [1, 2] : tensor<4x8xf32>
  %1 = graph.slice %s starts = [-1] ends = [-100] axes = [1] steps = [-1] : tensor<4x8xf32>
  %2 = graph.slice %s starts = [2] ends = [1000] : tensor<4x8xf32>
  %3 = graph.slice %s starts = [5] ends = [7] axes = [-1] : tensor<4x8xf32>
  return
}

// CHECK-LABEL: func.func @gather_split
// CHECK-NEXT: %0 = graph.gather %arg0, %arg1 : tensor<10x4xf16>, tensor<2x3xi64>
// CHECK-NEXT: %1 = graph.gather %arg0, %arg2 axis = 1 : tensor<10x4xf16>, tensor<i32>
// CHECK-NEXT: %2:2 = graph.split %arg3 axis = 1 sizes = [3, 5] : tensor<4x8xf32>
// CHECK-NEXT: %3:3 = graph.split %arg3 sizes = [1, 1, 2] : tensor<4x8xf32>
// TYPES-LABEL: sym_name = "gather_split"
// TYPES: -> tensor<2x3x4xf16>
// TYPES: -> tensor<10xf16>
// TYPES: -> (tensor<4x3xf32>, tensor<4x5xf32>)
// TYPES: -> (tensor<1x8xf32>, tensor<1x8xf32>, tensor<2x8xf32>)
func.func @gather_split(%t: tensor<10x4xf16>, %ids: tensor<2x3xi64>, %id: tensor<i32>, %s: tensor<4x8xf32>) {
  %0 = graph.gather %t, %ids : tensor<10x4xf16>, tensor<2x3xi64>
  %1 = graph.gather %t, %id axis = 1 : tensor<10x4xf16>, tensor<i32>
  %2:2 = graph.split %s axis = 1 sizes = [3, 5] : tensor<4x8xf32>
  %3:3 = graph.split %s axis = 0 sizes = [1, 1, 2] : tensor<4x8xf32>
  return
}
