// The ops for what a tensor expression's affine maps cannot say: tensor.pad (MLIR's op: reads
// outside the source yield a padding value), tensor.take (numpy take: a gather whose
// positions are data) and tensor.extract (MLIR's op: one element as a scalar, e.g. a branch condition).
import {
  AnyRankedTensor, AttrSizedOperandSegments, DenseI64ArrayProp, I64Prop, Index, Pure, RecursiveMemoryEffects,
  SingleBlockImplicitTerminator, SizedRegion, TypeFrom, UnitProp, Variadic, defineOp, typeConstraint,
} from '../../lib/dialect/index.js';
import { IndexType, IntegerType, RankedTensorType, kDynamic, type Operation, type Type } from '../../lib/ir/index.js';
import { staticValues } from '../memref/syntax.js';
import { StaticTensor } from './ops.js';

const DYNAMIC = -(2n ** 63n);

export const PadOp = defineOp(
  {
    name: 'tensor.pad',
    summary: 'tensor pad operation',
    operands: { source: AnyRankedTensor, low: Variadic(Index), high: Variadic(Index) },
    results: { result: AnyRankedTensor },
    properties: { static_low: DenseI64ArrayProp, static_high: DenseI64ArrayProp, nofold: UnitProp },
    regions: { region: SizedRegion(1) },
    traits: [AttrSizedOperandSegments, Pure, RecursiveMemoryEffects, SingleBlockImplicitTerminator('tensor.yield')],
    assemblyFormat:
      '$source (`nofold` $nofold^)? `low` `` custom<DynamicIndexList>($low, $static_low) ' +
      '`high` `` custom<DynamicIndexList>($high, $static_high) $region attr-dict `:` type($source) `to` type($result)',
  },
  {
    verify(v) {
      const source = v.source.type as RankedTensorType;
      const result = v.result.type as RankedTensorType;
      const low = staticValues(v.op.getAttr('static_low'));
      const high = staticValues(v.op.getAttr('static_high'));
      const expected = inferPadShape(source, low, high);
      if (!expected) {
        v.op.emitError(`failed to infer expectedType from sourceType '${source}', specified resultType is '${result}'`);
        return false;
      }
      const mismatch = result.rank !== expected.length || expected.some((d, i) => d !== kDynamic && d !== result.shape[i]);
      if (mismatch) {
        v.op.emitError(`specified type '${result}' does not match the inferred type '${RankedTensorType.get(expected, source.elementType)}'`);
        return false;
      }
      return true;
    },
    verifyRegions(v) {
      const result = v.result.type as RankedTensorType;
      const block = v.region.entry!;
      if (block.arguments.length !== result.rank) return (v.op.emitError(`expected the block to have ${result.rank} arguments`), false);
      const bad = block.arguments.findIndex((a) => !(a.type instanceof IndexType));
      if (bad >= 0) return (v.op.emitOpError(`expected block argument ${bad + 1} to be an index`), false);
      const yielded = block.last?.name.name === 'tensor.yield' ? block.last.operands : [];
      if (yielded.length !== 1 || yielded[0].type !== result.elementType) return (v.op.emitOpError('expected yield type to match shape element type'), false);
      return true;
    },
    resultNames: (v, setName) => setName(v.result, 'padded'),
  },
);

/** MLIR's PadOp::inferResultType: each dim grows by low + high (dynamic where any of them is). */
function inferPadShape(source: RankedTensorType, low: readonly bigint[], high: readonly bigint[]): number[] | undefined {
  if (low.length !== source.rank || high.length !== source.rank) return undefined;
  return source.shape.map((d, i) => (d === kDynamic || low[i] === DYNAMIC || high[i] === DYNAMIC ? kDynamic : d + Number(low[i]) + Number(high[i])));
}

/** The static padding of a `tensor.pad` (low, then high), undefined where an operand gives it. */
export function padAmounts(op: Operation): { low: (number | undefined)[]; high: (number | undefined)[] } {
  const read = (name: string) => staticValues(op.getAttr(name)).map((v) => (v === DYNAMIC ? undefined : Number(v)));
  return { low: read('static_low'), high: read('static_high') };
}

const IntegerOrIndexTensor = typeConstraint(
  'statically shaped tensor of integer or index values',
  (t) => StaticTensor.check(t) && ((t as RankedTensorType).elementType instanceof IntegerType || (t as RankedTensorType).elementType instanceof IndexType),
);

/** The shape of `tensor.take`'s result: data's shape with dim `axis` replaced by the indices' shape. */
export function takeShape(data: readonly number[], indices: readonly number[], axis: number): number[] {
  return [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)];
}

export const TakeOp = defineOp(
  {
    name: 'tensor.take',
    summary: 'elements of data along an axis at positions given by a tensor of indices (numpy take)',
    operands: { data: StaticTensor, indices: IntegerOrIndexTensor },
    results: { result: StaticTensor },
    properties: { axis: I64Prop },
    traits: [Pure],
    assemblyFormat: '$data `[` $indices `]` `axis` $axis attr-dict `:` functional-type(operands, results)',
  },
  {
    verify(v) {
      const data = v.data.type as RankedTensorType;
      const indices = v.indices.type as RankedTensorType;
      const result = v.result.type as RankedTensorType;
      if (v.axis < 0 || v.axis >= data.rank) {
        return (v.op.emitOpError(`axis ${v.axis} is out of range for data of rank ${data.rank}`), false);
      }
      if (result.elementType !== data.elementType) {
        return (v.op.emitOpError(`result element type ${result.elementType} must match the data's, ${data.elementType}`), false);
      }
      const want = takeShape(data.shape, indices.shape, v.axis);
      if (want.length !== result.rank || want.some((d, i) => d !== result.shape[i])) {
        return (v.op.emitOpError(`expected result type ${RankedTensorType.get(want, data.elementType)} (data dims before axis ${v.axis}, the indices' dims, data dims after it), but got ${result}`), false);
      }
      return true;
    },
  },
);

export const ExtractOp = defineOp(
  {
    name: 'tensor.extract',
    summary: 'element extraction operation',
    operands: { tensor: AnyRankedTensor, indices: Variadic(Index) },
    results: { result: TypeFrom('tensor', (t: Type) => (t as RankedTensorType).elementType, 'result type matches element type of tensor') },
    traits: [Pure],
    assemblyFormat: '$tensor `[` $indices `]` attr-dict `:` type($tensor)',
  },
  {
    verify(v) {
      const rank = (v.tensor.type as RankedTensorType).rank;
      if (v.indices.length !== rank) return (v.op.emitOpError('incorrect number of indices for extract_element'), false);
      return true;
    },
    resultNames: (v, setName) => setName(v.result, 'extracted'),
  },
);
