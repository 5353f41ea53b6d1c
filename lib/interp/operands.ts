// Splitting an op's runtime operand values into its operand groups (AttrSizedOperandSegments).
import { DenseArrayAttr } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';

/**
 * `args` cut into the op's operand groups, as its `operandSegmentSizes` property says (one
 * group holding everything when the op has none). E.g. scf.parallel: [lbs, ubs, steps, inits].
 */
export function operandGroups<T>(op: Operation, args: readonly T[]): T[][] {
  const sizes = op.getProp('operandSegmentSizes');
  if (!(sizes instanceof DenseArrayAttr)) return [[...args]];
  const out: T[][] = [];
  let at = 0;
  for (const n of sizes.values) {
    out.push(args.slice(at, at + Number(n)));
    at += Number(n);
  }
  return out;
}
