// The block dialect: TEs tiled into grids (block.tile) and block programs of them with their
// dependency edges (block.program). Exports the ops, accessors, tiling arithmetic and the loader.
import type { Dialect } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import { ProgramOp, TileOp, YieldOp } from './ops.js';

export * from './ops.js';
export * from './tile.js';
export * from './tiling.js';

let dialect: Dialect | undefined;

/** The block dialect (built once). */
export function loadBlockDialect(): Dialect {
  return (dialect ??= defineDialect({ name: 'block', ops: [TileOp, ProgramOp, YieldOp] }));
}
