// dlc-translate on the subgroup mma ops: nvcuda::wmma fragments (matrix_a / matrix_b with the
// layout their load gives, accumulators), loads from shared and global memory, an accumulator
// carried by a loop, mma_sync, fill_fragment, elementwise ops over each lane's elements, stores.
// RUN: %dlc-translate --mlir-to-cuda --no-harness %s | %filecheck %s

module attributes {gpu.container_module} {
  gpu.module @kernels {
    // CHECK: #include <mma.h>
    // CHECK-LABEL: extern "C" __global__ void mm(
    gpu.func @mm(%a: memref<32x32xf16>, %b: memref<32x16xf16>, %bias: memref<32x16xf32>, %c: memref<32x16xf32>, %h: memref<32x16xf16>) workgroup(%s: memref<32x32xf16, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c0 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %c32 = arith.constant 32 : index
      %w = arith.divui %t, %c32 : index
      %row = arith.muli %w, %c16 : index
      %zero = arith.constant 0.0 : f32
      %one = arith.constant 1.0 : f16
      // CHECK: nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, float> [[INIT:v[0-9]+]];
      // CHECK-NEXT: nvcuda::wmma::fill_fragment([[INIT]], [[ZERO:v[0-9]+]]);
      // CHECK-NEXT: nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, float> [[ACC:v[0-9]+]] = [[INIT]];
      %init = gpu.subgroup_mma_constant_matrix %zero : !gpu.mma_matrix<16x16xf32, "COp">
      // CHECK: for (int64_t [[K:i[0-9]+]] =
      // CHECK-NEXT: const nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, float> [[X:v[0-9]+]] = [[ACC]];
      // CHECK-NEXT: nvcuda::wmma::fragment<nvcuda::wmma::matrix_a, 16, 16, 16, __half, nvcuda::wmma::row_major> [[FA:v[0-9]+]];
      // CHECK-NEXT: nvcuda::wmma::load_matrix_sync([[FA]], &shared0[{{.*}} * 32 + [[K]]], 32);
      // CHECK-NEXT: nvcuda::wmma::fragment<nvcuda::wmma::matrix_b, 16, 16, 16, __half, nvcuda::wmma::col_major> [[FB:v[0-9]+]];
      // CHECK-NEXT: nvcuda::wmma::load_matrix_sync([[FB]], &arg1[[[K]] * 16 + {{.*}}], 16);
      // CHECK-NEXT: nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, float> [[Y:v[0-9]+]];
      // CHECK-NEXT: nvcuda::wmma::mma_sync([[Y]], [[FA]], [[FB]], [[X]]);
      // CHECK-NEXT: [[ACC]] = [[Y]];
      %acc = scf.for %k = %c0 to %c32 step %c16 iter_args(%x = %init) -> (!gpu.mma_matrix<16x16xf32, "COp">) {
        %fa = gpu.subgroup_mma_load_matrix %s[%row, %k] {leadDimension = 32 : index} : memref<32x32xf16, #gpu.address_space<workgroup>> -> !gpu.mma_matrix<16x16xf16, "AOp">
        %fb = gpu.subgroup_mma_load_matrix %b[%k, %c0] {leadDimension = 16 : index, transpose} : memref<32x16xf16> -> !gpu.mma_matrix<16x16xf16, "BOp">
        %y = gpu.subgroup_mma_compute %fa, %fb, %x : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
        scf.yield %y : !gpu.mma_matrix<16x16xf32, "COp">
      }
      // CHECK: nvcuda::wmma::load_matrix_sync([[BIAS:v[0-9]+]], &arg2[{{.*}}], 16, nvcuda::wmma::mem_row_major);
      // CHECK: for (int [[I:i[0-9]+]] = 0; [[I]] < [[SUM:v[0-9]+]].num_elements; [[I]]++) {
      // CHECK-NEXT: [[SUM]].x[[[I]]] = __fadd_rn([[ACC]].x[[[I]]], [[BIAS]].x[[[I]]]);
      // CHECK: = fmaxf(
      // CHECK: nvcuda::wmma::store_matrix_sync(&arg3[{{.*}}], {{v[0-9]+}}, 16, nvcuda::wmma::mem_row_major);
      %fbias = gpu.subgroup_mma_load_matrix %bias[%row, %c0] {leadDimension = 16 : index} : memref<32x16xf32> -> !gpu.mma_matrix<16x16xf32, "COp">
      %sum = gpu.subgroup_mma_elementwise addf %acc, %fbias : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %mx = gpu.subgroup_mma_elementwise maxf %sum, %init : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      gpu.subgroup_mma_store_matrix %mx, %c[%row, %c0] {leadDimension = 16 : index} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x16xf32>
      // f16 accumulators compute in float and round back; a transposed accumulator load is column-major.
      // CHECK: nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, __half> [[HF:v[0-9]+]];
      // CHECK: nvcuda::wmma::load_matrix_sync([[HA:v[0-9]+]], &arg4[{{.*}}], 16, nvcuda::wmma::mem_col_major);
      // CHECK: = __float2half_rn(__fmul_rn(__half2float([[HF]].x[{{i[0-9]+}}]), __half2float([[HA]].x[{{i[0-9]+}}])));
      // CHECK: nvcuda::wmma::store_matrix_sync(&arg4[{{.*}}], {{v[0-9]+}}, 16, nvcuda::wmma::mem_row_major);
      %hf = gpu.subgroup_mma_constant_matrix %one : !gpu.mma_matrix<16x16xf16, "COp">
      %ha = gpu.subgroup_mma_load_matrix %h[%row, %c0] {leadDimension = 16 : index, transpose} : memref<32x16xf16> -> !gpu.mma_matrix<16x16xf16, "COp">
      %hs = gpu.subgroup_mma_elementwise mulf %hf, %ha : (!gpu.mma_matrix<16x16xf16, "COp">, !gpu.mma_matrix<16x16xf16, "COp">) -> !gpu.mma_matrix<16x16xf16, "COp">
      gpu.subgroup_mma_store_matrix %hs, %h[%row, %c0] {leadDimension = 16 : index} : !gpu.mma_matrix<16x16xf16, "COp">, memref<32x16xf16>
      // A dead load emits nothing.
      // CHECK-NOT: load_matrix_sync
      %dead = gpu.subgroup_mma_load_matrix %a[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf16, "AOp">
      gpu.return
    }
  }
}
