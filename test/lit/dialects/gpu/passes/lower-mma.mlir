// convert-block-to-gpu on an f16 matmul tiled 32x32 (K = 48): the block stages 16-wide chunks of A
// and B in one flat workgroup buffer, four of the eight warps each accumulate one 16x16 fragment
// with subgroup mma ops between the barriers, then store it to the result.
// RUN: %dlc-opt %s --pass-pipeline='builtin.module(func.func(convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=32,32},block-sync),convert-block-to-gpu)' | %filecheck %s

// CHECK-LABEL: gpu.func @main_te0(%{{.*}}: memref<64x48xf16>, %{{.*}}: memref<48x32xf16>, %{{.*}}: memref<64x32xf16>)
// CHECK-SAME: workgroup(%[[S:.*]] : memref<2048xf16, #gpu.address_space<workgroup>>)
// CHECK: %[[WARP:.*]] = arith.divui %thread_id_x, %c32 : index
// CHECK: %[[INIT:.*]] = gpu.subgroup_mma_constant_matrix %{{.*}} : !gpu.mma_matrix<16x16xf16, "COp">
// CHECK: %[[ACC:.*]] = scf.for %[[K:.*]] = %c0 to %c48 step %c16 iter_args(%[[X:.*]] = %[[INIT]]) -> (!gpu.mma_matrix<16x16xf16, "COp">) {
// A's chunk (32 x 16) at offset 0 of the staging buffer, B's (16 x 32) at 512.
// CHECK: memref.store %{{.*}}, %[[S]][%{{.*}}] : memref<2048xf16, #gpu.address_space<workgroup>>
// CHECK: %[[BQ:.*]] = arith.addi %c512, %{{.*}} : index
// CHECK: memref.store %{{.*}}, %[[S]][%[[BQ]]] : memref<2048xf16, #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: scf.if %{{.*}} -> (!gpu.mma_matrix<16x16xf16, "COp">) {
// CHECK: %[[FA:.*]] = gpu.subgroup_mma_load_matrix %[[S]][%{{.*}}] {leadDimension = 16 : index} : memref<2048xf16, #gpu.address_space<workgroup>> -> !gpu.mma_matrix<16x16xf16, "AOp">
// CHECK: %[[FB:.*]] = gpu.subgroup_mma_load_matrix %[[S]][%{{.*}}] {leadDimension = 32 : index} : memref<2048xf16, #gpu.address_space<workgroup>> -> !gpu.mma_matrix<16x16xf16, "BOp">
// CHECK: %[[Y:.*]] = gpu.subgroup_mma_compute %[[FA]], %[[FB]], %[[X]]
// CHECK: scf.yield %[[Y]]
// CHECK: gpu.barrier
// CHECK: gpu.subgroup_mma_store_matrix %[[ACC]], %{{.*}}[%{{.*}}, %{{.*}}] {leadDimension = 32 : index} : !gpu.mma_matrix<16x16xf16, "COp">, memref<64x32xf16>
func.func @main(%a: tensor<64x48xf16>, %b: tensor<48x32xf16>) -> tensor<64x32xf16> {
  %0 = graph.matmul %a, %b : tensor<64x48xf16>, tensor<48x32xf16>
  return %0 : tensor<64x32xf16>
}
