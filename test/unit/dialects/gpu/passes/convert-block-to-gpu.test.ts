// convert-block-to-gpu end to end: graph-level results equal the gpu interpreter's after
// graph -> tensor -> block (-> block-sync) -> gpu, on the test models and small hand cases
// (elementwise, matmul, reduction, softmax, conv), with default and partial-edge tilings,
// with and without staging, and with the schedule passes; a slab edge synchronised by counters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import { Builder, IntegerAttr, IntegerType, type Operation } from '../../../../../lib/ir/index.js';
import { Emitter } from '../../../../../dialects/gpu/passes/lower-emit.js';
import { gpuFlagSignal } from '../../../../../dialects/gpu/passes/lower-gpu-ops.js';
import { load } from '../../tensor/passes/helpers.js';
import { countOps, transformModule } from '../../../examples/harness.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const MODELS = ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell'];

const lower = transformModule;

const toBlock = (tiling = '', passes = 'block-sync') => `func.func(convert-graph-to-tensor,convert-tensor-to-block${tiling},${passes})`;
/** The block passes after tiling: fusion, syncs, co-scheduling and the schedule. */
const FUSED = 'block-fuse,block-sync';
const SCHEDULED = 'block-sync,block-coschedule,block-schedule';
const ALL = 'block-fuse,block-sync,block-coschedule,block-schedule';

function same(graph: Operation, pipeline: string, what: string): Operation {
  const gpu = lower(graph, pipeline);
  const r = checkSameResults(graph, gpu);
  assert.ok(r.ok, `${what}: ${r.message}`);
  return gpu;
}

for (const name of MODELS) {
  test(`${name}: gpu results equal the graph's (default tiling, small tiles, no staging)`, () => {
    const graph = load(readFileSync(`${root}test/models/${name}.mlir`, 'utf8'), `${name}.mlir`);
    const gpu = same(graph, `${toBlock()},convert-block-to-gpu`, `${name} (default tiling)`);
    assert.ok(countOps(gpu, 'gpu.launch_func') > 0);
    same(graph, `${toBlock('{tile-sizes=2,4}')},convert-block-to-gpu`, `${name} (2x4 tiles)`);
    same(graph, `${toBlock('{tile-sizes=3,5}')},convert-block-to-gpu{stage=false}`, `${name} (3x5 tiles, global memory)`);
  });

  test(`${name}: gpu results equal the graph's after block-fuse, block-coschedule and block-schedule`, () => {
    const graph = load(readFileSync(`${root}test/models/${name}.mlir`, 'utf8'), `${name}.mlir`);
    same(graph, `${toBlock('', FUSED)},convert-block-to-gpu`, `${name} (fused)`);
    same(graph, `${toBlock('{tile-sizes=2,4}', FUSED)},convert-block-to-gpu`, `${name} (fused, 2x4 tiles)`);
    same(graph, `${toBlock('{tile-sizes=2,4}', SCHEDULED)},convert-block-to-gpu`, `${name} (scheduled, 2x4 tiles)`);
    same(graph, `${toBlock('{tile-sizes=2,4}', ALL)},convert-block-to-gpu`, `${name} (fused and scheduled, 2x4 tiles)`);
    // Tensor-level fusion first: folded layouts, fused chains and multi-output TEs.
    const tensorFused = 'func.func(convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal,convert-tensor-to-block{tile-sizes=3,5},block-sync)';
    same(graph, `${tensorFused},convert-block-to-gpu`, `${name} (tensor fusion, 3x5 tiles)`);
  });
}

const CASES: Record<string, string> = {
  elementwise: `func.func @main(%a: tensor<5x7xf32>, %b: tensor<7xf32>) -> tensor<5x7xf32> {
    %0 = graph.mul %a, %b : tensor<5x7xf32>, tensor<7xf32>
    %1 = graph.tanh %0 : tensor<5x7xf32>
    return %1 : tensor<5x7xf32>
  }`,
  matmul: `func.func @main(%a: tensor<9x40xf32>, %b: tensor<40x6xf32>) -> tensor<9x6xf32> {
    %0 = graph.matmul %a, %b : tensor<9x40xf32>, tensor<40x6xf32>
    return %0 : tensor<9x6xf32>
  }`,
  reduction: `func.func @main(%x: tensor<3x5x4xf32>) -> (tensor<1x5x1xf32>, tensor<3x4xf32>) {
    %0 = graph.reduce_sum %x axes = [0, 2] keepdims : tensor<3x5x4xf32>
    %1 = graph.reduce_max %x axes = [1] : tensor<3x5x4xf32>
    return %0, %1 : tensor<1x5x1xf32>, tensor<3x4xf32>
  }`,
  softmax: `func.func @main(%x: tensor<6x9xf32>) -> tensor<6x9xf32> {
    %0 = graph.softmax %x axis = 1 : tensor<6x9xf32>
    return %0 : tensor<6x9xf32>
  }`,
  // Integer and i1 tensors: a comparison, a select on it, casts to and from integers.
  integers: `func.func @main(%a: tensor<4x6xf32>, %b: tensor<6xf32>, %n: tensor<4x6xi32>) -> (tensor<4x6xf32>, tensor<4x6xi32>, tensor<4x6xf32>, tensor<4x6xi1>) {
    %c = graph.greater %a, %b : tensor<4x6xf32>, tensor<6xf32>
    %r = graph.where %c, %a, %b : tensor<4x6xi1>, tensor<4x6xf32>, tensor<6xf32>
    %k = graph.cast %a : tensor<4x6xf32> to tensor<4x6xi32>
    %f = graph.cast %n : tensor<4x6xi32> to tensor<4x6xf32>
    return %r, %k, %f, %c : tensor<4x6xf32>, tensor<4x6xi32>, tensor<4x6xf32>, tensor<4x6xi1>
  }`,
  // Random i64 indices are in [-8, 8): in range of 10 rows, negative ones counting from the end.
  gather: `func.func @main(%e: tensor<10x4xf32>, %ids: tensor<2x3xi64>) -> tensor<2x3x4xf32> {
    %0 = graph.gather %e, %ids axis = 0 : tensor<10x4xf32>, tensor<2x3xi64>
    %1 = graph.relu %0 : tensor<2x3x4xf32>
    return %1 : tensor<2x3x4xf32>
  }`,
  conv: `func.func @main(%x: tensor<1x4x9x9xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x4x4xf32> {
    %0 = graph.conv2d %x, %w, %b strides = [2, 2] pads = [1, 1, 0, 0] groups = 2 : tensor<1x4x9x9xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>
    return %0 : tensor<1x6x4x4xf32>
  }`,
};

for (const [name, text] of Object.entries(CASES)) {
  test(`${name}: gpu results equal the graph's`, () => {
    const graph = load(text, `${name}.mlir`);
    same(graph, `${toBlock()},convert-block-to-gpu`, `${name} (default tiling)`);
    same(graph, `${toBlock('{tile-sizes=2,3,2,3}')},convert-block-to-gpu`, `${name} (small tiles)`);
    same(graph, `${toBlock('{tile-sizes=2,3,2,3}')},convert-block-to-gpu{stage=false}`, `${name} (small tiles, global memory)`);
  });
}

// 140 one-element tiles per TE, the first declaring 200000 bytes of shared memory: one block per
// SM is resident, so the cooperative launch has 132 blocks that loop over 280 tasks in phase 0.
const PERSISTENT = `func.func @main(%a: tensor<140xf32>) -> tensor<140xf32> {
  %r = block.program deps [@p -> @q flags, @q -> @s barrier] launches [[[@p, @q], [@s]]] -> tensor<140xf32> {
    %p = block.tile @p tile [1] grid [140] reads [[1]] smem 200000 regs 32 -> tensor<140xf32> {
      %c = tensor.compute [i: 140] (%a[i]) -> [i] : (tensor<140xf32>) -> tensor<140xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<140xf32>
    }
    %q = block.tile @q tile [1] grid [140] reads [[1]] smem 16 regs 32 -> tensor<140xf32> {
      %c = tensor.compute [i: 140] (%p[139 - i]) -> [i] : (tensor<140xf32>) -> tensor<140xf32> {
      ^bb0(%x: f32):
        %y = arith.negf %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<140xf32>
    }
    %s = block.tile @s tile [1] grid [140] reads [[1]] smem 16 regs 32 -> tensor<140xf32> {
      %c = tensor.compute [i: 140] (%q[139 - i]) -> [i] : (tensor<140xf32>) -> tensor<140xf32> {
      ^bb0(%x: f32):
        %y = arith.addf %x, %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<140xf32>
    }
    block.yield %s : tensor<140xf32>
  }
  return %r : tensor<140xf32>
}`;

test('persistent blocks: a launch with more tasks than resident blocks loops over them, flags inside a phase, a grid barrier between phases', () => {
  const block = load(PERSISTENT, 'persistent.mlir');
  const gpu = lower(block, 'convert-block-to-gpu');
  const [launch] = opsNamed(gpu, 'gpu.launch_func');
  assert.ok(launch.getAttr('cooperative'), 'the launch is cooperative');
  assert.is(countOps(gpu, 'gpu.grid_sync'), 1);
  sameInOrders(block, gpu, 3);
});

// A matmul reading whole row bands of a 2x2 grid of producer tiles: a slab edge, counted.
const SLAB = `func.func @main(%a: tensor<8x8xf32>, %b: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %r = block.program deps [@p -> @mm flags] launches [[[@p, @mm]]] -> tensor<8x4xf32> {
    %p = block.tile @p tile [4, 4] grid [2, 2] reads [[4, 4]] smem 64 regs 512 -> tensor<8x8xf32> {
      %c = tensor.compute [i: 8, j: 8] (%a[i, j]) -> [i, j] : (tensor<8x8xf32>) -> tensor<8x8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8x8xf32>
    }
    %mm = block.tile @mm tile [4, 4, 8] grid [2, 1, 1] reads [[4, 8], [8, 4]] smem 256 regs 512 -> tensor<8x4xf32> {
      %c = tensor.compute [i: 8, j: 4, k: 8 reduce] (%p[i, k], %b[k, j]) -> [i, j] add : (tensor<8x8xf32>, tensor<8x4xf32>) -> tensor<8x4xf32> {
      ^bb0(%x: f32, %y: f32):
        %m = arith.mulf %x, %y : f32
        tensor.yield %m : f32
      }
      block.yield %c : tensor<8x4xf32>
    }
    block.yield %mm : tensor<8x4xf32>
  }
  return %r : tensor<8x4xf32>
}`;

test('a slab edge waits once per row band for the count of its producer tiles; without the signal of one producer tile the launch deadlocks', () => {
  const block = load(SLAB, 'slab.mlir');
  const gpu = lower(block, 'convert-block-to-gpu');
  const waits = opsNamed(gpu, 'gpu.flag_wait');
  assert.is(waits.length, 1);
  assert.is((waits[0].operand(2).definingOp!.getAttr('value') as IntegerAttr).value, 2n);
  sameInOrders(block, gpu, 3);
  // Block 0 runs producer tile 0: it no longer counts into its row band's flag.
  const [signal] = opsNamed(gpu, 'gpu.flag_signal');
  const [bid] = opsNamed(gpu, 'gpu.block_id');
  const b = new Builder(gpu.context);
  b.setInsertionPointBefore(signal);
  const e = new Emitter(b, signal.location, bid.parent!);
  e.when(e.lt(e.int(0), bid.result(0)), () => void e.put(gpuFlagSignal(signal.operand(0), signal.operand(1), signal.location)));
  signal.erase();
  const r = checkSameResults(block, gpu);
  assert.not.ok(r.ok);
  assert.match(r.message, /deadlock: block \(\d+, 0, 0\) waits for its flag to reach 2, but it is 1/);
});

// Consumer tile x reads elements [2x, 2x + 1] of the producer through floordiv (no runtime
// formula): its producer tile floor(x / 2) comes from a fit of the analysis' per-tile boxes.
const FITTED = `func.func @main(%a: tensor<8xf32>) -> tensor<16xf32> {
  %r = block.program deps [@p -> @q flags] launches [[[@p, @q]]] -> tensor<16xf32> {
    %p = block.tile @p tile [4] grid [2] reads [[4]] smem 16 regs 128 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %q = block.tile @q tile [4] grid [4] reads [[2]] smem 8 regs 128 -> tensor<16xf32> {
      %c = tensor.compute [i: 16] (%p[i floordiv 2]) -> [i] : (tensor<8xf32>) -> tensor<16xf32> {
      ^bb0(%x: f32):
        %y = arith.negf %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<16xf32>
    }
    block.yield %q : tensor<16xf32>
  }
  return %r : tensor<16xf32>
}`;

test('a consumer tile whose producer tiles are fitted from the analysis waits for exactly its own producer tile', () => {
  const block = load(FITTED, 'fitted.mlir');
  const gpu = lower(block, 'convert-block-to-gpu');
  const waits = opsNamed(gpu, 'gpu.flag_wait');
  assert.is(waits.length, 1);
  assert.is.not(waits[0].parentOp!.name.name, 'scf.for', 'one producer tile per consumer tile: no loop');
  assert.is(waits[0].operand(1).definingOp!.name.name, 'arith.divui');
  sameInOrders(block, gpu, 4);
});

/** Every op named `name` in the module, in walk order. */
function opsNamed(module: Operation, name: string): Operation[] {
  const found: Operation[] = [];
  module.walk((op) => void (op.name.name === name && found.push(op)));
  return found;
}

/** Checks that `gpu` equals `block` in the first `n` thread orders. */
function sameInOrders(block: Operation, gpu: Operation, n: number): void {
  for (let s = 0; s < n; s++) {
    seed(gpu, s);
    const r = checkSameResults(block, gpu);
    assert.ok(r.ok, `seed ${s}: ${r.message}`);
  }
}

/** Sets the thread-order seed of every launch. */
function seed(module: Operation, s: number): void {
  const ctx = module.context;
  module.walk((op) => void (op.name.name === 'gpu.launch_func' && op.setAttr('gpu.seed', IntegerAttr.get(IntegerType.get(ctx, 64), s))));
}

/** Erases every op named `name` in the module; returns how many. */
function eraseAll(module: Operation, name: string): number {
  const found = opsNamed(module, name);
  found.forEach((op) => op.erase());
  return found.length;
}

/** Whether some thread order out of a few makes `gpu` differ from `graph`. */
function someOrderDiffers(graph: Operation, gpu: Operation): boolean {
  for (let s = 0; s < 8; s++) {
    seed(gpu, s);
    if (!checkSameResults(graph, gpu).ok) return true;
  }
  return false;
}

test('the syncs the lowering emits are needed: without the barriers of staging, or the flag waits, some thread order differs', () => {
  const matmul = load(CASES.matmul, 'matmul.mlir');
  const staged = lower(matmul, `${toBlock('{tile-sizes=4,3}')},convert-block-to-gpu`);
  assert.ok(eraseAll(staged, 'gpu.barrier') > 0);
  assert.ok(someOrderDiffers(matmul, staged), 'no order exposed the missing barriers');
  const mlp = load(readFileSync(`${root}test/models/mlp.mlir`, 'utf8'), 'mlp.mlir');
  const scheduled = lower(mlp, `${toBlock('{tile-sizes=2,4}', SCHEDULED)},convert-block-to-gpu{stage=false}`);
  assert.ok(eraseAll(scheduled, 'gpu.flag_wait') > 0);
  assert.ok(someOrderDiffers(mlp, scheduled), 'no order exposed the missing flag waits');
});

test.run();
