// The graph dialect's neural-network ops: pooling, reductions, softmax and normalisations.
import { DenseI64ArrayProp, F32Prop, I64Prop, Optional, Pure, SameOperandsAndResultType, SameTypeAs, UnitProp, defineOp } from '../../lib/dialect/index.js';
import { FloatTensor, elementOf, sameElement, shapeInference, shapeOf, tensorOf } from './infer.js';
import { batchNormShape, globalPoolShape, layerNormShape, normalizeAxis, poolShape, reduceShape } from './shapes.js';
import { windowProps } from './contraction.js';

const poolProps = { kernel: DenseI64ArrayProp, strides: windowProps.strides, pads: windowProps.pads } as const;

const poolInference = shapeInference((x) => {
  const [input] = x.types;
  const window = {
    kernel: x.prop('kernel', poolProps.kernel),
    strides: x.prop('strides', poolProps.strides),
    pads: x.prop('pads', poolProps.pads),
    dilations: [1, 1],
  };
  return [tensorOf(poolShape(shapeOf(input), window), elementOf(input))];
});

const pool = {
  operands: { input: FloatTensor },
  results: { result: FloatTensor },
  traits: [Pure, poolInference.trait],
  inferResultTypes: poolInference.inferResultTypes,
  assemblyFormat: '$input `kernel` `=` $kernel (`strides` `=` $strides^)? (`pads` `=` $pads^)? attr-dict `:` type($input)',
} as const;

/** `graph.max_pool2d %x kernel = [2, 2] strides = [2, 2] : tensor<1x3x8x8xf32>`: padding never wins the max. */
export const MaxPool2dOp = defineOp({ name: 'graph.max_pool2d', summary: '2-D max pooling in NCHW layout', ...pool, properties: poolProps });

/** `graph.avg_pool2d`: the mean of each window; pads count in the divisor only with `count_include_pad`. */
export const AvgPool2dOp = defineOp({
  name: 'graph.avg_pool2d',
  summary: '2-D average pooling in NCHW layout',
  ...pool,
  properties: { ...poolProps, count_include_pad: UnitProp },
});

const globalPoolInference = shapeInference((x) => [tensorOf(globalPoolShape(shapeOf(x.types[0])), elementOf(x.types[0]))]);

/** `graph.global_avg_pool %x : tensor<1x64x7x7xf32>` gives tensor<1x64x1x1xf32>. */
export const GlobalAvgPoolOp = defineOp({
  name: 'graph.global_avg_pool',
  summary: 'mean over all spatial dimensions, kept as 1s',
  operands: { input: FloatTensor },
  results: { result: FloatTensor },
  traits: [Pure, globalPoolInference.trait],
  inferResultTypes: globalPoolInference.inferResultTypes,
  assemblyFormat: '$input attr-dict `:` type($input)',
});

const reduceProps = { axes: DenseI64ArrayProp, keepdims: UnitProp } as const;

const reduceInference = shapeInference((x) => {
  const [input] = x.types;
  const shape = reduceShape(shapeOf(input), x.prop('axes', reduceProps.axes), x.optionalProp('keepdims', UnitProp) ?? false);
  return [tensorOf(shape, elementOf(input))];
});

const reduceOp = (kind: 'sum' | 'mean' | 'max') =>
  defineOp({
    name: `graph.reduce_${kind}`,
    summary: `${kind} over axes (every axis when empty), kept as 1s with keepdims`,
    operands: { input: FloatTensor },
    results: { result: FloatTensor },
    properties: reduceProps,
    traits: [Pure, reduceInference.trait],
    inferResultTypes: reduceInference.inferResultTypes,
    assemblyFormat: '$input `axes` `=` $axes (`keepdims` $keepdims^)? attr-dict `:` type($input)',
  });

/** `graph.reduce_sum %x axes = [1] keepdims : tensor<4x8xf32>` gives tensor<4x1xf32>. */
export const ReduceSumOp = reduceOp('sum');
export const ReduceMeanOp = reduceOp('mean');
export const ReduceMaxOp = reduceOp('max');

const axisProp = I64Prop.withDefault(-1);

const softmaxInference = shapeInference((x) => {
  const [input] = x.types;
  normalizeAxis(x.prop('axis', axisProp), shapeOf(input).length);
  return [input];
});

/** `graph.softmax %x axis = 1 : tensor<4x8xf32>` (axis defaults to the last). */
export const SoftmaxOp = defineOp({
  name: 'graph.softmax',
  summary: 'exp(x - max) / sum(exp(x - max)) along one axis',
  operands: { input: FloatTensor },
  results: { result: FloatTensor },
  properties: { axis: axisProp },
  traits: [Pure, SameOperandsAndResultType, softmaxInference.trait],
  assemblyFormat: '$input (`axis` `=` $axis^)? attr-dict `:` type($input)',
});

const epsilonProp = F32Prop.withDefault(1e-5);

const layerNormInference = shapeInference((x) => {
  const [input, scale, bias] = x.types;
  sameElement(x.types, ['input', 'scale', 'bias']);
  layerNormShape(shapeOf(input), shapeOf(scale), bias && shapeOf(bias), x.prop('axis', axisProp));
  return [input];
});

/**
 * `graph.layer_norm %x, %scale, %bias axis = -1 : tensor<2x8xf32>, tensor<8xf32>`: normalises
 * over the dimensions from `axis` on, then scales and shifts; the bias is optional.
 */
export const LayerNormOp = defineOp({
  name: 'graph.layer_norm',
  summary: '(x - mean) / sqrt(var + epsilon) * scale + bias over the trailing dimensions',
  operands: { input: FloatTensor, scale: FloatTensor, bias: Optional(SameTypeAs('scale', FloatTensor)) },
  results: { result: FloatTensor },
  properties: { axis: axisProp, epsilon: epsilonProp },
  traits: [Pure, layerNormInference.trait],
  inferResultTypes: layerNormInference.inferResultTypes,
  assemblyFormat: '$input `,` $scale (`,` $bias^)? (`axis` `=` $axis^)? (`epsilon` `=` $epsilon^)? attr-dict `:` type($input) `,` type($scale)',
});

const batchNormInference = shapeInference((x) => {
  const [input, ...params] = x.types;
  sameElement(x.types, ['input', 'scale', 'bias', 'mean', 'variance']);
  batchNormShape(shapeOf(input), params.map(shapeOf));
  return [input];
});

/** `graph.batch_norm %x, %scale, %bias, %mean, %var : tensor<1x3x4x4xf32>, tensor<3xf32>`: inference-mode batch normalisation. */
export const BatchNormOp = defineOp({
  name: 'graph.batch_norm',
  summary: '(x - mean) / sqrt(variance + epsilon) * scale + bias per channel (dimension 1)',
  operands: {
    input: FloatTensor,
    scale: FloatTensor,
    bias: SameTypeAs('scale', FloatTensor),
    mean: SameTypeAs('scale', FloatTensor),
    variance: SameTypeAs('scale', FloatTensor),
  },
  results: { result: FloatTensor },
  properties: { epsilon: epsilonProp },
  traits: [Pure, batchNormInference.trait],
  inferResultTypes: batchNormInference.inferResultTypes,
  assemblyFormat: '$input `,` $scale `,` $bias `,` $mean `,` $variance (`epsilon` `=` $epsilon^)? attr-dict `:` type($input) `,` type($scale)',
});
