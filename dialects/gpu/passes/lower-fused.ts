// Kernel code for one task of a fused tile (block-fuse): each fused producer is computed for its
// computed box (what the later TEs of the anchor tile read of it, found at run time from the
// anchor tile's box through the readers' maps) into workgroup memory, a barrier after each; the
// anchor then reads those results on chip. Results that leave the tile also go to global memory.
import { MemRefType, type Operation, type Type, type Value } from '../../../lib/ir/index.js';
import { fusedPlan, type FusedPlan } from '../../block/tile-regions.js';
import { tileSizes, tileYielded } from '../../block/tile.js';
import { footprint, gridOf, tileBox, tileCount, tileNumber, tilePosition, type Box } from '../../block/tiling.js';
import { linearize, type LinearForm } from '../../tensor/linear.js';
import { addressSpaceAttr } from '../attrs.js';
import type { Emitter } from './lower-emit.js';
import { linearFootprint, maxIndex, minIndex, tileValueBox, type ValueInterval } from './lower-box.js';
import { emitMmaProducer } from './lower-mma.js';
import {
  accumulate, emitTile, initialValues, mapIndices, readInput, tileOrigin, tileShape, type InputReader, type KernelScope, type TileCode,
} from './lower-tile.js';

/** The fused plan of a tile of several TEs, or undefined for a one-TE tile (or a malformed one). */
export function tilePlan(tile: Operation): FusedPlan | undefined {
  if (plans.has(tile)) return plans.get(tile);
  const tes = tile.regions[0]?.entry?.operations.filter((o) => o.name.name === 'tensor.compute') ?? [];
  const plan = tes.length < 2 ? undefined : fusedPlan(tes);
  const result = typeof plan === 'string' ? undefined : plan;
  plans.set(tile, result);
  return result;
}

// Checks, thread counts and code all ask for a tile's plan; the lowering never changes a tile.
const plans = new WeakMap<Operation, FusedPlan | undefined>();

/** Whether every reader of fused TE `k` reads it through a linear map (its box is then found at run time). */
function linearReaders(plan: FusedPlan, k: number): boolean {
  return plan.readers[k].every((r) => {
    const map = plan.inputMaps[r.te][r.input];
    return map.results.every((x) => linearize(x, map.numDims));
  });
}

/** The box TE `k` computes for readers' boxes `boxes` (the later TEs' entries filled), reduction and unread dims whole. */
function readBox(plan: FusedPlan, k: number, boxes: readonly Box[]): Box {
  const bounds = plan.bounds[k];
  const lo = bounds.map(() => Infinity);
  const hi = bounds.map(() => -Infinity);
  for (const r of plan.readers[k]) {
    footprint(plan.inputMaps[r.te][r.input], boxes[r.te]).forEach((region, q) => {
      const d = plan.outDims[k][r.result][q];
      lo[d] = Math.min(lo[d], region.lo);
      hi[d] = Math.max(hi[d], region.hi);
    });
  }
  return bounds.map((b, d) => (plan.reduction[k][d] || lo[d] === Infinity ? { lo: 0, hi: b - 1 } : { lo: Math.max(0, lo[d]), hi: Math.min(b - 1, hi[d]) }));
}

/** A bound of a computed box as an affine function of the anchor tile's grid position, optionally clamped to the domain. */
interface Fit {
  readonly constant: number;
  readonly coefs: readonly number[];
  readonly clamp: boolean;
}

/** How the kernel finds a fused TE's box that its readers read through floordiv or mod: fitted bounds, or one fixed box. */
type StaticBox = { readonly lo: readonly Fit[]; readonly hi: readonly Fit[] } | { readonly fixed: Box };

/** Extents and static boxes of a fused tile's TEs (see loweredBoxes). */
interface LoweredBoxes {
  readonly min: number[][];
  readonly max: number[][];
  /** Per TE: undefined where the box is its readers' linear footprint, found at run time. */
  readonly boxes: (StaticBox | undefined)[];
}

// Threads and code both need a tile's boxes: walked once per anchor TE (its tiling is fixed by then).
const lowered = new WeakMap<Operation, LoweredBoxes>();

/**
 * `values[t]` (one per anchor tile) as `constant + sum(coefs[g] * pos[g])`, clamped to
 * `[0, bound - 1]` where it must be; undefined when no such function gives every value.
 */
function fitBound(values: readonly number[], grid: readonly number[], bound: number): Fit | undefined {
  const constant = values[0];
  const coefs = grid.map((g, d) => (g > 1 ? values[tileNumber(grid, grid.map((_, e) => (e === d ? 1 : 0)))] - constant : 0));
  let clamp = false;
  for (let t = 0; t < values.length; t++) {
    const pos = tilePosition(grid, t);
    const v = coefs.reduce((a, c, d) => a + c * pos[d], constant);
    if (v === values[t]) continue;
    if (Math.min(Math.max(v, 0), bound - 1) !== values[t]) return undefined;
    clamp = true;
  }
  return { constant, coefs, clamp };
}

/**
 * The boxes the kernel computes, per anchor tile and TE, exactly as computedBoxes finds them at
 * run time: a TE read through linear maps gets its readers' footprint (fusedBoxes' box); one
 * read through a floordiv or mod gets fusedBoxes' box too where each bound is an affine
 * function of the tile position (grouped convolutions, reshapes), else one static box covering
 * what its readers need in every anchor tile. Returns, per TE and dim, the smallest and largest
 * extent and the static boxes.
 */
function loweredBoxes(plan: FusedPlan, tile: readonly number[]): LoweredBoxes {
  const known = lowered.get(plan.tes[plan.tes.length - 1]);
  if (known) return known;
  const n = plan.tes.length;
  const bounds = plan.bounds[n - 1];
  const grid = gridOf(bounds, tile);
  const count = tileCount(grid);
  const perTile: Box[][] = Array.from({ length: count }, (_, t) => {
    const boxes: Box[] = new Array(n);
    boxes[n - 1] = tileBox(bounds, tile, tilePosition(grid, t));
    return boxes;
  });
  const statics: (StaticBox | undefined)[] = new Array(n).fill(undefined);
  for (let k = n - 2; k >= 0; k--) {
    const read = perTile.map((boxes) => readBox(plan, k, boxes));
    perTile.forEach((boxes, t) => (boxes[k] = read[t]));
    if (linearReaders(plan, k)) continue;
    const b = plan.bounds[k];
    const lo = b.map((x, d) => fitBound(read.map((box) => box[d].lo), grid, x));
    const hi = b.map((x, d) => fitBound(read.map((box) => box[d].hi), grid, x));
    if (lo.every((f) => f) && hi.every((f) => f)) {
      statics[k] = { lo: lo as Fit[], hi: hi as Fit[] };
      continue;
    }
    const hull = b.map((_, d) => ({ lo: Math.min(...read.map((box) => box[d].lo)), hi: Math.max(...read.map((box) => box[d].hi)) }));
    statics[k] = { fixed: hull };
    for (const boxes of perTile) boxes[k] = hull;
  }
  const min = plan.bounds.map((b) => b.map(() => Infinity));
  const max = plan.bounds.map((b) => b.map(() => 0));
  for (const boxes of perTile) {
    boxes.forEach((box, k) =>
      box.forEach((i, d) => {
        min[k][d] = Math.min(min[k][d], i.hi - i.lo + 1);
        max[k][d] = Math.max(max[k][d], i.hi - i.lo + 1);
      }),
    );
  }
  const result = { min, max, boxes: statics };
  lowered.set(plan.tes[plan.tes.length - 1], result);
  return result;
}

/** A fitted bound at the anchor tile's grid position `pos`. */
function emitFit(e: Emitter, f: Fit, pos: readonly Value[], bound: number): Value {
  let v = e.int(f.constant);
  f.coefs.forEach((c, d) => {
    if (c !== 0) v = e.add(v, e.mul(pos[d], e.int(c)));
  });
  return f.clamp ? minIndex(e, maxIndex(e, v, e.int(0)), e.int(bound - 1)) : v;
}

/** Threads a fused tile wants: the largest parallel part of any TE's computed box. */
export function fusedThreads(tile: Operation, plan: FusedPlan, limit: number): number {
  const { max } = loweredBoxes(plan, tileSizes(tile));
  const points = max.map((ext, k) => ext.reduce((n, x, d) => (plan.reduction[k][d] ? n : n * x), 1));
  return Math.min(limit, Math.max(...points));
}

/**
 * The computed boxes of the plan's TEs for the anchor tile at `anchor`, as index values: the
 * readers' footprints where their maps are linear, the static box of loweredBoxes otherwise.
 */
function computedBoxes(e: Emitter, plan: FusedPlan, anchor: ValueInterval[], statics: readonly (StaticBox | undefined)[], pos: readonly Value[]): ValueInterval[][] {
  const n = plan.tes.length;
  const boxes: ValueInterval[][] = new Array(n);
  boxes[n - 1] = anchor;
  for (let k = n - 2; k >= 0; k--) {
    const bounds = plan.bounds[k];
    const known = statics[k];
    if (known && 'fixed' in known) {
      boxes[k] = known.fixed.map((i) => ({ lo: e.int(i.lo), hi: e.int(i.hi) }));
      continue;
    }
    if (known) {
      boxes[k] = bounds.map((b, d) => ({ lo: emitFit(e, known.lo[d], pos, b), hi: emitFit(e, known.hi[d], pos, b) }));
      continue;
    }
    const forms = plan.readers[k].map((r) => {
      const map = plan.inputMaps[r.te][r.input];
      return map.results.map((x) => linearize(x, map.numDims));
    });
    const lo: (Value | undefined)[] = bounds.map(() => undefined);
    const hi: (Value | undefined)[] = bounds.map(() => undefined);
    plan.readers[k].forEach((r, j) => {
      linearFootprint(e, forms[j] as LinearForm[], boxes[r.te]).forEach((region, q) => {
        const d = plan.outDims[k][r.result][q];
        lo[d] = lo[d] ? minIndex(e, lo[d]!, region.lo) : region.lo;
        hi[d] = hi[d] ? maxIndex(e, hi[d]!, region.hi) : region.hi;
      });
    });
    boxes[k] = bounds.map((b, d) =>
      plan.reduction[k][d] || !lo[d] ? { lo: e.int(0), hi: e.int(b - 1) } : { lo: maxIndex(e, lo[d]!, e.int(0)), hi: minIndex(e, hi[d]!, e.int(b - 1)) },
    );
  }
  return boxes;
}

/** What a fused tile's task reads and writes outside the kernel: memrefs by value. */
export type KernelMemref = (v: Value) => Value | undefined;

/** Emits task `t` of the fused `tile` (plan `plan`): producers into workgroup memory, then the anchor. */
export function emitFusedTile(e: Emitter, scope: KernelScope, tile: Operation, plan: FusedPlan, memref: KernelMemref, t: Value, staging: boolean): void {
  const ctx = e.loc.context;
  const n = plan.tes.length;
  const anchorTe = plan.tes[n - 1];
  const tile0 = tileSizes(tile);
  const anchorShape = tileShape(anchorTe, tile0);
  const origin = tileOrigin(e, anchorShape, t);
  const extents = loweredBoxes(plan, tile0);
  const boxes = computedBoxes(e, plan, tileValueBox(e, anchorShape, origin), extents.boxes, e.delinearize(t, anchorShape.grid));
  const yielded = tileYielded(tile);
  const leaving = (k: number, r: number) => {
    const at = yielded.indexOf(plan.tes[k].result(r));
    return at >= 0 ? memref(tile.results[at]) : undefined;
  };
  // On-chip results: buffer per fused TE result, indexed by the point's offset in the TE's computed box (output dims order).
  const buffers: Value[][] = plan.tes.slice(0, n - 1).map((te, k) =>
    te.results.map((res, r) => {
      const shape = plan.outDims[k][r].map((d) => extents.max[k][d]);
      const type = MemRefType.get(shape, elementOf(res.type), null, addressSpaceAttr(ctx, 'workgroup'));
      return scope.workgroup(type, `fused${k}_${r}`);
    }),
  );
  const onChip = (k: number): Map<number, InputReader> => {
    const readers = new Map<number, InputReader>();
    plan.source[k].forEach((j, input) => {
      if (j < 0) return;
      const r = plan.readers[j].find((x) => x.te === k && x.input === input)!.result;
      readers.set(input, (dims) => {
        const idx = mapIndices(e, plan.inputMaps[k][input], dims);
        return e.load(buffers[j][r], idx.map((x, q) => e.sub(x, boxes[j][plan.outDims[j][r][q]].lo)));
      });
    });
    return readers;
  };
  const outside = (te: Operation, k: number) => te.operands.map((v, i) => (plan.source[k][i] < 0 ? memref(v) : undefined));
  for (let k = 0; k < n - 1; k++) {
    const te = plan.tes[k];
    const code: TileCode = { te, tile: plan.bounds[k], inputs: outside(te, k), outputs: [], staging: false, onChip: onChip(k) };
    const args = [e, scope, code, boxes[k], extents.max[k], extents.min[k], buffers[k], plan.outDims[k], (r: number) => leaving(k, r)] as const;
    if (!(staging && emitMmaProducer(...args))) emitProducer(...args);
    scope.barrier();
  }
  const outputs = anchorTe.results.map((r) => memref(tile.results[yielded.indexOf(r)])!);
  emitTile(e, scope, { te: anchorTe, tile: tile0, inputs: outside(anchorTe, n - 1), outputs, staging, onChip: onChip(n - 1) }, t);
  // The next task of this block reuses the buffers: every thread must be done reading them.
  scope.barrier();
}

function elementOf(t: Type): Type {
  return (t as { elementType?: Type }).elementType ?? t;
}

/**
 * A fused producer over its computed box `box` (run-time bounds, at most `max` points per dim):
 * threads over the box's parallel points, the reduction whole; each result stored on chip at
 * the point's offset in the box, and to global memory when it leaves the tile.
 */
function emitProducer(
  e: Emitter, scope: KernelScope, code: TileCode, box: ValueInterval[], max: readonly number[], min: readonly number[], buffers: readonly Value[], outDims: readonly (readonly number[])[], leaving: (r: number) => Value | undefined,
): void {
  const s = tileShape(code.te, code.tile);
  const shape = s.parallel.map((d) => max[d]);
  const points = shape.reduce((a, b) => a * b, 1);
  const types = code.te.results.map((r) => elementOf(r.type));
  const body = (p: Value) => {
    const local = e.delinearize(p, shape);
    const dims = new Array<Value>(s.bounds.length);
    let inside: Value | undefined;
    s.parallel.forEach((d, q) => {
      dims[d] = e.add(box[d].lo, local[q]);
      if (min[d] === max[d]) return;
      const ok = e.lt(dims[d], e.add(box[d].hi, e.int(1)));
      inside = inside ? e.and(inside, ok) : ok;
    });
    const compute = () => {
      const results = accumulate(e, code, s, dims, initialValues(e, code.te, types), (i, at) => readInput(e, code, s, i, at));
      results.forEach((v, r) => {
        e.store(v, buffers[r], outDims[r].map((d) => local[s.parallel.indexOf(d)]));
        const global = leaving(r);
        if (global) e.store(v, global, mapIndices(e, s.maps[code.te.numOperands + r], dims));
      });
    };
    if (inside) e.when(inside, compute);
    else compute();
  };
  if (points <= scope.threads) e.when(e.lt(scope.tid, e.int(points)), () => body(scope.tid));
  else e.loop(scope.tid, e.int(points), e.int(scope.threads), [], (p) => (body(p), []));
}
