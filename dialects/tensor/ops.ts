// Op definitions of the tensor dialect: tensor.compute (a tensor expression), its tensor.yield
// and tensor.index, and tensor.empty with MLIR's syntax and meaning.
import {
  AffineMapProp, AnyType, ArrayProp, AttrProp, DenseI64ArrayProp, HasParent, I64Prop, Index, IsolatedFromAbove, Pure,
  RecursiveMemoryEffects, ReturnLike, SizedRegion, StrEnumProp, Terminator, Variadic, defineOp, typeConstraint,
} from '../../lib/dialect/index.js';
import { RankedTensorType, kDynamic, type Operation, type Value } from '../../lib/ir/index.js';
import { COMBINERS, ITERATOR_KINDS, computeBody, isInitEntry, computeBounds, computeCombiners, indexingMaps, yieldedValues } from './compute.js';
import { parseCompute, printCompute } from './compute-syntax.js';
import { verifyCompute, verifyComputeBody } from './compute-verify.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** A ranked tensor with no dynamic dimension. */
export const StaticTensor = typeConstraint(
  'statically shaped tensor of any type values',
  (t) => t instanceof RankedTensorType && !t.shape.includes(kDynamic),
);

export const ComputeOp = defineOp(
  {
    name: 'tensor.compute',
    summary: 'a tensor expression: a body evaluated at every point of a static iteration domain',
    operands: { inputs: Variadic(StaticTensor) },
    results: { outputs: Variadic(StaticTensor) },
    properties: {
      bounds: DenseI64ArrayProp,
      iterators: ArrayProp(StrEnumProp('iterator kind', ITERATOR_KINDS)),
      indexing_maps: ArrayProp(AffineMapProp),
      combiners: ArrayProp(StrEnumProp('combiner', COMBINERS)),
      inits: ArrayProp(AttrProp('typed attribute or unit', isInitEntry)).optional(),
    },
    regions: { body: SizedRegion(1) },
    traits: [RecursiveMemoryEffects, IsolatedFromAbove],
    parse: parseCompute,
    print: printCompute,
  },
  {
    verify: (v) => verifyCompute(v.op),
    verifyRegions: (v) => verifyComputeBody(v.op),
    fold: (v) => foldCopy(v.op),
  },
);

/**
 * A TE that copies its only input through the same map on both sides (`[i, j] -> [i, j]`,
 * body yielding its argument) into a tensor of the same type is that input.
 */
function foldCopy(op: Operation): Value | undefined {
  if (op.numOperands !== 1 || op.numResults !== 1 || op.operand(0).type !== op.result(0).type) return undefined;
  const [inMap, outMap] = indexingMaps(op);
  const [yielded] = yieldedValues(op);
  if (inMap !== outMap || computeCombiners(op)[0] !== 'none' || yielded !== computeBody(op).arguments[0]) return undefined;
  return op.operand(0);
}

export const YieldOp = defineOp({
  name: 'tensor.yield',
  summary: 'the values a tensor.compute body (or a tensor.pad region) produces at one point',
  operands: { values: Variadic(AnyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent('tensor.compute', 'tensor.pad')],
  assemblyFormat: 'attr-dict ($values^ `:` type($values))?',
});

export const IndexOp = defineOp(
  {
    name: 'tensor.index',
    summary: 'the current index of a domain dimension inside a tensor.compute body',
    results: { result: Index },
    properties: { dim: I64Prop },
    traits: [Pure],
    assemblyFormat: '$dim attr-dict `:` type($result)',
  },
  {
    verify(v) {
      const parent = v.op.parentWhere((p) => p.name.name === 'tensor.compute');
      if (!parent) return fail(v.op, "expected to be inside a 'tensor.compute' body");
      const rank = computeBounds(parent).length;
      if (v.dim < 0 || v.dim >= rank) return fail(v.op, `dimension ${v.dim} is out of range for a domain of rank ${rank}`);
      return true;
    },
  },
);

export const EmptyOp = defineOp(
  {
    name: 'tensor.empty',
    summary: 'a tensor of unspecified contents (only its shape matters)',
    operands: { dynamicSizes: Variadic(Index) },
    results: { result: typeConstraint('ranked tensor of any type values', (t) => t instanceof RankedTensorType) },
    traits: [Pure],
    assemblyFormat: '`(`$dynamicSizes`)` attr-dict `:` type($result)',
  },
  {
    verify(v) {
      const dynamic = (v.result.type as RankedTensorType).shape.filter((d) => d === kDynamic).length;
      if (dynamic !== v.dynamicSizes.length) return fail(v.op, 'incorrect number of dynamic sizes, has ' + v.dynamicSizes.length + ', expected ' + dynamic);
      return true;
    },
  },
);
