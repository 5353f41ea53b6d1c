// Tiling arithmetic (grids, tile numbering, partial edge tiles, footprints of strided, dilated,
// floordiv and mod maps) and the default tile sizes chosen from GPU profiles (f16 contractions
// in whole tensor-core fragments).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAffineMap, type AffineMap } from '../../../../lib/affine/index.js';
import { footprint, footprintExtent, gridOf, tileBox, tileCount, tileNumber, tilePosition } from '../../../../dialects/block/index.js';
import { defaultTileSizes, tileResources, tileSizesFor } from '../../../../dialects/block/tile-size.js';
import { mmaDims } from '../../../../dialects/block/tile-mma.js';
import { gpuProfile } from '../../../../lib/target/gpu-profiles.js';
import { createContext } from '../../../../dialects/registry.js';
import { roundTrip } from '../../dialect/harness.js';
import type { Operation } from '../../../../lib/ir/index.js';

function map(text: string): AffineMap {
  const r = parseAffineMap(text, 0);
  if ('error' in r) throw new Error(r.error);
  return r.value;
}

test('grids, tile numbers and partial edge tiles', () => {
  assert.equal(gridOf([10, 7], [4, 3]), [3, 3]);
  assert.is(tileCount([3, 3]), 9);
  assert.equal(tilePosition([3, 3], 5), [1, 2]);
  assert.is(tileNumber([3, 3], [1, 2]), 5);
  assert.equal(tileBox([10, 7], [4, 3], [2, 2]), [{ lo: 8, hi: 9 }, { lo: 6, hi: 6 }]);
});

test('footprints: strides and dilations, transposes, floordiv, mod', () => {
  const conv = map('(d0, d1) -> (d0 * 2 + d1 * 3)');
  assert.equal(footprint(conv, [{ lo: 4, hi: 7 }, { lo: 0, hi: 2 }]), [{ lo: 8, hi: 20 }]);
  assert.equal(footprint(map('(d0, d1) -> (d1, d0)'), [{ lo: 0, hi: 3 }, { lo: 4, hi: 5 }]), [{ lo: 4, hi: 5 }, { lo: 0, hi: 3 }]);
  assert.equal(footprint(map('(d0) -> (d0 floordiv 4)'), [{ lo: 5, hi: 9 }]), [{ lo: 1, hi: 2 }]);
  assert.equal(footprint(map('(d0) -> ((d0 + 2) mod 8)'), [{ lo: 0, hi: 3 }]), [{ lo: 2, hi: 5 }]);
  // A wrapping mod covers the whole period: the hull of {6, 7, 0, 1}.
  assert.equal(footprint(map('(d0) -> ((d0 + 2) mod 8)'), [{ lo: 4, hi: 7 }]), [{ lo: 0, hi: 7 }]);
  // The extent of a floordiv map is the largest over all tiles.
  assert.equal(footprintExtent(map('(d0) -> (d0 floordiv 3)'), [12], [4]), [2]);
  assert.equal(footprintExtent(conv, [8, 3], [4, 3]), [13]);
});

function te(source: string): Operation {
  const r = roundTrip(createContext(), source);
  assert.ok(r.verified, r.errors.join('\n'));
  let found: Operation | undefined;
  r.module!.walk((op) => void (op.name.name === 'tensor.compute' && (found = op)));
  return found!;
}

const MATMUL = `func.func @f(%a: tensor<1024x4096xf32>, %b: tensor<4096x1024xf32>) -> tensor<1024x1024xf32> {
  %c = tensor.compute [i: 1024, j: 1024, k: 4096 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<1024x4096xf32>, tensor<4096x1024xf32>) -> tensor<1024x1024xf32> {
  ^bb0(%x: f32, %y: f32):
    %m = arith.mulf %x, %y : f32
    tensor.yield %m : f32
  }
  return %c : tensor<1024x1024xf32>
}`;

test('default tilings fill the machine and fit in shared memory', () => {
  const mm = te(MATMUL);
  for (const name of ['a100', 'h100', 'h200']) {
    const gpu = gpuProfile(name)!;
    const tile = defaultTileSizes(mm, gpu);
    assert.is(tile[2], 4096, 'the reduction stays whole');
    const res = tileResources(mm, tile, gpu);
    // One 32-step chunk of the reduction is staged: (t_i + t_j) * 32 * 4 bytes.
    assert.ok(res.sharedMemory <= gpu.sharedMemoryPerBlock, `${name}: ${res.sharedMemory} bytes`);
    assert.ok(tileCount(gridOf([1024, 1024, 4096], tile)) >= gpu.sms, `${name}: grid too small`);
  }
  assert.equal(defaultTileSizes(mm, gpuProfile('h100')!), [64, 64, 4096]);
  assert.is(tileResources(mm, [64, 64, 4096], gpuProfile('h100')!).sharedMemory, (64 + 64) * 32 * 4);
  // Given sizes apply to the parallel dims in order, are cut to the extent, and the rest default.
  assert.equal(tileSizesFor(mm, [4096, 8], gpuProfile('h100')!), [1024, 8, 4096]);
});

// BERT's attention P x V: 12 heads of (384x384) x (384x64) in f16.
const PV = `func.func @f(%p: tensor<1x12x384x384xf16>, %v: tensor<1x384x768xf16>) -> tensor<1x12x384x64xf16> {
  %c = tensor.compute [i: 1, j: 12, k: 384, l: 64, m: 384 reduce] (%p[i, j, k, m], %v[i, m, j * 64 + l]) -> [i, j, k, l] add : (tensor<1x12x384x384xf16>, tensor<1x384x768xf16>) -> tensor<1x12x384x64xf16> {
  ^bb0(%x: f16, %y: f16):
    %m = arith.mulf %x, %y : f16
    tensor.yield %m : f16
  }
  return %c : tensor<1x12x384x64xf16>
}`;

test('f16 contractions keep rows and columns of whole 16x16 fragments and whole batch tiles', () => {
  const pv = te(PV);
  assert.equal(mmaDims(pv), { m: 2, n: 3, batch: [0, 1] });
  // The plain halving would give [1, 12, 8, 16]: 8 rows, which the tensor-core code cannot take.
  const a100 = gpuProfile('a100')!;
  const tile = defaultTileSizes(pv, a100);
  assert.equal(tile, [1, 6, 16, 16, 384]);
  assert.ok(tileResources(pv, tile, a100).sharedMemory <= a100.sharedMemoryPerBlock);
  for (const name of ['h100', 'h200']) {
    const t = defaultTileSizes(pv, gpuProfile(name)!);
    assert.ok(t[2] % 16 === 0 && t[3] % 16 === 0 && 12 % t[1] === 0, `${name}: ${t}`);
  }
  // f32 products, or a sum before the product, keep the plain tiling.
  assert.is(mmaDims(te(MATMUL)), undefined);
  assert.is(mmaDims(te(PV.replace('%m = arith.mulf %x, %y : f16', '%m = arith.addf %x, %y : f16'))), undefined);
});

test.run();
