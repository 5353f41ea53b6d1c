// Successor operands against the arguments of the target block, for branch-like ops' verifiers.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';

/**
 * MLIR's BranchOpInterface check: the `operands` that `op` forwards to successor `succNo`
 * match the target block's arguments in number and type. Dialects call it from their branch
 * ops' `verify` with the operands they forward (cf.br: all; cf.cond_br: one segment each).
 */
export function verifyBranchSuccessorOperands(op: Operation, succNo: number, operands: readonly Value[]): boolean {
  const dest = op.successors[succNo];
  if (operands.length !== dest.arguments.length) {
    op.emitError(`branch has ${operands.length} operands for successor #${succNo}, but target block has ${dest.arguments.length}`);
    return false;
  }
  for (let i = 0; i < operands.length; i++) {
    if (operands[i].type === dest.arguments[i].type) continue;
    op.emitError(`type mismatch for bb argument #${i} of successor #${succNo}`);
    return false;
  }
  return true;
}
