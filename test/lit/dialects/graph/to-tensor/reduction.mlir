// convert-graph-to-tensor on reductions and normalisations: reduce ops as one reduction TE (a
// mean divides after), softmax as max-reduce, sub-exp, sum-reduce, div; layer_norm as sum,
// mean, sum of squared deviations, rsqrt of the variance and the normalising TE.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @reduce
func.func @reduce(%x: tensor<2x3x4xf32>) -> (tensor<1x3x1xf32>, tensor<2x4xf32>) {
  // CHECK: tensor.compute [i: 2 reduce, j: 3, k: 4 reduce] (%arg0[i, j, k]) -> [0, j, 0] add : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %0 = graph.reduce_sum %x axes = [0, 2] keepdims : tensor<2x3x4xf32>
  // CHECK: %[[M:.*]] = tensor.compute [i: 2, j: 3 reduce, k: 4] (%arg0[i, j, k]) -> [i, k] add
  // CHECK: tensor.compute [i: 2, j: 4] (%[[M]][i, j]) -> [i, j]
  // CHECK:   arith.constant 3.000000e+00 : f32
  // CHECK:   arith.divf
  %1 = graph.reduce_mean %x axes = [1] : tensor<2x3x4xf32>
  return %0, %1 : tensor<1x3x1xf32>, tensor<2x4xf32>
}

// CHECK-LABEL: func.func @softmax
func.func @softmax(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // CHECK:      %[[MAX:.*]] = tensor.compute [i: 4, j: 8 reduce] (%arg0[i, j]) -> [i] max
  // CHECK:      %[[E:.*]] = tensor.compute [i: 4, j: 8] (%arg0[i, j], %[[MAX]][i]) -> [i, j]
  // CHECK:        arith.subf
  // CHECK-NEXT:   math.exp
  // CHECK:      %[[SUM:.*]] = tensor.compute [i: 4, j: 8 reduce] (%[[E]][i, j]) -> [i] add
  // CHECK:      tensor.compute [i: 4, j: 8] (%[[E]][i, j], %[[SUM]][i]) -> [i, j]
  // CHECK:        arith.divf
  %0 = graph.softmax %x : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// CHECK-LABEL: func.func @layer_norm
func.func @layer_norm(%x: tensor<2x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<2x16xf32> {
  // CHECK:      %[[S:.*]] = tensor.compute [i: 2, j: 16 reduce] (%arg0[i, j]) -> [i] add
  // CHECK:      %[[MEAN:.*]] = tensor.compute [i: 2] (%[[S]][i]) -> [i]
  // CHECK:      %[[SQ:.*]] = tensor.compute [i: 2, j: 16] (%arg0[i, j], %[[MEAN]][i]) -> [i, j]
  // CHECK:      %[[VAR:.*]] = tensor.compute [i: 2, j: 16 reduce] (%[[SQ]][i, j]) -> [i] add
  // CHECK:      %[[R:.*]] = tensor.compute [i: 2] (%[[VAR]][i]) -> [i]
  // CHECK:        math.rsqrt
  // CHECK:      tensor.compute [i: 2, j: 16] (%arg0[i, j], %[[MEAN]][i], %[[R]][i], %arg1[j], %arg2[j]) -> [i, j]
  %0 = graph.layer_norm %x, %g, %b : tensor<2x16xf32>, tensor<16xf32>
  return %0 : tensor<2x16xf32>
}

// CHECK-LABEL: func.func @batch_norm
func.func @batch_norm(%x: tensor<1x3x4x4xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<1x3x4x4xf32> {
  // CHECK:     tensor.compute [i: 1, j: 3, k: 4, l: 4] (%arg0[i, j, k, l], %arg1[j], %arg2[j], %arg3[j], %arg4[j]) -> [i, j, k, l]
  // CHECK:       math.sqrt
  // CHECK-NOT: tensor.compute
  %0 = graph.batch_norm %x, %s, %b, %m, %v : tensor<1x3x4x4xf32>, tensor<3xf32>
  return %0 : tensor<1x3x4x4xf32>
}
