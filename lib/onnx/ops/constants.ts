// ONNX operators whose result is known at import time: Constant, Shape, Size, ConstantOfShape.
import { ImportError } from '../context.js';
import { tensorData, type TensorData } from '../proto.js';
import type { Converter } from './registry.js';

const int64 = (values: readonly number[], dims: readonly number[] = [values.length]): TensorData => ({ dims, dataType: 7, values: values.map((v) => BigInt(v)) });

const constant: Converter = (n) => {
  const t = n.attrs.tensor('value');
  if (t) return [tensorData(t, () => { throw new ImportError('a Constant with external data is not supported'); })];
  if (n.attrs.has('value_float')) return [{ dims: [], dataType: 1, values: [n.attrs.float('value_float', 0)] }];
  if (n.attrs.has('value_int')) return [int64([n.attrs.int('value_int', 0)], [])];
  const floats = n.attrs.floats('value_floats');
  if (floats) return [{ dims: [floats.length], dataType: 1, values: floats }];
  const ints = n.attrs.ints('value_ints');
  if (ints) return [int64(ints)];
  throw new ImportError(`unsupported Constant form (attributes: ${n.attrs.names().join(', ') || 'none'})`);
};

/** Shape folds to a constant: every dim is static after import. */
const shape: Converter = (n) => {
  const dims = n.shape(0);
  const clamp = (x: number) => Math.max(0, Math.min(dims.length, x < 0 ? x + dims.length : x));
  return [int64(dims.slice(clamp(n.attrs.int('start', 0)), clamp(n.attrs.int('end', dims.length))))];
};

const constantOfShape: Converter = (n) => {
  const dims = n.constInts(0, 'the shape');
  const t = n.attrs.tensor('value');
  const fill = t ? tensorData(t, () => { throw new ImportError('external data is not supported here'); }) : { dims: [1], dataType: 1, values: [0] };
  const count = dims.reduce((a, b) => a * b, 1);
  return [{ dims, dataType: fill.dataType, values: new Array<number | bigint>(count).fill(fill.values[0]) }];
};

/** The constant converters, by ONNX op type. */
export const constantConverters: Record<string, Converter> = {
  Constant: constant,
  Shape: shape,
  Size: (n) => [int64([n.shape(0).reduce((a, b) => a * b, 1)], [])],
  ConstantOfShape: constantOfShape,
};
