// block-coschedule and block-schedule: the test models and random programs, scheduled, give the
// graph/tensor-level results in every task order the schedule and dependencies allow (the
// interpreter honours phases); independent tiles share launches; occupancy splits launches;
// a 2,000-TE program schedules fast.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSameResults } from '../../../../lib/interp/index.js';
import { ArrayAttr, IntegerAttr, IntegerType, StringAttr, type Operation } from '../../../../lib/ir/index.js';
import { gpuProfile } from '../../../../lib/target/gpu-profiles.js';
import { BlockDependency } from '../../../../dialects/block/analysis/dependency.js';
import { launchShape, launchesAttr, programLaunches } from '../../../../dialects/block/schedule.js';
import { programTiles, tileName } from '../../../../dialects/block/tile.js';
import { coschedule, schedule } from '../../../../dialects/block/passes/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { load, transform } from '../tensor/passes/helpers.js';
import { programs, seed } from './programs.js';
import { KINDS, caseText, randomCase, rng } from './random-programs.js';
import { randomDag, wideProgram } from './schedule-programs.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const MODELS = ['mlp', 'conv_block', 'attention', 'layernorm_residual', 'lstm_cell'];
const SCHEDULE = 'block-sync,block-coschedule,block-schedule';
const SEEDS = 5;



/** How many task-order seeds give results different from `reference`'s. */
function failures(reference: Operation, scheduled: Operation, seeds = SEEDS): string[] {
  const bad: string[] = [];
  for (let s = 0; s < seeds; s++) {
    seed(scheduled, s);
    const r = checkSameResults(reference, scheduled, { seed: s });
    if (!r.ok) bad.push(`order seed ${s}: ${r.message}`);
  }
  return bad;
}

const modelText = (name: string) => readFileSync(`${root}test/models/${name}.mlir`, 'utf8');

for (const name of MODELS) {
  test(`${name}: scheduled block programs equal the graph in any allowed order`, () => {
    const graph = load(modelText(name), `${name}.mlir`);
    // The default tiling (few large tiles) and small tiles (many tasks per phase, orders vary more).
    for (const [tiling, seeds] of [['', 2], ['{tile-sizes=2,4}', SEEDS]] as const) {
      const block = transform(graph, `convert-graph-to-tensor,convert-tensor-to-block${tiling},${SCHEDULE}`);
      assert.ok(programs(block).every((p) => programLaunches(p)), 'every program is scheduled');
      assert.equal(failures(graph, block, seeds), [], `${name} ${tiling}`);
    }
    const a100 = transform(graph, 'convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4},block-sync,block-coschedule,block-schedule{gpu=a100}');
    assert.equal(failures(graph, a100, 2), [], `${name} on a100`);
    const fused = transform(graph, `convert-graph-to-tensor,tensor-fuse,convert-tensor-to-block{tile-sizes=2,4},block-fuse,${SCHEDULE}`);
    assert.equal(failures(graph, fused, 2), [], `${name} after block-fuse`);
  });
}

test('random DAGs: scheduled, with some tiles too big to share a launch, equal the tensor level', () => {
  const r = rng(7);
  for (let k = 0; k < 24; k++) {
    const tensorLevel = load(randomDag(100 + k, r(3, 9)), `dag${k}.mlir`);
    const block = transform(tensorLevel, `convert-tensor-to-block{tile-sizes=${r(1, 6)},${r(1, 6)}},block-sync`);
    // Give some tiles a large shared memory, so that block-schedule splits launches around them.
    for (const t of programs(block).flatMap(programTiles)) if (r(0, 3) === 0) t.setProp('smem', IntegerAttr.get(IntegerType.get(block.context, 64), r(60, 200) * 1024));
    const scheduled = transform(block, 'block-coschedule,block-schedule');
    assert.equal(failures(tensorLevel, scheduled, 3), [], `DAG #${k}`);
  }
});

test('random two-tile programs of every edge class: scheduled equal unscheduled', () => {
  const r = rng(3);
  for (const kind of KINDS) {
    for (let k = 0; k < 3; k++) {
      const program = load(caseText(randomCase(kind, r)), `${kind}.mlir`);
      assert.equal(failures(program, transform(program, SCHEDULE), 3), [], kind);
    }
  }
});

test('the interpreter honours phases: a phase boundary orders tiles whose dependency was deleted, one phase does not', () => {
  const graph = load(modelText('mlp'), 'mlp.mlir');
  const block = transform(graph, `convert-graph-to-tensor,convert-tensor-to-block{tile-sizes=2,4},block-sync`);
  const program = programs(block)[0];
  const names = programTiles(program).map(tileName);
  const ctx = block.context;
  program.setProp('deps', ArrayAttr.get(ctx, []));
  // One tile per phase, in program order: every tile waits for the one before.
  program.setProp('launches', launchesAttr(ctx, [names.map((n) => [n])]));
  assert.equal(failures(graph, block), []);
  program.setProp('launches', launchesAttr(ctx, names.map((n) => [[n]])));
  assert.equal(failures(graph, block), [], 'launch boundaries order tiles too');
  // All tiles in one phase and no dependencies: some order reads an unwritten tile.
  program.setProp('launches', launchesAttr(ctx, [[names]]));
  assert.ok(failures(graph, block).length > 0, 'no order exposed the missing dependencies');
});

test('block-coschedule puts the Q, K and V projections in one launch; tiles of a launch are independent', () => {
  const graph = load(modelText('attention'), 'attention.mlir');
  const block = transform(graph, 'convert-graph-to-tensor,convert-tensor-to-block,block-sync,block-coschedule');
  const program = programs(block)[0];
  const launches = programLaunches(program)!;
  assert.ok(launches.length < programTiles(program).length, 'some tiles share a launch');
  assert.is(launches[0][0].length >= 3, true, `the first launch holds the projections: ${JSON.stringify(launches[0])}`);
  const deps = new BlockDependency(block);
  const node = new Map(deps.tiles.map((t) => [t.name, t]));
  for (const launch of launches) {
    assert.is(launch.length, 1);
    for (const a of launch[0]) for (const b of launch[0]) if (a !== b) assert.ok(deps.independent(node.get(a)!, node.get(b)!), `@${a} -- @${b}`);
  }
});

test('block-schedule splits launches where a tile would cut the resident blocks of the rest, and keeps grids within them', () => {
  // Tiles of 256 tasks each: a tile with one block per SM (132 on an H100) would slow the rest.
  const block = transform(load(wideProgram(3, 2), 'wide.mlir'), 'convert-tensor-to-block{tile-sizes=1,1},block-sync');
  const program = programs(block)[0];
  const together = programLaunches(programs(transform(block, 'block-coschedule,block-schedule'))[0])!;
  const tiles = programTiles(program);
  tiles[2].setProp('smem', IntegerAttr.get(IntegerType.get(block.context, 64), 200 * 1024));
  const split = programs(transform(block, 'block-coschedule,block-schedule'))[0];
  const launches = programLaunches(split)!;
  assert.ok(launches.length > together.length, `${JSON.stringify(together)} -> ${JSON.stringify(launches)}`);
  const big = tileName(tiles[2]);
  const alone = launches.find((l) => l.flat().includes(big))!;
  assert.equal(alone.flat(), [big]);
  const h100 = gpuProfile('h100')!;
  for (const l of launches) {
    const shape = launchShape(split, l, h100);
    if (shape.coResident) assert.ok(shape.grid <= shape.occupancy.residentBlocks && shape.grid > 0);
  }
  assert.is((split.getAttr('block.gpu') as StringAttr).value, 'h100');
});

test('a 2,000-TE program (500 layers of 4 independent TEs) is co-scheduled and scheduled in well under a second of CPU', () => {
  const module = load(wideProgram(500, 4), 'wide.mlir');
  const block = transform(module, 'convert-tensor-to-block{tile-sizes=8,8},block-sync');
  const program = programs(block)[0];
  const deps = new BlockDependency(block);
  // CPU time, not wall time: the machine running the tests may be busy.
  const t0 = process.cpuUsage();
  coschedule(program, deps);
  const launches = schedule(program, deps, gpuProfile('h100')!);
  const cpu = process.cpuUsage(t0);
  const ms = (cpu.user + cpu.system) / 1000;
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.ok(verify(block));
  assert.ok(launches.flat().every((ph) => ph.length >= 4), 'every phase holds a layer at least');
});

test.run();
