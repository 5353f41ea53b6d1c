// Benchmark report of the block level on the test models and a BERT-base encoder layer: after
// the tensor pipeline and convert-tensor-to-block (default H100 tiling), after block-sync, and
// after block-fuse and block-sync: TEs, tiles, edges per class, grid barriers, flag waits, and
// intermediate bytes through global memory (written, read back) vs read on chip inside fused
// tiles. Usage: node build/bench/block-models.js
import { readFileSync, readdirSync } from 'node:fs';
import { createContext } from '../dialects/registry.js';
import { registerDialectPasses } from '../dialects/passes.js';
import { registerGenericPasses } from '../lib/passes/index.js';
import { PassManager, parsePassPipeline } from '../lib/pass/index.js';
import { parseSourceString } from '../lib/parse/index.js';
import { verify } from '../lib/verify/index.js';
import type { Operation, RankedTensorType, Value } from '../lib/ir/index.js';
import { BlockDependency, tileBoxes } from '../dialects/block/analysis/dependency.js';
import { footprint, tilePosition } from '../dialects/block/tiling.js';
import { elementBytes } from '../dialects/tensor/analysis/te.js';
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

const mib = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`);

/** Bytes the TEs of fused tiles read from earlier TEs of their tile (footprints over every anchor tile): kept on chip. */
function onChipBytes(deps: BlockDependency): number {
  let bytes = 0;
  for (const node of deps.tiles) {
    const plan = node.plan;
    if (!plan) continue;
    for (let t = 0; t < node.count; t++) {
      const boxes = tileBoxes(node, tilePosition(node.grid, t));
      plan.source.forEach((inputs, k) =>
        inputs.forEach((from, i) => {
          if (from < 0) return;
          const volume = footprint(plan.inputMaps[k][i], boxes[k]).reduce((n, x) => n * (x.hi - x.lo + 1), 1);
          bytes += volume * elementBytes(plan.tes[k].operand(i).type);
        }),
      );
    }
  }
  return bytes;
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
  let readBack = 0;
  const written = new Set<Value>();
  for (const e of deps.edges) {
    classes.set(e.kind, (classes.get(e.kind) ?? 0) + 1);
    const s = syncOf(e.producer.name, e.consumer.name, e.consumer.program);
    if (s === 'barrier') barriers++;
    if (s === 'flags') flagWaits += e.fanInSum;
    readBack += e.bytes;
    for (const r of e.reads) written.add(e.producer.op.result(r.result));
  }
  const writes = [...written].reduce((n, v) => n + (v.type as RankedTensorType).shape.reduce((a, b) => a * b, 1) * elementBytes(v.type), 0);
  const tes = deps.tiles.reduce((n, t) => n + t.tes.length, 0);
  const tiles = deps.tiles.reduce((n, t) => n + t.count, 0);
  const cls = ['identity', 'bounded', 'slab', 'all'].map((k) => `${k} ${classes.get(k) ?? 0}`).join(', ');
  return `${tes} TEs in ${deps.tiles.length} tiled ops, ${tiles} tiles; ${deps.edges.length} edges (${cls}); ` +
    `${barriers} grid barriers, ${flagWaits} flag waits; intermediates: ${mib(writes)} written to and ${mib(readBack)} read from global memory, ` +
    `${mib(onChipBytes(deps))} read on chip`;
}

const root = new URL('../..', import.meta.url).pathname;
const models: [string, string][] = readdirSync(`${root}test/models`).filter((f) => f.endsWith('.mlir')).map((f) => [f, readFileSync(`${root}test/models/${f}`, 'utf8')]);
models.push(['bert-base layer', bertEncoderLayer(BERT_BASE)]);
// The test models are one tile per TE under the default tiling; 2x4 tiles show their edges' classes.
const tilings: [string, string][] = [['default tiling', 'convert-tensor-to-block']];
const small: [string, string] = ['tile-sizes=2,4', 'convert-tensor-to-block{tile-sizes=2,4}'];
for (const [name, text] of models) {
  for (const [tiling, convert] of name.endsWith('.mlir') ? [...tilings, small] : tilings) {
    const t0 = performance.now();
    const before = run(text, name, `${TENSOR},${convert}`);
    const synced = run(text, name, `${TENSOR},${convert},block-sync`);
    const fused = run(text, name, `${TENSOR},${convert},block-fuse,block-sync`);
    console.log(
      `${name} (${tiling})\n  convert-tensor-to-block:  ${stats(before)}\n  + block-sync:             ${stats(synced)}\n` +
        `  + block-fuse, block-sync: ${stats(fused)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }
}
