// Per-tile flags of one launch: where each producer tile's flag lives, which producers a
// consumer tile waits for, and the waits themselves — the producer tiles of the consumer
// tile's box, computed in the kernel from the tile index where the maps allow it (the
// analysis' own formula), else the hull of the boxes of every consumer tile.
import type { Operation, Value } from '../../../lib/ir/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import { AffineDimExpr } from '../../../lib/affine/index.js';
import { linearize, type LinearForm } from '../../tensor/linear.js';
import { BlockDependency, type BlockEdge, type TileNode } from '../../block/analysis/dependency.js';
import { programDeps, tileName } from '../../block/tile.js';
import { IntegerType } from '../../../lib/ir/index.js';
import type { Emitter } from './lower-emit.js';
import { gpuFlagWait } from './lower-gpu-ops.js';
import { tileOrigin, tileShape } from './lower-tile.js';
import { linearFootprint, maxIndex, minIndex, tileValueBox } from './lower-box.js';

/** The flags of a launch. */
export interface FlagLayout {
  /** The host's `memref<N x i32>`, zeroed before the launch. */
  readonly memref: Value;
  /** The first flag of each producer tile op (its tile t signals flag base + t). */
  readonly signals: ReadonlyMap<Operation, number>;
  /** The producers each consumer tile op waits for. */
  readonly waits: ReadonlyMap<Operation, readonly Operation[]>;
}

/** The flags a launch needs: edges with `flags` sync between tiles of one phase. */
export function planFlags(program: Operation, phases: readonly (readonly Operation[])[], count: (tile: Operation) => number): { size: number; signals: Map<Operation, number>; waits: Map<Operation, Operation[]> } {
  const phaseOf = new Map<string, number>();
  const byName = new Map<string, Operation>();
  phases.forEach((ph, i) => ph.forEach((t) => (phaseOf.set(tileName(t), i), byName.set(tileName(t), t))));
  const signals = new Map<Operation, number>();
  const waits = new Map<Operation, Operation[]>();
  let size = 0;
  for (const e of programDeps(program)) {
    if (e.sync !== 'flags') continue;
    const [p, c] = [phaseOf.get(e.producer), phaseOf.get(e.consumer)];
    if (p === undefined || p !== c) continue;
    const producer = byName.get(e.producer)!;
    if (!signals.has(producer)) {
      signals.set(producer, size);
      size += count(producer);
    }
    const consumer = byName.get(e.consumer)!;
    waits.set(consumer, [...(waits.get(consumer) ?? []), producer]);
  }
  return { size, signals, waits };
}

/** The output dim each result of a projected permutation reads, or undefined. */
function permutationDims(map: AffineMap): number[] | undefined {
  const dims = map.results.map((e) => (e instanceof AffineDimExpr ? e.position : -1));
  return dims.every((d, r) => d >= 0 && dims.indexOf(d) === r) ? dims : undefined;
}

/** Runtime [lo, hi] producer tile ranges (per producer domain dim) of consumer tile `t`, or undefined when the maps need the static hull. */
function runtimeBox(e: Emitter, edge: BlockEdge, t: Value): [Value, Value][] | undefined {
  const c = edge.consumer;
  const p = edge.producer;
  // Fused tiles read and write computed boxes: the static hull covers them.
  if (c.tes.length !== 1 || p.tes.length !== 1) return undefined;
  const plans: { forms: LinearForm[]; dims: number[] }[] = [];
  for (const { input, result } of edge.reads) {
    const map = c.inputMaps[input];
    const forms = map.results.map((r) => linearize(r, map.numDims));
    const dims = permutationDims(p.outputMaps[result]);
    if (!dims || !forms.every((f) => f)) return undefined;
    plans.push({ forms: forms as LinearForm[], dims });
  }
  const box = tileValueBox(e, tileShape(c.compute, c.tile), tileOrigin(e, tileShape(c.compute, c.tile), t));
  let tiles: [Value, Value][] | undefined;
  for (const { forms, dims } of plans) {
    const ranges: [Value, Value][] = p.grid.map(() => [e.int(0), e.int(0)]);
    linearFootprint(e, forms, box).forEach((region, r) => {
      const pd = dims[r];
      ranges[pd] = [e.div(region.lo, e.int(p.tile[pd])), e.div(region.hi, e.int(p.tile[pd]))];
    });
    tiles = tiles ? tiles.map(([a, b], d) => [minIndex(e, a, ranges[d][0]), maxIndex(e, b, ranges[d][1])]) : ranges;
  }
  return tiles;
}

/** The hull, over every consumer tile, of the producer tiles it needs (constant ranges). */
function staticBox(e: Emitter, deps: BlockDependency, edge: BlockEdge): [Value, Value][] {
  let box: { lo: number; hi: number }[] | undefined;
  for (let t = 0; t < edge.consumer.count; t++) {
    const b = deps.producerTiles(edge, t);
    if (b) box = box ? box.map((x, d) => ({ lo: Math.min(x.lo, b[d].lo), hi: Math.max(x.hi, b[d].hi) })) : b.map((x) => ({ ...x }));
  }
  return (box ?? edge.producer.grid.map(() => ({ lo: 0, hi: -1 }))).map((x) => [e.int(x.lo), e.int(x.hi)]);
}

/** Emits, before consumer tile `t` of `tile` reads, a flag_wait per producer tile of its box, for every producer it waits for. */
export function emitFlagWaits(e: Emitter, layout: FlagLayout, flags: Value, deps: BlockDependency, tile: Operation, t: Value): void {
  const i32 = IntegerType.get(e.loc.context, 32);
  for (const producer of layout.waits.get(tile) ?? []) {
    const edge = deps.edge(producer, tile);
    if (!edge) continue;
    const base = layout.signals.get(producer)!;
    const box = runtimeBox(e, edge, t) ?? staticBox(e, deps, edge);
    const node: TileNode = edge.producer;
    // Nested loops over the box; the flag of producer tile pos is base + its row-major number.
    const visit = (d: number, number: Value) => {
      if (d === node.grid.length) {
        e.put(gpuFlagWait(flags, e.add(e.int(base), number), e.int(1, i32), e.loc));
        return;
      }
      const [lo, hi] = box[d];
      const scaled = e.mul(number, e.int(node.grid[d]));
      if (lo === hi) return visit(d + 1, e.add(scaled, lo));
      e.loop(lo, e.add(hi, e.int(1)), e.int(1), [], (pos) => (visit(d + 1, e.add(scaled, pos)), []));
    };
    visit(0, e.int(0));
  }
}
