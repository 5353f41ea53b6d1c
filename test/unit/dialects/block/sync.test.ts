// block-sync's cost rule: on the small ResNeXt stage and Swin block with small tiles, the edges
// whose flag waits cost a block more than one grid barrier on the A100 profile (a grouped
// convolution's halo, windows) get a barrier; the programs still equal the graph in any allowed
// task order and, scheduled and lowered, in the gpu interpreter; and without those barriers some
// task order reads a tile that was never written.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../lib/interp/index.js';
import { ArrayAttr, StringAttr, type Operation } from '../../../../lib/ir/index.js';
import { gpuProfile } from '../../../../lib/target/gpu-profiles.js';
import { BlockDependency } from '../../../../dialects/block/analysis/dependency.js';
import { decideSync } from '../../../../dialects/block/passes/sync.js';
import { flagCost } from '../../../../dialects/block/passes/sync-waits.js';
import { load, transform, transformModule } from '../tensor/passes/helpers.js';
import { programs, seed } from './programs.js';
import { tolerance } from '../../examples/harness.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const SEEDS = 6;
const A100 = gpuProfile('a100')!;

const MODELS: Record<string, string> = { 'resnext-stage': '1,2,2,2', swin: '2,2' };

/** The block program of a small paper model with small tiles, after block-sync on the A100 profile. */
function synced(name: string): { graph: Operation; block: Operation; tol: { rtol: number; atol: number } } {
  const text = readFileSync(`${root}examples/models/small/${name}.mlir`, 'utf8');
  const graph = load(text, `${name}.mlir`);
  return { graph, tol: tolerance(text), block: transform(graph, `convert-graph-to-tensor,tensor-fuse,convert-tensor-to-block{tile-sizes=${MODELS[name]}},block-sync{gpu=a100}`) };
}

/** The `producer consumer` names of the edges that are not `all` yet got a barrier. */
function barriersByCost(block: Operation): string[] {
  const deps = new BlockDependency(block);
  return deps.edges.filter((e) => e.kind !== 'all' && decideSync(e, deps, A100).sync === 'barrier').map((e) => `${e.producer.name} ${e.consumer.name}`);
}

/** Sets every dependency named in `edges` to `sync`. */
function setSync(block: Operation, edges: readonly string[], sync: string): void {
  const ctx = block.context;
  for (const p of programs(block)) {
    const deps = (p.getAttr('deps') as ArrayAttr).elements.map((e) => (e as ArrayAttr).elements.map((s) => (s as StringAttr).value));
    const next = deps.map(([a, b, s]) => [a, b, edges.includes(`${a} ${b}`) ? sync : s]);
    p.setProp('deps', ArrayAttr.get(ctx, next.map((d) => ArrayAttr.get(ctx, d.map((s) => StringAttr.get(ctx, s))))));
  }
}

/** How many of the first SEEDS task orders give the graph's results (within the model's tolerance). */
function sameOrders(graph: Operation, block: Operation, tol: { rtol: number; atol: number }): number {
  let same = 0;
  for (let s = 0; s < SEEDS; s++) {
    seed(block, s);
    if (checkSameResults(graph, block, { seed: s, ...tol }).ok) same++;
  }
  return same;
}

test('the flag cost counts one wait per counter of each consumer tile, spread over the resident blocks', () => {
  const { block } = synced('resnext-stage');
  const deps = new BlockDependency(block);
  for (const e of deps.edges) {
    const c = flagCost(deps, e, A100);
    assert.ok(c.tilesPerBlock >= 1 && c.resident >= 1);
    assert.ok(Math.abs(c.seconds - c.chain * A100.flagWaitLatency) < 1e-15);
    assert.ok(c.chain <= (c.tilesPerBlock * c.waits) / Math.max(1, e.consumer.count) + 1e-9);
  }
});

for (const name of Object.keys(MODELS)) {
  test(`${name}: edges whose waits cost more than a grid barrier get one; the program equals the graph in any allowed order and on the gpu`, () => {
    const { graph, block, tol } = synced(name);
    const chosen = barriersByCost(block);
    assert.ok(chosen.length > 0, 'some edge gets a barrier by cost');
    assert.is(sameOrders(graph, block, tol), SEEDS);
    const gpu = transformModule(block, 'func.func(block-coschedule,block-schedule{gpu=a100}),convert-block-to-gpu{gpu=a100}');
    const r = checkSameResults(graph, gpu, tol);
    assert.ok(r.ok, r.message);
  });
}

test('without the barriers chosen by cost some task order reads a tile that was never written', () => {
  const { graph, block, tol } = synced('resnext-stage');
  setSync(block, barriersByCost(block), 'none');
  assert.ok(sameOrders(graph, block, tol) < SEEDS, 'every order gave the graph results without the barriers');
});

test.run();
