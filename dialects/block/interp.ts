// Interpreter implementation of block.program: its tasks (one per tile of each block.tile; a fused
// tile's task computes its TEs in order) run in a random order (seeded) that respects only the declared dependencies and their syncs, over
// tensors standing for global memory that start as poison (NaN), so a missing dependency shows.
import { FloatType, IntegerAttr, OpResult, RankedTensorType, type Operation, type Value } from '../../lib/ir/index.js';
import { computeBounds } from '../tensor/index.js';
import { TensorValue, contiguousStrides, type Interpreter, type InterpreterImpls, type RtValue } from '../../lib/interp/index.js';
import { BlockDependency } from './analysis/dependency.js';
import { programDeps, programTiles, tileCompute, tileComputes, tileGrid, tileName, tileSizes, tileYielded } from './tile.js';
import { fusedBoxes, fusedPlan, type FusedPlan } from './tile-regions.js';
import { footprint, tileBox, tilePosition, tileNumber, type Box } from './tiling.js';
import { forEachPoint, runTile } from './interp-tile.js';
import { rngFor } from './interp-random.js';
import { addScheduleBarriers } from './interp-schedule.js';

/** The discardable attribute of a block.program holding the seed of its task order (0 when absent). */
export const SEED_ATTR = 'block.seed';

/** A task: tile number `t` of tile op `tile` (an index into the program's tiles). */
interface Task {
  readonly tile: number;
  readonly t: number;
  /** Prerequisites not yet done (tasks and barriers). */
  pending: number;
  /** What this task's completion counts down: other tasks, and barriers by index. */
  readonly next: Task[];
  readonly barriers: number[];
}

/** A grid barrier of one edge: the producer's tile count down to zero releases the consumer's tasks. */
interface Barrier {
  left: number;
  readonly release: Task[];
}

/** The tasks of a program and what each waits for. */
function planTasks(program: Operation, tiles: readonly Operation[]): { tasks: Task[][]; barriers: Barrier[] } {
  const deps = new BlockDependency(program);
  const nodes = tiles.map((t) => deps.node(t)!);
  const tasks = nodes.map((n, i) => Array.from({ length: n.count }, (_, t): Task => ({ tile: i, t, pending: 0, next: [], barriers: [] })));
  const index = new Map(tiles.map((t, i) => [tileName(t), i]));
  const barriers: Barrier[] = [];
  for (const e of programDeps(program)) {
    const [p, c] = [index.get(e.producer)!, index.get(e.consumer)!];
    if (e.sync === 'none') continue;
    const edge = deps.edge(tiles[p], tiles[c]);
    if (e.sync === 'flags' && edge) {
      // Each consumer tile waits for exactly the producer tiles its footprint needs.
      for (const task of tasks[c]) {
        const box = deps.producerTiles(edge, task.t);
        if (!box) continue;
        const pos = new Int32Array(box.length);
        forEachPoint(box, pos, () => {
          tasks[p][tileNumber(nodes[p].grid, Array.from(pos))].next.push(task);
          task.pending++;
        });
      }
      continue;
    }
    const b = barriers.push({ left: tasks[p].length, release: tasks[c] }) - 1;
    for (const task of tasks[p]) task.barriers.push(b);
    for (const task of tasks[c]) task.pending++;
  }
  addScheduleBarriers(program, tiles, tasks, barriers);
  return { tasks, barriers };
}

/** A result tensor standing for global memory before any tile wrote it: NaN for floats (zero for integers). */
function poisoned(type: RankedTensorType): TensorValue {
  const t = TensorValue.zeros(type);
  if (type.elementType instanceof FloatType) for (let i = 0; i < t.data.length; i++) t.data.set(i, NaN);
  return t;
}

/**
 * One task of a fused tile: its TEs in order over their computed boxes; fused results go to
 * task-local tensors (poisoned: a box missing a needed element shows), those that leave the
 * tile are copied out for their computed box; the anchor writes the tile's own results.
 */
function runFusedTile(tile: Operation, plan: FusedPlan, box: Box, outputs: readonly TensorValue[], read: (v: Value) => TensorValue, interp: Interpreter): void {
  const boxes = fusedBoxes(plan, box);
  const n = plan.tes.length;
  const local: TensorValue[][] = [];
  for (let k = 0; k < n; k++) {
    const te = plan.tes[k];
    const inputs = te.operands.map((v, i) => (plan.source[k][i] >= 0 ? local[plan.source[k][i]][(v as OpResult).index] : read(v)));
    const outs = k === n - 1 ? outputs.slice(0, te.numResults) : te.results.map((r) => poisoned(r.type as RankedTensorType));
    runTile(te, boxes[k], inputs, outs, interp);
    local.push(outs);
  }
  tileYielded(tile).forEach((v, j) => {
    if (j < plan.tes[n - 1].numResults) return;
    const k = plan.tes.indexOf((v as OpResult).owner);
    const r = (v as OpResult).index;
    copyRegion(local[k][r], outputs[j], footprint(plan.outputMaps[k][r], boxes[k]));
  });
}

/** Copies the elements of `region` (a box of the tensors' shape) from `src` to `dst`. */
function copyRegion(src: TensorValue, dst: TensorValue, region: Box): void {
  const strides = contiguousStrides(src.shape);
  const point = new Int32Array(region.length);
  forEachPoint(region, point, () => {
    let off = 0;
    for (let d = 0; d < point.length; d++) off += point[d] * strides[d];
    dst.data.set(off, src.data.get(off));
  });
}

/** block.program: runs every task once, in a seeded random order allowed by the declared dependencies. */
function runProgram(op: Operation, _args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const tiles = programTiles(op);
  const memory = new Map<Operation, TensorValue[]>(tiles.map((t) => [t, t.results.map((r) => poisoned(r.type as RankedTensorType))]));
  const read = (v: Value): TensorValue => {
    const def = v instanceof OpResult ? memory.get(v.owner) : undefined;
    return def ? def[(v as OpResult).index] : (interp.value(v) as TensorValue);
  };
  const { tasks, barriers } = planTasks(op, tiles);
  const plans = tiles.map((t) => {
    const tes = tileComputes(t);
    const plan = tes.length > 1 ? fusedPlan(tes) : undefined;
    return typeof plan === 'string' ? undefined : plan;
  });
  const seedAttr = op.getAttr(SEED_ATTR);
  const random = rngFor(seedAttr instanceof IntegerAttr ? Number(seedAttr.value) : 0);
  const ready = tasks.flat().filter((t) => t.pending === 0);
  const done = (task: Task) => {
    if (--task.pending === 0) ready.push(task);
  };
  let left = tasks.reduce((n, ts) => n + ts.length, 0);
  while (ready.length) {
    const k = random(ready.length);
    const task = ready[k];
    ready[k] = ready[ready.length - 1];
    ready.pop();
    const tile = tiles[task.tile];
    const te = tileCompute(tile)!;
    const box = tileBox(computeBounds(te), tileSizes(tile), tilePosition(tileGrid(tile), task.t));
    const plan = plans[task.tile];
    if (plan) runFusedTile(tile, plan, box, memory.get(tile)!, read, interp);
    else runTile(te, box, te.operands.map(read), memory.get(tile)!, interp);
    left--;
    task.next.forEach(done);
    for (const b of task.barriers) if (--barriers[b].left === 0) barriers[b].release.forEach(done);
  }
  if (left) interp.error(op, `${left} tasks never became ready: the dependencies form a cycle`);
  const yielded = op.regions[0].entry!.last!.operands;
  return yielded.map(read);
}

/** The block dialect's implementations (block.tile runs only as tasks of its program; block.yield passes its operands). */
export function blockInterpreter(): InterpreterImpls {
  return { 'block.program': runProgram };
}
