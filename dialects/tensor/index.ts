// The tensor dialect: tensor expressions (tensor.compute) and the ops around them. Exports the
// op definitions, the tensor.compute accessors and builder, and the dialect loader.
import type { Dialect } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import { dynamicIndexList } from '../memref/syntax.js';
import { ComputeOp, EmptyOp, IndexOp, YieldOp } from './ops.js';
import { ExtractOp, PadOp, TakeOp } from './data-ops.js';

export * from './ops.js';
export * from './data-ops.js';
export * from './compute.js';
export { buildCompute, accessMap, type ComputeSpec } from './build.js';
export { dimName } from './access-syntax.js';

let dialect: Dialect | undefined;

/** The tensor dialect (built once: its op definitions are module-level). */
export function loadTensorDialect(): Dialect {
  return (dialect ??= defineDialect({
    name: 'tensor',
    customDirectives: { DynamicIndexList: dynamicIndexList },
    ops: [ComputeOp, YieldOp, IndexOp, EmptyOp, PadOp, TakeOp, ExtractOp],
  }));
}
