// Canonicalisation of func, as MLIR 22's: call_indirect of a func.constant becomes a direct call.
import { Operation } from '../../lib/ir/index.js';
import { definePattern } from '../../lib/rewrite/pattern.js';
import { registerCanonicalizationPatterns } from '../../lib/rewrite/op-hooks.js';

/** call_indirect %f(...) where %f = func.constant @g -> call @g(...) (SimplifyIndirectCallWithKnownCallee). */
const indirectCallWithKnownCallee = definePattern({
  name: 'SimplifyIndirectCallWithKnownCallee',
  root: 'func.call_indirect',
  matchAndRewrite(op, rewriter) {
    const callee = op.operand(0).definingOp;
    if (callee?.name.name !== 'func.constant') return false;
    const symbol = callee.getAttr('value');
    if (!symbol) return false;
    rewriter.setInsertionPointBefore(op);
    const call = Operation.create({
      name: 'func.call',
      location: op.location,
      operands: op.operands.slice(1),
      resultTypes: op.resultTypes,
      properties: [{ name: 'callee', value: symbol }],
    });
    rewriter.replaceOp(op, rewriter.insert(call));
    return true;
  },
});

/** Registers func's patterns with the rewriter (func's ops are hand-written OpInfos, not defineOp). */
export function registerFuncCanonicalization(): void {
  registerCanonicalizationPatterns('func.call_indirect', [indirectCallWithKnownCallee]);
}
