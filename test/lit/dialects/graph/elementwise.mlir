// graph elementwise ops, round trip pretty and generic; the generic form shows the broadcast result types.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=TYPES

// CHECK-LABEL: func.func @binary
// CHECK-NEXT: %0 = graph.add %arg0, %arg1 : tensor<2x3xf32>, tensor<3xf32>
// CHECK-NEXT: %1 = graph.sub %arg1, %arg0 : tensor<3xf32>, tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.mul %arg2, %arg0 : tensor<2x1xf32>, tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.div %arg2, %arg1 : tensor<2x1xf32>, tensor<3xf32>
// CHECK-NEXT: %4 = graph.max %arg3, %arg0 : tensor<f32>, tensor<2x3xf32>
// CHECK-NEXT: %5 = graph.min %arg4, %arg2 : tensor<4x1x1xf32>, tensor<2x1xf32>
// CHECK-NEXT: %6 = graph.pow %arg5, %arg5 : tensor<2x3xf16>, tensor<2x3xf16>
// TYPES-LABEL: sym_name = "binary"
// TYPES: "graph.add"{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// TYPES: "graph.sub"{{.*}} : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// TYPES: "graph.mul"{{.*}} : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// TYPES: "graph.div"{{.*}} : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// TYPES: "graph.max"{{.*}} : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// TYPES: "graph.min"{{.*}} : (tensor<4x1x1xf32>, tensor<2x1xf32>) -> tensor<4x2x1xf32>
// TYPES: "graph.pow"{{.*}} : (tensor<2x3xf16>, tensor<2x3xf16>) -> tensor<2x3xf16>
func.func @binary(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1xf32>, %s: tensor<f32>, %d: tensor<4x1x1xf32>, %h: tensor<2x3xf16>) {
  %0 = graph.add %a, %b : tensor<2x3xf32>, tensor<3xf32>
  %1 = graph.sub %b, %a : tensor<3xf32>, tensor<2x3xf32>
  %2 = graph.mul %c, %a : tensor<2x1xf32>, tensor<2x3xf32>
  %3 = graph.div %c, %b : tensor<2x1xf32>, tensor<3xf32>
  %4 = graph.max %s, %a : tensor<f32>, tensor<2x3xf32>
  %5 = graph.min %d, %c : tensor<4x1x1xf32>, tensor<2x1xf32>
  %6 = graph.pow %h, %h : tensor<2x3xf16>, tensor<2x3xf16>
  return
}

// CHECK-LABEL: func.func @unary
// CHECK-NEXT: %0 = graph.relu %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %1 = graph.gelu %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %2 = graph.sigmoid %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %3 = graph.tanh %arg1 : tensor<4xf16>
// CHECK-NEXT: %4 = graph.exp %arg1 : tensor<4xf16>
// CHECK-NEXT: %5 = graph.log %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %6 = graph.sqrt %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %7 = graph.rsqrt %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %8 = graph.neg %arg2 : tensor<bf16>
// CHECK-NEXT: %9 = graph.erf %arg0 : tensor<2x3xf32>
// CHECK-NEXT: %10 = graph.abs %arg0 : tensor<2x3xf32>
func.func @unary(%a: tensor<2x3xf32>, %h: tensor<4xf16>, %s: tensor<bf16>) {
  %0 = graph.relu %a : tensor<2x3xf32>
  %1 = graph.gelu %a : tensor<2x3xf32>
  %2 = graph.sigmoid %a : tensor<2x3xf32>
  %3 = graph.tanh %h : tensor<4xf16>
  %4 = graph.exp %h : tensor<4xf16>
  %5 = graph.log %a : tensor<2x3xf32>
  %6 = graph.sqrt %a : tensor<2x3xf32>
  %7 = graph.rsqrt %a : tensor<2x3xf32>
  %8 = graph.neg %s : tensor<bf16>
  %9 = graph.erf %a : tensor<2x3xf32>
  %10 = graph.abs %a : tensor<2x3xf32>
  return
}

// CHECK-LABEL: func.func @constant_cast
// CHECK-NEXT: %cst = graph.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-NEXT: %cst_0 = graph.constant dense<0> : tensor<3xi64>
// CHECK-NEXT: %0 = graph.cast %cst : tensor<2x2xf32> to tensor<2x2xf16>
// CHECK-NEXT: %1 = graph.cast %cst_0 : tensor<3xi64> to tensor<3xf32>
// CHECK-NEXT: %2 = graph.cast %cst : tensor<2x2xf32> to tensor<2x2xi32>
func.func @constant_cast() {
  %0 = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %1 = graph.constant dense<0> : tensor<3xi64>
  %2 = graph.cast %0 : tensor<2x2xf32> to tensor<2x2xf16>
  %3 = graph.cast %1 : tensor<3xi64> to tensor<3xf32>
  %4 = graph.cast %0 : tensor<2x2xf32> to tensor<2x2xi32>
  return
}
