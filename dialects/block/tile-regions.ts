// Fused tiles (block-fuse): the box each TE of a block.tile computes for one anchor tile (from the
// anchor's tile box backwards through the footprints later TEs read), and the figures found by
// walking every anchor tile: footprints, staged intermediates, recomputed points, coverage.
import { AffineDimExpr, type AffineMap } from '../../lib/affine/index.js';
import { OpResult, RankedTensorType, type Operation, type Value } from '../../lib/ir/index.js';
import { computeBounds, computeIterators, inputMaps, outputMaps } from '../tensor/index.js';
import { elementBytes } from '../tensor/analysis/te.js';
import { REDUCTION_CHUNK } from './tile-size.js';
import { boxShape, footprint, gridOf, tileBox, tileCount, tilePosition, type Box } from './tiling.js';

/** A read inside a tile: later TE `te` reads result `result` of a TE through its input `input`. */
export interface FusedRead {
  readonly te: number;
  readonly input: number;
  readonly result: number;
}

/** The TEs of a tile with what the computed boxes need, read once. */
export interface FusedPlan {
  readonly tes: readonly Operation[];
  readonly bounds: readonly (readonly number[])[];
  readonly reduction: readonly (readonly boolean[])[];
  readonly inputMaps: readonly (readonly AffineMap[])[];
  readonly outputMaps: readonly (readonly AffineMap[])[];
  /** Per TE, the reads of its results by later TEs of the tile. */
  readonly readers: readonly (readonly FusedRead[])[];
  /** Per TE, per result, the domain dim of each output dim (non-anchor TEs only: projected permutations). */
  readonly outDims: readonly (readonly (readonly number[])[])[];
  /** Per TE and input, the position of the TE of the tile it reads, or -1 for a value from outside. */
  readonly source: readonly (readonly number[])[];
}

/** Whether every result of `map` is a distinct bare dim; those dims by result. */
export function projectedDims(map: AffineMap): number[] | undefined {
  const dims = map.results.map((e) => (e instanceof AffineDimExpr ? e.position : -1));
  return dims.every((d, r) => d >= 0 && dims.indexOf(d) === r) ? dims : undefined;
}

/**
 * The plan of a tile computing `tes` in order (the last is the anchor). `resolve` maps an
 * operand to the value it stands for (a tile's result to the TE result it yields, while a fused
 * tile is being assembled). Returns a message when the TEs cannot form a tile.
 */
export function fusedPlan(tes: readonly Operation[], resolve: (v: Value) => Value = (v) => v): FusedPlan | string {
  const position = new Map(tes.map((te, k) => [te, k]));
  const readers: FusedRead[][] = tes.map(() => []);
  const source = tes.map((te, j) =>
    te.operands.map((operand, input) => {
      const v = resolve(operand);
      const k = v instanceof OpResult ? position.get(v.owner) : undefined;
      if (k === undefined) return -1;
      if (k >= j) return -2;
      readers[k].push({ te: j, input, result: (v as OpResult).index });
      return k;
    }),
  );
  const late = source.findIndex((s) => s.includes(-2));
  if (late >= 0) return `TE #${late} reads a TE that comes after it in the tile`;
  const outs = tes.map((te) => outputMaps(te));
  const outDims: number[][][] = [];
  for (let k = 0; k < tes.length; k++) {
    if (k === tes.length - 1) {
      outDims.push([]);
      continue;
    }
    if (!readers[k].length) return `fused TE #${k} is read by no later TE of the tile`;
    const dims = outs[k].map(projectedDims);
    const bad = dims.findIndex((d) => !d);
    if (bad >= 0) return `fused TE #${k}'s output map #${bad} is not a projected permutation`;
    outDims.push(dims as number[][]);
  }
  return {
    tes, readers, outDims, source, outputMaps: outs,
    bounds: tes.map((te) => computeBounds(te)),
    reduction: tes.map((te) => computeIterators(te).map((k) => k === 'reduction')),
    inputMaps: tes.map((te) => inputMaps(te)),
  };
}

/**
 * The computed box of every TE of the plan for the anchor tile `anchorBox`: the anchor's is the
 * tile box; a fused TE's is the hull of what later TEs read of it, mapped back to its domain
 * through its output maps (reduction and unread dims whole, cut to the domain).
 */
export function fusedBoxes(plan: FusedPlan, anchorBox: Box): Box[] {
  const n = plan.tes.length;
  const boxes: Box[] = new Array(n);
  boxes[n - 1] = anchorBox;
  for (let k = n - 2; k >= 0; k--) {
    const bounds = plan.bounds[k];
    const lo = bounds.map(() => Infinity);
    const hi = bounds.map(() => -Infinity);
    for (const r of plan.readers[k]) {
      const region = footprint(plan.inputMaps[r.te][r.input], boxes[r.te]);
      plan.outDims[k][r.result].forEach((d, q) => {
        lo[d] = Math.min(lo[d], region[q].lo);
        hi[d] = Math.max(hi[d], region[q].hi);
      });
    }
    boxes[k] = bounds.map((b, d) =>
      plan.reduction[k][d] || lo[d] === Infinity ? { lo: 0, hi: b - 1 } : { lo: Math.max(0, lo[d]), hi: Math.min(b - 1, hi[d]) },
    );
  }
  return boxes;
}

/** A fused result that leaves its tile but that the tiles do not write whole. */
export interface Uncovered {
  readonly te: number;
  readonly result: number;
  readonly covered: number;
  readonly total: number;
}

/** What walking every anchor tile of a fused tiling finds. */
export interface FusedFigures {
  /** Per input of every TE, TE by TE: the largest footprint extent over the anchor tiles. */
  readonly reads: number[][];
  /** Bytes of the fused TEs' results staged on chip: the largest written region of each, summed. */
  readonly intermediateBytes: number;
  /** The largest, over the TEs, of the bytes of one reduction chunk of its inputs from outside the tile. */
  readonly stagedBytes: number;
  /** The largest parallel part of any TE's computed box, in points (threads wanted). */
  readonly parallelPoints: number;
  /** Per TE, its computed-box volumes summed over the anchor tiles (its work, recomputation included). */
  readonly points: number[];
  /** Per TE, the bytes its footprints of inputs from outside the tile hold, summed over the anchor tiles (its global reads). */
  readonly globalReads: number[];
  /** The first leaving fused result the tiles do not write whole. */
  readonly uncovered: Uncovered | undefined;
}

const product = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);

/**
 * Walks every tile of the anchor tiling `tile` over the plan; `leaves(te, result)` says which
 * fused results leave the tile (their coverage is checked).
 */
export function fusedFigures(plan: FusedPlan, tile: readonly number[], leaves: (te: number, result: number) => boolean): FusedFigures {
  const n = plan.tes.length;
  const anchorBounds = plan.bounds[n - 1];
  const grid = gridOf(anchorBounds, tile);
  const count = tileCount(grid);
  const reads = plan.inputMaps.map((maps) => maps.map((m) => m.results.map(() => 0)));
  const maxBox = plan.bounds.map((b) => b.map(() => 0));
  const written = plan.outputMaps.map((maps) => maps.map(() => 0));
  const points = plan.tes.map(() => 0);
  const globalReads = plan.tes.map(() => 0);
  const inBytes = plan.tes.map((te) => te.operands.map((v) => elementBytes(v.type)));
  const cover: { te: number; result: number; shape: readonly number[]; seen: Uint8Array }[] = [];
  for (let k = 0; k < n - 1; k++) {
    plan.outputMaps[k].forEach((_, r) => {
      if (!leaves(k, r)) return;
      const shape = (plan.tes[k].result(r).type as RankedTensorType).shape;
      cover.push({ te: k, result: r, shape, seen: new Uint8Array(product(shape)) });
    });
  }
  for (let t = 0; t < count; t++) {
    const boxes = fusedBoxes(plan, tileBox(anchorBounds, tile, tilePosition(grid, t)));
    for (let k = 0; k < n; k++) {
      const shape = boxShape(boxes[k]);
      points[k] += product(shape);
      shape.forEach((e, d) => (maxBox[k][d] = Math.max(maxBox[k][d], e)));
      plan.inputMaps[k].forEach((m, i) => {
        const extent = boxShape(footprint(m, boxes[k]));
        extent.forEach((e, r) => (reads[k][i][r] = Math.max(reads[k][i][r], e)));
        if (plan.source[k][i] < 0) globalReads[k] += product(extent) * inBytes[k][i];
      });
      if (k < n - 1) plan.outputMaps[k].forEach((m, r) => (written[k][r] = Math.max(written[k][r], product(boxShape(footprint(m, boxes[k]))))));
    }
    for (const c of cover) markRegion(c.seen, c.shape, footprint(plan.outputMaps[c.te][c.result], boxes[c.te]));
  }
  let intermediateBytes = 0;
  let stagedBytes = 0;
  let parallelPoints = 0;
  for (let k = 0; k < n; k++) {
    const te = plan.tes[k];
    if (k < n - 1) written[k].forEach((v, r) => (intermediateBytes += v * elementBytes(te.result(r).type)));
    const chunk: Box = maxBox[k].map((e, d) => ({ lo: 0, hi: (plan.reduction[k][d] ? Math.min(e, REDUCTION_CHUNK) : e) - 1 }));
    let staged = 0;
    plan.inputMaps[k].forEach((m, i) => {
      if (plan.source[k][i] < 0) staged += product(boxShape(footprint(m, chunk))) * elementBytes(te.operand(i).type);
    });
    stagedBytes = Math.max(stagedBytes, staged);
    parallelPoints = Math.max(parallelPoints, product(maxBox[k].filter((_, d) => !plan.reduction[k][d])));
  }
  let uncovered: Uncovered | undefined;
  for (const c of cover) {
    let covered = 0;
    for (const s of c.seen) covered += s;
    if (covered < c.seen.length) {
      uncovered = { te: c.te, result: c.result, covered, total: c.seen.length };
      break;
    }
  }
  return { reads: reads.flat(), intermediateBytes, stagedBytes, parallelPoints, points, globalReads, uncovered };
}

/** Marks the elements of `region` (clipped to the shape) in a row-major bitmap of `shape`, a row of the last dim at a time. */
function markRegion(seen: Uint8Array, shape: readonly number[], region: Box): void {
  const rank = shape.length;
  if (rank === 0) {
    seen[0] = 1;
    return;
  }
  const lo = region.map((i) => Math.max(0, i.lo));
  const hi = region.map((i, d) => Math.min(shape[d] - 1, i.hi));
  if (lo.some((l, d) => l > hi[d])) return;
  const last = rank - 1;
  const p = [...lo];
  for (;;) {
    let off = 0;
    for (let d = 0; d < last; d++) off = (off + p[d]) * shape[d + 1];
    seen.fill(1, off + lo[last], off + hi[last] + 1);
    let d = last - 1;
    for (; d >= 0; d--) {
      if (++p[d] <= hi[d]) break;
      p[d] = lo[d];
    }
    if (d < 0) return;
  }
}
