// Fused tilings made by merging (block-fuse's incremental path) against the same TEs planned and
// walked from scratch: on random chains of elementwise, transposed, windowed and row-reduction
// TEs with random tilings, grouped the way block-fuse groups them (a tile into the group before
// it, or a merged pair into it), the joined plan, every computed box and the figures agree.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OpResult, type Operation, type Value } from '../../../../lib/ir/index.js';
import { FusedTiling, fusedFigures } from '../../../../dialects/block/fused-figures.js';
import { fusedPlan, joinPlans, type FusedPlan } from '../../../../dialects/block/tile-regions.js';
import { programTiles, tileComputes, tileSizes, tileYielded } from '../../../../dialects/block/tile.js';
import { load, transform } from '../tensor/passes/helpers.js';
import { programs } from './programs.js';
import { rng } from './random-programs.js';

/** A chain of `n` TEs over SxS tensors, each reading the previous one and a random earlier one. */
function randomChain(r: (lo: number, hi: number) => number, n: number, s: number): string {
  const t = `tensor<${s}x${s}xf32>`;
  const lines = [`func.func @main(%a: ${t}) -> ${t} {`, `  %v0 = tensor.compute [i: ${s}, j: ${s}] (%a[i, j]) -> [i, j] : (${t}) -> ${t} {`, '  ^bb0(%x: f32):', '    tensor.yield %x : f32', '  }'];
  for (let k = 1; k < n; k++) {
    const other = `%v${r(Math.max(0, k - 3), k - 1)}`;
    const [dom, access, comb] = [
      [`[i: ${s}, j: ${s}]`, '[i, j]', ''],
      [`[i: ${s}, j: ${s}]`, '[j, i]', ''],
      [`[i: ${s}, j: ${s}, r: 3 reduce]`, '[i, j floordiv 2 + r]', ' add'],
      [`[i: ${s}, j: ${s}, r: ${s} reduce]`, '[i, r]', ' add'],
    ][r(0, 3)];
    lines.push(`  %v${k} = tensor.compute ${dom} (%v${k - 1}${access}, ${other}[i, j]) -> [i, j]${comb} : (${t}, ${t}) -> ${t} {`);
    lines.push('  ^bb0(%x: f32, %y: f32):', '    %z = arith.addf %x, %y : f32', '    tensor.yield %z : f32', '  }');
  }
  lines.push(`  return %v${n - 1} : ${t}`, '}');
  return lines.join('\n');
}

/** A group of consecutive tiles as one fused tiling (merged) or planned from scratch. */
interface Group {
  readonly tiles: Operation[];
  readonly tiling: FusedTiling;
}

/** Reads of any tile of `tiles` as reads of the TE results they yield. */
function resolver(tiles: readonly Operation[]): (v: Value) => Value {
  const set = new Set(tiles);
  return (v) => (v instanceof OpResult && set.has(v.owner) ? tileYielded(v.owner)[v.index] : v);
}

const single = (tile: Operation): Group => ({ tiles: [tile], tiling: new FusedTiling(fusedPlan(tileComputes(tile)) as FusedPlan, tileSizes(tile)) });

/** The plan's relations without its ops, to compare. */
const relations = (p: FusedPlan | string) => (typeof p === 'string' ? p : JSON.stringify([p.readers, p.source, p.outDims, p.bounds, p.reduction]));

/** Merges `c` into `p` both ways and compares; returns the merged group, or undefined when the TEs cannot share a tile. */
function mergeAndCompare(p: Group, c: Group, what: string, leaves: (k: number, r: number) => boolean): Group | undefined {
  const tiles = [...p.tiles, ...c.tiles];
  const resolve = resolver(tiles);
  const joined = joinPlans(p.tiling.plan, c.tiling.plan, resolve);
  const fresh = fusedPlan(tiles.flatMap((t) => tileComputes(t)), resolve);
  assert.is(relations(joined), relations(fresh), `${what}: joined plan`);
  if (typeof joined === 'string' || typeof fresh === 'string') return undefined;
  const merged = FusedTiling.merge(p.tiling, c.tiling, joined);
  const reference = new FusedTiling(fresh, c.tiling.tile);
  for (let t = 0; t < reference.count; t++) {
    const want = JSON.stringify(reference.boxesAt(t));
    assert.is(JSON.stringify(fresh.tes.map((_, k) => merged.boxAt(t, k))), want, `${what}: boxes of anchor tile ${t}`);
  }
  assert.equal(merged.figures(leaves), fusedFigures(fresh, c.tiling.tile, leaves), `${what}: figures`);
  return { tiles, tiling: merged };
}

test('merged tilings equal the same TEs planned and walked from scratch, on random chains', () => {
  let merges = 0;
  for (let seed = 0; seed < 40; seed++) {
    const r = rng(seed + 101);
    const s = r(4, 12);
    const module = transform(load(randomChain(r, 14, s), `chain${seed}.mlir`), `convert-tensor-to-block{tile-sizes=${r(1, s)},${r(1, s)}}`);
    const tiles = programTiles(programs(module)[0]);
    const leaves = (k: number, res: number) => (k * 7 + res + seed) % 3 === 0;
    let group = single(tiles[0]);
    for (let i = 1; i < tiles.length; i++) {
      let c = single(tiles[i]);
      // Sometimes a merged pair goes into the group, as when a merged consumer takes a producer.
      if (i + 1 < tiles.length && r(0, 3) === 0) {
        const pair = mergeAndCompare(c, single(tiles[i + 1]), `seed ${seed}, tiles ${i}-${i + 1}`, leaves);
        if (pair) {
          c = pair;
          i++;
          merges++;
        }
      }
      const next = group.tiles.length < 8 ? mergeAndCompare(group, c, `seed ${seed}, tile ${i}`, leaves) : undefined;
      if (next) merges++;
      group = next ?? c;
    }
  }
  assert.ok(merges > 100, `only ${merges} merges were checked`);
});

test.run();
