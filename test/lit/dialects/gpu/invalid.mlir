// dlc's own gpu verifier rules (MLIR's messages are checked against mlir-opt in
// test/corpus/invalid/gpu-errors.mlir): placement, launch dims, shared memory, divergent barriers.
// RUN: %dlc-opt %s --split-input-file --verify-diagnostics

func.func @id_on_host() -> index {
  // expected-error @+1 {{'gpu.thread_id' op must be inside a gpu.func (a kernel or a device function)}}
  %t = gpu.thread_id x
  return %t : index
}

// -----

func.func @barrier_on_host() {
  // expected-error @+1 {{'gpu.barrier' op must be inside a gpu.func (a kernel or a device function)}}
  gpu.barrier
  return
}

// -----

func.func @grid_sync_on_host() {
  // expected-error @+1 {{'gpu.grid_sync' op must be inside a gpu.func (a kernel or a device function)}}
  gpu.grid_sync
  return
}

// -----

gpu.module @m {
  gpu.func @k(%f: memref<2x2xi32>) kernel {
    %c0 = arith.constant 0 : index
    // expected-error @+1 {{'gpu.flag_signal' op expects a rank-1 flag memref}}
    gpu.flag_signal %f[%c0] : memref<2x2xi32>
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%f: memref<2xf32>) kernel {
    %c0 = arith.constant 0 : index
    %one = arith.constant 1 : i32
    // expected-error @+1 {{'gpu.flag_wait' op operand #0 must be memref of 32-bit signless integer values, but got 'memref<2xf32>'}}
    gpu.flag_wait %f[%c0], %one : memref<2xf32>
    gpu.return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { gpu.func @k() kernel { gpu.return } }
  func.func @h() {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    // expected-error @+1 {{'gpu.launch_func' op grid size x must be positive, but is 0}}
    gpu.launch_func @m::@k blocks in (%c0, %c1, %c1) threads in (%c1, %c1, %c1)
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m { gpu.func @k() kernel { gpu.return } }
  func.func @h() {
    %c1 = arith.constant 1 : index
    %c2048 = arith.constant 2048 : index
    // expected-error @+1 {{'gpu.launch_func' op launches 2048 threads per block, more than the h100's limit of 1024}}
    gpu.launch_func @m::@k blocks in (%c1, %c1, %c1) threads in (%c2048, %c1, %c1)
    return
  }
}

// -----

gpu.module @m {
  // expected-error @+1 {{'gpu.func' op uses 240000 bytes of workgroup memory, more than the h100's limit of 232448 per block}}
  gpu.func @k() workgroup(%s: memref<60000xf32, #gpu.address_space<workgroup>>) kernel { gpu.return }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @m {
    gpu.func @k() workgroup(%s: memref<32768xf32, #gpu.address_space<workgroup>>) kernel { gpu.return }
  }
  func.func @h() {
    %c1 = arith.constant 1 : index
    %big = arith.constant 200000 : i32
    // expected-error @+1 {{'gpu.launch_func' op needs 331072 bytes of shared memory per block, more than the h100's limit of 232448}}
    gpu.launch_func @m::@k blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) dynamic_shared_memory_size %big
    return
  }
}

// -----

gpu.module @m {
  gpu.func @k() kernel {
    %t = gpu.thread_id x
    %c0 = arith.constant 0 : index
    %first = arith.cmpi eq, %t, %c0 : index
    // expected-note @+1 {{the divergent op}}
    scf.if %first {
      // expected-error @+1 {{'gpu.barrier' op is block-collective but sits under 'scf.if' whose condition depends on the thread id (threads that skip it deadlock the block)}}
      gpu.barrier
    }
    gpu.return
  }
}

// -----

gpu.module @m {
  gpu.func @k(%f: memref<4xi32>) kernel {
    %t = gpu.thread_id x
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    // expected-note @+1 {{the divergent op}}
    scf.for %i = %c0 to %t step %c1 {
      // expected-error @+1 {{'gpu.flag_signal' op is block-collective but sits under 'scf.for' whose condition depends on the thread id}}
      gpu.flag_signal %f[%c0] : memref<4xi32>
    }
    gpu.return
  }
}

// -----

// A barrier under a condition on the block id is fine: every thread of a block agrees on it.
gpu.module @m {
  gpu.func @k() kernel {
    %b = gpu.block_id x
    %c0 = arith.constant 0 : index
    %first = arith.cmpi eq, %b, %c0 : index
    scf.if %first {
      gpu.barrier
    }
    gpu.return
  }
}
