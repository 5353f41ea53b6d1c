// convert-block-to-gpu: host code (memref arguments and results, allocs, a tensor constant as a
// memref.global, flags zeroed by gpu.memset, one gpu.launch_func per launch) and kernels in
// gpu.module @kernels: a block per tile (block id -> tile origin), threads over the tile's
// points with partial edge tiles guarded, reduction loops, a contraction staged in workgroup
// memory (cooperative loads between barriers, private accumulators); a scheduled launch with
// a co-scheduled phase (dispatch on the block id), per-tile flags inside the phase and a grid
// barrier between phases; a slab edge (a matmul reading whole row bands of producer tiles)
// synchronised by one counter per row band, waited for once with the count of its producer
// tiles. The output is also valid MLIR (mlir-opt parses it).
// RUN: %dlc-opt %s --convert-block-to-gpu | %filecheck %s
// RUN: %dlc-opt %s --convert-block-to-gpu=stage=false | %filecheck %s --check-prefix=NOSTAGE

// CHECK: module attributes {gpu.container_module} {
// CHECK: memref.global "private" constant @__constant_0 : memref<4xf32> = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]>
// CHECK-LABEL: func.func @matmul(%arg0: memref<6x8xf32>, %arg1: memref<8x4xf32>) -> memref<6x4xf32> {
// CHECK: %[[BIAS:.*]] = memref.get_global @__constant_0 : memref<4xf32>
// CHECK: %[[MM:.*]] = memref.alloc() : memref<6x4xf32>
// CHECK: %[[ADD:.*]] = memref.alloc() : memref<6x4xf32>
// CHECK: gpu.launch_func  @kernels::@matmul_mm blocks in (%c2, %c1, %c1) threads in (%c16, %c1, %c1)  args(%arg0 : memref<6x8xf32>, %arg1 : memref<8x4xf32>, %[[MM]] : memref<6x4xf32>)
// CHECK: gpu.launch_func  @kernels::@matmul_add blocks in (%c2, %c1, %c1) threads in (%c16, %c1, %c1)  args(%[[MM]] : memref<6x4xf32>, %[[BIAS]] : memref<4xf32>, %[[ADD]] : memref<6x4xf32>)
// CHECK: memref.dealloc %[[MM]] : memref<6x4xf32>
// CHECK: return %[[ADD]] : memref<6x4xf32>

// CHECK-LABEL: func.func @scheduled(%arg0: memref<8xf32>) -> (memref<8xf32>, memref<6xf32>, memref<f32>) {
// CHECK: %[[FLAGS:.*]] = memref.alloc() : memref<2xi32>
// CHECK: gpu.memset  %[[FLAGS]], %c0_i32 : memref<2xi32>, i32
// CHECK: gpu.launch_func  @kernels::@scheduled_p_e_w blocks in (%c6, %c1, %c1) threads in (%c4, %c1, %c1)  args({{.*}}, %[[FLAGS]] : memref<2xi32>) {cooperative}
// CHECK-NOT: gpu.launch_func
// CHECK: return

// CHECK: gpu.module @kernels {
// CHECK: gpu.func @matmul_mm(%arg0: memref<6x8xf32>, %arg1: memref<8x4xf32>, %arg2: memref<6x4xf32>) workgroup(%arg3 : memref<4x8xf32, #gpu.address_space<workgroup>>, %arg4 : memref<8x4xf32, #gpu.address_space<workgroup>>) private(%arg5 : memref<1xf32, #gpu.address_space<private>>) kernel attributes {known_block_size = array<i32: 16, 1, 1>, known_grid_size = array<i32: 2, 1, 1>} {
// CHECK: %thread_id_x = gpu.thread_id  x
// CHECK: %block_id_x = gpu.block_id  x
// CHECK: %[[ORIGIN:.*]] = arith.muli %block_id_x, %c4 : index
// CHECK: memref.store %cst, %arg5[%c0] : memref<1xf32, #gpu.address_space<private>>
// CHECK: scf.for %[[K0:.*]] = %c0 to %c8 step %c8 {
// CHECK: scf.for %{{.*}} = %thread_id_x to %c32 step %c16 {
// CHECK: scf.if
// CHECK: memref.load %arg0
// CHECK: memref.store {{.*}}, %arg3
// CHECK: scf.for %{{.*}} = %thread_id_x to %c32 step %c16 {
// CHECK: memref.load %arg1
// CHECK: memref.store {{.*}}, %arg4
// CHECK: gpu.barrier
// CHECK: %[[ROW:.*]] = arith.addi %[[ORIGIN]], %{{.*}} : index
// CHECK: %[[IN:.*]] = arith.cmpi slt, %[[ROW]], %c6 : index
// CHECK: scf.if %[[IN]] {
// CHECK: scf.for {{.*}} = %[[K0]] to {{.*}} step %c1 iter_args({{.*}}) -> (f32) {
// CHECK: memref.load %arg3
// CHECK: memref.load %arg4
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: gpu.barrier
// CHECK: memref.store {{.*}}, %arg2[{{.*}}] : memref<6x4xf32>
// CHECK: gpu.return

// CHECK: gpu.func @matmul_add(
// CHECK-NOT: workgroup
// CHECK: arith.cmpi slt
// CHECK: scf.if
// CHECK: memref.load %arg0
// CHECK: memref.load %arg1
// CHECK: arith.addf
// CHECK: memref.store

// CHECK: gpu.func @scheduled_p_e_w({{.*}}, %arg5: memref<2xi32>) kernel attributes {known_block_size = array<i32: 4, 1, 1>, known_grid_size = array<i32: 6, 1, 1>} {
// CHECK: %[[P:.*]] = arith.cmpi slt, %block_id_x, %c2 : index
// CHECK: scf.if %[[P]] {
// CHECK: math.exp
// CHECK: gpu.flag_signal %arg5[%block_id_x] : memref<2xi32>
// CHECK: } else {
// CHECK: scf.if
// CHECK-NEXT: %[[E:.*]] = arith.subi %block_id_x, %c2 : index
// CHECK-NEXT: gpu.flag_wait %arg5[%[[E]]], %c1_i32 : memref<2xi32>
// CHECK: } else {
// CHECK: arith.subi %block_id_x, %c4 : index
// CHECK: scf.for %[[W:.*]] = %{{.*}} to %{{.*}} step %c1 {
// CHECK-NEXT: gpu.flag_wait %arg5[%[[W]]], %c1_i32 : memref<2xi32>
// CHECK: gpu.grid_sync
// CHECK: arith.cmpi slt, %block_id_x, %c1 : index
// CHECK: gpu.return

// Producer tile t of the 2x2 grid counts into flag t / 2 (its row band); a matmul tile waits for 2.
// CHECK: gpu.func @slab_p_mm({{.*}}, %arg4: memref<2xi32>)
// CHECK: math.exp
// CHECK-NEXT: memref.store
// CHECK-NEXT: %[[BAND:.*]] = arith.divui %block_id_x, %c2 : index
// CHECK-NEXT: gpu.flag_signal %arg4[%[[BAND]]] : memref<2xi32>
// CHECK: } else {
// CHECK: scf.for %[[R:.*]] = %{{.*}} to %{{.*}} step %c1 {
// CHECK-NEXT: gpu.flag_wait %arg4[%[[R]]], %c2_i32 : memref<2xi32>
// CHECK-NEXT: }
// CHECK-NOT: gpu.flag_wait
// CHECK: gpu.return

// NOSTAGE: gpu.func @matmul_mm(%arg0: memref<6x8xf32>, %arg1: memref<8x4xf32>, %arg2: memref<6x4xf32>) kernel
// NOSTAGE-NOT: gpu.barrier
// NOSTAGE: gpu.func @matmul_add(
func.func @matmul(%a: tensor<6x8xf32>, %b: tensor<8x4xf32>) -> tensor<6x4xf32> {
  %bias = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %r = block.program deps [@mm -> @add flags] -> tensor<6x4xf32> {
    %mm = block.tile @mm tile [4, 4, 8] grid [2, 1, 1] reads [[4, 8], [8, 4]] smem 256 regs 512 -> tensor<6x4xf32> {
      %c = tensor.compute [i: 6, j: 4, k: 8 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<6x8xf32>, tensor<8x4xf32>) -> tensor<6x4xf32> {
      ^bb0(%x: f32, %y: f32):
        %m = arith.mulf %x, %y : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<6x4xf32>
    }
    %add = block.tile @add tile [4, 4] grid [2, 1] reads [[4, 4], [4]] smem 80 regs 512 -> tensor<6x4xf32> {
      %c = tensor.compute [i: 6, j: 4] (%mm[i, j], %bias[j]) -> [i, j] : (tensor<6x4xf32>, tensor<4xf32>) -> tensor<6x4xf32> {
      ^bb0(%x: f32, %y: f32):
        %s = arith.addf %x, %y : f32
        tensor.yield %s : f32
      }
      block.yield %c : tensor<6x4xf32>
    }
    block.yield %add : tensor<6x4xf32>
  }
  return %r : tensor<6x4xf32>
}

func.func @scheduled(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<6xf32>, tensor<f32>) {
  %r:3 = block.program deps [@p -> @e flags, @p -> @w flags, @p -> @all barrier] launches [[[@p, @e, @w], [@all]]] -> (tensor<8xf32>, tensor<6xf32>, tensor<f32>) {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %e = block.tile @e tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%p[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %w = block.tile @w tile [4, 3] grid [2, 1] reads [[6]] smem 24 regs 128 -> tensor<6xf32> {
      %c = tensor.compute [i: 6, r: 3 reduce] (%p[i + r]) -> [i] add : (tensor<8xf32>) -> tensor<6xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<6xf32>
    }
    %all = block.tile @all tile [8] grid [1] reads [[8]] smem 32 regs 0 -> tensor<f32> {
      %c = tensor.compute [i: 8 reduce] (%p[i]) -> [] add : (tensor<8xf32>) -> tensor<f32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<f32>
    }
    block.yield %e, %w, %all : tensor<8xf32>, tensor<6xf32>, tensor<f32>
  }
  return %r#0, %r#1, %r#2 : tensor<8xf32>, tensor<6xf32>, tensor<f32>
}

func.func @slab(%a: tensor<8x8xf32>, %b: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %r = block.program deps [@p -> @mm flags] launches [[[@p, @mm]]] -> tensor<8x4xf32> {
    %p = block.tile @p tile [4, 4] grid [2, 2] reads [[4, 4]] smem 64 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    %mm = block.tile @mm tile [4, 4, 8] grid [2, 1, 1] reads [[4, 8], [8, 4]] smem 256 regs 512 -> tensor<8x4xf32> {
      %c = tensor.compute [i: 8, j: 4, k: 8 reduce] (%p[i, k], %b[k, j]) -> [i, j] add : (tensor<8x8xf32>, tensor<8x4xf32>) -> tensor<8x4xf32> {
      ^bb0(%x: f32, %y: f32):
        %m = arith.mulf %x, %y : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<8x4xf32>
    }
    block.yield %mm : tensor<8x4xf32>
  }
  return %r : tensor<8x4xf32>
}
