// Canonicalisation patterns of the graph dialect beyond folds: chains of transposes and of
// reshapes collapse into one op (which the folds then remove when it is the identity).
import { DenseElementsAttr, type Attribute, type Builder, type Location, type Operation, type Type } from '../../lib/ir/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import { ConstantOp, ReshapeOp, TransposeOp } from './ops.js';

/** transpose(transpose(x, p), q) -> transpose(x, p∘q): result dim i is x's dim p[q[i]]. */
const transposeOfTranspose = definePattern({
  name: 'graph-transpose-of-transpose',
  root: 'graph.transpose',
  matchAndRewrite(op, rewriter) {
    const inner = op.operand(0).definingOp;
    if (!inner || !TransposeOp.is(inner)) return false;
    const p = TransposeOp.view(inner).perm;
    const q = TransposeOp.view(op).perm;
    rewriter.setInsertionPointBefore(op);
    const merged = TransposeOp.create(op.location, { operands: { input: inner.operand(0) }, properties: { perm: q.map((i) => p[i]) } });
    rewriter.replaceOp(op, rewriter.insert(merged));
    return true;
  },
});

/** reshape(reshape(x)) -> reshape(x): a reshape only depends on its input's elements in order. */
const reshapeOfReshape = definePattern({
  name: 'graph-reshape-of-reshape',
  root: 'graph.reshape',
  matchAndRewrite(op, rewriter) {
    const inner = op.operand(0).definingOp;
    if (!inner || !ReshapeOp.is(inner)) return false;
    rewriter.setInsertionPointBefore(op);
    const merged = ReshapeOp.create(op.location, { operands: { input: inner.operand(0) }, resultTypes: [op.result(0).type] });
    rewriter.replaceOp(op, rewriter.insert(merged));
    return true;
  },
});

/** The patterns by root op, for defineDialect. */
export const graphCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'graph.transpose': [transposeOfTranspose],
  'graph.reshape': [reshapeOfReshape],
};

/** A graph.constant for a folded dense value of the requested type. */
export function materializeGraphConstant(builder: Builder, value: Attribute, type: Type, loc: Location): Operation | undefined {
  if (!(value instanceof DenseElementsAttr) || value.type !== type) return undefined;
  return builder.insert(ConstantOp.create(loc, { properties: { value } }));
}
