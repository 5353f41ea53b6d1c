// convert-block-to-gpu's tensor-core code: f16 contraction tiles of multiples of 16 become warp-level
// mma ops, and the gpu interpreter's results equal the graph's or tensor level's (an f16 matmul
// with partial reduction chunks, partial tiles, a batch matmul with B read transposed, two outputs sharing A with
// f32 accumulation, bit-exact, a fused producer); other tiles keep the scalar code; the kernels
// compile with nvcc -ptx (skipped without nvcc).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { printOperation } from '../../../../../lib/print/index.js';
import { translateToCuda } from '../../../../../lib/target/cuda/translate.js';
import { load } from '../../tensor/passes/helpers.js';
import { countOps, tolerance, transformModule } from '../../../examples/harness.js';
import { NVCC_FLAGS, haveNvcc, nvcc } from '../../../target/cuda/helpers.js';

const toGpu = (tiles: string, from = 'convert-graph-to-tensor,') =>
  `func.func(${from}convert-tensor-to-block{tile-sizes=${tiles}},block-sync),convert-block-to-gpu`;

/** Lowers `text` with `pipeline`, checks results against the original on random inputs, returns the gpu module. */
function same(text: string, pipeline: string, options: { rtol: number; atol: number } = tolerance(text)): Operation {
  const before = load(text, 'mma.mlir');
  const gpu = transformModule(before, pipeline);
  const r = checkSameResults(before, gpu, options);
  assert.ok(r.ok, r.message);
  return gpu;
}

const MATMUL = `func.func @main(%a: tensor<64x40xf16>, %b: tensor<40x32xf16>) -> tensor<64x32xf16> {
  %0 = graph.matmul %a, %b : tensor<64x40xf16>, tensor<40x32xf16>
  return %0 : tensor<64x32xf16>
}`;

test('an f16 matmul runs on mma ops (K = 40: chunks of 16, the last padded with zeros) and equals the graph', () => {
  const gpu = same(MATMUL, toGpu('32,32'));
  assert.ok(countOps(gpu, 'gpu.subgroup_mma_compute') > 0);
  assert.is(countOps(gpu, 'arith.mulf'), 0, 'no scalar products left');
});

test('partial tiles: zero-padded staging, edge fragments stored element by element inside the domain', () => {
  const text = `func.func @main(%a: tensor<40x24xf16>, %b: tensor<24x24xf16>) -> tensor<40x24xf16> {
    %0 = graph.matmul %a, %b : tensor<40x24xf16>, tensor<24x24xf16>
    return %0 : tensor<40x24xf16>
  }`;
  const gpu = same(text, toGpu('32,16'));
  assert.ok(countOps(gpu, 'gpu.subgroup_mma_compute') > 0);
});

test('tiles of other sizes keep the scalar code', () => {
  const gpu = same(MATMUL, toGpu('8,32'));
  assert.is(countOps(gpu, 'gpu.subgroup_mma_compute'), 0);
  assert.ok(countOps(gpu, 'arith.mulf') > 0);
});

test('a batch matmul with the batch in the tile and B read transposed', () => {
  const text = `func.func @main(%a: tensor<2x32x16xf16>, %b: tensor<2x48x16xf16>) -> tensor<2x32x48xf16> {
    %t = graph.transpose %b perm = [0, 2, 1] : tensor<2x48x16xf16>
    %0 = graph.matmul %a, %t : tensor<2x32x16xf16>, tensor<2x16x48xf16>
    return %0 : tensor<2x32x48xf16>
  }`;
  const gpu = same(text, `func.func(convert-graph-to-tensor,tensor-fold-layout,convert-tensor-to-block{tile-sizes=2,16,48},block-sync),convert-block-to-gpu`);
  assert.ok(countOps(gpu, 'gpu.subgroup_mma_compute') > 0);
});

test('weights shared by the batch are staged once, without the batch dims, in the flat staging buffer', () => {
  const text = `func.func @main(%a: tensor<2x32x16xf16>, %w: tensor<16x48xf16>) -> tensor<2x32x48xf16> {
    %0 = graph.matmul %a, %w : tensor<2x32x16xf16>, tensor<16x48xf16>
    return %0 : tensor<2x32x48xf16>
  }`;
  const gpu = same(text, toGpu('2,16,48'));
  const kernel = gpu.regions[0].entry!.operations.find((op) => op.name.name === 'gpu.module')!;
  // A: 2 x 16 rows x 16, B: 16 x 48 (not 2 x 16 x 48), in one buffer of 2048 elements.
  assert.match(printOperation(kernel), 'workgroup(%arg3 : memref<2048xf16, #gpu.address_space<workgroup>>)');
});

test('f16 products accumulated in f32 equal the tensor level bit for bit; fused outputs share A', () => {
  const text = `func.func @main(%a: tensor<32x64xf16>, %b: tensor<64x32xf16>, %c: tensor<64x32xf16>) -> (tensor<32x32xf32>, tensor<32x32xf32>) {
    %0:2 = tensor.compute [i: 32, j: 32, k: 64 reduce] (%a[i, k], %b[k, j], %c[k, j]) -> [i, j] add, [i, j] add : (tensor<32x64xf16>, tensor<64x32xf16>, tensor<64x32xf16>) -> (tensor<32x32xf32>, tensor<32x32xf32>) {
    ^bb0(%x: f16, %y: f16, %z: f16):
      %xe = arith.extf %x : f16 to f32
      %ye = arith.extf %y : f16 to f32
      %ze = arith.extf %z : f16 to f32
      %p = arith.mulf %xe, %ye : f32
      %q = arith.mulf %ze, %xe : f32
      tensor.yield %p, %q : f32, f32
    }
    return %0#0, %0#1 : tensor<32x32xf32>, tensor<32x32xf32>
  }`;
  const gpu = same(text, toGpu('32,32', ''), { rtol: 0, atol: 0 });
  assert.is(countOps(gpu, 'gpu.subgroup_mma_compute'), 2, 'one per output in the chunk loop');
});

test('a fused producer matmul (block-fuse) stores its fragments on chip and, where its result leaves the tile, to global memory', () => {
  const text = `func.func @main(%a: tensor<64x48xf16>, %b: tensor<48x32xf16>, %bias: tensor<32xf16>) -> (tensor<64x32xf16>, tensor<64x32xf16>) {
    %0 = graph.matmul %a, %b : tensor<64x48xf16>, tensor<48x32xf16>
    %1 = graph.add %0, %bias : tensor<64x32xf16>, tensor<32xf16>
    %2 = graph.gelu %1 : tensor<64x32xf16>
    return %2, %0 : tensor<64x32xf16>, tensor<64x32xf16>
  }`;
  const gpu = same(text, 'func.func(convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=32,32},block-fuse,block-sync),convert-block-to-gpu');
  assert.is(countOps(gpu, 'gpu.subgroup_mma_store_matrix'), 2);
});

test('the mma kernels (a full and a partial tile) compile with nvcc -ptx without warnings', async () => {
  const text = `func.func @main(%a: tensor<64x40xf16>, %b: tensor<40x32xf16>, %c: tensor<40x24xf16>, %d: tensor<24x24xf16>) -> (tensor<64x32xf16>, tensor<40x24xf16>) {
    %0 = graph.matmul %a, %b : tensor<64x40xf16>, tensor<40x32xf16>
    %1 = graph.matmul %c, %d : tensor<40x24xf16>, tensor<24x24xf16>
    return %0, %1 : tensor<64x32xf16>, tensor<40x24xf16>
  }`;
  const gpu = transformModule(load(text, 'mma.mlir'), toGpu('32,16'));
  assert.is(countOps(gpu, 'gpu.subgroup_mma_store_matrix'), 2);
  const cuda = translateToCuda(gpu, { harness: false });
  assert.ok(cuda);
  if (!haveNvcc()) return;
  const cu = join(mkdtempSync(join(tmpdir(), 'dlc-lower-mma-')), 'mm.cu');
  writeFileSync(cu, cuda!);
  const r = await nvcc([...NVCC_FLAGS, '-ptx', cu, '-o', cu.replace(/\.cu$/, '.ptx')]);
  assert.is(r.status, 0, r.output);
});

test.run();
