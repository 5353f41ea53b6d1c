// The figures of a fused tiling (footprints, staged intermediates, recomputed points, coverage),
// kept per tiling with the computed boxes of every anchor tile and each TE's sums over them, so
// that block-fuse's merge of two tiles reuses both parts instead of walking the whole chain again.
import { RankedTensorType } from '../../lib/ir/index.js';
import { elementBytes } from '../tensor/analysis/te.js';
import { fusedBoxes, type FusedPlan } from './tile-regions.js';
import { REDUCTION_CHUNK } from './tile-size.js';
import { footprint, gridOf, tileBox, tileCount, tileNumber, tilePosition, type Box } from './tiling.js';

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
  readonly reads: readonly (readonly number[])[];
  /** Bytes of the fused TEs' results staged on chip: the largest written region of each, summed. */
  readonly intermediateBytes: number;
  /** The largest, over the TEs, of the bytes of one reduction chunk of its inputs from outside the tile. */
  readonly stagedBytes: number;
  /** The largest parallel part of any TE's computed box, in points (threads wanted). */
  readonly parallelPoints: number;
  /** Per TE, its computed-box volumes summed over the anchor tiles (its work, recomputation included). */
  readonly points: readonly number[];
  /** Per TE, the bytes its footprints of inputs from outside the tile hold, summed over the anchor tiles (its global reads). */
  readonly globalReads: readonly number[];
  /** The first leaving fused result the tiles do not write whole. */
  readonly uncovered: Uncovered | undefined;
}

/** One TE's part of the figures, over every anchor tile (whether its inputs come from inside the tile or not does not matter yet). */
interface TeFigures {
  readonly points: number;
  /** Per input, per map result, the largest footprint extent. */
  readonly reads: readonly (readonly number[])[];
  /** Per input, the bytes of its footprints summed over the anchor tiles. */
  readonly readBytes: readonly number[];
  /** Per input, the bytes of one reduction chunk of it (what staging it takes when it comes from outside the tile). */
  readonly chunkBytes: readonly number[];
  /** The bytes of its results' largest written regions (staged on chip when it is a fused TE). */
  readonly writtenBytes: number;
  /** The largest parallel part of its computed box, in points. */
  readonly parallelPoints: number;
}

function volume(box: Box): number {
  let n = 1;
  for (const i of box) n *= i.hi - i.lo + 1;
  return n;
}

/** How a merged tiling is made of its two parts: `sigma[t]` is the tile of `p` whose boxes anchor tile `t` needs of `p`'s TEs, or -1. */
interface Parts {
  readonly p: FusedTiling;
  readonly c: FusedTiling;
  readonly sigma: Int32Array;
  /** Whether sigma maps the anchor tiles one to one onto `p`'s tiles: then `p`'s TEs have `p`'s figures. */
  readonly oneToOne: boolean;
}

/** A read of a TE of a merged tiling's first part by a TE of its second: the input's map, and the first part's TE, result and reading TE (positions in the merged plan). */
interface CrossRead {
  readonly k: number;
  readonly result: number;
  readonly te: number;
  readonly input: number;
}

/**
 * A fused tiling: the plan's TEs computed per tile of the anchor tiling `tile`. The computed
 * boxes of each anchor tile and each TE's figures are found when first asked for and kept; a
 * merged tiling asks its parts for those that stay the same, so a merge costs what is new.
 */
export class FusedTiling {
  readonly grid: readonly number[];
  readonly count: number;
  private readonly anchorBounds: readonly number[];
  private readonly boxes: (readonly Box[] | undefined)[];
  private readonly teFigures = new Map<number, TeFigures>();
  private readDims: (readonly boolean[])[] | undefined;

  constructor(readonly plan: FusedPlan, readonly tile: readonly number[], private readonly parts?: Parts) {
    this.anchorBounds = plan.bounds[plan.tes.length - 1];
    this.grid = gridOf(this.anchorBounds, tile);
    this.count = tileCount(this.grid);
    this.boxes = new Array(this.count).fill(undefined);
  }

  /** The computed box of every TE for anchor tile number `t` (shared: do not change it). */
  boxesAt(t: number): readonly Box[] {
    // A one-TE tiling's box is its tile's, cheaper to make again than to keep for every tile of a large program.
    if (this.plan.tes.length === 1) return [tileBox(this.anchorBounds, this.tile, tilePosition(this.grid, t))];
    let b = this.boxes[t];
    if (!b) {
      const s = this.parts?.sigma[t] ?? -1;
      b = s >= 0 ? [...this.parts!.p.boxesAt(s), ...this.parts!.c.boxesAt(t)] : fusedBoxes(this.plan, tileBox(this.anchorBounds, this.tile, tilePosition(this.grid, t)));
      this.boxes[t] = b;
    }
    return b;
  }

  /** The computed box of TE `k` for anchor tile number `t`, from the part that has it when the tiling is merged. */
  boxAt(t: number, k: number): Box {
    let x: FusedTiling = this;
    for (;;) {
      const b = x.boxes[t];
      if (b) return b[k];
      const parts = x.parts;
      const s = parts ? parts.sigma[t] : -1;
      if (s < 0) return x.boxesAt(t)[k];
      const np = parts!.p.plan.tes.length;
      if (k < np) {
        x = parts!.p;
        t = s;
      } else {
        x = parts!.c;
        k -= np;
      }
    }
  }

  /** TE `k`'s figures, measured on this tiling once. */
  private te(k: number): TeFigures {
    let f = this.teFigures.get(k);
    if (!f) this.teFigures.set(k, (f = this.measure(k)));
    return f;
  }

  /**
   * Every TE's figures in order, from the parts where their boxes are this tiling's (a merged
   * tiling's second part always; its first part when one to one). An explicit stack: a chain of
   * merges nests as deep as it is long.
   */
  private allTe(): TeFigures[] {
    const out: TeFigures[] = [];
    const stack: FusedTiling[] = [this];
    for (let x = stack.pop(); x; x = stack.pop()) {
      const parts = x.parts;
      if (!parts) {
        for (let k = 0; k < x.plan.tes.length; k++) out.push(x.te(k));
        continue;
      }
      stack.push(parts.c);
      if (parts.oneToOne) stack.push(parts.p);
      else for (let k = 0; k < parts.p.plan.tes.length; k++) out.push(x.te(k));
    }
    return out;
  }

  /** Walks every anchor tile for TE `k`'s figures. */
  private measure(k: number): TeFigures {
    const { plan } = this;
    const te = plan.tes[k];
    const maxBox = plan.bounds[k].map(() => 0);
    const reads = plan.inputMaps[k].map((m) => m.results.map(() => 0));
    const readBytes = plan.inputMaps[k].map(() => 0);
    const written = plan.outputMaps[k].map(() => 0);
    const inBytes = te.operands.map((v) => elementBytes(v.type));
    let points = 0;
    for (let t = 0; t < this.count; t++) {
      const box = this.boxAt(t, k);
      let n = 1;
      for (let d = 0; d < box.length; d++) {
        const e = box[d].hi - box[d].lo + 1;
        n *= e;
        if (e > maxBox[d]) maxBox[d] = e;
      }
      points += n;
      for (let i = 0; i < reads.length; i++) {
        const region = footprint(plan.inputMaps[k][i], box);
        let v = 1;
        for (let r = 0; r < region.length; r++) {
          const e = region[r].hi - region[r].lo + 1;
          v *= e;
          if (e > reads[i][r]) reads[i][r] = e;
        }
        readBytes[i] += v * inBytes[i];
      }
      for (let r = 0; r < written.length; r++) written[r] = Math.max(written[r], volume(footprint(plan.outputMaps[k][r], box)));
    }
    let writtenBytes = 0;
    written.forEach((v, r) => (writtenBytes += v * elementBytes(te.result(r).type)));
    const chunk: Box = maxBox.map((e, d) => ({ lo: 0, hi: (plan.reduction[k][d] ? Math.min(e, REDUCTION_CHUNK) : e) - 1 }));
    const chunkBytes = plan.inputMaps[k].map((m, i) => volume(footprint(m, chunk)) * inBytes[i]);
    let parallelPoints = 1;
    maxBox.forEach((e, d) => plan.reduction[k][d] || (parallelPoints *= e));
    return { points, reads, readBytes, chunkBytes, writtenBytes, parallelPoints };
  }

  /** The figures of the tiling; `leaves(te, result)` says which fused results leave the tile (their coverage is checked). */
  figures(leaves: (te: number, result: number) => boolean): FusedFigures {
    const { plan } = this;
    const n = plan.tes.length;
    const reads: (readonly number[])[] = [];
    const points: number[] = [];
    const globalReads: number[] = [];
    let intermediateBytes = 0;
    let stagedBytes = 0;
    let parallelPoints = 0;
    const all = this.allTe();
    for (let k = 0; k < n; k++) {
      const f = all[k];
      const source = plan.source[k];
      for (const r of f.reads) reads.push(r);
      points.push(f.points);
      let global = 0;
      let staged = 0;
      for (let i = 0; i < source.length; i++) {
        if (source[i] >= 0) continue;
        global += f.readBytes[i];
        staged += f.chunkBytes[i];
      }
      globalReads.push(global);
      if (k < n - 1) intermediateBytes += f.writtenBytes;
      stagedBytes = Math.max(stagedBytes, staged);
      parallelPoints = Math.max(parallelPoints, f.parallelPoints);
    }
    return { reads, intermediateBytes, stagedBytes, parallelPoints, points, globalReads, uncovered: this.uncovered(leaves) };
  }

  /** The first leaving fused result that the computed boxes of the anchor tiles do not write whole. */
  private uncovered(leaves: (te: number, result: number) => boolean): Uncovered | undefined {
    const { plan } = this;
    for (let k = 0; k < plan.tes.length - 1; k++) {
      for (let r = 0; r < plan.outputMaps[k].length; r++) {
        if (!leaves(k, r)) continue;
        const shape = (plan.tes[k].result(r).type as RankedTensorType).shape;
        const seen = new Uint8Array(shape.reduce((a, b) => a * b, 1));
        for (let t = 0; t < this.count; t++) markRegion(seen, shape, footprint(plan.outputMaps[k][r], this.boxAt(t, k)));
        let covered = 0;
        for (let i = 0; i < seen.length; i++) covered += seen[i];
        if (covered < seen.length) return { te: k, result: r, covered, total: seen.length };
      }
    }
    return undefined;
  }

  /** Per TE, per domain dim: whether a later TE of the tiling reads a result of it that spans the dim. */
  private dimsRead(): (readonly boolean[])[] {
    return (this.readDims ??= this.plan.tes.map((_, k) => {
      const read = this.plan.bounds[k].map(() => false);
      for (const r of this.plan.readers[k]) for (const d of this.plan.outDims[k][r.result]) read[d] = true;
      return read;
    }));
  }

  /**
   * The tiling of `merged` (the plan of `p`'s TEs then `c`'s, on `c`'s tiling), asking `c` for
   * its TEs' boxes and figures (they compute the same boxes) and, where each merged tile needs
   * of `p` exactly what one of `p`'s own tiles computes, asking `p` for its TEs' boxes; when that
   * holds for every tile, one to one, for their figures too (identity edges). Other tiles get
   * their boxes computed anew.
   */
  static merge(p: FusedTiling, c: FusedTiling, merged: FusedPlan): FusedTiling {
    const np = p.plan.tes.length;
    const cross: CrossRead[] = [];
    for (let te = np; te < merged.tes.length; te++) {
      merged.source[te].forEach((k, input) => k >= 0 && k < np && cross.push({ k, result: merged.readers[k].find((r) => r.te === te && r.input === input)!.result, te, input }));
    }
    const sigma = new Int32Array(c.count);
    const used = new Uint8Array(p.count);
    let oneToOne = c.count === p.count;
    for (let t = 0; t < c.count; t++) {
      const s = p.sameTile(c, t, merged, cross);
      if (s < 0 || used[s]) oneToOne = false;
      if (s >= 0) used[s] = 1;
      sigma[t] = s;
    }
    return new FusedTiling(merged, c.tile, { p, c, sigma, oneToOne });
  }

  /**
   * The tile of this tiling whose computed boxes are those of this tiling's TEs (the first of
   * `merged`) when the rest of `merged` is `c` at its anchor tile `t` and reads this tiling's
   * TEs by `cross`, or -1 when there is none. By the rule of fusedBoxes, they are: the reads of
   * this tiling's anchor make exactly the tile's box, and every other read lies inside the box of
   * the TE it reads, along dims that reads from within this tiling already bound.
   */
  private sameTile(c: FusedTiling, t: number, merged: FusedPlan, cross: readonly CrossRead[]): number {
    const np = this.plan.tes.length;
    const anchor = np - 1;
    const bounds = this.anchorBounds;
    const lo = bounds.map(() => Infinity);
    const hi = bounds.map(() => -Infinity);
    const regions = cross.map((x) => footprint(merged.inputMaps[x.te][x.input], c.boxAt(t, x.te - np)));
    cross.forEach((x, j) => {
      if (x.k !== anchor) return;
      merged.outDims[anchor][x.result].forEach((d, q) => {
        lo[d] = Math.min(lo[d], regions[j][q].lo);
        hi[d] = Math.max(hi[d], regions[j][q].hi);
      });
    });
    const pos: number[] = [];
    for (let d = 0; d < bounds.length; d++) {
      const whole = merged.reduction[anchor][d] || lo[d] === Infinity;
      const a = whole ? 0 : Math.max(0, lo[d]);
      const b = whole ? bounds[d] - 1 : Math.min(bounds[d] - 1, hi[d]);
      const at = a / this.tile[d];
      if (!Number.isInteger(at) || at >= this.grid[d] || b !== Math.min((at + 1) * this.tile[d], bounds[d]) - 1) return -1;
      pos.push(at);
    }
    const s = tileNumber(this.grid, pos);
    const bound = this.dimsRead();
    for (let j = 0; j < cross.length; j++) {
      const { k, result } = cross[j];
      if (k === anchor) continue;
      const own = this.boxAt(s, k);
      const dims = merged.outDims[k][result];
      for (let q = 0; q < dims.length; q++) {
        const d = dims[q];
        if (merged.reduction[k][d]) continue;
        if (!bound[k][d] || regions[j][q].lo < own[d].lo || regions[j][q].hi > own[d].hi) return -1;
      }
    }
    return s;
  }
}

/**
 * Walks every tile of the anchor tiling `tile` over the plan; `leaves(te, result)` says which
 * fused results leave the tile (their coverage is checked).
 */
export function fusedFigures(plan: FusedPlan, tile: readonly number[], leaves: (te: number, result: number) => boolean): FusedFigures {
  return new FusedTiling(plan, tile).figures(leaves);
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
