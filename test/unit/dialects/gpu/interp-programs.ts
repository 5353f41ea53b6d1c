// Kernels of the gpu interpreter tests, as text: a shared-memory tree reduction (with or without
// its barrier), a producer/consumer pair of blocks synchronised by flags, and phases separated by
// grid_sync.
import { createContext } from '../../../../dialects/registry.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { IntegerAttr, IntegerType, type Operation } from '../../../../lib/ir/index.js';
import { SEED_ATTR } from '../../../../dialects/gpu/interp.js';

/** Parses and verifies `text`; throws with the diagnostics when it does not. */
export function load(text: string): Operation {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const m = parseSourceString(text, { context: ctx, filename: 'test.mlir' });
    return m && verify(m) ? m : undefined;
  });
  if (!result) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return result;
}

/** Sets the thread-order seed of every launch in `module`. */
export function seed(module: Operation, s: number): void {
  module.setAttr(SEED_ATTR, IntegerAttr.get(IntegerType.get(module.context, 64), BigInt(s)));
}

/**
 * `blocks` blocks of 256 threads each sum 256 elements of %in into %out[block] by a tree in
 * workgroup memory; `barrier` is false to leave out the barrier between the tree's levels.
 */
export function treeReduction(blocks: number, barrier = true): string {
  const n = blocks * 256;
  return `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @reduce(%in: memref<${n}xf32>, %out: memref<${blocks}xf32>) workgroup(%s: memref<256xf32, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %n = gpu.block_dim x
      %base = arith.muli %b, %n : index
      %g = arith.addi %base, %t : index
      %v = memref.load %in[%g] : memref<${n}xf32>
      memref.store %v, %s[%t] : memref<256xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c8 = arith.constant 8 : index
      %c128 = arith.constant 128 : index
      scf.for %i = %c0 to %c8 step %c1 {
        %half = arith.shrui %c128, %i : index
        %active = arith.cmpi ult, %t, %half : index
        scf.if %active {
          %o = arith.addi %t, %half : index
          %x = memref.load %s[%t] : memref<256xf32, #gpu.address_space<workgroup>>
          %y = memref.load %s[%o] : memref<256xf32, #gpu.address_space<workgroup>>
          %z = arith.addf %x, %y : f32
          memref.store %z, %s[%t] : memref<256xf32, #gpu.address_space<workgroup>>
        }
        ${barrier ? 'gpu.barrier' : ''}
      }
      %first = arith.cmpi eq, %t, %c0 : index
      scf.if %first {
        %r = memref.load %s[%c0] : memref<256xf32, #gpu.address_space<workgroup>>
        memref.store %r, %out[%b] : memref<${blocks}xf32>
      }
      gpu.return
    }
  }
  func.func @main(%in: memref<${n}xf32>, %out: memref<${blocks}xf32>) {
    %c1 = arith.constant 1 : index
    %nb = arith.constant ${blocks} : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@reduce blocks in (%nb, %c1, %c1) threads in (%c256, %c1, %c1) args(%in : memref<${n}xf32>, %out : memref<${blocks}xf32>)
    return
  }
}`;
}

/**
 * Block 0 writes data[0..63] (= thread id + 1) and signals flags[0]; block 1 waits for it
 * (unless `signal` is false, when nobody signals) and copies data into out.
 */
export function producerConsumer(signal = true): string {
  return `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @pc(%data: memref<64xi32>, %out: memref<64xi32>, %flags: memref<1xi32>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %c0 = arith.constant 0 : index
      %one = arith.constant 1 : i32
      %producer = arith.cmpi eq, %b, %c0 : index
      scf.if %producer {
        %ti = arith.index_cast %t : index to i32
        %v = arith.addi %ti, %one : i32
        memref.store %v, %data[%t] : memref<64xi32>
        ${signal ? 'gpu.flag_signal %flags[%c0] : memref<1xi32>' : ''}
      } else {
        gpu.flag_wait %flags[%c0], %one : memref<1xi32>
        %w = memref.load %data[%t] : memref<64xi32>
        memref.store %w, %out[%t] : memref<64xi32>
      }
      gpu.return
    }
  }
  func.func @main(%data: memref<64xi32>, %out: memref<64xi32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    %z = arith.constant 0 : i32
    %flags = gpu.alloc () : memref<1xi32>
    gpu.memset %flags, %z : memref<1xi32>, i32
    gpu.launch_func @kernels::@pc blocks in (%c2, %c1, %c1) threads in (%c64, %c1, %c1) args(%data : memref<64xi32>, %out : memref<64xi32>, %flags : memref<1xi32>)
    gpu.dealloc %flags : memref<1xi32>
    return
  }
}`;
}

/** 8 blocks of 32 threads: phase 1 writes a[block] = block + 1, phase 2 reads the next block's entry; `sync` separates them. */
export function gridPhases(sync = true): string {
  return `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @phases(%a: memref<8xi32>, %out: memref<8xi32>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c8 = arith.constant 8 : index
      %first = arith.cmpi eq, %t, %c0 : index
      scf.if %first {
        %b1 = arith.addi %b, %c1 : index
        %v = arith.index_cast %b1 : index to i32
        memref.store %v, %a[%b] : memref<8xi32>
      }
      ${sync ? 'gpu.grid_sync' : ''}
      scf.if %first {
        %n1 = arith.addi %b, %c1 : index
        %n = arith.remui %n1, %c8 : index
        %w = memref.load %a[%n] : memref<8xi32>
        memref.store %w, %out[%b] : memref<8xi32>
      }
      gpu.return
    }
  }
  func.func @main(%a: memref<8xi32>, %out: memref<8xi32>) {
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c32 = arith.constant 32 : index
    gpu.launch_func @kernels::@phases blocks in (%c8, %c1, %c1) threads in (%c32, %c1, %c1) args(%a : memref<8xi32>, %out : memref<8xi32>) {cooperative}
    return
  }
}`;
}

/** 64 threads (two warps): out[t] = the xor-1 partner's value, sums[t] = its warp's sum, quads[t] = its group of four's sum. */
export const warpOps = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @warp(%out: memref<64xf32>, %sums: memref<64xf32>, %quads: memref<64xf32>) kernel {
      %t = gpu.thread_id x
      %ti = arith.index_cast %t : index to i32
      %v = arith.sitofp %ti : i32 to f32
      %one = arith.constant 1 : i32
      %w = arith.constant 32 : i32
      %p, %ok = gpu.shuffle xor %v, %one, %w : f32
      %s = gpu.subgroup_reduce add %v : (f32) -> f32
      %q = gpu.subgroup_reduce add %v cluster(size = 4) : (f32) -> f32
      memref.store %p, %out[%t] : memref<64xf32>
      memref.store %s, %sums[%t] : memref<64xf32>
      memref.store %q, %quads[%t] : memref<64xf32>
      gpu.return
    }
  }
  func.func @main(%out: memref<64xf32>, %sums: memref<64xf32>, %quads: memref<64xf32>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@warp blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%out : memref<64xf32>, %sums : memref<64xf32>, %quads : memref<64xf32>)
    return
  }
}`;

/**
 * A barrier only some threads reach, through a value that comes from memory (so the verifier's
 * static check cannot see it): each thread stores its id to s[0] and reads it back.
 */
export const divergentBarrier = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @diverge() workgroup(%s: memref<1xindex, #gpu.address_space<workgroup>>) kernel {
      %t = gpu.thread_id x
      %c0 = arith.constant 0 : index
      %c128 = arith.constant 128 : index
      memref.store %t, %s[%c0] : memref<1xindex, #gpu.address_space<workgroup>>
      %w = memref.load %s[%c0] : memref<1xindex, #gpu.address_space<workgroup>>
      %low = arith.cmpi ult, %w, %c128 : index
      scf.if %low {
        gpu.barrier
      }
      gpu.return
    }
  }
  func.func @main() {
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    gpu.launch_func @kernels::@diverge blocks in (%c1, %c1, %c1) threads in (%c256, %c1, %c1)
    return
  }
}`;

/** Thread 63 of block 1 reads one element past the end of a 64-element buffer. */
export const outOfBounds = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @oob(%a: memref<64xf32>) kernel {
      %t = gpu.thread_id x
      %b = gpu.block_id x
      %i = arith.addi %t, %b : index
      %v = memref.load %a[%i] : memref<64xf32>
      gpu.return
    }
  }
  func.func @main() {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    %a = memref.alloc() : memref<64xf32>
    gpu.launch_func @kernels::@oob blocks in (%c2, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<64xf32>)
    return
  }
}`;
