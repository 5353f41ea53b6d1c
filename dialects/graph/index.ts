// The graph dialect: DNN operators on statically shaped tensors, with shape inference (result
// types are left out of the custom form), verifiers, folds and canonicalisation patterns.
import type { Dialect } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import { graphOps } from './ops.js';
import { graphCanonicalization, materializeGraphConstant } from './canonicalize.js';

export * from './ops.js';
export { FOLD_LIMIT } from './folds.js';

/** Builds the graph dialect. */
export function loadGraphDialect(): Dialect {
  return defineDialect({ name: 'graph', ops: graphOps, canonicalization: graphCanonicalization, materializeConstant: materializeGraphConstant });
}
