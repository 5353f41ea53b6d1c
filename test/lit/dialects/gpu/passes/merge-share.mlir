// gpu-merge-kernels: phases are separated by grid barriers, so their workgroup attributions share
// storage. Phases with flat f16 buffers (loads and stores only) of 2048, 4096 and 2048 + 2048
// elements, and 16x16 f32 tiles, need one 4096-element buffer, one 2048-element buffer (two
// buffers of one phase never share) and one tile: 13 KiB, not the 22 KiB of the sum.
// RUN: %dlc-opt %s --gpu-merge-kernels | %filecheck %s
// CHECK-LABEL: gpu.func @merged_small
// CHECK-SAME: workgroup(%{{.*}} : memref<4096xf16, #gpu.address_space<workgroup>>, %{{.*}} : memref<16x16xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<2048xf16, #gpu.address_space<workgroup>>)
// CHECK-SAME: kernel
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @small(%a: memref<64xf16>, %o: memref<64xf16>) workgroup(%s: memref<2048xf16, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c100 = arith.constant 100 : index
      %u = arith.addi %t, %c100 : index
      %x = memref.load %a[%t] : memref<64xf16>
      memref.store %x, %s[%u] : memref<2048xf16, #gpu.address_space<workgroup>>
      gpu.barrier
      %y = memref.load %s[%u] : memref<2048xf16, #gpu.address_space<workgroup>>
      %z = arith.addf %x, %y : f16
      memref.store %z, %o[%t] : memref<64xf16>
      gpu.return
    }
    gpu.func @big(%a: memref<64xf16>, %o: memref<64xf32>) workgroup(%s: memref<4096xf16, #gpu.address_space<workgroup>>, %r: memref<16x16xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c16 = arith.constant 16 : index
      %c3000 = arith.constant 3000 : index
      %u = arith.addi %t, %c3000 : index
      %i = arith.divui %t, %c16 : index
      %j = arith.remui %t, %c16 : index
      %x = memref.load %a[%t] : memref<64xf16>
      memref.store %x, %s[%u] : memref<4096xf16, #gpu.address_space<workgroup>>
      %w = arith.extf %x : f16 to f32
      memref.store %w, %r[%i, %j] : memref<16x16xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %y = memref.load %s[%u] : memref<4096xf16, #gpu.address_space<workgroup>>
      %v = memref.load %r[%i, %j] : memref<16x16xf32, #gpu.address_space<workgroup>>
      %e = arith.extf %y : f16 to f32
      %z = arith.addf %e, %v : f32
      memref.store %z, %o[%t] : memref<64xf32>
      gpu.return
    }
    gpu.func @two(%a: memref<64xf16>, %o: memref<64xf32>) workgroup(%s: memref<2048xf16, #gpu.address_space<workgroup>>, %q: memref<2048xf16, #gpu.address_space<workgroup>>, %r: memref<16x16xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c16 = arith.constant 16 : index
      %i = arith.divui %t, %c16 : index
      %j = arith.remui %t, %c16 : index
      %x = memref.load %a[%t] : memref<64xf16>
      memref.store %x, %s[%t] : memref<2048xf16, #gpu.address_space<workgroup>>
      %x2 = arith.mulf %x, %x : f16
      memref.store %x2, %q[%t] : memref<2048xf16, #gpu.address_space<workgroup>>
      %w = arith.extf %x : f16 to f32
      memref.store %w, %r[%i, %j] : memref<16x16xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %y = memref.load %s[%t] : memref<2048xf16, #gpu.address_space<workgroup>>
      %y2 = memref.load %q[%t] : memref<2048xf16, #gpu.address_space<workgroup>>
      %v = memref.load %r[%i, %j] : memref<16x16xf32, #gpu.address_space<workgroup>>
      %y3 = arith.addf %y, %y2 : f16
      %e = arith.extf %y3 : f16 to f32
      %z = arith.addf %e, %v : f32
      memref.store %z, %o[%t] : memref<64xf32>
      gpu.return
    }
  }
  func.func @host(%a: memref<64xf16>, %o1: memref<64xf16>, %o2: memref<64xf32>, %o3: memref<64xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@small blocks in (%c2, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf16>, %o1 : memref<64xf16>)
    gpu.launch_func @kernels::@big blocks in (%c2, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf16>, %o2 : memref<64xf32>)
    gpu.launch_func @kernels::@two blocks in (%c2, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf16>, %o3 : memref<64xf32>)
    return
  }
}
