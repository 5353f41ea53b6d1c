// `dense_resource` blobs: the hex text of a builtin resource (4-byte little-endian alignment, then raw little-endian elements) to and from element values.
import { DenseResourceElementsAttr } from '../ir/attributes.js';
import { FloatType, type Type } from '../ir/types.js';
import type { Operation } from '../ir/operation.js';
import { fileResources } from '../parse/index.js';
import { bitsToFloat, floatFormat, floatToBits } from './scalar/float-format.js';
import { ElementBuffer, intWidth, numElements, wrapInt } from './values.js';

/** Bytes per element in a blob, as MLIR stores them (i1 takes a byte); undefined for types blobs do not hold. */
export function blobElementBytes(type: Type): number | undefined {
  const bits = type instanceof FloatType ? floatFormat(type.name)?.width : intWidth(type);
  if (bits === undefined || bits > 64) return undefined;
  return bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : 8;
}

/** The blob text (`0x` + alignment + elements) of `values` of `type`, which blobElementBytes must accept. */
export function encodeResourceBlob(type: Type, values: readonly (number | bigint)[]): string {
  const size = blobElementBytes(type)!;
  const bytes = Buffer.alloc(4 + size * values.length);
  bytes.writeUInt32LE(size, 0);
  const format = type instanceof FloatType ? floatFormat(type.name) : undefined;
  for (let i = 0; i < values.length; i++) {
    const at = 4 + i * size;
    const v = values[i];
    if (format && size === 4) bytes.writeFloatLE(Number(v), at);
    else if (format && size === 8) bytes.writeDoubleLE(Number(v), at);
    else {
      let bits = format ? floatToBits(format, Number(v)) : BigInt.asUintN(size * 8, BigInt(v));
      for (let k = 0; k < size; k++, bits >>= 8n) bytes[at + k] = Number(bits & 0xffn);
    }
  }
  return `0x${bytes.toString('hex').toUpperCase()}`;
}

/** The elements of blob text `hex` as a buffer of `n` elements of `type`, or why they cannot be read. */
export function decodeResourceBlob(type: Type, hex: string, n: number): ElementBuffer | string {
  const size = blobElementBytes(type);
  if (size === undefined) return `elements of type '${type}' cannot be read from a resource blob`;
  const bytes = Buffer.from(hex.slice(2), 'hex');
  if (bytes.length !== 4 + size * n) return `the blob holds ${bytes.length - 4} bytes of elements, not ${size * n} for ${n} elements of '${type}'`;
  const buffer = ElementBuffer.zeros(type, n);
  const format = type instanceof FloatType ? floatFormat(type.name) : undefined;
  const width = intWidth(type);
  for (let i = 0; i < n; i++) {
    const at = 4 + i * size;
    if (format && size === 4) buffer.set(i, bytes.readFloatLE(at));
    else if (format && size === 8) buffer.set(i, bytes.readDoubleLE(at));
    else {
      let bits = 0n;
      for (let k = size - 1; k >= 0; k--) bits = (bits << 8n) | BigInt(bytes[at + k]);
      buffer.set(i, format ? bitsToFloat(format, bits) : wrapInt(bits, width!));
    }
  }
  return buffer;
}

/** The outermost op holding `op`: the parsed (or imported) module whose file resources it may use. */
function topLevel(op: Operation): Operation {
  let top = op;
  while (top.parentOp) top = top.parentOp;
  return top;
}

/**
 * The elements of a `dense_resource` constant used by `op`, read from its module's builtin
 * resources, or why they cannot be read (a missing blob, a size that does not match).
 */
export function resourceElementsBuffer(attr: DenseResourceElementsAttr, op: Operation): ElementBuffer | string {
  // The module's own file first; a clone (no file of its own) finds the blob in the context.
  const blob = fileResources.get(topLevel(op))?.dialect.get('builtin')?.get(attr.handle) ?? op.context.resourceBlobs.get('builtin', attr.handle);
  if (blob === undefined) return `dense_resource blob '${attr.handle}' is missing from the file's resources`;
  const n = 'shape' in attr.type ? numElements(attr.type.shape) : 0;
  const read = decodeResourceBlob(attr.type.elementType, blob, n);
  return typeof read === 'string' ? `dense_resource '${attr.handle}': ${read}` : read;
}
