// Runtime values of constant attributes: integers, floats and dense elements (arith.constant, memref.global).
import { DenseElementsAttr, FloatAttr, IntegerAttr, type Attribute } from '../ir/attributes.js';
import { RankedTensorType, VectorType } from '../ir/types.js';
import { ElementBuffer, TensorValue, intWidth, numElements, wrapInt, type RtValue } from './values.js';

/** The elements of a dense attribute in row-major order, as a buffer of `elementType`. */
export function denseElementsBuffer(attr: DenseElementsAttr): ElementBuffer {
  const elementType = attr.type.elementType;
  const n = 'shape' in attr.type ? numElements(attr.type.shape) : attr.values.length;
  const buffer = ElementBuffer.zeros(elementType, n);
  const width = intWidth(elementType);
  for (let i = 0; i < n; i++) {
    const v = attr.at(i);
    if (typeof v !== 'number' && typeof v !== 'bigint') throw new Error(`elements of type '${elementType}' are not supported by the interpreter`);
    buffer.set(i, width === undefined ? Number(v) : wrapInt(BigInt(v), width));
  }
  return buffer;
}

/**
 * The runtime value of a constant attribute: a scalar for an IntegerAttr or FloatAttr, a
 * TensorValue for dense elements of a ranked tensor or vector type; undefined otherwise.
 */
export function attributeValue(attr: Attribute): RtValue | undefined {
  if (attr instanceof IntegerAttr) {
    const width = intWidth(attr.type);
    return width === undefined ? attr.value : wrapInt(attr.value, width);
  }
  if (attr instanceof FloatAttr) return attr.value;
  if (attr instanceof DenseElementsAttr && (attr.type instanceof RankedTensorType || attr.type instanceof VectorType)) {
    return new TensorValue(attr.type, attr.type.shape, denseElementsBuffer(attr));
  }
  return undefined;
}
