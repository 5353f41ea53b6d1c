// Tiling arithmetic of the block level: the grid a tiling makes of a TE's domain, the box of
// domain points one tile covers, and the footprint a tile reads through an affine map.
import { exprBounds, type AffineMap, type Interval } from '../../lib/affine/index.js';
import { linearize, type LinearForm } from '../tensor/linear.js';

/** An inclusive box: one interval per dimension. */
export type Box = readonly Interval[];

/** The grid of a tiling: ceil(bound / tile) tiles along each domain dimension. */
export function gridOf(bounds: readonly number[], tile: readonly number[]): number[] {
  return bounds.map((b, d) => Math.ceil(b / tile[d]));
}

/** The number of tiles of a grid. */
export function tileCount(grid: readonly number[]): number {
  return grid.reduce((n, g) => n * g, 1);
}

/** The grid position of tile number `t` (row-major, the last dimension fastest). */
export function tilePosition(grid: readonly number[], t: number): number[] {
  const pos = new Array<number>(grid.length);
  for (let d = grid.length - 1; d >= 0; d--) {
    pos[d] = t % grid[d];
    t = Math.floor(t / grid[d]);
  }
  return pos;
}

/** The row-major number of the tile at grid position `pos`. */
export function tileNumber(grid: readonly number[], pos: readonly number[]): number {
  let t = 0;
  for (let d = 0; d < grid.length; d++) t = t * grid[d] + pos[d];
  return t;
}

/** The domain points tile `pos` covers; edge tiles are cut at the bounds (partial). */
export function tileBox(bounds: readonly number[], tile: readonly number[], pos: readonly number[]): Box {
  return bounds.map((b, d) => ({ lo: pos[d] * tile[d], hi: Math.min((pos[d] + 1) * tile[d], b) - 1 }));
}

/**
 * The footprint of `box` through `map`: per map result, the interval of its values over the
 * box (interval arithmetic over the affine expression; exact for sums of terms in distinct
 * dims, strides, dilations, floordiv and mod of a single term; a sound hull otherwise).
 */
export function footprint(map: AffineMap, box: Box): Box {
  const forms = linearForms(map);
  if (!forms) return map.results.map((e) => exprBounds(e, box));
  // The fast path (most maps): a linear form's extremes are at the box's corners, term by term.
  return forms.map((f) => {
    let lo = f.constant;
    let hi = f.constant;
    for (let d = 0; d < f.coefs.length; d++) {
      const c = f.coefs[d];
      if (c > 0) {
        lo += c * box[d].lo;
        hi += c * box[d].hi;
      } else if (c < 0) {
        lo += c * box[d].hi;
        hi += c * box[d].lo;
      }
    }
    return { lo, hi };
  });
}

const forms = new WeakMap<AffineMap, readonly LinearForm[] | null>();

/** Every result of `map` as a linear form, or null when one is not linear (cached: maps are uniqued). */
function linearForms(map: AffineMap): readonly LinearForm[] | null {
  let f = forms.get(map);
  if (f === undefined) {
    const all = map.results.map((e) => linearize(e, map.numDims));
    f = all.every((x) => x) ? (all as LinearForm[]) : null;
    forms.set(map, f);
  }
  return f;
}

/** The number of elements of each side of a box. */
export function boxShape(box: Box): number[] {
  return box.map((i) => i.hi - i.lo + 1);
}

/**
 * The largest footprint extent, per map result, over every tile of the tiling. Linear results
 * are translation-invariant, so the full tile at the origin gives it; the others (floordiv,
 * mod) are measured on every tile.
 */
export function footprintExtent(map: AffineMap, bounds: readonly number[], tile: readonly number[]): number[] {
  const origin = tileBox(bounds, tile, bounds.map(() => 0));
  const extent = boxShape(footprint(map, origin));
  const nonLinear = map.results.flatMap((e, r) => (linearize(e, map.numDims) ? [] : [r]));
  if (nonLinear.length === 0) return extent;
  const grid = gridOf(bounds, tile);
  const n = tileCount(grid);
  for (let t = 1; t < n; t++) {
    const box = tileBox(bounds, tile, tilePosition(grid, t));
    for (const r of nonLinear) {
      const i = exprBounds(map.results[r], box);
      extent[r] = Math.max(extent[r], i.hi - i.lo + 1);
    }
  }
  return extent;
}
