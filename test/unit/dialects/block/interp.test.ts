// The block interpreter: programs lowered from the test models give the graph-level results
// whatever task order their dependencies allow (many seeds; barriers, flags, block-sync's choice), and a
// deleted dependency makes some order read a tile that was never written.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../lib/interp/index.js';
import { ArrayAttr, StringAttr, type Operation } from '../../../../lib/ir/index.js';
import { load, transform } from '../tensor/passes/helpers.js';
import { programs, seed } from './programs.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const MODELS = ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell'];
const SEEDS = 6;



/** Rewrites every dependency of every program with `edit` (returning undefined deletes it). */
function editDeps(module: Operation, edit: (entry: string[]) => string[] | undefined): void {
  const ctx = module.context;
  for (const p of programs(module)) {
    const deps = (p.getAttr('deps') as ArrayAttr).elements.map((e) => (e as ArrayAttr).elements.map((s) => (s as StringAttr).value));
    const kept = deps.flatMap((d) => {
      const r = edit(d);
      return r ? [ArrayAttr.get(ctx, r.map((s) => StringAttr.get(ctx, s)))] : [];
    });
    p.setProp('deps', ArrayAttr.get(ctx, kept));
  }
}

function check(graph: Operation, block: Operation, what: string): void {
  for (let s = 0; s < SEEDS; s++) {
    seed(block, s);
    const r = checkSameResults(graph, block, { seed: s });
    assert.ok(r.ok, `${what}, order seed ${s}: ${r.message}`);
  }
}

for (const name of MODELS) {
  test(`${name}: block programs equal the graph, in any allowed order, with barriers and with flags`, () => {
    const graph = load(readFileSync(`${root}test/models/${name}.mlir`, 'utf8'), `${name}.mlir`);
    const block = transform(graph, 'convert-graph-to-tensor,tensor-fuse,convert-tensor-to-block{tile-sizes=2,4}');
    assert.ok(programs(block).length > 0);
    check(graph, block, `${name} (barriers)`);
    editDeps(block, ([p, c]) => [p, c, 'flags']);
    check(graph, block, `${name} (flags)`);
    check(graph, transform(block, 'block-sync'), `${name} (block-sync)`);
    const fused = transform(block, 'block-fuse,block-sync');
    check(graph, fused, `${name} (block-fuse, block-sync)`);
  });
}

test('deleting a dependency makes some task order read unwritten tiles', () => {
  const graph = load(readFileSync(`${root}test/models/mlp.mlir`, 'utf8'), 'mlp.mlir');
  const block = transform(graph, 'convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4}');
  let first = true;
  editDeps(block, (d) => (first && !(first = false) ? undefined : d));
  let failures = 0;
  for (let s = 0; s < SEEDS; s++) {
    seed(block, s);
    const r = checkSameResults(graph, block, { seed: s });
    if (!r.ok) {
      assert.match(r.message, /differs/);
      failures++;
    }
  }
  assert.ok(failures > 0, 'no order exposed the missing dependency');
});

test.run();
