// gpu-keep-on-chip: a persistent kernel of three phases where block b computes rows 4b..4b+3 of
// h' = W h in each phase: the 4x8 slice of W a block reads is copied into shared memory once,
// before the first phase, and every phase reads the copy. W is read from DRAM once (256 bytes)
// instead of once per phase (768 bytes); the state vectors still go through global memory.
// RUN: %dlc-opt %s --split-input-file --gpu-keep-on-chip=gpu=a100 | %filecheck %s
// RUN: %dlc-opt %s --split-input-file --gpu-keep-on-chip=gpu=a100 --gpu-cost-report=gpu=a100 2>&1 >/dev/null | %filecheck %s --check-prefix=COST
// RUN: %dlc-opt %s --split-input-file --gpu-keep-on-chip=gpu=a100,remarks=true --verify-diagnostics > /dev/null

// CHECK-LABEL: gpu.func @rnn
// CHECK-SAME: workgroup(%[[COPY:.*]] : memref<4x8xf32, #gpu.address_space<workgroup>>, %[[ORIGIN:.*]] : memref<2xindex, #gpu.address_space<workgroup>>)
// CHECK: %[[BID:.*]] = gpu.block_id x
// CHECK: scf.for
// CHECK: %[[V:.*]] = memref.load %arg0[%{{.*}}, %{{.*}}] : memref<8x8xf32>
// CHECK: memref.store %[[V]], %[[COPY]][%{{.*}}, %{{.*}}] : memref<4x8xf32, #gpu.address_space<workgroup>>
// CHECK: memref.store %{{.*}}, %[[ORIGIN]][%{{.*}}] : memref<2xindex, #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: %[[O0:.*]] = memref.load %[[ORIGIN]][%{{.*}}] : memref<2xindex, #gpu.address_space<workgroup>>
// CHECK-NOT: memref.load %arg0
// CHECK: %[[ROW:.*]] = arith.subi %{{.*}}, %[[O0]] : index
// CHECK: memref.load %[[COPY]][%[[ROW]], %{{.*}}]
// CHECK: gpu.grid_sync
// CHECK-NOT: memref.load %arg0
// CHECK: gpu.return

// COST: @host: 1 launches of 1 kernels, 2 grid barriers
// COST: @kernels::@rnn 2 x 4

module attributes {gpu.container_module} {
  gpu.module @kernels {
    // expected-remark @+1 {{gpu-keep-on-chip: 3 loads of 1 buffers read 1 shared-memory copies (144 bytes per block) loaded before the first phase}}
    gpu.func @rnn(%w: memref<8x8xf32>, %h0: memref<8xf32>, %h1: memref<8xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c8 = arith.constant 8 : index
      %zero = arith.constant 0.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %base = arith.muli %bid, %c4 : index
      %r = arith.addi %base, %t : index
      %s0 = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x8xf32>
        %x = memref.load %h0[%k] : memref<8xf32>
        %m = arith.mulf %a, %x : f32
        %n = arith.addf %acc, %m : f32
        scf.yield %n : f32
      }
      memref.store %s0, %h1[%r] : memref<8xf32>
      gpu.grid_sync
      %s1 = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x8xf32>
        %x = memref.load %h1[%k] : memref<8xf32>
        %m = arith.mulf %a, %x : f32
        %n = arith.addf %acc, %m : f32
        scf.yield %n : f32
      }
      memref.store %s1, %h0[%r] : memref<8xf32>
      gpu.grid_sync
      %s2 = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x8xf32>
        %x = memref.load %h0[%k] : memref<8xf32>
        %m = arith.mulf %a, %x : f32
        %n = arith.addf %acc, %m : f32
        scf.yield %n : f32
      }
      memref.store %s2, %h1[%r] : memref<8xf32>
      gpu.return
    }
  }
  func.func @host(%w: memref<8x8xf32>, %h0: memref<8xf32>, %h1: memref<8xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    gpu.launch_func @kernels::@rnn blocks in (%c2, %c1, %c1) threads in (%c4, %c1, %c1) args(%w : memref<8x8xf32>, %h0 : memref<8xf32>, %h1 : memref<8xf32>) {cooperative}
    return
  }
}

// -----

// Does not fit: each block would keep a 4x16384 slice (262144 bytes), more than an A100 block's
// shared memory; the kernel is left as it is.
// CHECK-LABEL: gpu.func @wide
// CHECK-NOT: workgroup
// CHECK: memref.load %arg0
module attributes {gpu.container_module} {
  gpu.module @kernels {
    // expected-remark @+1 {{gpu-keep-on-chip: %arg0 (memref<8x16384xf32>) stays in global memory: block 0 reads a 4x16384 slice of it (262144 bytes) in 2 phases, but a block may have at most 166912 bytes of shared memory on a100 and would need 262160}}
    gpu.func @wide(%w: memref<8x16384xf32>, %out: memref<8xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c16384 = arith.constant 16384 : index
      %zero = arith.constant 0.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %base = arith.muli %bid, %c4 : index
      %r = arith.addi %base, %t : index
      %s0 = scf.for %k = %c0 to %c16384 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x16384xf32>
        %n = arith.addf %acc, %a : f32
        scf.yield %n : f32
      }
      memref.store %s0, %out[%r] : memref<8xf32>
      gpu.grid_sync
      %s1 = scf.for %k = %c0 to %c16384 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x16384xf32>
        %n = arith.maximumf %acc, %a : f32
        scf.yield %n : f32
      }
      memref.store %s1, %out[%r] : memref<8xf32>
      gpu.return
    }
  }
  func.func @host(%w: memref<8x16384xf32>, %out: memref<8xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    gpu.launch_func @kernels::@wide blocks in (%c2, %c1, %c1) threads in (%c4, %c1, %c1) args(%w : memref<8x16384xf32>, %out : memref<8xf32>) {cooperative}
    return
  }
}

// -----

// Does not fit for co-residency: 256 blocks of 32 KiB slices fit one by one, but with 32784 bytes
// of shared memory only 4 blocks fit on each of an A100's 108 SMs (with the 1 KiB reserve), 432 in all, so a cooperative
// grid of 1024 would not be resident. One block per SM (108) does not help either: each block would
// loop over rows b, b + 108, ..., whose hull (rows b to 1023) is far too large; the grid stays.
// CHECK-LABEL: gpu.func @many
// CHECK-NOT: workgroup
module attributes {gpu.container_module} {
  gpu.module @kernels {
    // expected-remark @+2 {{gpu-keep-on-chip: the grid stays at 1024 blocks: with 108 blocks the kept slices would save 0 bytes of reads, not more than 0}}
    // expected-remark @+1 {{gpu-keep-on-chip: %arg0 (memref<1024x8192xf32>) stays in global memory: block 0 reads a 1x8192 slice of it (32768 bytes) in 2 phases, but with 32784 bytes of shared memory per block only 432 blocks are resident on a100}}
    gpu.func @many(%w: memref<1024x8192xf32>, %out: memref<1024xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c8192 = arith.constant 8192 : index
      %zero = arith.constant 0.0 : f32
      %bid = gpu.block_id x
      %s0 = scf.for %k = %c0 to %c8192 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%bid, %k] : memref<1024x8192xf32>
        %n = arith.addf %acc, %a : f32
        scf.yield %n : f32
      }
      memref.store %s0, %out[%bid] : memref<1024xf32>
      gpu.grid_sync
      %s1 = scf.for %k = %c0 to %c8192 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%bid, %k] : memref<1024x8192xf32>
        %n = arith.maximumf %acc, %a : f32
        scf.yield %n : f32
      }
      memref.store %s1, %out[%bid] : memref<1024xf32>
      gpu.return
    }
  }
  func.func @host(%w: memref<1024x8192xf32>, %out: memref<1024xf32>) {
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %c1024 = arith.constant 1024 : index
    gpu.launch_func @kernels::@many blocks in (%c1024, %c1, %c1) threads in (%c32, %c1, %c1) args(%w : memref<1024x8192xf32>, %out : memref<1024xf32>) {cooperative}
    return
  }
}

// -----

// One block per SM: a first phase of 216 tasks sets the grid, the next two read row b of W (96 KiB)
// on blocks b < 100. Two blocks of 96 KiB do not fit on an A100 SM, so with 216 blocks W stays in
// global memory; with 108 (the first phase looping over its tasks) every block keeps its row.
// CHECK-LABEL: gpu.func @merged_regrid
// CHECK-SAME: workgroup(%[[ROW:.*]] : memref<1x24576xf32, #gpu.address_space<workgroup>>
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: gpu.grid_sync
// CHECK: memref.load %[[ROW]]
// CHECK: gpu.grid_sync
// CHECK: memref.load %[[ROW]]
// CHECK-NOT: gpu.func @regrid
// CHECK: %[[G:.*]] = arith.constant 108 : index
// CHECK: gpu.launch_func @kernels::@merged_regrid blocks in (%[[G]], %{{.*}}, %{{.*}})
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @regrid(%w: memref<100x24576xf32>, %out: memref<216xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c100 = arith.constant 100 : index
      %c24576 = arith.constant 24576 : index
      %zero = arith.constant 0.0 : f32
      %one = arith.constant 1.0 : f32
      %bid = gpu.block_id x
      memref.store %one, %out[%bid] : memref<216xf32>
      gpu.grid_sync
      %in = arith.cmpi ult, %bid, %c100 : index
      scf.if %in {
        %s = scf.for %k = %c0 to %c24576 step %c1 iter_args(%acc = %zero) -> (f32) {
          %a = memref.load %w[%bid, %k] : memref<100x24576xf32>
          %n = arith.addf %acc, %a : f32
          scf.yield %n : f32
        }
        memref.store %s, %out[%bid] : memref<216xf32>
      }
      gpu.grid_sync
      scf.if %in {
        %m = scf.for %k = %c0 to %c24576 step %c1 iter_args(%acc = %zero) -> (f32) {
          %a = memref.load %w[%bid, %k] : memref<100x24576xf32>
          %n = arith.maximumf %acc, %a : f32
          scf.yield %n : f32
        }
        memref.store %m, %out[%bid] : memref<216xf32>
      }
      gpu.return
    }
  }
  func.func @host(%w: memref<100x24576xf32>, %out: memref<216xf32>) {
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %c216 = arith.constant 216 : index
    // expected-remark @+2 {{gpu-keep-on-chip: the grid of 216 blocks becomes 108, one per SM, so that more stays on chip (9830400 bytes of reads saved instead of 0)}}
    // expected-remark @+1 {{gpu-keep-on-chip: 2 loads of 1 buffers read 1 shared-memory copies (98320 bytes per block) loaded before the first phase}}
    gpu.launch_func @kernels::@regrid blocks in (%c216, %c1, %c1) threads in (%c32, %c1, %c1) args(%w : memref<100x24576xf32>, %out : memref<216xf32>) {cooperative}
    return
  }
}
