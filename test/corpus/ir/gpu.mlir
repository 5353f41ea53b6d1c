// The gpu dialect as MLIR 22 writes it: modules, kernels with attributions, ids, barriers,
// shuffles, subgroup reductions, atomics, host memory ops and launches (the dlc-only ops are not here:
// mlir-opt does not know them).
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @k(%a: memref<256xf32>, %f: memref<4xi32>) workgroup(%s: memref<256xf32, #gpu.address_space<workgroup>>) private(%p: memref<4xf32, #gpu.address_space<private>>) kernel attributes {known_block_size = array<i32: 256, 1, 1>} {
      %t = gpu.thread_id x
      %b = gpu.block_id y
      %bd = gpu.block_dim z
      %gd = gpu.grid_dim x
      %l = gpu.lane_id
      %l2 = gpu.lane_id upper_bound 32
      %t2 = gpu.thread_id x upper_bound 256
      %gi = gpu.global_id x
      gpu.barrier
      %v = memref.load %a[%t] : memref<256xf32>
      memref.store %v, %s[%t] : memref<256xf32, #gpu.address_space<workgroup>>
      %c1 = arith.constant 1 : i32
      %c32 = arith.constant 32 : i32
      %r, %ok = gpu.shuffle xor %v, %c1, %c32 : f32
      %r2, %ok2 = gpu.shuffle down %v, %c1, %c32 : f32
      %r3, %ok3 = gpu.shuffle idx %c1, %c1, %c32 : i32
      %s1 = gpu.subgroup_reduce add %v : (f32) -> f32
      %s2 = gpu.subgroup_reduce maximumf %v uniform : (f32) -> f32
      %s3 = gpu.subgroup_reduce add %v cluster(size = 4) : (f32) -> f32
      %s4 = gpu.subgroup_reduce maxsi %c1 uniform cluster(size = 4, stride = 2) : (i32) -> i32
      %old = memref.atomic_rmw addf %v, %a[%t] : (f32, memref<256xf32>) -> f32
      %oldi = memref.atomic_rmw maxs %c1, %f[%t] : (i32, memref<4xi32>) -> i32
      gpu.return
    }
    gpu.func @d(%x: f32) -> f32 attributes {foo = 1} {
      gpu.return %x : f32
    }
  }
  gpu.module @empty attributes {bar} {
  }
  func.func @host(%a: memref<256xf32>, %f: memref<4xi32>, %x: i32, %y: index) {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %c0i = arith.constant 0 : i32
    %sm = arith.constant 0 : i32
    gpu.memset %f, %c0i : memref<4xi32>, i32
    %m = gpu.alloc (%c256) : memref<?xf32>
    %m2 = gpu.alloc host_shared () : memref<4xf32>
    gpu.memcpy %a, %a : memref<256xf32>, memref<256xf32>
    gpu.dealloc %m : memref<?xf32>
    gpu.launch_func @kernels::@k blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) args(%a : memref<256xf32>, %f : memref<4xi32>) {cooperative}
    gpu.launch_func @kernels::@k blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1) dynamic_shared_memory_size %sm args(%a : memref<256xf32>, %f : memref<4xi32>)
    gpu.launch_func @kernels::@k blocks in (%x, %x, %x) threads in (%x, %x, %x) : i32 args(%a : memref<256xf32>, %f : memref<4xi32>) {foo}
    return
  }
}
