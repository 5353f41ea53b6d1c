// convert-tensor-to-block: every run of tensor.compute ops in a block becomes one block.program;
// each TE becomes a block.tile (default tile sizes from a GPU profile, or the given ones), and
// each producer→consumer edge a dependency synchronised by a grid barrier (block-sync refines it).
import { ArrayAttr, Builder, DenseArrayAttr, IntegerAttr, IntegerType, Operation, Region, StringAttr, type Block, type Value } from '../../../lib/ir/index.js';
import { definePass } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import { gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { depsAttr, type DepEdge } from '../tile.js';
import { gridOf } from '../tiling.js';
import { computeBounds } from '../../tensor/index.js';
import { tileResources, tileSizesFor } from '../tile-size.js';

/** What the conversion needs. */
export interface TilingOptions {
  /** Tile sizes of the parallel dimensions of every TE, in order; defaults where missing. */
  readonly tileSizes: readonly number[];
  readonly gpu: GpuProfile;
}

const isCompute = (op: Operation) => op.name.name === 'tensor.compute';

/** Whether `op` (or an op nested in it) uses a result of one of `group`. */
function usesAny(op: Operation, group: ReadonlySet<Operation>): boolean {
  let found = false;
  op.walk((inner) => {
    if (inner.operands.some((v) => v.definingOp && group.has(v.definingOp))) found = true;
  });
  return found;
}

/** The runs of TEs of `block`: consecutive computes, ops between them allowed when they use none of the run's results. */
function runsOf(block: Block): Operation[][] {
  const runs: Operation[][] = [];
  let run: Operation[] = [];
  let members = new Set<Operation>();
  for (const op of block.operations) {
    if (isCompute(op)) {
      run.push(op);
      members.add(op);
    } else if (run.length && usesAny(op, members)) {
      runs.push(run);
      run = [];
      members = new Set();
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Tiles one TE in place: wraps it in a block.tile named `name` at its position; returns the tile. */
function tileTe(te: Operation, name: string, options: TilingOptions): Operation {
  const ctx = te.context;
  const i64 = IntegerType.get(ctx, 64);
  const tile = tileSizesFor(te, options.tileSizes, options.gpu);
  const res = tileResources(te, tile, options.gpu);
  const region = new Region();
  const b = new Builder(ctx);
  const body = b.createBlock(region, [], undefined, te.location);
  const op = Operation.create({
    name: 'block.tile',
    location: te.location,
    resultTypes: te.resultTypes,
    properties: [
      { name: 'sym_name', value: StringAttr.get(ctx, name) },
      { name: 'tile', value: DenseArrayAttr.get(i64, tile) },
      { name: 'grid', value: DenseArrayAttr.get(i64, gridOf(computeBounds(te), tile)) },
      { name: 'reads', value: ArrayAttr.get(ctx, res.reads.map((r) => DenseArrayAttr.get(i64, r))) },
      { name: 'smem', value: IntegerAttr.get(i64, res.sharedMemory) },
      { name: 'regs', value: IntegerAttr.get(i64, res.registers) },
    ],
    regions: [region],
  });
  te.parent!.insertBefore(op, te);
  te.replaceAllUsesWith(op.results);
  te.remove();
  body.append(te);
  body.append(Operation.create({ name: 'block.yield', location: te.location, operands: te.results }));
  return op;
}

/** Converts one run of TEs into a block.program placed after its last TE; `names` numbers the tiles of the function. */
function convertRun(run: readonly Operation[], options: TilingOptions, names: { next: number }): Operation {
  const ctx = run[0].context;
  const last = run[run.length - 1];
  const tiles = run.map((te) => tileTe(te, `te${names.next++}`, options));
  const inRun = new Set(tiles);
  const deps: DepEdge[] = [];
  for (const consumer of tiles) {
    const producers = new Set<Operation>();
    consumer.walk((inner) => inner.operands.forEach((v) => v.definingOp && inRun.has(v.definingOp) && producers.add(v.definingOp)));
    for (const p of producers) deps.push({ producer: tileNameOf(p), consumer: tileNameOf(consumer), sync: 'barrier' });
  }
  // Results the rest of the function uses leave through the program.
  const inside = (user: Operation) => inRun.has(user.parentWhere((o) => o.name.name === 'block.tile') as Operation);
  const escaping: Value[] = tiles.flatMap((t) => t.results.filter((r) => r.uses.some((u) => !inside(u.owner))));
  const region = new Region();
  const b = new Builder(ctx);
  const body = b.createBlock(region, [], undefined, last.location);
  const program = Operation.create({
    name: 'block.program',
    location: last.location,
    resultTypes: escaping.map((v) => v.type),
    properties: [{ name: 'deps', value: depsAttr(ctx, deps) }],
    regions: [region],
  });
  const anchor = tiles[tiles.length - 1];
  anchor.parent!.insertBefore(program, anchor.next);
  escaping.forEach((v, i) => v.replaceUsesWithIf(program.result(i), (u) => !inside(u.owner)));
  for (const t of tiles) {
    t.remove();
    body.append(t);
  }
  body.append(Operation.create({ name: 'block.yield', location: last.location, operands: escaping }));
  return program;
}

function tileNameOf(op: Operation): string {
  return (op.getAttr('sym_name') as StringAttr).value;
}

/** Converts every run of TEs in `root`'s blocks; returns the number of programs made. */
export function convertTensorToBlock(root: Operation, options: TilingOptions): number {
  const runs: Operation[][] = [];
  root.walk((op) => {
    if (isCompute(op) || op.name.name === 'block.program') return 'skip';
    for (const region of op.regions) for (const block of region.blocks) runs.push(...runsOf(block));
  }, 'pre');
  const names = { next: 0 };
  for (const run of runs) convertRun(run, options, names);
  return runs.length;
}

export const convertTensorToBlockPass = definePass({
  name: 'convert-tensor-to-block',
  summary: 'Tile every tensor.compute into a block.tile, each run of them into a block.program',
  description:
    'Tile sizes default to a tiling that fills the GPU (a tile per SM at least, tiles of at least 256 points) with footprints that fit ' +
    "in a block's shared memory; `tile-sizes` sets the parallel dimensions' sizes of every TE in order (cut to each extent). " +
    'Each producer→consumer edge is synchronised by a grid barrier until block-sync chooses cheaper ones.',
  anchor: 'func.func',
  options: {
    'tile-sizes': Option.intList([], 'tile sizes of the parallel dimensions of every TE, in order'),
    gpu: Option.enum(['a100', 'h100', 'h200'], 'h100', `the GPU profile (${gpuProfileNames().join(', ')})`),
  },
  statistics: { 'num-programs': 'Block programs made' },
  run(ctx) {
    const sizes = ctx.options['tile-sizes'];
    const bad = sizes.findIndex((s) => s < 1);
    if (bad >= 0) {
      ctx.fail(`tile-sizes must be positive, but size #${bad} is ${sizes[bad]}`);
      return;
    }
    ctx.addStatistic('num-programs', convertTensorToBlock(ctx.op, { tileSizes: sizes, gpu: gpuProfile(ctx.options.gpu)! }));
  },
});
