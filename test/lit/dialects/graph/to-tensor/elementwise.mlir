// convert-graph-to-tensor on elementwise ops: one TE over the result, broadcast operands read
// through maps with the stretched dims at 0, the scalar op in the body; constants stay constants.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @broadcast
func.func @broadcast(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1xf32>) -> tensor<2x3xf32> {
  // CHECK:      %[[S:.*]] = tensor.compute [i: 2, j: 3] (%arg0[i, j], %arg1[j]) -> [i, j] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32):
  // CHECK-NEXT:   %[[D:.*]] = arith.subf %[[X]], %[[Y]] : f32
  // CHECK-NEXT:   tensor.yield %[[D]] : f32
  %0 = graph.sub %a, %b : tensor<2x3xf32>, tensor<3xf32>
  // CHECK:      tensor.compute [i: 2, j: 3] (%[[S]][i, j], %arg2[i, 0]) -> [i, j]
  // CHECK:        math.powf
  %1 = graph.pow %0, %c : tensor<2x3xf32>, tensor<2x1xf32>
  return %1 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @activations
func.func @activations(%a: tensor<4xf32>) -> tensor<4xf32> {
  // relu is max(x, 0).
  // CHECK:      tensor.compute [i: 4] (%arg0[i]) -> [i]
  // CHECK:        %[[Z:.*]] = arith.constant 0.000000e+00 : f32
  // CHECK-NEXT:   arith.maximumf %{{.*}}, %[[Z]] : f32
  %0 = graph.relu %a : tensor<4xf32>
  // gelu is the exact form: x / 2 * (1 + erf(x / sqrt 2)).
  // CHECK:      tensor.compute [i: 4]
  // CHECK:        arith.constant 0.707106769 : f32
  // CHECK:        math.erf
  %1 = graph.gelu %0 : tensor<4xf32>
  // sigmoid is 1 / (1 + exp(-x)).
  // CHECK:      tensor.compute [i: 4]
  // CHECK:        arith.negf
  // CHECK-NEXT:   math.exp
  // CHECK-NEXT:   arith.addf
  // CHECK-NEXT:   arith.divf
  %2 = graph.sigmoid %1 : tensor<4xf32>
  return %2 : tensor<4xf32>
}

// CHECK-LABEL: func.func @cast_and_constant
func.func @cast_and_constant(%a: tensor<2xf32>) -> tensor<2xf16> {
  // CHECK: %[[C:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  %c = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // CHECK: %[[M:.*]] = tensor.compute [i: 2] (%arg0[i], %[[C]][i]) -> [i]
  %m = graph.mul %a, %c : tensor<2xf32>, tensor<2xf32>
  // CHECK: tensor.compute [i: 2] (%[[M]][i]) -> [i] : (tensor<2xf32>) -> tensor<2xf16>
  // CHECK:   arith.truncf %{{.*}} : f32 to f16
  %h = graph.cast %m : tensor<2xf32> to tensor<2xf16>
  return %h : tensor<2xf16>
}
