// The subgroup mma ops in CUDA C++: the lit kernel's wmma code compiles with nvcc -ptx for sm_90
// with every warning an error (skipped without nvcc); fragments wmma has no type for, a memref
// whose element type is not the fragment's and a_transpose are errors at the op.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { translateToCuda } from '../../../../lib/target/cuda/translate.js';
import { NVCC_FLAGS, context, haveNvcc, nvcc, parse, parseFile, translate } from './helpers.js';

test('the lit kernel of wmma code compiles without warnings', async () => {
  const text = translate(parseFile(context(), 'test/lit/tools/dlc-translate/mma.mlir'), { harness: false });
  if (!haveNvcc()) return;
  const cu = join(mkdtempSync(join(tmpdir(), 'dlc-mma-')), 'mma.cu');
  writeFileSync(cu, text);
  const r = await nvcc([...NVCC_FLAGS, '-ptx', cu, '-o', cu.replace(/\.cu$/, '.ptx')]);
  assert.is(r.status, 0, r.output);
});

/** The translation's error messages for a kernel whose body is `body` (operands %m: memref<32x32xf32>, %a: A, %b: B). */
function errors(body: string): string[] {
  const ctx = context();
  const module = parse(ctx, `module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%m: memref<32x32xf32>, %h: memref<32x32xf16>) kernel {
      %c0 = arith.constant 0 : index
      ${body}
      gpu.return
    }
  }
}`, 'mma-errors.mlir');
  const { diagnostics } = ctx.diagnostics.collect(() => translateToCuda(module, { harness: false }));
  return diagnostics.map((d) => d.message);
}

test('what wmma cannot express is an error at the op', () => {
  const A8 = '!gpu.mma_matrix<16x8xf16, "AOp">';
  assert.equal(errors(`%a = gpu.subgroup_mma_load_matrix %h[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> ${A8}
      %b = gpu.subgroup_mma_load_matrix %h[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> !gpu.mma_matrix<8x16xf16, "BOp">
      %z = arith.constant 0.0 : f32
      %c = gpu.subgroup_mma_constant_matrix %z : !gpu.mma_matrix<16x16xf32, "COp">
      %d = gpu.subgroup_mma_compute %a, %b, %c : ${A8}, !gpu.mma_matrix<8x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
      gpu.subgroup_mma_store_matrix %d, %m[%c0, %c0] {leadDimension = 32 : index} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>`), [
    `type '${A8}' has no CUDA C++ type (wmma fragments are 16x16, 32x8 or 8x32 shaped f16 operands with f16 or f32 accumulators)`,
  ]);
  assert.equal(errors(`%c = gpu.subgroup_mma_load_matrix %h[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf32, "COp">
      gpu.subgroup_mma_store_matrix %c, %m[%c0, %c0] {leadDimension = 32 : index} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>`), [
    "a wmma fragment of 'f32' cannot be loaded from or stored to a memref of 'f16'",
  ]);
  assert.equal(errors(`%a = gpu.subgroup_mma_load_matrix %h[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf16, "AOp">
      %b = gpu.subgroup_mma_load_matrix %h[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf16> -> !gpu.mma_matrix<16x16xf16, "BOp">
      %c = gpu.subgroup_mma_load_matrix %m[%c0, %c0] {leadDimension = 32 : index} : memref<32x32xf32> -> !gpu.mma_matrix<16x16xf32, "COp">
      %d = gpu.subgroup_mma_compute %a, %b, %c {a_transpose} : !gpu.mma_matrix<16x16xf16, "AOp">, !gpu.mma_matrix<16x16xf16, "BOp"> -> !gpu.mma_matrix<16x16xf32, "COp">
      gpu.subgroup_mma_store_matrix %d, %m[%c0, %c0] {leadDimension = 32 : index} : !gpu.mma_matrix<16x16xf32, "COp">, memref<32x32xf32>`), [
    'a_transpose and b_transpose have no CUDA C++ translation (transpose at subgroup_mma_load_matrix instead)',
  ]);
});

test.run();
