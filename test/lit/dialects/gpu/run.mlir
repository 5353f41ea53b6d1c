// dlc-run on host functions that launch kernels: the host allocates, zeroes flags, launches and
// returns a memref the kernels wrote (one address space); a barrier-synchronised reduction sums
// in any thread order (gpu.seed); a flag nobody signals is a deadlock reported at the wait.
// RUN: %dlc-run %s --print=full | %filecheck %s
// RUN: not %dlc-run %s --entry @deadlock 2>&1 | %filecheck %s --check-prefix=DEADLOCK

// CHECK: result #0: memref<4xf32> shape=[4] dtype=f32 checksum=152 values=[28, 28, 44, 52]
module attributes {gpu.container_module} {
  gpu.module @kernels {
    // Block b sums in[8b .. 8b+7] (in[i] = i mod 8, plus b for blocks past the first) by a tree in shared memory.
    gpu.func @sum(%out: memref<4xf32>) workgroup(%s: memref<8xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c3 = arith.constant 3 : index
      %c4 = arith.constant 4 : index
      %bonus = arith.cmpi ugt, %b, %c1 : index
      %extra = arith.select %bonus, %b, %c0 : index
      %x = arith.addi %t, %extra : index
      %xi = arith.index_cast %x : index to i32
      %xf = arith.sitofp %xi : i32 to f32
      memref.store %xf, %s[%t] : memref<8xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      scf.for %i = %c0 to %c3 step %c1 {
        %half = arith.shrui %c4, %i : index
        %active = arith.cmpi ult, %t, %half : index
        scf.if %active {
          %o = arith.addi %t, %half : index
          %p = memref.load %s[%t] : memref<8xf32, #gpu.address_space<workgroup>>
          %q = memref.load %s[%o] : memref<8xf32, #gpu.address_space<workgroup>>
          %r = arith.addf %p, %q : f32
          memref.store %r, %s[%t] : memref<8xf32, #gpu.address_space<workgroup>>
        }
        gpu.barrier
      }
      %first = arith.cmpi eq, %t, %c0 : index
      scf.if %first {
        %v = memref.load %s[%c0] : memref<8xf32, #gpu.address_space<workgroup>>
        memref.store %v, %out[%b] : memref<4xf32>
      }
      gpu.return
    }
    gpu.func @wait(%flags: memref<1xi32>) kernel {
      %c0 = arith.constant 0 : index
      %one = arith.constant 1 : i32
      gpu.flag_wait %flags[%c0], %one : memref<1xi32>
      gpu.return
    }
  }
  func.func @main() -> memref<4xf32> {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %out = memref.alloc() : memref<4xf32>
    gpu.launch_func @kernels::@sum blocks in (%c4, %c1, %c1) threads in (%c8, %c1, %c1) args(%out : memref<4xf32>) {gpu.seed = 7 : i64}
    return %out : memref<4xf32>
  }
  // DEADLOCK: error: deadlock: block (0, 0, 0) waits for its flag to reach 1, but it is 0 and no running thread is left to signal it
  // DEADLOCK-NEXT: gpu.flag_wait
  // DEADLOCK: note: called from
  func.func @deadlock() {
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %z = arith.constant 0 : i32
    %flags = gpu.alloc () : memref<1xi32>
    gpu.memset %flags, %z : memref<1xi32>, i32
    gpu.launch_func @kernels::@wait blocks in (%c1, %c1, %c1) threads in (%c32, %c1, %c1) args(%flags : memref<1xi32>)
    return
  }
}
