// The graph dialect's comparisons and selection: equal/less/greater/less_equal/greater_equal
// (tensors of i1 out), not/and/or/xor on i1 tensors, and where (select with broadcasting) —
// what ONNX's Equal, Less, Not, And, Where become when their inputs are not constants; item (a
// one-element tensor's scalar, an If's condition).
import { IntegerType, type Type } from '../../lib/ir/index.js';
import { AnyType, Commutative, Elementwise, Pure, SameOperandsAndResultType, defineOp, typeConstraint } from '../../lib/dialect/index.js';
import { AnyStaticTensor, elementOf, sameElement, shapeInference, shapeOf, tensorOf } from './infer.js';
import { broadcastShapes, fail } from './shapes.js';

/** The comparison ops, by mnemonic. */
export type CompareKind = 'equal' | 'less' | 'greater' | 'less_equal' | 'greater_equal';
/** The binary logical ops on i1 tensors, by mnemonic. */
export type LogicalKind = 'and' | 'or' | 'xor';

const isI1 = (t: Type): boolean => t instanceof IntegerType && t.width === 1 && t.isSignless;

/** A statically shaped tensor of i1: what comparisons produce and logical ops and `where` take. */
export const BoolTensor = typeConstraint('statically shaped tensor of 1-bit signless integer values', (t) => AnyStaticTensor.check(t) && isI1(elementOf(t)));

const i1 = (t: Type): Type => IntegerType.get(t.context, 1);

/** Comparisons: operands of one element type (float or integer), broadcast; the result is i1. */
const compareInference = shapeInference((x) => {
  const [l, r] = x.types;
  sameElement([l, r], ['lhs', 'rhs']);
  return [tensorOf(broadcastShapes(shapeOf(l), shapeOf(r)), i1(l))];
}, (x) => [tensorOf(shapeOf(x.types[0]), i1(x.types[0]))]);

const compareOp = (kind: CompareKind, summary: string, commutative = false) =>
  defineOp({
    name: `graph.${kind}`,
    summary: `elementwise ${summary} with numpy broadcasting (i1 results; false where either side is NaN)`,
    operands: { lhs: AnyStaticTensor, rhs: AnyStaticTensor },
    results: { result: BoolTensor },
    traits: commutative ? [Pure, Commutative, compareInference.trait] : [Pure, compareInference.trait],
    inferResultTypes: compareInference.inferResultTypes,
    assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)',
  });

export const EqualOp = compareOp('equal', 'x == y', true);
export const LessOp = compareOp('less', 'x < y');
export const GreaterOp = compareOp('greater', 'x > y');
export const LessEqualOp = compareOp('less_equal', 'x <= y');
export const GreaterEqualOp = compareOp('greater_equal', 'x >= y');

const logicalInference = shapeInference((x) => {
  const [l, r] = x.types;
  return [tensorOf(broadcastShapes(shapeOf(l), shapeOf(r)), elementOf(l))];
});

const logicalOp = (kind: LogicalKind) =>
  defineOp({
    name: `graph.${kind}`,
    summary: `elementwise logical ${kind} of i1 tensors with numpy broadcasting`,
    operands: { lhs: BoolTensor, rhs: BoolTensor },
    results: { result: BoolTensor },
    traits: [Pure, Commutative, logicalInference.trait],
    inferResultTypes: logicalInference.inferResultTypes,
    assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)',
  });

export const AndOp = logicalOp('and');
export const OrOp = logicalOp('or');
export const XorOp = logicalOp('xor');

/** `graph.not %c : tensor<4xi1>`: logical negation. */
export const NotOp = defineOp({
  name: 'graph.not',
  summary: 'elementwise logical not of an i1 tensor',
  operands: { input: BoolTensor },
  results: { result: BoolTensor },
  traits: [Pure, SameOperandsAndResultType, Elementwise],
  assemblyFormat: '$input attr-dict `:` type($input)',
});

const whereInference = shapeInference((x) => {
  const [c, t, f] = x.types;
  if (!isI1(elementOf(c))) fail(`condition must have element type 'i1', but has '${String(elementOf(c))}'`);
  const element = sameElement([t, f], ['true_value', 'false_value']);
  const shape = broadcastShapes(broadcastShapes(shapeOf(c), shapeOf(t), 'condition and true_value'), shapeOf(f), 'condition, true_value and false_value');
  return [tensorOf(shape, element)];
}, (x) => [x.types[1]]);

/** `graph.where %c, %a, %b : tensor<4xi1>, tensor<4xf32>, tensor<1xf32>`: a where c holds, b elsewhere; all three broadcast. */
export const WhereOp = defineOp({
  name: 'graph.where',
  summary: 'elementwise selection with numpy broadcasting of condition and both values',
  operands: { condition: BoolTensor, true_value: AnyStaticTensor, false_value: AnyStaticTensor },
  results: { result: AnyStaticTensor },
  traits: [Pure, whereInference.trait],
  inferResultTypes: whereInference.inferResultTypes,
  assemblyFormat: '$condition `,` $true_value `,` $false_value attr-dict `:` type($condition) `,` type($true_value) `,` type($false_value)',
});

const itemInference = shapeInference((x) => {
  const [t] = x.types;
  const count = shapeOf(t).reduce((a, b) => a * b, 1);
  if (count !== 1) fail(`input must have exactly one element, but '${String(t)}' has ${count}`);
  return [elementOf(t)];
}, (x) => [elementOf(x.types[0])]);

/**
 * `graph.item %c : tensor<1xi1>`: the one element of a one-element tensor as a scalar — an
 * ONNX If's condition becomes the i1 an `scf.if` takes.
 */
export const ItemOp = defineOp({
  name: 'graph.item',
  summary: 'the element of a one-element tensor, as a scalar',
  operands: { input: AnyStaticTensor },
  results: { result: AnyType },
  traits: [Pure, itemInference.trait],
  inferResultTypes: itemInference.inferResultTypes,
  assemblyFormat: '$input attr-dict `:` type($input)',
});
