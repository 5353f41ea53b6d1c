// Runtime values of constant attributes: integers, floats, dense elements and dense_resource blobs (arith.constant, memref.global).
import { DenseElementsAttr, DenseResourceElementsAttr, FloatAttr, IntegerAttr, type Attribute } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { InterpError } from './interpreter.js';
import { resourceElementsBuffer } from './resource-blobs.js';
import { FloatType, RankedTensorType, VectorType, type Type } from '../ir/types.js';
import { floatFormat, roundTo } from './scalar/float-format.js';
import { ElementBuffer, TensorValue, intWidth, numElements, wrapInt, type RtValue } from './values.js';

/** A float attribute value (a double as written) rounded once to `type`. */
function roundedFloat(v: number, type: Type): number {
  const format = type instanceof FloatType && type.name !== 'f64' ? floatFormat(type.name) : undefined;
  return format ? roundTo(format, v) : v;
}

/**
 * The elements of a dense attribute in row-major order, as a buffer of `elementType`. Floats
 * are rounded from the written double straight to their type (rounding f16 through f32 first
 * could round twice).
 */
export function denseElementsBuffer(attr: DenseElementsAttr): ElementBuffer {
  const elementType = attr.type.elementType;
  const n = 'shape' in attr.type ? numElements(attr.type.shape) : attr.values.length;
  const buffer = ElementBuffer.zeros(elementType, n);
  const width = intWidth(elementType);
  for (let i = 0; i < n; i++) {
    const v = attr.at(i);
    if (typeof v !== 'number' && typeof v !== 'bigint') throw new Error(`elements of type '${elementType}' are not supported by the interpreter`);
    buffer.set(i, width === undefined ? roundedFloat(Number(v), elementType) : wrapInt(BigInt(v), width));
  }
  return buffer;
}

/**
 * The runtime value of a constant attribute: a scalar for an IntegerAttr or FloatAttr, a
 * TensorValue for dense elements of a ranked tensor or vector type; undefined otherwise.
 * A `dense_resource` is read from the blobs of the module holding `at` (the constant op); a
 * missing or malformed blob is an InterpError at that op.
 */
export function attributeValue(attr: Attribute, at?: Operation): RtValue | undefined {
  if (attr instanceof IntegerAttr) {
    const width = intWidth(attr.type);
    return width === undefined ? attr.value : wrapInt(attr.value, width);
  }
  if (attr instanceof FloatAttr) return roundedFloat(attr.value, attr.type);
  if (attr instanceof DenseElementsAttr && (attr.type instanceof RankedTensorType || attr.type instanceof VectorType)) {
    return new TensorValue(attr.type, attr.type.shape, denseElementsBuffer(attr));
  }
  if (attr instanceof DenseResourceElementsAttr && at && (attr.type instanceof RankedTensorType || attr.type instanceof VectorType)) {
    const buffer = resourceElementsBuffer(attr, at);
    if (typeof buffer === 'string') throw new InterpError(at, buffer);
    return new TensorValue(attr.type, attr.type.shape, buffer);
  }
  return undefined;
}
