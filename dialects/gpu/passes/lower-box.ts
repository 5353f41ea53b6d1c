// Boxes known at run time in a kernel: a tile's box from its origin, and the footprint of a box
// through a linear map (its extremes at the corners, term by term, as the block level computes
// footprints at compile time).
import type { Value } from '../../../lib/ir/index.js';
import type { LinearForm } from '../../tensor/linear.js';
import type { Emitter } from './lower-emit.js';
import type { TileShape } from './lower-tile.js';

/** An inclusive interval of index values. */
export interface ValueInterval {
  readonly lo: Value;
  readonly hi: Value;
}

/** The smaller of two indices (signed). */
export function minIndex(e: Emitter, x: Value, y: Value): Value {
  return x === y ? x : e.select(e.lt(x, y), x, y);
}

/** The larger of two indices (signed). */
export function maxIndex(e: Emitter, x: Value, y: Value): Value {
  return x === y ? x : e.select(e.lt(x, y), y, x);
}

/** The domain box of the tile at `origin`: cut at the bounds (partial edge tiles); reduction dims whole. */
export function tileValueBox(e: Emitter, s: TileShape, origin: readonly Value[]): ValueInterval[] {
  return s.bounds.map((b, d) => {
    const end = e.add(origin[d], e.int(s.tile[d] - 1));
    return { lo: origin[d], hi: b % s.tile[d] === 0 ? end : minIndex(e, end, e.int(b - 1)) };
  });
}

/** The footprint of `box` through the linear forms of a map: one interval per map result. */
export function linearFootprint(e: Emitter, forms: readonly LinearForm[], box: readonly ValueInterval[]): ValueInterval[] {
  return forms.map((f) => {
    let lo = e.int(f.constant);
    let hi = e.int(f.constant);
    f.coefs.forEach((k, d) => {
      if (k === 0) return;
      lo = e.add(lo, e.mul(k > 0 ? box[d].lo : box[d].hi, e.int(k)));
      hi = e.add(hi, e.mul(k > 0 ? box[d].hi : box[d].lo, e.int(k)));
    });
    return { lo, hi };
  });
}
