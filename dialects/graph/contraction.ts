// The graph dialect's contractions: matmul (batched, numpy broadcasting of batch dims), gemm
// (ONNX's, with transposes and scales) and conv2d (NCHW, strides, pads, dilations, groups).
import { DenseI64ArrayProp, F32Prop, I64Prop, Optional, Pure, UnitProp, defineOp } from '../../lib/dialect/index.js';
import { FloatTensor, sameElement, shapeInference, shapeOf, tensorOf } from './infer.js';
import { conv2dShape, gemmShape, matmulShape } from './shapes.js';

const matmulInference = shapeInference((x) => {
  const [a, b] = x.types;
  const element = sameElement([a, b], ['lhs', 'rhs']);
  return [tensorOf(matmulShape(shapeOf(a), shapeOf(b)), element)];
});

/** `graph.matmul %a, %b : tensor<4x8xf32>, tensor<8x16xf32>` gives tensor<4x16xf32>. */
export const MatmulOp = defineOp({
  name: 'graph.matmul',
  summary: 'matrix product, batched over leading dimensions with numpy broadcasting',
  operands: { lhs: FloatTensor, rhs: FloatTensor },
  results: { result: FloatTensor },
  traits: [Pure, matmulInference.trait],
  inferResultTypes: matmulInference.inferResultTypes,
  assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)',
});

const gemmProps = {
  transA: UnitProp,
  transB: UnitProp,
  alpha: F32Prop.withDefault(1),
  beta: F32Prop.withDefault(1),
} as const;

const gemmInference = shapeInference((x) => {
  const [a, b, c] = x.types;
  const element = sameElement(x.types, ['A', 'B', 'C']);
  const shape = gemmShape(shapeOf(a), shapeOf(b), c && shapeOf(c), x.optionalProp('transA', UnitProp) ?? false, x.optionalProp('transB', UnitProp) ?? false);
  return [tensorOf(shape, element)];
});

/** `graph.gemm %a, %b, %c {transB, alpha = 5.0e-01 : f32}`: alpha * op(A) op(B) + beta * C. */
export const GemmOp = defineOp({
  name: 'graph.gemm',
  summary: 'alpha * op(A) x op(B) + beta * C, op transposing when transA / transB is set',
  operands: { a: FloatTensor, b: FloatTensor, c: Optional(FloatTensor) },
  results: { result: FloatTensor },
  properties: gemmProps,
  traits: [Pure, gemmInference.trait],
  inferResultTypes: gemmInference.inferResultTypes,
  assemblyFormat: '$a `,` $b (`,` $c^)? attr-dict `:` type($a) `,` type($b) (`,` type($c)^)?',
});

/** Window attributes shared by conv2d and the pools; defaults are elided when printing. */
export const windowProps = {
  strides: DenseI64ArrayProp.withDefault([1, 1]),
  pads: DenseI64ArrayProp.withDefault([0, 0, 0, 0]),
  dilations: DenseI64ArrayProp.withDefault([1, 1]),
} as const;

const convInference = shapeInference((x) => {
  const [input, weight, bias] = x.types;
  const element = sameElement(x.types, ['input', 'weight', 'bias']);
  const window = {
    strides: x.prop('strides', windowProps.strides),
    pads: x.prop('pads', windowProps.pads),
    dilations: x.prop('dilations', windowProps.dilations),
  };
  const shape = conv2dShape(shapeOf(input), shapeOf(weight), bias && shapeOf(bias), window, x.prop('groups', I64Prop.withDefault(1)));
  return [tensorOf(shape, element)];
});

/**
 * `graph.conv2d %x, %w, %b strides = [2, 2] pads = [1, 1, 1, 1] : ...`: input (N, C, H, W),
 * weight (M, C / groups, kH, kW), optional bias (M); pads are top, left, bottom, right.
 */
export const Conv2dOp = defineOp({
  name: 'graph.conv2d',
  summary: '2-D convolution (cross-correlation) in NCHW layout',
  operands: { input: FloatTensor, weight: FloatTensor, bias: Optional(FloatTensor) },
  results: { result: FloatTensor },
  properties: { ...windowProps, groups: I64Prop.withDefault(1) },
  traits: [Pure, convInference.trait],
  inferResultTypes: convInference.inferResultTypes,
  assemblyFormat:
    '$input `,` $weight (`,` $bias^)? (`strides` `=` $strides^)? (`pads` `=` $pads^)? (`dilations` `=` $dilations^)? (`groups` `=` $groups^)? ' +
    'attr-dict `:` type($input) `,` type($weight) (`,` type($bias)^)?',
});
