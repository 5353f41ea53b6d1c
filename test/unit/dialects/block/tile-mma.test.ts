// Default tilings of f16 contractions: an attention-like P x V that the plain halving would cut to
// 8 rows gets whole 16x16 fragments and whole batch tiles, runs on mma ops after convert-block-to-gpu,
// and the gpu interpreter's results equal the tensor level's.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkSameResults } from '../../../../lib/interp/index.js';
import { load } from '../tensor/passes/helpers.js';
import { countOps, transformModule } from '../../examples/harness.js';

// 4 heads of (32x64) x (64x32) with f32 accumulation; on the a100 the plain halving gives tiles
// [1, 4, 8, 8, 64]. (With f16 accumulation, the mma code rounds in another order than the tensor
// level's sequential sum, by more than the models' f16 tolerance at this K.)
const PV = `func.func @main(%p: tensor<1x4x32x64xf16>, %v: tensor<1x64x128xf16>) -> tensor<1x4x32x32xf32> {
  %c = tensor.compute [i: 1, j: 4, k: 32, l: 32, m: 64 reduce] (%p[i, j, k, m], %v[i, m, j * 32 + l]) -> [i, j, k, l] add : (tensor<1x4x32x64xf16>, tensor<1x64x128xf16>) -> tensor<1x4x32x32xf32> {
  ^bb0(%x: f16, %y: f16):
    %a = arith.extf %x : f16 to f32
    %b = arith.extf %y : f16 to f32
    %m = arith.mulf %a, %b : f32
    tensor.yield %m : f32
  }
  return %c : tensor<1x4x32x32xf32>
}`;

test('an f16 P x V (f32 sums) takes the default tiling in whole fragments, runs on mma ops and equals the tensor level', () => {
  const before = load(PV, 'pv.mlir');
  const block = transformModule(before, 'func.func(convert-tensor-to-block{gpu=a100})');
  let tile: unknown;
  block.walk((op) => void (op.name.name === 'block.tile' && (tile = op.getProp('tile'))));
  assert.match(String(tile), /1, 1, 16, 16, 64/);
  const gpu = transformModule(before, 'func.func(convert-tensor-to-block{gpu=a100},block-sync),convert-block-to-gpu');
  assert.ok(countOps(gpu, 'gpu.subgroup_mma_compute') > 0, 'no mma ops');
  assert.is(countOps(gpu, 'arith.mulf'), 0, 'no scalar products left');
  const r = checkSameResults(before, gpu, { seed: 3, rtol: 1e-4, atol: 1e-4 });
  assert.ok(r.ok, r.message);
});

test.run();
