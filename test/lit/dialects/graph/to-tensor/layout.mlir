// convert-graph-to-tensor on data movement: copies through maps (reshape splits and merges the
// linear index within each group of dims, transpose permutes, slice and split stride and
// offset), concat selects by the index between wrapped reads, gather becomes tensor.take.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @reshape
func.func @reshape(%x: tensor<2x12xf32>, %y: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<6x4xf32>, tensor<4x6xf32>) {
  // CHECK:      tensor.compute [i: 2, j: 3, k: 4] (%arg0[i, j * 4 + k]) -> [i, j, k]
  // CHECK-NEXT: ^bb0(%[[V:.*]]: f32):
  // CHECK-NEXT:   tensor.yield %[[V]] : f32
  %0 = graph.reshape %x : tensor<2x12xf32> to tensor<2x3x4xf32>
  // CHECK:      tensor.compute [i: 6, j: 4] (%arg1[i floordiv 3, i mod 3, j]) -> [i, j]
  %1 = graph.reshape %y : tensor<2x3x4xf32> to tensor<6x4xf32>
  // CHECK:      tensor.compute [i: 4, j: 6] (%arg1[(i * 6 + j) floordiv 12, ((i * 6 + j) floordiv 4) mod 3, (i * 6 + j) mod 4]) -> [i, j]
  %2 = graph.reshape %y : tensor<2x3x4xf32> to tensor<4x6xf32>
  return %0, %1, %2 : tensor<2x3x4xf32>, tensor<6x4xf32>, tensor<4x6xf32>
}

// CHECK-LABEL: func.func @transpose
func.func @transpose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  // CHECK: tensor.compute [i: 4, j: 2, k: 3] (%arg0[j, k, i]) -> [i, j, k]
  %0 = graph.transpose %x perm = [2, 0, 1] : tensor<2x3x4xf32>
  return %0 : tensor<4x2x3xf32>
}

// CHECK-LABEL: func.func @slice
func.func @slice(%x: tensor<6x8xf32>) -> (tensor<4x5xf32>, tensor<3x8xf32>) {
  // CHECK: tensor.compute [i: 4, j: 5] (%arg0[i + 1, j + 2]) -> [i, j]
  %0 = graph.slice %x starts = [1, -6] ends = [5, -1] : tensor<6x8xf32>
  // A negative step walks backwards from the clamped start.
  // CHECK: tensor.compute [i: 3, j: 8] (%arg0[i * -2 + 5, j]) -> [i, j]
  %1 = graph.slice %x starts = [-1] ends = [-100] axes = [0] steps = [-2] : tensor<6x8xf32>
  return %0, %1 : tensor<4x5xf32>, tensor<3x8xf32>
}

// CHECK-LABEL: func.func @split
func.func @split(%x: tensor<3x7xf32>) -> (tensor<3x2xf32>, tensor<3x5xf32>) {
  // CHECK: tensor.compute [i: 3, j: 2] (%arg0[i, j]) -> [i, j]
  // CHECK: tensor.compute [i: 3, j: 5] (%arg0[i, j + 2]) -> [i, j]
  %r:2 = graph.split %x axis = 1 sizes = [2, 5] : tensor<3x7xf32>
  return %r#0, %r#1 : tensor<3x2xf32>, tensor<3x5xf32>
}

// CHECK-LABEL: func.func @concat
func.func @concat(%a: tensor<2x1xf32>, %b: tensor<2x4xf32>, %c: tensor<2x2xf32>) -> tensor<2x7xf32> {
  // CHECK:      tensor.compute [i: 2, j: 7] (%arg0[i, 0], %arg1[i, (j - 1) mod 4], %arg2[i, (j - 5) mod 2]) -> [i, j]
  // CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32):
  // CHECK-NEXT:   %[[J:.*]] = tensor.index 1 : index
  // CHECK-NEXT:   %[[C5:.*]] = arith.constant 5 : index
  // CHECK-NEXT:   %[[LT5:.*]] = arith.cmpi slt, %[[J]], %[[C5]] : index
  // CHECK-NEXT:   %[[BC:.*]] = arith.select %[[LT5]], %[[B]], %[[C]] : f32
  // CHECK-NEXT:   %[[C1:.*]] = arith.constant 1 : index
  // CHECK-NEXT:   %[[LT1:.*]] = arith.cmpi slt, %[[J]], %[[C1]] : index
  // CHECK-NEXT:   %[[R:.*]] = arith.select %[[LT1]], %[[A]], %[[BC]] : f32
  // CHECK-NEXT:   tensor.yield %[[R]] : f32
  %0 = graph.concat %a, %b, %c axis = 1 : tensor<2x1xf32>, tensor<2x4xf32>, tensor<2x2xf32>
  return %0 : tensor<2x7xf32>
}

// CHECK-LABEL: func.func @gather
func.func @gather(%t: tensor<100x8xf32>, %i: tensor<2x3xi64>) -> tensor<2x3x8xf32> {
  // CHECK: tensor.take %arg0[%arg1] axis 0 : (tensor<100x8xf32>, tensor<2x3xi64>) -> tensor<2x3x8xf32>
  %0 = graph.gather %t, %i : tensor<100x8xf32>, tensor<2x3xi64>
  return %0 : tensor<2x3x8xf32>
}
