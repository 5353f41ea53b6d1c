// The subgroup mma ops and !gpu.mma_matrix, in a kernel and in a host function (MLIR allows both):
// loads from workgroup and global memory, transposed, every elementwise kind, f16 and f32
// accumulators, stores; dead fragments for canonicalize and cse to remove.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @mma(%a: memref<32x32xf16>, %c: memref<32x32xf32>) workgroup(%s: memref<32x40xf16, #gpu.address_space<workgroup>>) kernel {
      %c0 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %zero = arith.constant 0.000000e+00 : f32
      %fa = gpu.subgroup_mma_load_matrix %s[%c0, %c16] {leadDimension = 40 : index} : memref<32x40xf16, #gpu.address_space<workgroup>> -> !gpu.mma_matrix<16x16xf16, "AOp">
      %fb = gpu.subgroup_mma_load_matrix %a[%c16, %c0] {leadDimension = 32 : index, transpose} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf16, "BOp">
      %fb2 = gpu.subgroup_mma_load_matrix %a[%c16, %c0] {leadDimension = 32 : index, transpose} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf16, "BOp">
      %acc = gpu.subgroup_mma_constant_matrix %zero : !gpu.mma_matrix<16x16xf32, "COp">
      %d = gpu.subgroup_mma_compute %fa, %fb, %acc : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
      %d2 = gpu.subgroup_mma_compute %fa, %fb2, %d {a_transpose, b_transpose} : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
      %dead = gpu.subgroup_mma_compute %fa, %fb, %d : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
      %e1 = gpu.subgroup_mma_elementwise addf %d, %d2 : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e2 = gpu.subgroup_mma_elementwise mulf %e1, %d : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e3 = gpu.subgroup_mma_elementwise subf %e2, %d : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e4 = gpu.subgroup_mma_elementwise maxf %e3, %acc : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e5 = gpu.subgroup_mma_elementwise minf %e4, %e1 : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e6 = gpu.subgroup_mma_elementwise divf %e5, %e2 : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %e7 = gpu.subgroup_mma_elementwise negatef %e6 : (!gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      gpu.subgroup_mma_store_matrix %e7, %c[%c16, %c0] {leadDimension = 32 : index} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>
      gpu.subgroup_mma_store_matrix %d, %c[%c0, %c0] {leadDimension = 32 : index, transpose} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>
      gpu.return
    }
  }
  func.func @host(%m: memref<64xf16>, %h: f16, %i: index) {
    %h16 = gpu.subgroup_mma_constant_matrix %h : !gpu.mma_matrix<16x16xf16, "COp">
    %l = gpu.subgroup_mma_load_matrix %m[%i] {leadDimension = 16 : index} : memref<64xf16> -> !gpu.mma_matrix<16x16xf16, "COp">
    %x = gpu.subgroup_mma_elementwise extf %l : (!gpu.mma_matrix<16x16xf16, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
    %y = gpu.subgroup_mma_elementwise addf %h16, %l : (!gpu.mma_matrix<16x16xf16, "COp">, !gpu.mma_matrix<16x16xf16, "COp">) -> !gpu.mma_matrix<16x16xf16, "COp">
    gpu.subgroup_mma_store_matrix %y, %m[%i] {leadDimension = 16 : index} : !gpu.mma_matrix<16x16xf16, "COp">, memref<64xf16>
    return
  }
}
