// The flags of one launch: which flag arrays each producer tile signals, which a consumer tile
// waits for, and the waits themselves. Where every consumer tile of an edge needs the whole
// producer grid along some dimensions (slab and all edges), the producer tiles count into one
// flag per position along the other dimensions and a consumer waits once per flag for that
// many signals; otherwise (identity, bounded edges) each producer tile has its own flag. The
// producer tiles of a consumer tile's box are computed in the kernel from the tile index where
// the maps allow it (the analysis' own formula), else from a fit of the analysis' per-tile
// boxes (floor((a * x + b) / q) of one consumer grid coordinate, or a table of its values),
// else the hull of them all.
import type { Operation, Value } from '../../../lib/ir/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import { AffineDimExpr } from '../../../lib/affine/index.js';
import { linearize, type LinearForm } from '../../tensor/linear.js';
import type { BlockDependency, BlockEdge, TileBox } from '../../block/analysis/dependency.js';
import { tilePosition } from '../../block/tiling.js';
import { alignedEdge, projectedDims } from '../../block/passes/sync-waits.js';
import { programDeps, tileName } from '../../block/tile.js';
import { IntegerType } from '../../../lib/ir/index.js';
import type { Emitter } from './lower-emit.js';
import { gpuFlagSignal, gpuFlagWait } from './lower-gpu-ops.js';
import { tileOrigin, tileShape } from './lower-tile.js';
import { linearFootprint, maxIndex, minIndex, tileValueBox } from './lower-box.js';

/**
 * A range of flags a producer signals: one flag per position of the producer grid along the
 * dims not projected (row-major), each counting the producer tiles at that position.
 */
export interface FlagArray {
  /** The first flag of the range in the launch's flags memref. */
  readonly base: number;
  /** Per producer grid dim: whether the flags sum over it. */
  readonly projected: readonly boolean[];
  /** Producer tiles per flag: the count a consumer waits for. */
  readonly count: number;
}

/** The flags of a launch. */
export interface FlagLayout {
  /** The host's `memref<N x i32>`, zeroed before the launch. */
  readonly memref: Value;
  /** The flag ranges each producer tile op signals (one per distinct projection of its edges). */
  readonly signals: ReadonlyMap<Operation, readonly FlagArray[]>;
  /** The producers each consumer tile op waits for. */
  readonly waits: ReadonlyMap<Operation, readonly FlagWait[]>;
}

/** What a consumer tile waits for across one edge. */
export interface FlagWait {
  readonly producer: Operation;
  /** The range the producer signals for this edge. */
  readonly flags: FlagArray;
  /** Whether consumer tile t needs exactly producer tile t (its flag is base + t). */
  readonly aligned: boolean;
}

/** The flags a launch needs: edges with `flags` sync between tiles of one phase. */
export function planFlags(program: Operation, phases: readonly (readonly Operation[])[], deps: () => BlockDependency): { size: number; signals: Map<Operation, FlagArray[]>; waits: Map<Operation, FlagWait[]> } {
  const phaseOf = new Map<string, number>();
  const byName = new Map<string, Operation>();
  phases.forEach((ph, i) => ph.forEach((t) => (phaseOf.set(tileName(t), i), byName.set(tileName(t), t))));
  const signals = new Map<Operation, FlagArray[]>();
  const waits = new Map<Operation, FlagWait[]>();
  let size = 0;
  for (const e of programDeps(program)) {
    if (e.sync !== 'flags') continue;
    const [p, c] = [phaseOf.get(e.producer), phaseOf.get(e.consumer)];
    if (p === undefined || p !== c) continue;
    const producer = byName.get(e.producer)!;
    const consumer = byName.get(e.consumer)!;
    const edge = deps().edge(producer, consumer);
    if (!edge) continue;
    const projected = projectedDims(deps(), edge);
    const arrays = signals.get(producer) ?? signals.set(producer, []).get(producer)!;
    let flags = arrays.find((a) => a.projected.every((x, d) => x === projected[d]));
    if (!flags) {
      const grid = edge.producer.grid;
      const count = grid.reduce((n, g, d) => (projected[d] ? n * g : n), 1);
      flags = { base: size, projected, count };
      arrays.push(flags);
      size += edge.producer.count / count;
    }
    waits.set(consumer, [...(waits.get(consumer) ?? []), { producer, flags, aligned: alignedEdge(deps(), edge) }]);
  }
  return { size, signals, waits };
}

/** Emits, after producer tile `t` of a tile (grid `grid`) is done, a flag_signal per flag range it counts into. */
export function emitFlagSignals(e: Emitter, arrays: readonly FlagArray[], flags: Value, grid: readonly number[], t: Value): void {
  const total = grid.reduce((n, g) => n * g, 1);
  for (const a of arrays) {
    // The row-major number of the tile's position along the dims not projected (t when none is).
    let index = a.count === 1 ? t : e.int(0);
    let stride = 1;
    let scale = 1;
    for (let d = grid.length - 1; d >= 0 && a.count > 1; d--) {
      if (!a.projected[d] && grid[d] > 1) {
        const q = stride === 1 ? t : e.div(t, e.int(stride));
        const coord = stride * grid[d] === total ? q : e.rem(q, e.int(grid[d]));
        index = e.add(index, e.mul(coord, e.int(scale)));
        scale *= grid[d];
      }
      stride *= grid[d];
    }
    e.put(gpuFlagSignal(flags, e.add(e.int(a.base), index), e.loc));
  }
}

/** The output dim each result of a projected permutation reads, or undefined. */
function permutationDims(map: AffineMap): number[] | undefined {
  const dims = map.results.map((e) => (e instanceof AffineDimExpr ? e.position : -1));
  return dims.every((d, r) => d >= 0 && dims.indexOf(d) === r) ? dims : undefined;
}

/** Runtime [lo, hi] producer tile ranges (per producer domain dim) of consumer tile `t` (anchor TEs reading anchor results), or undefined when the static hull is needed. */
function runtimeBox(e: Emitter, edge: BlockEdge, t: Value): [Value, Value][] | undefined {
  const c = edge.consumer;
  const p = edge.producer;
  const plans: { forms: LinearForm[]; dims: number[] }[] = [];
  for (const { te, input, result } of edge.reads) {
    // The other TEs of fused tiles read and write computed boxes: the static hull covers them.
    const [written, output] = p.yielded[result] ?? [p.tes.length - 1, result];
    if (te !== c.tes.length - 1 || written !== p.tes.length - 1) return undefined;
    const map = c.inputMaps[input];
    const forms = map.results.map((r) => linearize(r, map.numDims));
    const dims = permutationDims(p.outputMaps[output]);
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

/**
 * `floor((a * x + b) / q)` of the consumer grid coordinate `x` along dim `c` (`c` undefined: the
 * constant b), or `table[x]` where no such formula fits (a padded read wraps through `mod`, so
 * the first and last tiles need more than their neighbours).
 */
interface TileFit {
  readonly c: number | undefined;
  readonly a: number;
  readonly b: number;
  readonly q: number;
  readonly table?: readonly number[];
}

/** The fit of `values` (one per consumer tile) as a function of one consumer grid coordinate, or undefined when they depend on several. */
function fitTiles(values: readonly number[], grid: readonly number[]): TileFit | undefined {
  if (values.every((v) => v === values[0])) return { c: undefined, a: 0, b: values[0], q: 1 };
  const positions = values.map((_, t) => tilePosition(grid, t));
  for (let c = 0; c < grid.length; c++) {
    if (grid[c] < 2) continue;
    const table = new Array<number | undefined>(grid[c]);
    if (!values.every((v, t) => (table[positions[t][c]] ??= v) === v)) continue;
    const v = table as number[];
    // Non-negative a and b, so that the kernel's unsigned division is exact; x = 0 bounds b
    // and the last x bounds a, so the search stays small.
    const last = v.length - 1;
    for (let q = 1; q <= 64; q++) {
      for (let b = Math.max(0, q * v[0]); b < q * v[0] + q; b++) {
        for (let a = Math.max(0, Math.ceil((q * v[last] - b) / last)); a * last + b < q * v[last] + q; a++) {
          if (v.every((y, x) => Math.floor((a * x + b) / q) === y)) return { c, a, b, q };
        }
      }
    }
    return { c, a: 0, b: 0, q: 1, table: v };
  }
  return undefined;
}

/** The producer tile ranges of consumer tile `t` from fits of the analysis' per-tile boxes, or undefined when some range does not fit. */
function fittedBox(e: Emitter, deps: BlockDependency, edge: BlockEdge, projected: readonly boolean[], t: Value): [Value, Value][] | undefined {
  const boxes: TileBox[] = [];
  for (let n = 0; n < edge.consumer.count; n++) {
    const box = deps.producerTiles(edge, n);
    if (!box) return undefined;
    boxes.push(box);
  }
  const grid = edge.consumer.grid;
  const fits: [TileFit, TileFit][] = [];
  for (let d = 0; d < edge.producer.grid.length; d++) {
    const lo = projected[d] ? undefined : fitTiles(boxes.map((b) => b[d].lo), grid);
    const hi = projected[d] ? undefined : fitTiles(boxes.map((b) => b[d].hi), grid);
    if (!projected[d] && (!lo || !hi)) return undefined;
    if (lo && hi) fits[d] = [lo, hi];
  }
  const pos = e.delinearize(t, grid);
  const value = (f: TileFit) => {
    if (f.c === undefined) return e.int(f.b);
    const x = pos[f.c];
    if (!f.table) return e.div(e.add(e.mul(x, e.int(f.a)), e.int(f.b)), e.int(f.q));
    // table[x] as a chain of selects, one per position where the value changes.
    const table = f.table;
    return table.reduce((v, y, i) => (i && y !== table[i - 1] ? e.select(e.lt(x, e.int(i)), v, e.int(y)) : v), e.int(table[0]));
  };
  const same = (f: TileFit, g: TileFit) => f.c === g.c && f.a === g.a && f.b === g.b && f.q === g.q && f.table?.join() === g.table?.join();
  return edge.producer.grid.map((g, d) => {
    if (!fits[d]) return [e.int(0), e.int(g - 1)];
    const lo = value(fits[d][0]);
    // One producer tile along d: the same value, so no loop is emitted.
    return [lo, same(fits[d][0], fits[d][1]) ? lo : value(fits[d][1])];
  });
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

/** Emits, before consumer tile `t` of `tile` reads, a flag_wait per flag of its box, for every producer it waits for. */
export function emitFlagWaits(e: Emitter, layout: FlagLayout, flags: Value, deps: BlockDependency, tile: Operation, t: Value): void {
  const i32 = IntegerType.get(e.loc.context, 32);
  for (const { producer, flags: array, aligned } of layout.waits.get(tile) ?? []) {
    const edge = deps.edge(producer, tile);
    if (!edge) continue;
    if (aligned) {
      e.put(gpuFlagWait(flags, e.add(e.int(array.base), t), e.int(1, i32), e.loc));
      continue;
    }
    const box = runtimeBox(e, edge, t) ?? fittedBox(e, deps, edge, array.projected, t) ?? staticBox(e, deps, edge);
    const grid = edge.producer.grid;
    // Nested loops over the box along the dims not projected; the flag is base + the row-major
    // number of the position along them.
    const visit = (d: number, number: Value) => {
      if (d === grid.length) {
        e.put(gpuFlagWait(flags, e.add(e.int(array.base), number), e.int(array.count, i32), e.loc));
        return;
      }
      if (array.projected[d]) return visit(d + 1, number);
      const [lo, hi] = box[d];
      const scaled = e.mul(number, e.int(grid[d]));
      if (lo === hi) return visit(d + 1, e.add(scaled, lo));
      e.loop(lo, e.add(hi, e.int(1)), e.int(1), [], (pos) => (visit(d + 1, e.add(scaled, pos)), []));
    };
    visit(0, e.int(0));
  }
}
