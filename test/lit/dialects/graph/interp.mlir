// dlc-run on graph ops: values a reader can check by hand.
// RUN: %dlc-run %s --print=full | %filecheck %s

// CHECK: result #0: tensor<2x2xf32>
// CHECK-SAME: values=[19, 22, 43, 50]
// CHECK: result #1: tensor<2x3xf32>
// CHECK-SAME: values=[11, 22, 33, 14, 25, 36]
// CHECK: result #2: tensor<1x1x2x2xf32>
// CHECK-SAME: values=[6, 8, 12, 14]
// CHECK: result #3: tensor<2xf32>
// CHECK-SAME: values=[0.5, 0.5]
// CHECK: result #4: tensor<3x2xf32>
// CHECK-SAME: values=[1, 4, 2, 5, 3, 6]
func.func @main() -> (tensor<2x2xf32>, tensor<2x3xf32>, tensor<1x1x2x2xf32>, tensor<2xf32>, tensor<3x2xf32>) {
  %a = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = graph.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %0 = graph.matmul %a, %b : tensor<2x2xf32>, tensor<2x2xf32>
  %m = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %r = graph.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %1 = graph.add %m, %r : tensor<2x3xf32>, tensor<3xf32>
  %x = graph.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]]> : tensor<1x1x3x3xf32>
  %w = graph.constant dense<[[[[1.0, 0.0], [0.0, 1.0]]]]> : tensor<1x1x2x2xf32>
  %2 = graph.conv2d %x, %w : tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>
  %big = graph.constant dense<1000.0> : tensor<2xf32>
  %3 = graph.softmax %big : tensor<2xf32>
  %4 = graph.transpose %m perm = [1, 0] : tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x2xf32>, tensor<2x3xf32>, tensor<1x1x2x2xf32>, tensor<2xf32>, tensor<3x2xf32>
}
