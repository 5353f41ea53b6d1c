// The graph dialect's data-movement ops: reshape, transpose, concat, slice, gather and split.
import { DenseI64ArrayProp, I64Prop, Pure, Variadic, defineOp } from '../../lib/dialect/index.js';
import { AnyStaticTensor, IntTensor, elementOf, sameElement, shapeInference, shapeOf, tensorOf } from './infer.js';
import { foldConcat, foldReshape, foldSlice, foldSplit, foldTranspose } from './folds.js';
import { concatShape, dims, gatherShape, numElements, sliceDims, splitShapes, transposeShape } from './shapes.js';

/** `graph.reshape %x : tensor<2x3xf32> to tensor<6xf32>`: same elements, row-major order, new shape. */
export const ReshapeOp = defineOp(
  {
    name: 'graph.reshape',
    summary: 'the same elements in row-major order under a new shape',
    operands: { input: AnyStaticTensor },
    results: { result: AnyStaticTensor },
    traits: [Pure],
    assemblyFormat: '$input attr-dict `:` type($input) `to` type($result)',
  },
  {
    verify(v) {
      const from = shapeOf(v.input.type);
      const to = shapeOf(v.result.type);
      if (elementOf(v.input.type) !== elementOf(v.result.type)) {
        v.op.emitOpError(`changes the element type from '${String(elementOf(v.input.type))}' to '${String(elementOf(v.result.type))}' (use graph.cast)`);
        return false;
      }
      if (numElements(from) === numElements(to)) return true;
      v.op.emitOpError(`cannot reshape ${dims(from)} (${numElements(from)} elements) to ${dims(to)} (${numElements(to)} elements)`);
      return false;
    },
    fold: (v, [x]) => foldReshape(v.op, x),
  },
);

const transposeInference = shapeInference((x) => {
  const [input] = x.types;
  return [tensorOf(transposeShape(shapeOf(input), x.prop('perm', DenseI64ArrayProp)), elementOf(input))];
});

/** `graph.transpose %x perm = [1, 0] : tensor<2x3xf32>` gives tensor<3x2xf32> (result dim i is input dim perm[i]). */
export const TransposeOp = defineOp(
  {
    name: 'graph.transpose',
    summary: 'permutes dimensions: result dimension i is input dimension perm[i]',
    operands: { input: AnyStaticTensor },
    results: { result: AnyStaticTensor },
    properties: { perm: DenseI64ArrayProp },
    traits: [Pure, transposeInference.trait],
    inferResultTypes: transposeInference.inferResultTypes,
    assemblyFormat: '$input `perm` `=` $perm attr-dict `:` type($input)',
  },
  { fold: (v, [x]) => foldTranspose(v.op, v.perm, x) },
);

const concatInference = shapeInference((x) => {
  if (x.types.length === 0) return [];
  const element = sameElement(x.types, x.types.map((_, i) => `input #${i}`));
  return [tensorOf(concatShape(x.types.map(shapeOf), x.prop('axis', I64Prop)), element)];
});

/** `graph.concat %a, %b axis = 0 : tensor<2x3xf32>, tensor<4x3xf32>` gives tensor<6x3xf32>. */
export const ConcatOp = defineOp(
  {
    name: 'graph.concat',
    summary: 'joins tensors along one axis',
    operands: { inputs: Variadic(AnyStaticTensor) },
    results: { result: AnyStaticTensor },
    properties: { axis: I64Prop },
    traits: [Pure, concatInference.trait],
    inferResultTypes: concatInference.inferResultTypes,
    assemblyFormat: '$inputs `axis` `=` $axis attr-dict `:` type($inputs)',
  },
  { fold: (v) => foldConcat(v.op) },
);

const sliceProps = {
  starts: DenseI64ArrayProp,
  ends: DenseI64ArrayProp,
  axes: DenseI64ArrayProp.optional(),
  steps: DenseI64ArrayProp.optional(),
} as const;

const sliceInference = shapeInference((x) => {
  const [input] = x.types;
  const slices = sliceDims(shapeOf(input), x.prop('starts', sliceProps.starts), x.prop('ends', sliceProps.ends), x.optionalProp('axes', sliceProps.axes), x.optionalProp('steps', sliceProps.steps));
  return [tensorOf(slices.map((s) => s.count), elementOf(input))];
});

/**
 * `graph.slice %x starts = [0, 1] ends = [2, -1] steps = [1, 2] : tensor<4x8xf32>`: ONNX Slice
 * (negative indices count from the end and are clamped; axes default to the leading ones).
 */
export const SliceOp = defineOp(
  {
    name: 'graph.slice',
    summary: 'strided window of a tensor (ONNX Slice)',
    operands: { input: AnyStaticTensor },
    results: { result: AnyStaticTensor },
    properties: sliceProps,
    traits: [Pure, sliceInference.trait],
    inferResultTypes: sliceInference.inferResultTypes,
    assemblyFormat: '$input `starts` `=` $starts `ends` `=` $ends (`axes` `=` $axes^)? (`steps` `=` $steps^)? attr-dict `:` type($input)',
  },
  { fold: (v) => foldSlice(v.op, sliceDims(shapeOf(v.input.type), v.starts, v.ends, v.axes, v.steps)) },
);

const axisZero = I64Prop.withDefault(0);

const gatherInference = shapeInference((x) => {
  const [input, indices] = x.types;
  return [tensorOf(gatherShape(shapeOf(input), shapeOf(indices), x.prop('axis', axisZero)), elementOf(input))];
});

/** `graph.gather %table, %ids : tensor<1000x64xf32>, tensor<2x8xi64>` gives tensor<2x8x64xf32> (embedding lookup). */
export const GatherOp = defineOp({
  name: 'graph.gather',
  summary: 'picks slices along an axis by index (negative indices count from the end)',
  operands: { input: AnyStaticTensor, indices: IntTensor },
  results: { result: AnyStaticTensor },
  properties: { axis: axisZero },
  traits: [Pure, gatherInference.trait],
  inferResultTypes: gatherInference.inferResultTypes,
  assemblyFormat: '$input `,` $indices (`axis` `=` $axis^)? attr-dict `:` type($input) `,` type($indices)',
});

const splitProps = { axis: axisZero, sizes: DenseI64ArrayProp } as const;

const splitInference = shapeInference(
  (x) => {
    const [input] = x.types;
    return splitShapes(shapeOf(input), x.prop('axis', splitProps.axis), x.prop('sizes', splitProps.sizes)).map((s) => tensorOf(s, elementOf(input)));
  },
  // While the sizes do not fit, still build one result per size, so `%r:3 = ...` parses.
  (x) => x.prop('sizes', splitProps.sizes).map(() => x.types[0]),
);

/** `%r:2 = graph.split %x axis = 1 sizes = [2, 6] : tensor<4x8xf32>` gives tensor<4x2xf32>, tensor<4x6xf32>. */
export const SplitOp = defineOp(
  {
    name: 'graph.split',
    summary: 'cuts a tensor into consecutive pieces along one axis',
    operands: { input: AnyStaticTensor },
    results: { results: Variadic(AnyStaticTensor) },
    properties: splitProps,
    traits: [Pure, splitInference.trait],
    inferResultTypes: splitInference.inferResultTypes,
    assemblyFormat: '$input (`axis` `=` $axis^)? `sizes` `=` $sizes attr-dict `:` type($input)',
  },
  { fold: (v) => foldSplit(v.op) },
);
