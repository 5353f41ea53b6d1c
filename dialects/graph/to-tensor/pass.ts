// The convert-graph-to-tensor pass: dialect conversion with the graph dialect illegal and one
// conversion pattern per graph op, each building the op's tensor expressions.
import { definePass } from '../../../lib/pass/index.js';
import { ConversionTarget, applyPartialConversion, defineConversionPattern, type ConversionPattern } from '../../../lib/rewrite/index.js';
import { binaryBodies, lowerBinary, lowerCast, lowerConstant, lowerUnary, unaryBodies } from './elementwise.js';
import { lowerGemm, lowerMatmul } from './contraction.js';
import { lowerAvgPool, lowerConv2d, lowerGlobalAvgPool, lowerMaxPool } from './window.js';
import { lowerReduceMax, lowerReduceMean, lowerReduceSum, lowerSoftmax } from './reduction.js';
import { lowerBatchNorm, lowerLayerNorm } from './normalization.js';
import { lowerConcat, lowerGather, lowerReshape, lowerSlice, lowerSplit, lowerTranspose } from './layout.js';
import { LowerCx, type Lowering } from './lowering.js';
import { logicalBodies, lowerItem, lowerLogical } from './logical.js';

/** The lowering of each graph op. */
export const graphLowerings: ReadonlyMap<string, Lowering> = new Map<string, Lowering>([
  ...Object.keys(binaryBodies).map((name) => [name, lowerBinary] as const),
  ...Object.keys(unaryBodies).map((name) => [name, lowerUnary] as const),
  ...Object.keys(logicalBodies).map((name) => [name, lowerLogical] as const),
  ['graph.constant', lowerConstant],
  ['graph.cast', lowerCast],
  ['graph.matmul', lowerMatmul],
  ['graph.gemm', lowerGemm],
  ['graph.conv2d', lowerConv2d],
  ['graph.max_pool2d', lowerMaxPool],
  ['graph.avg_pool2d', lowerAvgPool],
  ['graph.global_avg_pool', lowerGlobalAvgPool],
  ['graph.reduce_sum', lowerReduceSum],
  ['graph.reduce_mean', lowerReduceMean],
  ['graph.reduce_max', lowerReduceMax],
  ['graph.softmax', lowerSoftmax],
  ['graph.layer_norm', lowerLayerNorm],
  ['graph.batch_norm', lowerBatchNorm],
  ['graph.reshape', lowerReshape],
  ['graph.transpose', lowerTranspose],
  ['graph.slice', lowerSlice],
  ['graph.split', lowerSplit],
  ['graph.concat', lowerConcat],
  ['graph.gather', lowerGather],
  ['graph.item', lowerItem],
]);

/** The conversion patterns, one per graph op. */
export function graphToTensorPatterns(): ConversionPattern[] {
  return [...graphLowerings].map(([root, lower]) =>
    defineConversionPattern({
      name: `lower-${root}`,
      root,
      matchAndRewrite(op, operands, rewriter) {
        rewriter.replaceOp(op, lower(op, operands, new LowerCx(rewriter, op.location)));
        return true;
      },
    }),
  );
}

/** What the lowering must reach: no graph op left; tensor, arith and math ops legal. */
export function graphToTensorTarget(): ConversionTarget {
  return new ConversionTarget().addIllegalDialect('graph').addLegalDialect('tensor', 'arith', 'math');
}

/** convert-graph-to-tensor: every graph op in a function becomes one or more tensor.compute ops. */
export const convertGraphToTensorPass = definePass({
  name: 'convert-graph-to-tensor',
  summary: 'Lower graph operators to tensor expressions (tensor.compute)',
  description:
    'Dialect conversion with the graph dialect illegal: elementwise ops become one-to-one TEs, matmul/gemm contractions, ' +
    'conv2d and pools reductions over windows (padding in a pad TE), softmax and layer_norm chains of reductions and ' +
    'elementwise TEs, reshape/transpose/slice/concat/split copies through affine maps.',
  anchor: 'func.func',
  dependentDialects: ['tensor', 'arith', 'math'],
  run(ctx) {
    // An op no pattern lowers makes the conversion fail, undone, with an error naming the op.
    if (!applyPartialConversion(ctx.op, graphToTensorTarget(), graphToTensorPatterns()).ok) ctx.signalPassFailure();
  },
});
