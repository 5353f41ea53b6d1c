// block-fuse semantics: on random two-tile programs (every map kind of random-programs.ts), on
// three-tile ones where a fused producer's result leaves its tile for a reader of every map kind,
// and on the test models lowered from the graph, the fused and synced programs verify and, run
// by the block interpreter in many random task orders, give the results of the unfused program
// (of the graph for the models); identity edges of the random cases always fuse.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../lib/interp/index.js';
import type { Operation } from '../../../../lib/ir/index.js';
import { depsAttr, programDeps, programTiles, tileComputes } from '../../../../dialects/block/tile.js';
import { BlockDependency } from '../../../../dialects/block/analysis/dependency.js';
import { load, transform } from '../tensor/passes/helpers.js';
import { programs, seed } from './programs.js';
import { KINDS, caseText, leavingCaseText, randomCase, rng } from './random-programs.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const MODELS = ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell'];
const CASES = 10;
const SEEDS = 3;


/** Whether `reference` and `block` agree under `SEEDS` task orders of `block`. */
function agree(reference: Operation, block: Operation, what: string): void {
  for (let s = 0; s < SEEDS; s++) {
    seed(block, s);
    const r = checkSameResults(reference, block, { seed: s });
    assert.ok(r.ok, `${what}, order seed ${s}: ${r.message}`);
  }
}

/** TEs computed inside another TE's tile. */
function fusedTes(module: Operation): number {
  return programs(module).reduce((n, p) => n + programTiles(p).reduce((m, t) => m + tileComputes(t).length - 1, 0), 0);
}

for (const kind of KINDS) {
  test(`random ${kind} programs: fused and synced, they equal the unfused program in any order`, () => {
    const r = rng(KINDS.indexOf(kind) + 7);
    for (let i = 0; i < CASES; i++) {
      const text = caseText(randomCase(kind, r), true);
      const module = load(text, `${kind}-${i}.mlir`);
      const edge = new BlockDependency(module).edges[0];
      const fused = transform(module, 'block-fuse,block-sync');
      if (edge.kind === 'identity') assert.is(fusedTes(fused), 1, `identity edge not fused:\n${text}`);
      if (edge.kind === 'slab' || edge.kind === 'all') assert.is(fusedTes(fused), 0, `${edge.kind} edge fused:\n${text}`);
      agree(module, fused, `${kind} case ${i} (${edge.kind}, ${fusedTes(fused) ? 'fused' : 'not fused'})\n${text}`);
    }
  });
}

for (const kind of KINDS) {
  test(`random ${kind} readers of a fused producer's leaving result: equal to the unfused program in any order`, () => {
    const r = rng(KINDS.indexOf(kind) + 101);
    for (let i = 0; i < CASES / 2; i++) {
      const text = leavingCaseText(randomCase(kind, r));
      const module = load(text, `${kind}-leaving-${i}.mlir`);
      const fused = transform(module, 'block-fuse,block-sync');
      const tiles = programTiles(programs(fused)[0]);
      assert.is(tileComputes(tiles[0]).length, 2, `@p not fused into @e:\n${text}`);
      agree(module, fused, `${kind} leaving case ${i}\n${text}`);
    }
  });
}

for (const name of MODELS) {
  test(`${name}: convert-graph-to-tensor, convert-tensor-to-block, block-fuse, block-sync equal the graph in any order`, () => {
    const graph = load(readFileSync(`${root}test/models/${name}.mlir`, 'utf8'), `${name}.mlir`);
    const block = transform(graph, 'convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4},block-fuse,block-sync');
    assert.ok(fusedTes(block) > 0, `${name}: nothing fused`);
    agree(graph, block, name);
  });
}

test('a fused program missing the edge into its fused tile reads unwritten tiles in some order', () => {
  const graph = load(readFileSync(`${root}test/models/mlp.mlir`, 'utf8'), 'mlp.mlir');
  const block = transform(graph, 'convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4},block-fuse');
  const program = programs(block)[0];
  const deps = programDeps(program);
  assert.ok(deps.length > 0);
  program.setProp('deps', depsAttr(block.context, deps.slice(0, -1)));
  let failures = 0;
  for (let s = 0; s < 8; s++) {
    seed(block, s);
    if (!checkSameResults(graph, block, { seed: s }).ok) failures++;
  }
  assert.ok(failures > 0, 'no order exposed the missing dependency');
});

test.run();
