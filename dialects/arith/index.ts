// The arith dialect: integer and float arithmetic, comparisons, select and casts, as MLIR 22.
import { DenseElementsAttr, FloatAttr, IntegerAttr, type Dialect } from '../../lib/ir/index.js';
import { defineDialect } from '../../lib/dialect/index.js';
import type { ConstantMaterializer } from '../../lib/rewrite/op-hooks.js';
import { ConstantOp, arithOps, fastmathEnum, overflowEnum } from './ops.js';
import { attrType } from './types.js';
import { arithCanonicalization } from './canonicalize.js';

export * from './ops.js';

/** An arith.constant for a folded value, when MLIR's ConstantOp::isBuildableWith accepts it: a typed integer, float or elements value of the requested type. */
export const materializeArithConstant: ConstantMaterializer = (builder, value, type, loc) => {
  const buildable = (value instanceof IntegerAttr || value instanceof FloatAttr || value instanceof DenseElementsAttr) && attrType(value) === type;
  return buildable ? builder.insert(ConstantOp.create(loc, { properties: { value }, resultTypes: [type] })) : undefined;
};

/** Builds the arith dialect. */
export function loadArithDialect(): Dialect {
  return defineDialect({
    name: 'arith',
    ops: arithOps,
    enums: [overflowEnum, fastmathEnum],
    materializeConstant: materializeArithConstant,
    canonicalization: arithCanonicalization,
  });
}
