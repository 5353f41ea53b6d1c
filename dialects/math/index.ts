// The math dialect: elementary functions on floats (and absi), as MLIR 22. Folded values
// become arith.constant ops, as MLIR's math dialect materialises them.
import type { Dialect } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import { materializeArithConstant } from '../arith/index.js';
import { mathOps } from './ops.js';

export * from './ops.js';

/** Builds the math dialect. */
export function loadMathDialect(): Dialect {
  return defineDialect({ name: 'math', ops: mathOps, materializeConstant: materializeArithConstant });
}
