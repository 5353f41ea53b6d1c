// convert-graph-to-tensor on comparisons, logical ops and where: one TE each, ordered cmpf (false with a NaN) or
// signed cmpi giving i1, andi/ori/xori (not is xori with true), arith.select; an i1 cast to a float is unsigned.
// RUN: %dlc-opt %s --convert-graph-to-tensor | %filecheck %s

// CHECK-LABEL: func.func @compare_select
func.func @compare_select(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<3xi32>) -> tensor<2x3xf32> {
  // CHECK:      %[[C:.*]] = tensor.compute [i: 2, j: 3] (%arg0[i, j], %arg1[j]) -> [i, j] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1> {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32):
  // CHECK-NEXT:   %[[P:.*]] = arith.cmpf olt, %[[X]], %[[Y]] : f32
  // CHECK-NEXT:   tensor.yield %[[P]] : i1
  %c = graph.less %a, %b : tensor<2x3xf32>, tensor<3xf32>
  // CHECK:      tensor.compute [i: 3] (%arg2[i], %arg2[i]) -> [i]
  // CHECK:        arith.cmpi sge
  %k = graph.greater_equal %i, %i : tensor<3xi32>, tensor<3xi32>
  // CHECK:      tensor.compute [i: 2, j: 3] (%[[C]][i, j], %{{.*}}[j]) -> [i, j]
  // CHECK:        arith.andi
  %n = graph.and %c, %k : tensor<2x3xi1>, tensor<3xi1>
  // CHECK:      %[[N:.*]] = tensor.compute [i: 2, j: 3]
  // CHECK:        %true = arith.constant true
  // CHECK-NEXT:   arith.xori %{{.*}}, %true : i1
  %m = graph.not %n : tensor<2x3xi1>
  // CHECK:      tensor.compute [i: 2, j: 3] (%[[N]][i, j], %arg1[j], %arg0[i, j]) -> [i, j]
  // CHECK-NEXT: ^bb0(%[[Q:.*]]: i1, %[[T:.*]]: f32, %[[F:.*]]: f32):
  // CHECK-NEXT:   arith.select %[[Q]], %[[T]], %[[F]] : f32
  %r = graph.where %m, %b, %a : tensor<2x3xi1>, tensor<3xf32>, tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @mask
func.func @mask(%c: tensor<4xi1>) -> tensor<4xf32> {
  // CHECK: arith.uitofp %{{.*}} : i1 to f32
  %0 = graph.cast %c : tensor<4xi1> to tensor<4xf32>
  return %0 : tensor<4xf32>
}
