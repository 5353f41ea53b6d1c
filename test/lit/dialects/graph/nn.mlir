// graph pooling, reductions and normalisations, round trip pretty and generic; the generic form shows the inferred result types.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=TYPES

// CHECK-LABEL: func.func @pool
// CHECK-NEXT: %0 = graph.max_pool2d %arg0 kernel = [2, 2] strides = [2, 2] : tensor<1x3x8x8xf32>
// CHECK-NEXT: %1 = graph.avg_pool2d %arg0 kernel = [3, 3] pads = [1, 1, 1, 1] {count_include_pad} : tensor<1x3x8x8xf32>
// CHECK-NEXT: %2 = graph.avg_pool2d %arg0 kernel = [3, 2] strides = [2, 3] : tensor<1x3x8x8xf32>
// CHECK-NEXT: %3 = graph.global_avg_pool %arg0 : tensor<1x3x8x8xf32>
// TYPES-LABEL: sym_name = "pool"
// TYPES: -> tensor<1x3x4x4xf32>
// TYPES: -> tensor<1x3x8x8xf32>
// TYPES: -> tensor<1x3x3x3xf32>
// TYPES: -> tensor<1x3x1x1xf32>
func.func @pool(%x: tensor<1x3x8x8xf32>) {
  %0 = graph.max_pool2d %x kernel = [2, 2] strides = [2, 2] : tensor<1x3x8x8xf32>
  %1 = graph.avg_pool2d %x kernel = [3, 3] pads = [1, 1, 1, 1] {count_include_pad} : tensor<1x3x8x8xf32>
  %2 = graph.avg_pool2d %x kernel = [3, 2] strides = [2, 3] pads = [0, 0, 0, 0] : tensor<1x3x8x8xf32>
  %3 = graph.global_avg_pool %x : tensor<1x3x8x8xf32>
  return
}

// CHECK-LABEL: func.func @reduce
// CHECK-NEXT: %0 = graph.reduce_sum %arg0 axes = [1] keepdims : tensor<4x8xf32>
// CHECK-NEXT: %1 = graph.reduce_mean %arg0 axes = [0] : tensor<4x8xf32>
// CHECK-NEXT: %2 = graph.reduce_max %arg0 axes = [] : tensor<4x8xf32>
// CHECK-NEXT: %3 = graph.reduce_sum %arg1 axes = [-1, 0] keepdims : tensor<2x3x4xf16>
// TYPES-LABEL: sym_name = "reduce"
// TYPES: -> tensor<4x1xf32>
// TYPES: -> tensor<8xf32>
// TYPES: -> tensor<f32>
// TYPES: -> tensor<1x3x1xf16>
func.func @reduce(%s: tensor<4x8xf32>, %h: tensor<2x3x4xf16>) {
  %0 = graph.reduce_sum %s axes = [1] keepdims : tensor<4x8xf32>
  %1 = graph.reduce_mean %s axes = [0] : tensor<4x8xf32>
  %2 = graph.reduce_max %s axes = [] : tensor<4x8xf32>
  %3 = graph.reduce_sum %h axes = [-1, 0] keepdims : tensor<2x3x4xf16>
  return
}

// CHECK-LABEL: func.func @norm
// CHECK-NEXT: %0 = graph.softmax %arg0 : tensor<4x8xf32>
// CHECK-NEXT: %1 = graph.softmax %arg0 axis = 0 : tensor<4x8xf32>
// CHECK-NEXT: %2 = graph.layer_norm %arg0, %arg1, %arg1 epsilon = 9.99999997E-7 : tensor<4x8xf32>, tensor<8xf32>
// CHECK-NEXT: %3 = graph.layer_norm %arg0, %arg1 : tensor<4x8xf32>, tensor<8xf32>
// CHECK-NEXT: %4 = graph.layer_norm %arg2, %arg0 axis = 1 : tensor<2x4x8xf32>, tensor<4x8xf32>
// CHECK-NEXT: %5 = graph.batch_norm %arg3, %arg4, %arg4, %arg4, %arg4 epsilon = 1.000000e-03 : tensor<1x3x8x8xf32>, tensor<3xf32>
// TYPES-LABEL: sym_name = "norm"
// TYPES: (tensor<4x8xf32>) -> tensor<4x8xf32>
// TYPES: (tensor<4x8xf32>) -> tensor<4x8xf32>
// TYPES: (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// TYPES: (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// TYPES: (tensor<2x4x8xf32>, tensor<4x8xf32>) -> tensor<2x4x8xf32>
// TYPES: -> tensor<1x3x8x8xf32>
func.func @norm(%s: tensor<4x8xf32>, %g: tensor<8xf32>, %t: tensor<2x4x8xf32>, %x: tensor<1x3x8x8xf32>, %c: tensor<3xf32>) {
  %0 = graph.softmax %s axis = -1 : tensor<4x8xf32>
  %1 = graph.softmax %s axis = 0 : tensor<4x8xf32>
  %2 = graph.layer_norm %s, %g, %g epsilon = 1.0e-6 : tensor<4x8xf32>, tensor<8xf32>
  %3 = graph.layer_norm %s, %g : tensor<4x8xf32>, tensor<8xf32>
  %4 = graph.layer_norm %t, %s axis = 1 : tensor<2x4x8xf32>, tensor<4x8xf32>
  %5 = graph.batch_norm %x, %c, %c, %c, %c epsilon = 1.0e-3 : tensor<1x3x8x8xf32>, tensor<3xf32>
  return
}
