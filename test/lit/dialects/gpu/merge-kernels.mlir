// gpu-merge-kernels: three launches (an elementwise kernel of 4 blocks, a cooperative two-phase
// kernel of 2 blocks, the first kernel again on other buffers) become one cooperative kernel of
// 4 phases separated by grid barriers; with max-blocks=3 the 4-block phases loop over their
// blocks, the 2-block phases run under `block_id < 2`. The cost report counts the same FLOPs.
// RUN: %dlc-opt %s --split-input-file --gpu-merge-kernels=max-blocks=3 | %filecheck %s
// RUN: %dlc-opt %s --split-input-file --gpu-merge-kernels --gpu-cost-report 2>&1 >/dev/null | %filecheck %s --check-prefix=COST
// RUN: %dlc-opt %s --gpu-merge-kernels=remarks=true,max-blocks=3 --verify-diagnostics --split-input-file > /dev/null

// CHECK: gpu.func @merged_add(%[[A:.*]]: memref<1000xf32>, %[[B:.*]]: memref<1000xf32>, %[[C:.*]]: memref<1000xf32>, %[[P:.*]]: memref<256xf32>, %[[T:.*]]: memref<256xf32>, %[[O:.*]]: memref<256xf32>) workgroup(%[[S:.*]] : memref<128xf32, #gpu.address_space<workgroup>>) kernel
// CHECK: %[[BID:.*]] = gpu.block_id x
// CHECK: scf.for %[[V:.*]] = %[[BID]] to %{{.*}} step %{{.*}} {
// CHECK: arith.muli %[[V]], %{{.*}} : index
// CHECK: memref.store %{{.*}}, %[[C]][%{{.*}}] : memref<1000xf32>
// CHECK: gpu.grid_sync
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[BID]], %{{.*}} : index
// CHECK-NEXT: scf.if %[[IN]] {
// CHECK: memref.store %{{.*}}, %[[S]][%{{.*}}] : memref<128xf32, #gpu.address_space<workgroup>>
// CHECK: memref.store %{{.*}}, %[[T]][%{{.*}}] : memref<256xf32>
// CHECK: gpu.grid_sync
// CHECK: scf.if
// CHECK: memref.store %{{.*}}, %[[O]][%{{.*}}] : memref<256xf32>
// CHECK: gpu.grid_sync
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %[[A]][%{{.*}}] : memref<1000xf32>
// CHECK: gpu.return
// CHECK-NOT: gpu.func @add
// CHECK-LABEL: func.func @host
// CHECK: gpu.launch_func @kernels::@merged_add blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in (%{{.*}}, %{{.*}}, %{{.*}}) args(%{{.*}} : memref<1000xf32>, %{{.*}} : memref<1000xf32>, %{{.*}} : memref<1000xf32>, %{{.*}} : memref<256xf32>, %{{.*}} : memref<256xf32>, %{{.*}} : memref<256xf32>) {cooperative}
// CHECK-NOT: gpu.launch_func
// CHECK: return

// 1000 + 2 * 256 + 1000 FLOPs, one launch, three grid barriers; read 8000 + 1024 + 1024 + 8000 bytes, written 4000 + 1024 + 1024 + 4000;
// after L2 (the phases re-read what earlier ones touched) 0.009 MB read; between L2 and the SMs every read and write, 0.029 MB
// (a little more than 0.018 + 0.010: bytes two blocks read count for each).
// COST: @host: 1 launches of 1 kernels, 3 grid barriers, 0 flag waits; DRAM 0.009 MB read (0.018 without L2), 0.010 MB written; L2 0.029 MB; 0.003 MFLOP
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @add(%a: memref<1000xf32>, %b: memref<1000xf32>, %c: memref<1000xf32>) kernel {
      %c128 = arith.constant 128 : index
      %c256 = arith.constant 256 : index
      %c1000 = arith.constant 1000 : index
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %base = arith.muli %bid, %c256 : index
      scf.for %p = %t to %c256 step %c128 {
        %i = arith.addi %base, %p : index
        %in = arith.cmpi ult, %i, %c1000 : index
        scf.if %in {
          %x = memref.load %a[%i] : memref<1000xf32>
          %y = memref.load %b[%i] : memref<1000xf32>
          %s = arith.addf %x, %y : f32
          memref.store %s, %c[%i] : memref<1000xf32>
        }
      }
      gpu.return
    }
    gpu.func @k(%a: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) workgroup(%s: memref<128xf32, #gpu.address_space<workgroup>>) kernel {
      %c1 = arith.constant 1 : index
      %c128 = arith.constant 128 : index
      %c256 = arith.constant 256 : index
      %two = arith.constant 2.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %o = arith.muli %bid, %c128 : index
      %g = arith.addi %o, %t : index
      %x = memref.load %a[%g] : memref<256xf32>
      %d = arith.mulf %x, %two : f32
      memref.store %d, %s[%t] : memref<128xf32, #gpu.address_space<workgroup>>
      memref.store %d, %tmp[%g] : memref<256xf32>
      gpu.grid_sync
      %g1 = arith.addi %g, %c1 : index
      %n = arith.remui %g1, %c256 : index
      %u = memref.load %tmp[%g] : memref<256xf32>
      %v = memref.load %tmp[%n] : memref<256xf32>
      %w = arith.addf %u, %v : f32
      memref.store %w, %out[%g] : memref<256xf32>
      gpu.return
    }
  }
  func.func @host(%a: memref<1000xf32>, %b: memref<1000xf32>, %c: memref<1000xf32>, %p: memref<256xf32>, %tmp: memref<256xf32>, %out: memref<256xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c128 = arith.constant 128 : index
    gpu.launch_func @kernels::@add blocks in (%c4, %c1, %c1) threads in (%c128, %c1, %c1) args(%a : memref<1000xf32>, %b : memref<1000xf32>, %c : memref<1000xf32>)
    %z = arith.constant 0.0 : f32
    gpu.launch_func @kernels::@k blocks in (%c2, %c1, %c1) threads in (%c128, %c1, %c1) args(%p : memref<256xf32>, %tmp : memref<256xf32>, %out : memref<256xf32>) {cooperative}
    gpu.launch_func @kernels::@add blocks in (%c4, %c1, %c1) threads in (%c128, %c1, %c1) args(%c : memref<1000xf32>, %b : memref<1000xf32>, %a : memref<1000xf32>)
    return
  }
}

// -----

// Launches whose merged shared memory would pass the block limit stay apart: phases share
// workgroup storage only between buffers of one element type, so an f32 and an i32 buffer add up.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @stage(%a: memref<64xf32>) workgroup(%s: memref<38912xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %x = memref.load %a[%t] : memref<64xf32>
      memref.store %x, %s[%t] : memref<38912xf32, #gpu.address_space<workgroup>>
      gpu.return
    }
    gpu.func @stage_i(%a: memref<64xi32>) workgroup(%s: memref<38912xi32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %x = memref.load %a[%t] : memref<64xi32>
      memref.store %x, %s[%t] : memref<38912xi32, #gpu.address_space<workgroup>>
      gpu.return
    }
  }
  func.func @host(%a: memref<64xf32>, %b: memref<64xi32>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@stage blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf32>)
    // expected-remark @+1 {{gpu-merge-kernels: not merged with the launch before: the merged kernel would need 311296 bytes of shared memory per block, more than h100's 232448}}
    gpu.launch_func @kernels::@stage_i blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%b : memref<64xi32>)
    return
  }
}

// -----

// A phase written for fewer threads runs its work under `thread_id < 32`; every thread meets
// its barrier.
// CHECK-LABEL: gpu.func @merged_wide
// CHECK: gpu.grid_sync
// CHECK: %[[T:.*]] = gpu.thread_id x
// CHECK: %[[ACTIVE:.*]] = arith.cmpi ult, %[[T]], %{{.*}} : index
// CHECK: scf.if %[[ACTIVE]] {
// CHECK: memref.store
// CHECK: }
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: arith.subi
// CHECK-NEXT: scf.if %[[ACTIVE]] {
// CHECK: memref.load
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @wide(%a: memref<64xf32>, %b: memref<64xf32>) kernel {
      %t = gpu.thread_id x
      %x = memref.load %a[%t] : memref<64xf32>
      memref.store %x, %b[%t] : memref<64xf32>
      gpu.return
    }
    gpu.func @narrow(%a: memref<64xf32>, %b: memref<64xf32>) workgroup(%s: memref<32xf32, #gpu.address_space<workgroup>>) kernel {
      %c31 = arith.constant 31 : index
      %t = gpu.thread_id x
      %x = memref.load %b[%t] : memref<64xf32>
      memref.store %x, %s[%t] : memref<32xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %r = arith.subi %c31, %t : index
      %y = memref.load %s[%r] : memref<32xf32, #gpu.address_space<workgroup>>
      memref.store %y, %a[%t] : memref<64xf32>
      gpu.return
    }
  }
  func.func @host(%a: memref<64xf32>, %b: memref<64xf32>) {
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@wide blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf32>, %b : memref<64xf32>)
    gpu.launch_func @kernels::@narrow blocks in (%c1, %c1, %c1) threads in (%c32, %c1, %c1) args(%a : memref<64xf32>, %b : memref<64xf32>)
    return
  }
}
