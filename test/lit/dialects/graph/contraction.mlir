// graph contractions, round trip pretty and generic; the generic form shows the inferred result types.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=TYPES

// CHECK-LABEL: func.func @matmul
// CHECK-NEXT: %0 = graph.matmul %arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>
// CHECK-NEXT: %1 = graph.matmul %arg2, %arg1 : tensor<2x3x4x8xf32>, tensor<8x16xf32>
// CHECK-NEXT: %2 = graph.matmul %arg2, %arg3 : tensor<2x3x4x8xf32>, tensor<3x1x3x8x5xf32>
// CHECK-NEXT: %3 = graph.matmul %arg4, %arg4 : tensor<1x2x2xf16>, tensor<1x2x2xf16>
// TYPES-LABEL: sym_name = "matmul"
// TYPES: (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
// TYPES: (tensor<2x3x4x8xf32>, tensor<8x16xf32>) -> tensor<2x3x4x16xf32>
// TYPES: (tensor<2x3x4x8xf32>, tensor<3x1x3x8x5xf32>) -> tensor<3x2x3x4x5xf32>
// TYPES: (tensor<1x2x2xf16>, tensor<1x2x2xf16>) -> tensor<1x2x2xf16>
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<2x3x4x8xf32>, %d: tensor<3x1x3x8x5xf32>, %h: tensor<1x2x2xf16>) {
  %0 = graph.matmul %a, %b : tensor<4x8xf32>, tensor<8x16xf32>
  %1 = graph.matmul %c, %b : tensor<2x3x4x8xf32>, tensor<8x16xf32>
  %2 = graph.matmul %c, %d : tensor<2x3x4x8xf32>, tensor<3x1x3x8x5xf32>
  %3 = graph.matmul %h, %h : tensor<1x2x2xf16>, tensor<1x2x2xf16>
  return
}

// CHECK-LABEL: func.func @gemm
// CHECK-NEXT: %0 = graph.gemm %arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>
// CHECK-NEXT: %1 = graph.gemm %arg2, %arg1, %arg3 {alpha = 2.000000e+00 : f32, transA} : tensor<8x4xf32>, tensor<8x16xf32>, tensor<16xf32>
// CHECK-NEXT: %2 = graph.gemm %arg0, %arg4, %arg5 {beta = 5.000000e-01 : f32, transB} : tensor<4x8xf32>, tensor<16x8xf32>, tensor<4x1xf32>
// CHECK-NEXT: %3 = graph.gemm %arg2, %arg4 {transA, transB} : tensor<8x4xf32>, tensor<16x8xf32>
// TYPES-LABEL: sym_name = "gemm"
// TYPES: -> tensor<4x16xf32>
// TYPES: -> tensor<4x16xf32>
// TYPES: -> tensor<4x16xf32>
// TYPES: (tensor<8x4xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
func.func @gemm(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %at: tensor<8x4xf32>, %c: tensor<16xf32>, %bt: tensor<16x8xf32>, %col: tensor<4x1xf32>) {
  %0 = graph.gemm %a, %b : tensor<4x8xf32>, tensor<8x16xf32>
  %1 = graph.gemm %at, %b, %c {transA, alpha = 2.0 : f32} : tensor<8x4xf32>, tensor<8x16xf32>, tensor<16xf32>
  %2 = graph.gemm %a, %bt, %col {transB, beta = 0.5 : f32, alpha = 1.0 : f32} : tensor<4x8xf32>, tensor<16x8xf32>, tensor<4x1xf32>
  %3 = graph.gemm %at, %bt {transA, transB} : tensor<8x4xf32>, tensor<16x8xf32>
  return
}

// CHECK-LABEL: func.func @conv2d
// CHECK-NEXT: %0 = graph.conv2d %arg0, %arg1 : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
// CHECK-NEXT: %1 = graph.conv2d %arg0, %arg2, %arg3 strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>
// CHECK-NEXT: %2 = graph.conv2d %arg0, %arg1 pads = [0, 1, 2, 3] dilations = [2, 1] : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
// CHECK-NEXT: %3 = graph.conv2d %arg4, %arg5 groups = 4 : tensor<2x4x5x5xf16>, tensor<4x1x5x5xf16>
// TYPES-LABEL: sym_name = "conv2d"
// TYPES: -> tensor<1x6x6x6xf32>
// TYPES: -> tensor<1x6x4x4xf32>
// TYPES: -> tensor<1x6x6x10xf32>
// TYPES: -> tensor<2x4x1x1xf16>
func.func @conv2d(%x: tensor<1x4x8x8xf32>, %w: tensor<6x4x3x3xf32>, %wg: tensor<6x2x3x3xf32>, %bias: tensor<6xf32>, %xh: tensor<2x4x5x5xf16>, %dw: tensor<4x1x5x5xf16>) {
  %0 = graph.conv2d %x, %w : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  %1 = graph.conv2d %x, %wg, %bias strides = [2, 2] pads = [1, 1, 1, 1] groups = 2 : tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>
  %2 = graph.conv2d %x, %w pads = [0, 1, 2, 3] dilations = [2, 1] : tensor<1x4x8x8xf32>, tensor<6x4x3x3xf32>
  %3 = graph.conv2d %xh, %dw groups = 4 : tensor<2x4x5x5xf16>, tensor<4x1x5x5xf16>
  return
}
