// dlc-translate on synchronisation: flags between blocks, a grid sync in a cooperative kernel
// (launched after an occupancy check), warp shuffles, subgroup reductions and atomics.
// RUN: %dlc-translate --mlir-to-cuda %s | %filecheck %s

module attributes {gpu.container_module} {
  gpu.module @kernels {
    // CHECK: #include <cooperative_groups.h>
    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(128) produce_consume(float* arg0, int32_t* arg1)
    gpu.func @produce_consume(%data: memref<4x128xf32>, %flags: memref<4xi32>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %one = arith.constant 1 : i32
      %v = arith.constant 2.0 : f32
      // CHECK: arg0[v1 * 128 + v0] = v5;
      memref.store %v, %data[%b, %t] : memref<4x128xf32>
      // CHECK: dlc::flag_signal(&arg1[v1]);
      gpu.flag_signal %flags[%b] : memref<4xi32>
      %is0 = arith.cmpi eq, %b, %c0 : index
      scf.if %is0 {
        // CHECK: dlc::flag_wait(&arg1[v3], v4);
        gpu.flag_wait %flags[%c1], %one : memref<4xi32>
        %x = memref.load %data[%c1, %t] : memref<4x128xf32>
        memref.store %x, %data[%c0, %t] : memref<4x128xf32>
      }
      gpu.return
    }

    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(64) phases(float* arg0)
    gpu.func @phases(%data: memref<256xf32>) kernel attributes {known_block_size = array<i32: 64, 1, 1>} {
      %i = gpu.global_id x
      // CHECK: const int64_t v0 = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
      %x = memref.load %data[%i] : memref<256xf32>
      %y = arith.addf %x, %x : f32
      memref.store %y, %data[%i] : memref<256xf32>
      // CHECK: cooperative_groups::this_grid().sync();
      gpu.grid_sync
      %n = gpu.grid_dim x
      %d = gpu.block_dim x
      %all = arith.muli %n, %d : index
      %c1 = arith.constant 1 : index
      %last = arith.subi %all, %c1 : index
      %j = arith.subi %last, %i : index
      %z = memref.load %data[%j] : memref<256xf32>
      memref.store %z, %data[%i] : memref<256xf32>
      gpu.return
    }

    // CHECK-LABEL: extern "C" __global__ void __launch_bounds__(32) warp(float* arg0, int32_t* arg1, bool* arg2)
    gpu.func @warp(%data: memref<32xf32>, %ints: memref<32xi32>, %ok: memref<32xi1>) kernel {
      %lane = gpu.lane_id
      // CHECK: const int64_t v0 = dlc::lane_id();
      %x = memref.load %data[%lane] : memref<32xf32>
      %off = arith.constant 16 : i32
      %width = arith.constant 32 : i32
      // CHECK: __shfl_xor_sync(0xffffffffu, v1, v2, v3);
      // CHECK: dlc::shuffle_valid_xor(v2, v3);
      %s, %valid = gpu.shuffle xor %x, %off, %width : f32
      memref.store %valid, %ok[%lane] : memref<32xi1>
      // CHECK: __shfl_down_sync(0xffffffffu, v4, v2, v3);
      %d, %dv = gpu.shuffle down %s, %off, %width : f32
      // CHECK: dlc::subgroup_reduce(v6, dlc::op_add());
      %sum = gpu.subgroup_reduce add %d : (f32) -> f32
      // CHECK: dlc::subgroup_reduce(v7, dlc::op_maxnumf(), 8);
      %max = gpu.subgroup_reduce maxnumf %sum cluster(size = 8) : (f32) -> f32
      memref.store %max, %data[%lane] : memref<32xf32>
      %i = memref.load %ints[%lane] : memref<32xi32>
      // CHECK: dlc::subgroup_reduce(v9, dlc::op_minu());
      %m = gpu.subgroup_reduce minui %i : (i32) -> i32
      %c0 = arith.constant 0 : index
      // CHECK: (int32_t)atomicAdd((unsigned int*)&arg1[v11], (unsigned int)v10);
      %old = memref.atomic_rmw addi %m, %ints[%c0] : (i32, memref<32xi32>) -> i32
      // CHECK: atomicAdd(&arg0[v11], v8);
      %oldf = memref.atomic_rmw addf %max, %data[%c0] : (f32, memref<32xf32>) -> f32
      // CHECK: {{^  }}atomicMax((int*)&arg1[v11], (int)v12);
      %mx = memref.atomic_rmw maxs %old, %ints[%c0] : (i32, memref<32xi32>) -> i32
      // CHECK: dlc::atomic_update(&arg0[v11], v8, dlc::op_maximumf());
      %fm = memref.atomic_rmw maximumf %max, %data[%c0] : (f32, memref<32xf32>) -> f32
      // CHECK: dlc::atomic_update(&arg1[v11], v12, dlc::op_mul());
      %mi = memref.atomic_rmw muli %old, %ints[%c0] : (i32, memref<32xi32>) -> i32
      gpu.return
    }
  }

  // CHECK-LABEL: extern "C" void host_main(float* arg0, float* arg1, float* arg2, int32_t* arg3, bool* arg4)
  func.func @main(%data: memref<4x128xf32>, %v: memref<256xf32>, %w: memref<32xf32>, %ints: memref<32xi32>, %ok: memref<32xi1>) {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c32 = arith.constant 32 : index
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    // CHECK: int32_t* buf5 = nullptr;
    // CHECK: dlc::alloc(&buf5, 4);
    %flags = gpu.alloc () : memref<4xi32>
    %zero = arith.constant 0 : i32
    // CHECK: dlc::fill(buf5, 4, v6);
    gpu.memset %flags, %zero : memref<4xi32>, i32
    // CHECK: produce_consume<<<dim3(v1, v0, v0), dim3(v4, v0, v0), 0>>>(arg0, buf5);
    // CHECK-NEXT: DLC_CHECK(cudaGetLastError());
    gpu.launch_func @kernels::@produce_consume blocks in (%c4, %c1, %c1) threads in (%c128, %c1, %c1) args(%data : memref<4x128xf32>, %flags : memref<4xi32>)
    // CHECK: float* a0 = arg1;
    // CHECK-NEXT: void* args[] = {&a0};
    // CHECK-NEXT: dlc::launch_cooperative((const void*)phases, "phases", dim3(v1, v0, v0), dim3(v3, v0, v0), 0, args);
    gpu.launch_func @kernels::@phases blocks in (%c4, %c1, %c1) threads in (%c64, %c1, %c1) args(%v : memref<256xf32>) {cooperative}
    gpu.launch_func @kernels::@warp blocks in (%c1, %c1, %c1) threads in (%c32, %c1, %c1) args(%w : memref<32xf32>, %ints : memref<32xi32>, %ok : memref<32xi1>)
    // CHECK: dlc::release(buf5);
    gpu.dealloc %flags : memref<4xi32>
    return
  }
}
