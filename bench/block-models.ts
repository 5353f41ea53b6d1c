// Benchmark report of the block level on the test models and a BERT-base encoder layer: after
// the tensor pipeline and convert-tensor-to-block (default H100 tiling), and after block-sync:
// tiles, edges per class, grid barriers, flag waits, and intermediate bytes crossing edges
// through global memory vs kept on chip (none until block-fuse). Usage: node build/bench/block-models.js
import { readFileSync, readdirSync } from 'node:fs';
import { createContext } from '../dialects/registry.js';
import { registerDialectPasses } from '../dialects/passes.js';
import { registerGenericPasses } from '../lib/passes/index.js';
import { PassManager, parsePassPipeline } from '../lib/pass/index.js';
import { parseSourceString } from '../lib/parse/index.js';
import { verify } from '../lib/verify/index.js';
import type { Operation } from '../lib/ir/index.js';
import { BlockDependency } from '../dialects/block/analysis/dependency.js';
import { programDeps } from '../dialects/block/tile.js';
import { BERT_BASE, bertEncoderLayer } from '../examples/models/bert.js';

const TENSOR = 'convert-graph-to-tensor,tensor-fold-layout,tensor-fuse,tensor-fuse-horizontal';

registerGenericPasses();
registerDialectPasses();

function run(text: string, name: string, passes: string): Operation {
  const ctx = createContext();
  const module = parseSourceString(text, { context: ctx, filename: name });
  if (!module || !verify(module)) throw new Error(`${name} does not parse or verify`);
  const pm = parsePassPipeline(`builtin.module(func.func(${passes}))`, (a) => new PassManager(ctx, a));
  pm.setVerifier(verify);
  if (!pm.run(module)) throw new Error(`${name}: ${passes} failed`);
  return module;
}

/** One row of the report. */
function stats(module: Operation): string {
  const deps = new BlockDependency(module);
  const syncs = new Map<Operation, Map<string, string>>();
  const syncOf = (p: string, c: string, program: Operation) => {
    if (!syncs.has(program)) syncs.set(program, new Map(programDeps(program).map((e) => [`${e.producer} ${e.consumer}`, e.sync])));
    return syncs.get(program)!.get(`${p} ${c}`);
  };
  const classes = new Map<string, number>();
  let barriers = 0;
  let flagWaits = 0;
  let bytes = 0;
  for (const e of deps.edges) {
    classes.set(e.kind, (classes.get(e.kind) ?? 0) + 1);
    const s = syncOf(e.producer.name, e.consumer.name, e.consumer.program);
    if (s === 'barrier') barriers++;
    if (s === 'flags') flagWaits += e.fanInSum;
    bytes += e.bytes;
  }
  const tiles = deps.tiles.reduce((n, t) => n + t.count, 0);
  const cls = ['identity', 'bounded', 'slab', 'all'].map((k) => `${k} ${classes.get(k) ?? 0}`).join(', ');
  return `${deps.tiles.length} TEs, ${tiles} tiles, ${deps.edges.length} edges (${cls}, none ${deps.independentPairs().length} pairs); ` +
    `${barriers} grid barriers, ${flagWaits} flag waits; ${(bytes / 1024).toFixed(1)} KiB through global memory, 0 on chip`;
}

const root = new URL('../..', import.meta.url).pathname;
const models: [string, string][] = readdirSync(`${root}test/models`).filter((f) => f.endsWith('.mlir')).map((f) => [f, readFileSync(`${root}test/models/${f}`, 'utf8')]);
models.push(['bert-base layer', bertEncoderLayer(BERT_BASE)]);
for (const [name, text] of models) {
  const t0 = performance.now();
  const before = run(text, name, `${TENSOR},convert-tensor-to-block`);
  const after = run(text, name, `${TENSOR},convert-tensor-to-block,block-sync`);
  console.log(`${name}\n  before block-sync: ${stats(before)}\n  after block-sync:  ${stats(after)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
