// The graph dialect's elementwise ops: constants, binary arithmetic with numpy broadcasting,
// activations and unary math, and element-type casts.
import { DenseElementsAttr, DenseResourceElementsAttr, type Type } from '../../lib/ir/index.js';
import { AttrProp, Commutative, ConstantLike, Elementwise, Pure, SameOperandsAndResultType, defineOp } from '../../lib/dialect/index.js';
import { AnyStaticTensor, FloatTensor, sameElement, shapeInference, shapeOf, tensorOf } from './infer.js';
import { broadcastShapes } from './shapes.js';
import { foldBinary, foldCast, foldUnary } from './folds.js';

/** The binary elementwise ops, by mnemonic. */
export type BinaryKind = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'pow';
/** The unary elementwise ops, by mnemonic. */
export type UnaryKind = 'relu' | 'gelu' | 'sigmoid' | 'tanh' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'neg' | 'erf' | 'abs';

/** A dense elements value (inline, or a `dense_resource` blob as large weights are) of a static tensor type. */
const DenseProp = AttrProp(
  'dense elements attribute of a statically shaped tensor',
  (a) => (a instanceof DenseElementsAttr || a instanceof DenseResourceElementsAttr) && AnyStaticTensor.check(a.type),
);

const constantInference = shapeInference((x) => {
  const a = x.prop('value', DenseProp) as DenseElementsAttr | DenseResourceElementsAttr;
  return [a.type as Type];
});

/** `graph.constant dense<[1.0, 2.0]> : tensor<2xf32>`: a tensor literal (or `dense_resource<w> : ...`; folds of other ops skip those). */
export const ConstantOp = defineOp(
  {
    name: 'graph.constant',
    summary: 'a dense tensor constant',
    properties: { value: DenseProp },
    results: { result: AnyStaticTensor },
    traits: [Pure, ConstantLike, constantInference.trait],
    inferResultTypes: constantInference.inferResultTypes,
    assemblyFormat: 'attr-dict $value',
  },
  {
    fold: (v) => v.op.getAttr('value'),
    resultNames: (v, setName) => setName(v.result, 'cst'),
  },
);

const broadcastInference = shapeInference((x) => {
  const [l, r] = x.types;
  const element = sameElement([l, r], ['lhs', 'rhs']);
  return [tensorOf(broadcastShapes(shapeOf(l), shapeOf(r)), element)];
});

const binary = {
  operands: { lhs: FloatTensor, rhs: FloatTensor },
  results: { result: FloatTensor },
  inferResultTypes: broadcastInference.inferResultTypes,
  assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)',
} as const;

const binaryOp = (kind: BinaryKind, commutative: boolean) =>
  defineOp(
    {
      name: `graph.${kind}`,
      summary: `elementwise ${kind} with numpy broadcasting`,
      ...binary,
      traits: commutative ? [Pure, Commutative, broadcastInference.trait] : [Pure, broadcastInference.trait],
    },
    { fold: (v, operands) => foldBinary(kind, v.op, operands) },
  );

export const AddOp = binaryOp('add', true);
export const SubOp = binaryOp('sub', false);
export const MulOp = binaryOp('mul', true);
export const DivOp = binaryOp('div', false);
export const MaxOp = binaryOp('max', true);
export const MinOp = binaryOp('min', true);
export const PowOp = binaryOp('pow', false);

const unaryOp = (kind: UnaryKind, summary: string) =>
  defineOp(
    {
      name: `graph.${kind}`,
      summary,
      operands: { input: FloatTensor },
      results: { result: FloatTensor },
      traits: [Pure, SameOperandsAndResultType, Elementwise],
      assemblyFormat: '$input attr-dict `:` type($input)',
    },
    { fold: (v, [x]) => foldUnary(kind, v.op, x) },
  );

export const ReluOp = unaryOp('relu', 'max(x, 0)');
export const GeluOp = unaryOp('gelu', 'x * Φ(x), the exact (erf) form');
export const SigmoidOp = unaryOp('sigmoid', '1 / (1 + exp(-x))');
export const TanhOp = unaryOp('tanh', 'hyperbolic tangent');
export const ExpOp = unaryOp('exp', 'e to the x');
export const LogOp = unaryOp('log', 'natural logarithm');
export const SqrtOp = unaryOp('sqrt', 'square root');
export const RsqrtOp = unaryOp('rsqrt', '1 / sqrt(x)');
export const NegOp = unaryOp('neg', '-x');
export const ErfOp = unaryOp('erf', 'the error function');
export const AbsOp = unaryOp('abs', '|x|');

/** `graph.cast %x : tensor<4xf32> to tensor<4xf16>`: converts elements (floats round to nearest even, to integers truncate); the shape stays. */
export const CastOp = defineOp(
  {
    name: 'graph.cast',
    summary: 'element type conversion',
    operands: { input: AnyStaticTensor },
    results: { result: AnyStaticTensor },
    traits: [Pure, Elementwise],
    assemblyFormat: '$input attr-dict `:` type($input) `to` type($result)',
  },
  { fold: (v, [x]) => foldCast(v.op, x) },
);
