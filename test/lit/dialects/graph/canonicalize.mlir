// graph canonicalisation: transpose and reshape chains collapse, identities vanish, x + 0 and x * 1 fold,
// and elementwise ops on small constants fold to constants.
// RUN: %dlc-opt %s --canonicalize --split-input-file | %filecheck %s

// CHECK-LABEL: func.func @transpose_chain
// CHECK-NEXT: %0 = graph.transpose %arg0 perm = [2, 0, 1] : tensor<2x3x4xf32>
// CHECK-NEXT: return %0
func.func @transpose_chain(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = graph.transpose %x perm = [1, 0, 2] : tensor<2x3x4xf32>
  %1 = graph.transpose %0 perm = [2, 1, 0] : tensor<3x2x4xf32>
  return %1 : tensor<4x2x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_inverse
// CHECK-NEXT: return %arg0
func.func @transpose_inverse(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = graph.transpose %x perm = [1, 2, 0] : tensor<2x3x4xf32>
  %1 = graph.transpose %0 perm = [2, 0, 1] : tensor<3x4x2xf32>
  return %1 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @identity_transpose
// CHECK-NEXT: return %arg0
func.func @identity_transpose(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.transpose %x perm = [0, 1] : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_chain
// CHECK-NEXT: %0 = graph.reshape %arg0 : tensor<2x3x4xf32> to tensor<4x6xf32>
// CHECK-NEXT: return %0
func.func @reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %0 = graph.reshape %x : tensor<2x3x4xf32> to tensor<24xf32>
  %1 = graph.reshape %0 : tensor<24xf32> to tensor<2x12xf32>
  %2 = graph.reshape %1 : tensor<2x12xf32> to tensor<4x6xf32>
  return %2 : tensor<4x6xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_round_trip
// CHECK-NEXT: return %arg0
func.func @reshape_round_trip(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.reshape %x : tensor<2x3xf32> to tensor<6xf32>
  %1 = graph.reshape %0 : tensor<6xf32> to tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @add_zero_mul_one
// CHECK-NEXT: return %arg0, %arg0, %arg0
func.func @add_zero_mul_one(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %zero = graph.constant dense<0.0> : tensor<3xf32>
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %0 = graph.add %x, %zero : tensor<2x3xf32>, tensor<3xf32>
  %1 = graph.mul %one, %0 : tensor<2x3xf32>, tensor<2x3xf32>
  %2 = graph.div %1, %one : tensor<2x3xf32>, tensor<2x3xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Adding a zero that broadcasts the operand to a larger shape is not the identity.
// CHECK-LABEL: func.func @add_zero_broadcasts
// CHECK: %[[R:.*]] = graph.add %arg0, %{{.*}} : tensor<3xf32>, tensor<2x3xf32>
// CHECK-NEXT: return %[[R]]
func.func @add_zero_broadcasts(%x: tensor<3xf32>) -> tensor<2x3xf32> {
  %zero = graph.constant dense<0.0> : tensor<2x3xf32>
  %0 = graph.add %x, %zero : tensor<3xf32>, tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @constant_fold
// CHECK-NEXT: %[[C:.*]] = graph.constant dense<[1.100000e+01, 4.200000e+01, 0.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: return %[[C]]
func.func @constant_fold() -> tensor<3xf32> {
  %a = graph.constant dense<[1.0, 2.0, -3.0]> : tensor<3xf32>
  %b = graph.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = graph.add %a, %b : tensor<3xf32>, tensor<3xf32>
  %1 = graph.sub %0, %b : tensor<3xf32>, tensor<3xf32>
  %2 = graph.relu %1 : tensor<3xf32>
  %3 = graph.mul %2, %b : tensor<3xf32>, tensor<3xf32>
  %4 = graph.add %3, %2 : tensor<3xf32>, tensor<3xf32>
  return %4 : tensor<3xf32>
}

// -----

// Splats fold whatever their size; layout ops of constants fold too.
// CHECK-LABEL: func.func @splat_and_layout_fold
// CHECK-DAG: graph.constant dense<5.000000e-01> : tensor<64x64xf32>
// CHECK-DAG: graph.constant dense<{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: graph.constant dense<{{\[}}[1, 2, 3, 4]]> : tensor<1x4xi32>
// CHECK-NOT: graph.sigmoid
// CHECK-NOT: graph.transpose
// CHECK-NOT: graph.cast
func.func @splat_and_layout_fold() -> (tensor<64x64xf32>, tensor<2x2xf32>, tensor<1x4xi32>) {
  %z = graph.constant dense<0.0> : tensor<64x64xf32>
  %0 = graph.sigmoid %z : tensor<64x64xf32>
  %m = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %1 = graph.transpose %m perm = [1, 0] : tensor<2x2xf32>
  %2 = graph.reshape %m : tensor<2x2xf32> to tensor<1x4xf32>
  %3 = graph.cast %2 : tensor<1x4xf32> to tensor<1x4xi32>
  return %0, %1, %3 : tensor<64x64xf32>, tensor<2x2xf32>, tensor<1x4xi32>
}

// -----

// A concat of one input, a slice that keeps everything and a split into one piece are their input;
// a slice that reverses or drops elements is not.
// CHECK-LABEL: func.func @trivial_layout
// CHECK-NEXT: %[[S:.*]] = graph.slice %arg0 starts = [-1] ends = [-100] steps = [-1] : tensor<4x8xf32>
// CHECK-NEXT: %[[T:.*]] = graph.slice %arg0 starts = [1] ends = [4] : tensor<4x8xf32>
// CHECK-NEXT: return %arg0, %arg0, %arg0, %[[S]], %[[T]]
func.func @trivial_layout(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<3x8xf32>) {
  %0 = graph.concat %x axis = 1 : tensor<4x8xf32>
  %1 = graph.slice %0 starts = [0, -100] ends = [100, 8] : tensor<4x8xf32>
  %2:1 = graph.split %1 axis = 1 sizes = [8] : tensor<4x8xf32>
  %3 = graph.slice %x starts = [-1] ends = [-100] steps = [-1] : tensor<4x8xf32>
  %4 = graph.slice %x starts = [1] ends = [4] : tensor<4x8xf32>
  return %0, %1, %2#0, %3, %4 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<3x8xf32>
}
