// canonicalize folds a TE that copies its input unchanged, and keeps every other TE.
// RUN: %dlc-opt %s --canonicalize | %filecheck %s

// CHECK-LABEL: func.func @copy
// CHECK-NEXT: return %arg0 : tensor<2x3xf32>
func.func @copy(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %c = tensor.compute [i: 2, j: 3] (%a[i, j]) -> [i, j] : (tensor<2x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<2x3xf32>
}

// The same map on both sides is a copy even when it is not the identity.
// CHECK-LABEL: func.func @copy_through_reshape_map
// CHECK-NEXT: return %arg0 : tensor<4xf32>
func.func @copy_through_reshape_map(%a: tensor<4xf32>) -> tensor<4xf32> {
  %c = tensor.compute [i: 2, j: 2] (%a[i * 2 + j]) -> [i * 2 + j] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %c : tensor<4xf32>
}

// A transpose, a computing body and a reduction stay.
// CHECK-LABEL: func.func @kept
// CHECK-COUNT-3: tensor.compute
func.func @kept(%a: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2xf32>) {
  %t = tensor.compute [i: 2, j: 2] (%a[j, i]) -> [i, j] : (tensor<2x2xf32>) -> tensor<2x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %n = tensor.compute [i: 2, j: 2] (%a[i, j]) -> [i, j] : (tensor<2x2xf32>) -> tensor<2x2xf32> {
  ^bb0(%x: f32):
    %y = arith.negf %x : f32
    tensor.yield %y : f32
  }
  %r = tensor.compute [i: 2, j: 2 reduce] (%a[i, j]) -> [i] add : (tensor<2x2xf32>) -> tensor<2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %t, %n, %r : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2xf32>
}
