// Every builtin type as an operand or result type of unregistered ops.
func.func @integers(%a: i1, %b: i8, %c: i32, %d: i64, %e: si16, %f: ui64, %g: i128, %h: i7, %i: index) {
  return
}
func.func @floats(%a: f16, %b: bf16, %c: f32, %d: f64, %e: f80, %f: f128, %g: tf32) {
  return
}
func.func @small_floats(%a: f8E5M2, %b: f8E4M3FN, %c: f8E4M3, %d: f8E5M2FNUZ, %e: f8E4M3FNUZ, %f: f8E4M3B11FNUZ, %g: f8E3M4, %h: f8E8M0FNU, %i: f4E2M1FN, %j: f6E2M3FN, %k: f6E3M2FN) {
  return
}
func.func @containers(%a: complex<f32>, %b: tuple<i32, f32>, %c: tuple<>, %d: none, %e: (i32) -> f32, %f: () -> (), %g: (i1, i2) -> (i3, i4)) {
  return
}
func.func @tensors(%a: tensor<4x8xf32>, %b: tensor<?x4xf16>, %c: tensor<*xi32>, %d: tensor<f32>, %e: tensor<0xf32>, %f: tensor<1x?x?x3xcomplex<f64>>, %g: tensor<4xi8, "enc">, %h: tensor<2x2xf32, #foo.enc<1>>) {
  return
}
func.func @vectors(%a: vector<4xf32>, %b: vector<2x3xi8>, %c: vector<[4]xf32>, %d: vector<2x[8]xi1>, %e: vector<f32>) {
  return
}
func.func @memrefs(%a: memref<4x8xf32>, %b: memref<?x?xf32>, %c: memref<*xf32>, %d: memref<*xf32, 2>, %e: memref<4xf32, 1>, %f: memref<4x4xf32, strided<[4, 1]>>, %g: memref<4x4xf32, strided<[?, 1], offset: ?>>, %h: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, %i: memref<8xf32, strided<[2], offset: 3>, "gpu">, %j: memref<f32>) {
  return
}
func.func @opaque(%a: !foo.bar, %b: !foo.baz<1, "two", [3]>, %c: !foo<"x">, %d: !foo.nested<tensor<4xf32>, <1>>) {
  return
}
