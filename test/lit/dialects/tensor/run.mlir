// dlc-run on tensor expressions: an elementwise TE with a constant in its body, a row
// reduction and a transpose, on a dense constant.
// RUN: %dlc-run %s --print=full | %filecheck %s
// RUN: %dlc-run %s --entry @scalar --print=full | %filecheck %s --check-prefix=SCALAR

// CHECK:      result #0: tensor<2x3xf32> shape=[2, 3] dtype=f32 checksum=13 values=[1, 0, 3, 4, 5, 0]
// CHECK-NEXT: result #1: tensor<2xf32> shape=[2] dtype=f32 checksum=5 values=[2, 3]
// CHECK-NEXT: result #2: tensor<3x2xf32> shape=[3, 2] dtype=f32 checksum=5 values=[1, 4, -2, 5, 3, -6]
func.func @main() -> (tensor<2x3xf32>, tensor<2xf32>, tensor<3x2xf32>) {
  %a = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %relu = tensor.compute [i: 2, j: 3] (%a[i, j]) -> [i, j] : (tensor<2x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %x, %z : f32
    tensor.yield %m : f32
  }
  %sum = tensor.compute [i: 2, j: 3 reduce] (%a[i, j]) -> [i] add : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %t = tensor.compute [i: 3, j: 2] (%a[j, i]) -> [i, j] : (tensor<2x3xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %relu, %sum, %t : tensor<2x3xf32>, tensor<2xf32>, tensor<3x2xf32>
}

// A rank-0 domain: one point.
// SCALAR: result #0: tensor<f32> shape=[] dtype=f32 checksum=2.7182817459106445 values=[2.7182817]
func.func @scalar() -> tensor<f32> {
  %a = arith.constant dense<1.0> : tensor<f32>
  %c = tensor.compute [] (%a[]) -> [] : (tensor<f32>) -> tensor<f32> {
  ^bb0(%x: f32):
    %y = math.exp %x : f32
    tensor.yield %y : f32
  }
  return %c : tensor<f32>
}
