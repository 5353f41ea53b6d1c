// Flags between the tiles of one phase (lower-flags.ts): a consumer whose producer-tile range no
// formula gives (a read wrapping through mod) waits for exactly the tiles of a table, not the
// hull; the count of waits matches block-sync's plan (sync-waits.ts); without its waits some
// thread order differs from the block program.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults } from '../../../../../lib/interp/index.js';
import { IntegerAttr, IntegerType, type Operation } from '../../../../../lib/ir/index.js';
import { gpuProfile } from '../../../../../lib/target/gpu-profiles.js';
import { costReport } from '../../../../../dialects/gpu/passes/cost-report.js';
import { BlockDependency } from '../../../../../dialects/block/analysis/dependency.js';
import { waitsPerTile } from '../../../../../dialects/block/passes/sync-waits.js';
import { load, transformModule } from '../../tensor/passes/helpers.js';

// Consumer tile x (elements 2x, 2x + 1) reads %p[(i + 7) mod 8]: tiles 1 to 3 need two
// neighbouring producer tiles, tiles 0 and 4 wrap around and need all four (the analysis' box of
// a mod is its whole range). The range's low end, 0 0 1 2 0, fits no floor((a * x + b) / q).
const WRAPPED = `func.func @main(%a: tensor<8xf32>) -> tensor<10xf32> {
  %r = block.program deps [@p -> @q flags] launches [[[@p, @q]]] -> tensor<10xf32> {
    %p = block.tile @p tile [2] grid [4] reads [[2]] smem 8 regs 64 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        %y = math.exp %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<8xf32>
    }
    %q = block.tile @q tile [2] grid [5] reads [[8]] smem 32 regs 64 -> tensor<10xf32> {
      %c = tensor.compute [i: 10] (%p[(i + 7) mod 8]) -> [i] : (tensor<8xf32>) -> tensor<10xf32> {
      ^bb0(%x: f32):
        %y = arith.negf %x : f32
        tensor.yield %y : f32
      }
      block.yield %c : tensor<10xf32>
    }
    block.yield %q : tensor<10xf32>
  }
  return %r : tensor<10xf32>
}`;

/** Every op named `name` in the module, in walk order. */
function opsNamed(module: Operation, name: string): Operation[] {
  const found: Operation[] = [];
  module.walk((op) => void (op.name.name === name && found.push(op)));
  return found;
}

/** Whether `gpu` equals `block` in each of the first `n` thread orders (false: some order differs). */
function sameInOrders(block: Operation, gpu: Operation, n: number): boolean {
  for (let s = 0; s < n; s++) {
    const ctx = gpu.context;
    opsNamed(gpu, 'gpu.launch_func').forEach((op) => op.setAttr('gpu.seed', IntegerAttr.get(IntegerType.get(ctx, 64), s)));
    if (!checkSameResults(block, gpu).ok) return false;
  }
  return true;
}

/** The flag waits the cost model counts over every block of `module`'s launches. */
function flagWaits(module: Operation): number {
  return costReport(module, gpuProfile('h100')!).reduce((n, r) => n + r.cost.flagWaits, 0);
}

test('a wrapped read waits for the producer tiles of a table over the consumer coordinate, not their hull', () => {
  const block = load(WRAPPED, 'wrapped.mlir');
  const deps = new BlockDependency(block);
  const edge = deps.edges[0];
  assert.equal(waitsPerTile(deps, edge), [4, 2, 2, 2, 4]);
  const gpu = transformModule(block, 'convert-block-to-gpu');
  // 14 waits, as planned (the hull would be 5 x 4 = 20).
  assert.is(flagWaits(gpu), 14);
  assert.ok(opsNamed(gpu, 'arith.select').length > 0, 'the table is a chain of selects');
  assert.ok(sameInOrders(block, gpu, 6));
});

test('without the waits of the wrapped read some thread order differs from the block program', () => {
  const block = load(WRAPPED, 'wrapped.mlir');
  const gpu = transformModule(block, 'convert-block-to-gpu');
  const waits = opsNamed(gpu, 'gpu.flag_wait');
  assert.ok(waits.length > 0);
  waits.forEach((op) => op.erase());
  assert.not.ok(sameInOrders(block, gpu, 12), 'no order exposed the missing flag waits');
});

test.run();
