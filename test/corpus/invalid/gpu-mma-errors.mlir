// subgroup mma verifier errors that MLIR 22 reports the same way.

func.func @f0(%a: !gpu.mma_matrix<16x16xf16, "AOp">, %c: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{operands must be in the order AOp, BOp, COp}}
  %d = gpu.subgroup_mma_compute %a, %a, %c : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "AOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f1(%a: !gpu.mma_matrix<16x8xf16, "AOp">, %b: !gpu.mma_matrix<16x16xf16, "BOp">, %c: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{operand shapes do not satisfy matmul constraints}}
  %d = gpu.subgroup_mma_compute %a, %b, %c : !gpu.mma_matrix<16x8xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f2(%a: !gpu.mma_matrix<16x16xi32, "AOp">, %b: !gpu.mma_matrix<16x16xf16, "BOp">, %c: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{'gpu.subgroup_mma_compute' op operand #0 must be gpu.mma_matrix of 8-bit signed integer or 8-bit unsigned integer or 16-bit float or 32-bit float or 64-bit float values, but got '!gpu.mma_matrix<16x16xi32, "AOp">'}}
  %d = gpu.subgroup_mma_compute %a, %b, %c : !gpu.mma_matrix<16x16xi32, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f3(%a: !gpu.mma_matrix<16x16xf16, "AOp">, %b: !gpu.mma_matrix<16x16xf16, "BOp">, %c: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{'gpu.subgroup_mma_compute' op failed to verify that all of {opC, res} have same type}}
  %d = "gpu.subgroup_mma_compute"(%a, %b, %c) : (!gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf16, "COp">
  return
}

// -----

func.func @f4(%a: !gpu.mma_matrix<16x16xf16, "AOp">, %m: memref<16x16xf16>, %i: index) {
  // expected-error @+1 {{expected the operand matrix being stored to have 'COp' operand type}}
  gpu.subgroup_mma_store_matrix %a, %m[%i, %i] {leadDimension = 16 : index} : !gpu.mma_matrix<16x16xf16, "AOp">, memref<16x16xf16>
  return
}

// -----

func.func @f5(%m: memref<16x16xf16, strided<[1, 16]>>, %i: index) {
  // expected-error @+1 {{expected source memref most minor dim must have unit stride}}
  %a = gpu.subgroup_mma_load_matrix %m[%i, %i] {leadDimension = 16 : index} : memref<16x16xf16, strided<[1, 16]>> -> !gpu.mma_matrix<16x16xf16, "AOp">
  return
}

// -----

func.func @f6(%a: !gpu.mma_matrix<16x16xf16, "COp">, %m: memref<16x16xf16, strided<[1, 16]>>, %i: index) {
  // expected-error @+1 {{expected destination memref most minor dim must have unit stride}}
  gpu.subgroup_mma_store_matrix %a, %m[%i, %i] {leadDimension = 16 : index} : !gpu.mma_matrix<16x16xf16, "COp">, memref<16x16xf16, strided<[1, 16]>>
  return
}

// -----

func.func @f7(%m: memref<16x16xi64>, %i: index) {
  // expected-error @+1 {{'gpu.subgroup_mma_load_matrix' op operand #0 must be memref of 8-bit signless integer or 32-bit signless integer or 16-bit float or 32-bit float or 64-bit float or vector of 8-bit signless integer or 32-bit signless integer or 16-bit float or 32-bit float or 64-bit float values of ranks 1 values, but got 'memref<16x16xi64>'}}
  %a = gpu.subgroup_mma_load_matrix %m[%i, %i] {leadDimension = 16 : index} : memref<16x16xi64> -> !gpu.mma_matrix<16x16xf16, "AOp">
  return
}

// -----

func.func @f8(%m: memref<16x16xf16>, %i: index) {
  // expected-error @+1 {{'gpu.subgroup_mma_load_matrix' op result #0 must be MMAMatrix type, but got 'f16'}}
  %a = gpu.subgroup_mma_load_matrix %m[%i, %i] {leadDimension = 16 : index} : memref<16x16xf16> -> f16
  return
}

// -----

func.func @f9(%m: memref<16x16xf16>, %i: index) {
  // expected-error @+1 {{'gpu.subgroup_mma_load_matrix' op requires attribute 'leadDimension'}}
  %a = gpu.subgroup_mma_load_matrix %m[%i, %i] : memref<16x16xf16> -> !gpu.mma_matrix<16x16xf16, "AOp">
  return
}

// -----

func.func @f10(%m: memref<16x16xf16>, %i: i32) {
  // expected-error @+1 {{'gpu.subgroup_mma_load_matrix' op operand #1 must be variadic of index, but got 'i32'}}
  %a = "gpu.subgroup_mma_load_matrix"(%m, %i) <{leadDimension = 16 : index}> : (memref<16x16xf16>, i32) -> !gpu.mma_matrix<16x16xf16, "AOp">
  return
}

// -----

func.func @f11(%m: memref<16x16xf16>, %i: index) {
  // expected-error @+1 {{'gpu.subgroup_mma_load_matrix' op attribute 'leadDimension' failed to satisfy constraint: index attribute}}
  %a = "gpu.subgroup_mma_load_matrix"(%m, %i) <{leadDimension = 16 : i32}> : (memref<16x16xf16>, index) -> !gpu.mma_matrix<16x16xf16, "AOp">
  return
}

// -----

func.func @f12(%a: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{'gpu.subgroup_mma_elementwise' op requires attribute 'opType'}}
  %e = "gpu.subgroup_mma_elementwise"(%a) : (!gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f13(%a: !gpu.mma_matrix<16x16xf32, "COp">) {
  // expected-error @+1 {{'gpu.subgroup_mma_elementwise' op attribute 'opType' failed to satisfy constraint: elementwise operation to apply to mma matrix}}
  %e = "gpu.subgroup_mma_elementwise"(%a) {opType = 1 : i32} : (!gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f14(%a: f32) {
  // expected-error @+1 {{'gpu.subgroup_mma_elementwise' op operand #0 must be variadic of MMAMatrix type, but got 'f32'}}
  %e = "gpu.subgroup_mma_elementwise"(%a) {opType = #gpu<mma_element_wise addf>} : (f32) -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f15(%x: f64) {
  // expected-error @+1 {{'gpu.subgroup_mma_constant_matrix' op operand #0 must be 8-bit signed integer or 8-bit unsigned integer or 32-bit signless integer or 16-bit float or 32-bit float, but got 'f64'}}
  %a = "gpu.subgroup_mma_constant_matrix"(%x) : (f64) -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f16(%x: f16) {
  // expected-error @+1 {{'gpu.subgroup_mma_constant_matrix' op failed to verify that value type matches element type of mma_matrix}}
  %a = "gpu.subgroup_mma_constant_matrix"(%x) : (f16) -> !gpu.mma_matrix<16x16xf32, "COp">
  return
}

// -----

func.func @f17(%x: f32) {
  // expected-error @+1 {{'gpu.subgroup_mma_constant_matrix' op result #0 must be MMAMatrix type, but got 'f32'}}
  %a = "gpu.subgroup_mma_constant_matrix"(%x) : (f32) -> f32
  return
}
