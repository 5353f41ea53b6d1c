// tensor-fold-layout: reshape and transpose copies disappear into their consumers' maps.
// RUN: %dlc-opt %s --split-input-file --tensor-fold-layout | %filecheck %s

// A transpose read by an elementwise TE: the consumer reads the source through the permutation.
// CHECK-LABEL: func.func @transpose
// CHECK-NOT: tensor.compute [i: 8, j: 4]
// CHECK: tensor.compute [i: 4, j: 8] (%arg0[i, j], %arg1[j]) -> [i, j]
func.func @transpose(%a: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %t = tensor.compute [i: 8, j: 4] (%a[j, i]) -> [i, j] : (tensor<4x8xf32>) -> tensor<8x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %s = tensor.compute [i: 4, j: 8] (%t[j, i], %b[j]) -> [i, j] : (tensor<8x4xf32>, tensor<8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %s : tensor<4x8xf32>
}

// -----

// Multi-head attention's layout: [8, 12] reshaped to [8, 3, 4], transposed to [3, 8, 4], read by
// a batched contraction. The chain of two copies folds into one affine read of the source.
// CHECK-LABEL: func.func @heads
// CHECK-NOT: tensor.compute [i: 8, j: 3, k: 4]
// CHECK-NOT: tensor.compute [i: 3, j: 8, k: 4]
// CHECK: tensor.compute [i: 3, j: 8, k: 8, l: 4 reduce] (%arg0[j, i * 4 + l], %arg1[k, i * 4 + l]) -> [i, j, k] add
func.func @heads(%q: tensor<8x12xf32>, %k: tensor<8x12xf32>) -> tensor<3x8x8xf32> {
  %r = tensor.compute [i: 8, j: 3, k: 4] (%q[i, j * 4 + k]) -> [i, j, k] : (tensor<8x12xf32>) -> tensor<8x3x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %t = tensor.compute [i: 3, j: 8, k: 4] (%r[j, i, k]) -> [i, j, k] : (tensor<8x3x4xf32>) -> tensor<3x8x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %kr = tensor.compute [i: 8, j: 3, k: 4] (%k[i, j * 4 + k]) -> [i, j, k] : (tensor<8x12xf32>) -> tensor<8x3x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %s = tensor.compute [i: 3, j: 8, k: 8, l: 4 reduce] (%t[i, j, l], %kr[k, i, l]) -> [i, j, k] add
      : (tensor<3x8x4xf32>, tensor<8x3x4xf32>) -> tensor<3x8x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %s : tensor<3x8x8xf32>
}

// -----

// A reshape and its inverse cancel: the ranges of the domain decide the divisions.
// CHECK-LABEL: func.func @round_trip
// CHECK: tensor.compute [i: 3, j: 4] (%arg0[i, j]) -> [i, j]
// CHECK-NEXT: ^bb0
// CHECK-NEXT: math.exp
func.func @round_trip(%a: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %f = tensor.compute [i: 12] (%a[i floordiv 4, i mod 4]) -> [i] : (tensor<3x4xf32>) -> tensor<12xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %u = tensor.compute [i: 3, j: 4] (%f[i * 4 + j]) -> [i, j] : (tensor<12xf32>) -> tensor<3x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %e = tensor.compute [i: 3, j: 4] (%u[i, j]) -> [i, j] : (tensor<3x4xf32>) -> tensor<3x4xf32> {
  ^bb0(%x: f32):
    %0 = math.exp %x : f32
    tensor.yield %0 : f32
  }
  return %e : tensor<3x4xf32>
}

// -----

// A copy that the function returns stays for that use; its TE readers still skip it. A copy
// written through a non-invertible output map stays too.
// CHECK-LABEL: func.func @kept
// CHECK: %[[T:.*]] = tensor.compute [i: 4, j: 2] (%arg0[j, i]) -> [i, j]
// CHECK: %[[W:.*]] = tensor.compute [i: 8] (%arg0[i floordiv 4, i mod 4]) -> [i floordiv 4, i mod 4]
// CHECK: tensor.compute [i: 2, j: 4] (%arg0[i, j], %[[W]][i, j]) -> [i, j]
// CHECK: return %[[T]]
func.func @kept(%a: tensor<2x4xf32>) -> (tensor<4x2xf32>, tensor<2x4xf32>) {
  %t = tensor.compute [i: 4, j: 2] (%a[j, i]) -> [i, j] : (tensor<2x4xf32>) -> tensor<4x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %w = tensor.compute [i: 8] (%a[i floordiv 4, i mod 4]) -> [i floordiv 4, i mod 4] : (tensor<2x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %s = tensor.compute [i: 2, j: 4] (%t[j, i], %w[i, j]) -> [i, j] : (tensor<4x2xf32>, tensor<2x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %t, %s : tensor<4x2xf32>, tensor<2x4xf32>
}
