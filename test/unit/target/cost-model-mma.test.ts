// Unit tests of the cost model's warp-level matrix ops (gpu.subgroup_mma_*), on hand-written
// generic IR: compute is 2*M*N*K FLOPs per warp at the tensor-core peak, load and store matrix
// move M*N*element bytes per warp (DRAM only for global memrefs), elementwise counts M*N FLOPs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { costFunction } from '../../../lib/target/cost-model-launch.js';
import { gpuProfile } from '../../../lib/target/gpu-profiles.js';
import type { Operation } from '../../../lib/ir/index.js';
import { load } from '../dialects/tensor/passes/helpers.js';

const h100 = gpuProfile('h100')!;

// One block of 64 threads: 2 warps. Each warp loads A (16x16 f16, 512 bytes) from global %a and
// B from shared memory, multiplies into a zero f32 accumulator, adds the accumulator to itself
// (elementwise addf) and stores the 16x16 f32 result (1024 bytes) to global %c.
const MMA = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @mm(%a: memref<32x32xf16>, %c: memref<32x32xf32>) workgroup(%s: memref<32x32xf16, #gpu.address_space<workgroup>>) kernel {
      %0 = "arith.constant"() <{value = 0 : index}> : () -> index
      %1 = "arith.constant"() <{value = 16 : index}> : () -> index
      %2 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
      %3 = "gpu.subgroup_mma_load_matrix"(%a, %0, %0) <{leadDimension = 32 : index}> : (memref<32x32xf16>, index, index) -> !gpu.mma_matrix<16x16xf16, "AOp">
      %4 = "gpu.subgroup_mma_load_matrix"(%s, %0, %1) <{leadDimension = 32 : index}> : (memref<32x32xf16, #gpu.address_space<workgroup>>, index, index) -> !gpu.mma_matrix<16x16xf16, "BOp">
      %5 = "gpu.subgroup_mma_constant_matrix"(%2) : (f32) -> !gpu.mma_matrix<16x16xf32, "COp">
      %6 = "gpu.subgroup_mma_compute"(%3, %4, %5) : (!gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      %7 = "gpu.subgroup_mma_elementwise"(%6, %6) <{opType = #gpu<mma_element_wise addf>}> : (!gpu.mma_matrix<16x16xf32, "COp">, !gpu.mma_matrix<16x16xf32, "COp">) -> !gpu.mma_matrix<16x16xf32, "COp">
      "gpu.subgroup_mma_store_matrix"(%7, %c, %0, %0) <{leadDimension = 32 : index}> : (!gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>, index, index) -> ()
      gpu.return
    }
  }
  func.func @host(%a: memref<32x32xf16>, %c: memref<32x32xf32>) {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    gpu.launch_func @kernels::@mm blocks in (%c1, %c1, %c1) threads in (%c64, %c1, %c1) args(%a : memref<32x32xf16>, %c : memref<32x32xf32>)
    return
  }
}`;

function host(module: Operation): Operation {
  return module.regions[0].blocks[0].operations.find((op) => op.name.name === 'func.func')!;
}

test('subgroup mma: FLOPs and bytes per warp, the multiply on the tensor cores', () => {
  const problems: string[] = [];
  const f = costFunction(h100, host(load(MMA, 'mma.mlir')), (_, p) => problems.push(p));
  assert.equal(problems, []);
  const k = f.launches[0];
  // 2 warps x 2*16*16*16 on the tensor cores, 2 warps x 256 adds on the CUDA cores.
  assert.is(k.tensorFlops, 2 * 8192);
  assert.is(k.flops, 2 * 8192 + 2 * 256);
  assert.is(k.tensorDtype, 'f16');
  assert.is(k.dtype, 'f32');
  // A from global memory: 2 warps x 512 bytes; B from shared memory is free; C: 2 x 1024.
  assert.is(k.dramBytesReadNoL2, 1024);
  assert.is(k.dramBytesWritten, 2048);
  assert.is(f.tensorFlops, 2 * 8192);
  // One block on 132 SMs: bytes at 1/132 of the bandwidth; FLOPs at 1/132 of each peak; one launch.
  const used = 1 / 132;
  const memory = 3072 / (3.35e12 * used);
  const compute = 512 / (67e12 * used) + 16384 / (989e12 * used);
  const expected = (Math.max(memory, compute) + 3e-6) * 1e3;
  assert.ok(Math.abs(k.estimatedMs - expected) < 1e-12, `${k.estimatedMs} vs ${expected}`);
});

test.run();
