// gpu-keep-on-chip keeps results: the gpu interpreter gives the same buffers before and after the
// pass on the hand-written persistent kernel of the lit test and on the small LSTM lowered with
// tiles small enough that its kernel has several phases, whose CUDA nvcc compiles (skipped
// without nvcc); the pass leaves the kernels it cannot help (does not fit) as they are.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';
import { haveNvcc, NVCC_FLAGS, nvcc, translate } from '../../../target/cuda/helpers.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const litCases = readFileSync(`${root}test/lit/dialects/gpu/passes/keep-on-chip.mlir`, 'utf8').split('// -----');

/** Loads of global memrefs and workgroup attributions in the kernels of `module`. */
function census(module: Operation): { globalLoads: number; workgroupLoads: number } {
  let globalLoads = 0;
  let workgroupLoads = 0;
  module.walk((op) => {
    if (op.name.name !== 'memref.load' || op.parentOp === null) return;
    let inKernel = false;
    for (let p: Operation | null = op.parentOp; p; p = p.parentOp) if (p.name.name === 'gpu.func') inKernel = true;
    if (!inKernel) return;
    if (op.operand(0).type.toString().includes('workgroup')) workgroupLoads++;
    else globalLoads++;
  });
  return { globalLoads, workgroupLoads };
}

test('hand-written persistent kernel: the weight slice read from shared memory, the same buffers', () => {
  const before = load(litCases[0], 'keep-on-chip.mlir');
  const after = transformModule(before, 'gpu-keep-on-chip{gpu=a100}');
  assert.is(census(before).globalLoads - census(after).globalLoads, 2, 'three loads of W become one copy loop');
  for (const seed of [1, 2, 3]) {
    const r = checkSameResults(before, after, { entry: 'host', seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
});

/** One step h' = W h as its own kernel, launched three times: gpu-merge-kernels makes it one kernel of three phases. */
const STEPS = `
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @step(%w: memref<8x8xf32>, %h: memref<8xf32>, %o: memref<8xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c8 = arith.constant 8 : index
      %zero = arith.constant 0.0 : f32
      %t = gpu.thread_id x
      %bid = gpu.block_id x
      %base = arith.muli %bid, %c4 : index
      %r = arith.addi %base, %t : index
      %s = scf.for %k = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> (f32) {
        %a = memref.load %w[%r, %k] : memref<8x8xf32>
        %x = memref.load %h[%k] : memref<8xf32>
        %m = arith.mulf %a, %x : f32
        %n = arith.addf %acc, %m : f32
        scf.yield %n : f32
      }
      %y = math.tanh %s : f32
      memref.store %y, %o[%r] : memref<8xf32>
      gpu.return
    }
  }
  func.func @host(%w: memref<8x8xf32>, %h0: memref<8xf32>, %h1: memref<8xf32>) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    gpu.launch_func @kernels::@step blocks in (%c2, %c1, %c1) threads in (%c4, %c1, %c1) args(%w : memref<8x8xf32>, %h0 : memref<8xf32>, %h1 : memref<8xf32>)
    gpu.launch_func @kernels::@step blocks in (%c2, %c1, %c1) threads in (%c4, %c1, %c1) args(%w : memref<8x8xf32>, %h1 : memref<8xf32>, %h0 : memref<8xf32>)
    gpu.launch_func @kernels::@step blocks in (%c2, %c1, %c1) threads in (%c4, %c1, %c1) args(%w : memref<8x8xf32>, %h0 : memref<8xf32>, %h1 : memref<8xf32>)
    return
  }
}`;

test('launches merged by gpu-merge-kernels keep the block of each tile: W read once, the same buffers', () => {
  const before = load(STEPS, 'steps.mlir');
  for (const maxBlocks of [0, 1]) {
    const merged = transformModule(before, `func.func(gpu-merge-kernels{gpu=a100 max-blocks=${maxBlocks}})`);
    const kept = transformModule(merged, 'gpu-keep-on-chip{gpu=a100}');
    // With one resident block the phases loop over both tiles: one block reads all of W, still once.
    assert.is(census(merged).globalLoads - census(kept).globalLoads, 2, `max-blocks=${maxBlocks}`);
    for (const seed of [1, 2]) {
      const r = checkSameResults(before, kept, { entry: 'host', seed });
      assert.ok(r.ok, `max-blocks=${maxBlocks}, seed ${seed}: ${r.message}`);
    }
  }
});

test('slices that do not fit: the kernel is unchanged', () => {
  for (const text of litCases.slice(1, 3)) {
    const before = load(text, 'keep-on-chip.mlir');
    const after = transformModule(before, 'gpu-keep-on-chip{gpu=a100}');
    assert.equal(census(after), census(before));
  }
});

test('small LSTM in several phases: weights kept on chip, the graph results', () => {
  const graph = load(readFileSync(`${root}examples/models/small/lstm.mlir`, 'utf8'), 'lstm.mlir');
  const lowered = transformModule(
    graph,
    'func.func(convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block{gpu=a100 tile-sizes=1,4},' +
      'block-fuse{gpu=a100},block-sync,block-coschedule,block-schedule{gpu=a100}),convert-block-to-gpu{gpu=a100},func.func(gpu-merge-kernels{gpu=a100})',
  );
  let syncs = 0;
  lowered.walk((op) => void (op.name.name === 'gpu.grid_sync' && syncs++));
  assert.ok(syncs >= 2, `${syncs} grid barriers`);
  const kept = transformModule(lowered, 'gpu-keep-on-chip{gpu=a100}');
  assert.ok(census(kept).workgroupLoads > census(lowered).workgroupLoads, 'some loads read shared-memory copies');
  assert.ok(census(kept).globalLoads < census(lowered).globalLoads);
  for (const seed of [1, 2]) {
    const r = checkSameResults(lowered, kept, { seed });
    assert.ok(r.ok, `seed ${seed}: ${r.message}`);
  }
  const r = checkSameResults(graph, kept);
  assert.ok(r.ok, r.message);
  smallLstm = kept;
});

let smallLstm: Operation | undefined;

test('the small LSTM with its shared-memory copies: CUDA that nvcc compiles', async () => {
  assert.ok(smallLstm);
  const cuda = translate(smallLstm!);
  assert.match(cuda, /__shared__/);
  if (!haveNvcc()) return console.log('  (nvcc not found: compile check skipped)');
  const dir = mkdtempSync(join(tmpdir(), 'dlc-keep-on-chip-'));
  const cu = join(dir, 'lstm.cu');
  writeFileSync(cu, cuda);
  const { status, output } = await nvcc([...NVCC_FLAGS, '-ptx', cu, '-o', join(dir, 'lstm.ptx')]);
  assert.is(status, 0, output);
});

test.run();
