// convert-graph-to-tensor on windows: conv2d as a reduction over (c, kh, kw) with the window in
// the input map, behind a pad TE (an in-bounds wrapped read and a select on the index) when
// padded; pools as max/add reductions over the window; avg pools divide by the window size or by
// a TE counting the taps inside the image.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @conv
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // CHECK:      tensor.compute [i: 1, j: 4, k: 6, l: 6, m: 3 reduce, n: 3 reduce, p: 3 reduce] (%arg0[i, m, k + n, l + p], %arg1[j, m, n, p]) -> [i, j, k, l] add
  // CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[W:.*]]: f32):
  // CHECK-NEXT:   arith.mulf %[[X]], %[[W]] : f32
  %0 = graph.conv2d %x, %w : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// CHECK-LABEL: func.func @conv_padded_strided_grouped
func.func @conv_padded_strided_grouped(%x: tensor<1x4x9x9xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x4x4xf32> {
  // The pad TE: rows and columns 1..9 hold the image, the rest 0.
  // CHECK:      %[[PAD:.*]] = tensor.compute [i: 1, j: 4, k: 10, l: 10] (%arg0[i, j, (k - 1) mod 9, (l - 1) mod 9]) -> [i, j, k, l] : (tensor<1x4x9x9xf32>) -> tensor<1x4x10x10xf32> {
  // CHECK:        %[[H:.*]] = tensor.index 2 : index
  // CHECK:        arith.cmpi sge, %[[H]]
  // CHECK:        arith.cmpi slt, %[[H]]
  // CHECK:        %[[V:.*]] = tensor.index 3 : index
  // CHECK:        arith.select
  // Group j floordiv 3 reads channels 2 * (j floordiv 3) + m; stride 2.
  // CHECK:      %[[C:.*]] = tensor.compute [i: 1, j: 6, k: 4, l: 4, m: 2 reduce, n: 3 reduce, p: 3 reduce] (%[[PAD]][i, (j floordiv 3) * 2 + m, k * 2 + n, l * 2 + p], %arg1[j, m, n, p]) -> [i, j, k, l] add
  // The bias, per channel.
  // CHECK:      tensor.compute [i: 1, j: 6, k: 4, l: 4] (%[[C]][i, j, k, l], %arg2[j]) -> [i, j, k, l]
  // CHECK:        arith.addf
  %0 = graph.conv2d %x, %w, %b strides = [2, 2] pads = [1, 1, 0, 0] groups = 2 : tensor<1x4x9x9xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>
  return %0 : tensor<1x6x4x4xf32>
}

// CHECK-LABEL: func.func @max_pool
func.func @max_pool(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32> {
  // CHECK:     tensor.compute [i: 1, j: 2, k: 2, l: 2, m: 2 reduce, n: 2 reduce] (%arg0[i, j, k * 2 + m, l * 2 + n]) -> [i, j, k, l] max
  %0 = graph.max_pool2d %x kernel = [2, 2] strides = [2, 2] : tensor<1x2x4x4xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// Padding never wins a max: the pad TE fills with -inf.
// CHECK-LABEL: func.func @max_pool_padded
func.func @max_pool_padded(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32> {
  // CHECK:     arith.constant 0xFF800000 : f32
  // CHECK:     tensor.compute [i: 1, j: 2, k: 2, l: 2, m: 3 reduce, n: 3 reduce] ({{.*}}[i, j, k * 2 + m, l * 2 + n]) -> [i, j, k, l] max
  %0 = graph.max_pool2d %x kernel = [3, 3] strides = [2, 2] pads = [1, 1, 0, 0] : tensor<1x2x4x4xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// CHECK-LABEL: func.func @avg_pool_padded
func.func @avg_pool_padded(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  // CHECK:      %[[S:.*]] = tensor.compute [i: 1, j: 2, k: 3, l: 3, m: 3 reduce, n: 3 reduce] ({{.*}}[i, j, k * 2 + m, l * 2 + n]) -> [i, j, k, l] add
  // The taps inside the image, counted per output position.
  // CHECK:      %[[N:.*]] = tensor.compute [i: 3, j: 3, k: 3 reduce, l: 3 reduce] () -> [i, j] add : () -> tensor<3x3xf32> {
  // CHECK:        arith.select
  // CHECK:      tensor.compute [i: 1, j: 2, k: 3, l: 3] (%[[S]][i, j, k, l], %[[N]][k, l]) -> [i, j, k, l]
  // CHECK:        arith.divf
  %0 = graph.avg_pool2d %x kernel = [3, 3] strides = [2, 2] pads = [1, 1, 1, 1] : tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// CHECK-LABEL: func.func @global_avg_pool
func.func @global_avg_pool(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x1x1xf32> {
  // CHECK:      %[[S:.*]] = tensor.compute [i: 1, j: 8, k: 4 reduce, l: 4 reduce] (%arg0[i, j, k, l]) -> [i, j, 0, 0] add
  // CHECK:      tensor.compute [i: 1, j: 8, k: 1, l: 1] (%[[S]][i, j, k, l]) -> [i, j, k, l]
  // CHECK:        arith.constant 1.600000e+01 : f32
  %0 = graph.global_avg_pool %x : tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x1x1xf32>
}
