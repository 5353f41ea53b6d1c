// The block-dependency analysis against a brute-force element-level computation: on random small
// shapes, tilings and maps, the box of producer tiles each consumer tile needs must agree exactly.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { evaluateExpr, type AffineMap } from '../../../../lib/affine/index.js';
import type { Operation } from '../../../../lib/ir/index.js';
import { BlockDependency } from '../../../../dialects/block/analysis/dependency.js';
import { gridOf, tileCount, tilePosition, tileBox } from '../../../../dialects/block/index.js';
import { roundTrip } from '../../dialect/harness.js';
import { KINDS, caseText, inputMapOf, outputMapOf, randomCase, rng, type Case, type TeSpec } from './random-programs.js';

// One context for every case: parsing dominates the test's time.
const ctx = createContext();

function parse(source: string): Operation {
  const r = roundTrip(ctx, source);
  assert.ok(r.verified, r.errors.join('\n') + '\n' + source);
  return r.module!;
}

/** Every point of a box of the domain, row-major. */
function* points(lo: readonly number[], hi: readonly number[]): Generator<number[]> {
  const p = [...lo];
  if (p.some((x, d) => x > hi[d])) return;
  for (;;) {
    yield [...p];
    let d = p.length - 1;
    for (; d >= 0; d--) {
      if (++p[d] <= hi[d]) break;
      p[d] = lo[d];
    }
    if (d < 0) return;
  }
}

const evaluate = (map: AffineMap, p: readonly number[]) => map.results.map((e) => evaluateExpr(e, p)!);

/** Element-level: for each consumer tile, the hull of the producer tiles writing any element it reads. */
function bruteForce(c: Case): (string | undefined)[] {
  const writers = new Map<string, number[][]>();
  const pr: TeSpec = c.producer;
  const out = outputMapOf(pr);
  const pGrid = gridOf(pr.bounds, pr.tile);
  for (const p of points(pr.bounds.map(() => 0), pr.bounds.map((b) => b - 1))) {
    const key = evaluate(out, p).join();
    const pos = p.map((x, d) => Math.floor(x / pr.tile[d]));
    (writers.get(key) ?? writers.set(key, []).get(key)!).push(pos);
  }
  const co = c.consumer;
  const inMap = inputMapOf(co)!;
  const grid = gridOf(co.bounds, co.tile);
  const result: (string | undefined)[] = [];
  for (let t = 0; t < tileCount(grid); t++) {
    const box = tileBox(co.bounds, co.tile, tilePosition(grid, t));
    const lo = pGrid.map(() => Infinity);
    const hi = pGrid.map(() => -Infinity);
    for (const p of points(box.map((i) => i.lo), box.map((i) => i.hi))) {
      for (const pos of writers.get(evaluate(inMap, p).join()) ?? []) {
        pos.forEach((x, d) => ((lo[d] = Math.min(lo[d], x)), (hi[d] = Math.max(hi[d], x))));
      }
    }
    result.push(lo[0] === Infinity ? undefined : lo.map((l, d) => `${l}..${hi[d]}`).join(' '));
  }
  return result;
}

/** Random cases per kind (parsing them is what takes the time). */
const CASES = 25;

test('the analysis agrees with the element-level computation on random cases of every kind', () => {
  let cases = 0;
  const classes = new Map<string, Set<string>>();
  for (const kind of KINDS) {
    const r = rng(KINDS.indexOf(kind) + 1);
    for (let n = 0; n < CASES; n++) {
      const c = randomCase(kind, r);
      const text = caseText(c);
      const module = parse(text);
      const deps = new BlockDependency(module);
      assert.is(deps.edges.length, 1, text);
      const edge = deps.edges[0];
      const want = bruteForce(c);
      for (let t = 0; t < edge.consumer.count; t++) {
        const box = deps.producerTiles(edge, t);
        const got = box?.map((i) => `${i.lo}..${i.hi}`).join(' ');
        if (got !== want[t]) assert.unreachable(`${kind}: consumer tile ${t}: analysis ${got}, elements ${want[t]}\n${text}`);
      }
      (classes.get(kind) ?? classes.set(kind, new Set()).get(kind)!).add(edge.kind);
      cases++;
    }
  }
  assert.is(cases, CASES * KINDS.length);
  // The random cases reach every class the kinds allow.
  const seen = new Set([...classes.values()].flatMap((s) => [...s]));
  for (const k of ['identity', 'bounded', 'slab', 'all']) assert.ok(seen.has(k), `no case classified ${k}: ${[...classes].map(([k, s]) => `${k}: ${[...s]}`).join('; ')}`);
});

test('classes of typical edges', () => {
  const one = (c: Case) => new BlockDependency(parse(caseText(c))).edges[0];
  // Elementwise with the same tiling: identity.
  const same: Case = { kind: 'e', producer: { bounds: [8, 8], reduce: [false, false], tile: [4, 4], output: 'd0, d1', outShape: [8, 8] },
    consumer: { bounds: [8, 8], reduce: [false, false], tile: [4, 4], input: 'd0, d1', output: 'd0, d1', inShape: [8, 8], outShape: [8, 8] } };
  assert.is(one(same).kind, 'identity');
  assert.is(one(same).fanInMax, 1);
  // A reduction over a whole row of a 4x4-tiled producer: a slab of 2 tiles.
  const row: Case = { ...same, consumer: { ...same.consumer, reduce: [false, true], tile: [4, 8], output: 'd0', outShape: [8] } };
  const e = one(row);
  assert.is(e.kind, 'slab');
  assert.is(e.fanInMax, 2);
  assert.is(e.bytes, 8 * 8 * 4);
  // Every consumer tile reads the whole tensor: all.
  const all: Case = { ...same, consumer: { ...same.consumer, bounds: [8, 8], reduce: [true, true], tile: [8, 8], output: '', outShape: [] } };
  assert.is(one(all).kind, 'all');
  // A 3-wide window over 4-wide tiles: bounded (one or two tiles per consumer tile).
  const conv: Case = { kind: 'c', producer: { bounds: [10], reduce: [false], tile: [4], output: 'd0', outShape: [10] },
    consumer: { bounds: [8, 3], reduce: [false, true], tile: [4, 3], input: 'd0 + d1', output: 'd0', inShape: [10], outShape: [8] } };
  const b = one(conv);
  assert.is(b.kind, 'bounded');
  assert.equal([b.fanInMin, b.fanInMax], [2, 2]);
});

test('independent tiles are none; a path makes them dependent', () => {
  const module = parse(`func.func @main(%a: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %r:2 = block.program deps [] -> (tensor<8xf32>, tensor<8xf32>) {
${['q', 'k'].map((n) => `    %${n} = block.tile @${n} tile [4] grid [2] reads [[4]] smem 0 regs 0 -> tensor<8xf32> {
      %c = tensor.compute [i: 8] (%a[i]) -> [i] : (tensor<8xf32>) -> tensor<8xf32> {
      ^bb0(%x: f32):
        tensor.yield %x : f32
      }
      block.yield %c : tensor<8xf32>
    }
`).join('')}    block.yield %q, %k : tensor<8xf32>, tensor<8xf32>
  }
  return %r#0, %r#1 : tensor<8xf32>, tensor<8xf32>
}`);
  const deps = new BlockDependency(module);
  assert.is(deps.edges.length, 0);
  assert.is(deps.classOf(deps.tiles[0].op, deps.tiles[1].op), 'none');
  assert.is(deps.independentPairs().length, 1);
});

test.run();
