// Fused tiles (block-fuse): the plan of a block.tile's TEs (who reads whom, maps read once), and
// the box each TE computes for one anchor tile (from the anchor's tile box backwards through the
// footprints later TEs read). The figures found by walking every anchor tile: fused-figures.ts.
import { AffineDimExpr, type AffineMap } from '../../lib/affine/index.js';
import { OpResult, type Operation, type Value } from '../../lib/ir/index.js';
import { computeBounds, computeIterators, inputMaps, outputMaps } from '../tensor/index.js';
import { footprint, type Box } from './tiling.js';

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

/**
 * The plan of `p`'s TEs followed by `c`'s (the plan `fusedPlan` makes of them, with `resolve`
 * mapping a read of `p`'s tile to the TE result it yields), built from the two plans without
 * reading any TE's maps again; a message when they cannot form a tile.
 */
export function joinPlans(p: FusedPlan, c: FusedPlan, resolve: (v: Value) => Value): FusedPlan | string {
  const np = p.tes.length;
  const position = new Map(p.tes.map((te, k) => [te, k]));
  const readers: FusedRead[][] = [...p.readers.map((r) => [...r]), ...c.readers.map((rs) => rs.map((r) => ({ ...r, te: r.te + np })))];
  const source = [
    ...p.source,
    ...c.source.map((row, j) =>
      row.map((s, input) => {
        if (s >= 0) return s + np;
        const v = resolve(c.tes[j].operand(input));
        const k = v instanceof OpResult ? position.get(v.owner) : undefined;
        if (k === undefined) return -1;
        readers[k].push({ te: np + j, input, result: (v as OpResult).index });
        return k;
      }),
    ),
  ];
  // The TEs of `p` but its anchor were checked by `p`'s plan, `c`'s by `c`'s: only `p`'s anchor is new among the fused TEs.
  if (!readers[np - 1].length) return `fused TE #${np - 1} is read by no later TE of the tile`;
  const dims = p.outputMaps[np - 1].map(projectedDims);
  const bad = dims.findIndex((d) => !d);
  if (bad >= 0) return `fused TE #${np - 1}'s output map #${bad} is not a projected permutation`;
  return {
    tes: [...p.tes, ...c.tes],
    readers,
    outDims: [...p.outDims.slice(0, -1), dims as number[][], ...c.outDims],
    source,
    outputMaps: [...p.outputMaps, ...c.outputMaps],
    bounds: [...p.bounds, ...c.bounds],
    reduction: [...p.reduction, ...c.reduction],
    inputMaps: [...p.inputMaps, ...c.inputMaps],
  };
}
