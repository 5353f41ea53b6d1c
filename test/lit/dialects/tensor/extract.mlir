// tensor.extract (MLIR's op): pretty and generic forms, and its value in the interpreter.
// RUN: %dlc-opt %s | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %filecheck %s --check-prefix=GENERIC
// RUN: %dlc-run %s --entry @value --print=full | %filecheck %s --check-prefix=VALUE

// VALUE: result #0: f32 {{.*}}6

// CHECK-LABEL: func.func @extract(
// CHECK: %extracted = tensor.extract %arg0[%arg1, %c2] : tensor<2x3xf32>
// GENERIC: %{{.*}} = "tensor.extract"(%arg0, %arg1, %{{.*}}) : (tensor<2x3xf32>, index, index) -> f32
func.func @extract(%t: tensor<2x3xf32>, %i: index) -> f32 {
  %c2 = arith.constant 2 : index
  %0 = tensor.extract %t[%i, %c2] : tensor<2x3xf32>
  return %0 : f32
}

func.func @value() -> f32 {
  %t = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %0 = tensor.extract %t[%c1, %c2] : tensor<2x3xf32>
  return %0 : f32
}
