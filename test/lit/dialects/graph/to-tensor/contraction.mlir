// convert-graph-to-tensor on matmul and gemm: a contraction TE (the result's dims, then k
// reduced; body a * b; combiner add), gemm's alpha and beta * C in an epilogue TE.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @matmul
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>) -> tensor<4x16xf32> {
  // CHECK:      tensor.compute [i: 4, j: 16, k: 8 reduce] (%arg0[i, k], %arg1[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32> {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32):
  // CHECK-NEXT:   %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
  // CHECK-NEXT:   tensor.yield %[[P]] : f32
  %0 = graph.matmul %a, %b : tensor<4x8xf32>, tensor<8x16xf32>
  return %0 : tensor<4x16xf32>
}

// Batch dims broadcast: a's batch of 1 reads index 0, b has no batch dims of its own.
// CHECK-LABEL: func.func @batched
func.func @batched(%a: tensor<2x1x4x8xf32>, %b: tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32> {
  // CHECK: tensor.compute [i: 2, j: 3, k: 4, l: 5, m: 8 reduce] (%arg0[i, 0, k, m], %arg1[j, m, l]) -> [i, j, k, l] add
  %0 = graph.matmul %a, %b : tensor<2x1x4x8xf32>, tensor<3x8x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// CHECK-LABEL: func.func @gemm
func.func @gemm(%a: tensor<8x4xf32>, %b: tensor<5x8xf32>, %c: tensor<5xf32>) -> tensor<4x5xf32> {
  // CHECK:      %[[P:.*]] = tensor.compute [i: 4, j: 5, k: 8 reduce] (%arg0[k, i], %arg1[j, k]) -> [i, j] add
  // CHECK:      tensor.compute [i: 4, j: 5] (%[[P]][i, j], %arg2[j]) -> [i, j]
  // CHECK:        %[[ALPHA:.*]] = arith.constant 2.000000e+00 : f32
  // CHECK-NEXT:   arith.mulf %[[ALPHA]]
  // CHECK-NEXT:   %[[BETA:.*]] = arith.constant 5.000000e-01 : f32
  // CHECK-NEXT:   arith.mulf %[[BETA]]
  // CHECK-NEXT:   arith.addf
  %0 = graph.gemm %a, %b, %c {transA, transB, alpha = 2.0 : f32, beta = 0.5 : f32} : tensor<8x4xf32>, tensor<5x8xf32>, tensor<5xf32>
  return %0 : tensor<4x5xf32>
}

// With alpha = 1 and no C the contraction is all there is.
// CHECK-LABEL: func.func @gemm_plain
func.func @gemm_plain(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>) -> tensor<4x5xf32> {
  // CHECK:     %[[P:.*]] = tensor.compute [i: 4, j: 5, k: 8 reduce] (%arg0[i, k], %arg1[k, j]) -> [i, j] add
  // CHECK-NOT: tensor.compute
  // CHECK:     return %[[P]]
  %0 = graph.gemm %a, %b : tensor<4x8xf32>, tensor<8x5xf32>
  return %0 : tensor<4x5xf32>
}
