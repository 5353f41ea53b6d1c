// Helpers of the model tests: module-level pipelines on a copy, and the tolerance a model's
// element type needs when its results are compared across levels.
import type { Operation } from '../../../lib/ir/index.js';

export { transformModule } from '../dialects/tensor/passes/helpers.js';

/** f16 rounds every step to 11 bits, and the lowered code may round in another order (layer norm's mean and variance). */
export function tolerance(text: string): { rtol: number; atol: number } {
  return text.includes('xf16>') ? { rtol: 2e-2, atol: 2e-2 } : { rtol: 1e-4, atol: 1e-5 };
}

/** How many ops named `name` `module` holds. */
export function countOps(module: Operation, name: string): number {
  let n = 0;
  module.walk((op) => void (op.name.name === name && n++));
  return n;
}
