// gpu ops (MLIR's and dlc's block-collective ones) print back in their custom form, and the
// generic form reads back to the same IR.
// RUN: %dlc-opt %s | %dlc-opt | %filecheck %s
// RUN: %dlc-opt %s --mlir-print-op-generic | %dlc-opt | %filecheck %s

// CHECK: module attributes {gpu.container_module} {
// CHECK-NEXT: gpu.module @kernels {
// CHECK-NEXT: gpu.func @k(%[[F:.*]]: memref<4xi32>, %[[A:.*]]: memref<64xf32>) workgroup(%[[S:.*]] : memref<64xf32, #gpu.address_space<workgroup>>) kernel {
// CHECK: %[[T:.*]] = gpu.thread_id  x
// CHECK: gpu.flag_wait %[[F]][%{{.*}}], %{{.*}} : memref<4xi32>
// CHECK-NEXT: gpu.grid_sync
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: %{{.*}} = memref.load %[[S]][%[[T]]] : memref<64xf32, #gpu.address_space<workgroup>>
// CHECK: gpu.flag_signal %[[F]][%{{.*}}] : memref<4xi32>
// CHECK-NEXT: gpu.return
// CHECK: func.func @host
// CHECK: gpu.memset  %{{.*}}, %{{.*}} : memref<4xi32>, i32
// CHECK: gpu.launch_func  @kernels::@k blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in (%{{.*}}, %{{.*}}, %{{.*}})  args(%{{.*}} : memref<4xi32>, %{{.*}} : memref<64xf32>) {cooperative}
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%flags: memref<4xi32>, %a: memref<64xf32>) workgroup(%s: memref<64xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c0 = arith.constant 0 : index
      %one = arith.constant 1 : i32
      gpu.flag_wait %flags[%c0], %one : memref<4xi32>
      gpu.grid_sync
      gpu.barrier
      %v = memref.load %s[%t] : memref<64xf32, #gpu.address_space<workgroup>>
      memref.store %v, %a[%t] : memref<64xf32>
      gpu.flag_signal %flags[%c0] : memref<4xi32>
      gpu.return
    }
  }
  func.func @host(%flags: memref<4xi32>, %a: memref<64xf32>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %z = arith.constant 0 : i32
    gpu.memset %flags, %z : memref<4xi32>, i32
    gpu.launch_func @kernels::@k blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%flags : memref<4xi32>, %a : memref<64xf32>) {cooperative}
    return
  }
}
