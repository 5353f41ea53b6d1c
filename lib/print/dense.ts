// The bodies of dense elements attributes: nested bracket lists, splats, and the hex blob
// MLIR switches to for more than 100 elements.
import {
  ComplexType, FloatType, IndexType, IntegerType, type Type, staticElementCount,
} from '../ir/types.js';
import type { DenseElementsAttr, DenseValue } from '../ir/attributes.js';
import { floatBits, formatFloat } from './float.js';
import { escapeString } from './text.js';

/** MLIR prints non-splat int/float elements as hex when there are more than this many. */
const HEX_THRESHOLD = 100;

/** A signless or signed integer value as MLIR prints it (two's complement in `width` bits). */
export function signedValue(v: bigint, width: number): bigint {
  const w = BigInt(width);
  const m = 1n << w;
  let x = v % m;
  if (x < 0n) x += m;
  return width > 0 && x >= m >> 1n ? x - m : x;
}

/** An unsigned value in `width` bits. */
export function unsignedValue(v: bigint, width: number): bigint {
  const m = 1n << BigInt(width);
  const x = v % m;
  return x < 0n ? x + m : x;
}

/** Prints an integer element: `true`/`false` for i1, unsigned for `ui*`, else signed. */
export function intElement(v: bigint, type: Type): string {
  if (type instanceof IntegerType) {
    if (type.width === 1 && type.isSignless) return v ? 'true' : 'false';
    if (type.signedness === 'unsigned') return unsignedValue(v, type.width).toString();
    return signedValue(v, type.width).toString();
  }
  return signedValue(v, 64).toString();
}

/** The width in bits an element of `type` occupies in MLIR's raw dense storage. */
function storageBits(type: Type): number {
  if (type instanceof IntegerType) return type.width === 1 ? 1 : Math.ceil(type.width / 8) * 8;
  if (type instanceof IndexType) return 64;
  if (type instanceof FloatType) return Math.ceil(type.width / 8) * 8;
  if (type instanceof ComplexType) return 2 * storageBits(type.elementType);
  return 8;
}

function elementBits(v: DenseValue, type: Type): bigint {
  if (type instanceof FloatType) return floatBits(v as number, type.name);
  if (type instanceof ComplexType) {
    const [re, im] = v as readonly [number, number] | readonly [bigint, bigint];
    const half = storageBits(type.elementType);
    return (elementBits(im, type.elementType) << BigInt(half)) | elementBits(re, type.elementType);
  }
  // Narrow integers are zero-extended from their own width (an i7 -64 is the byte 0x40).
  return unsignedValue(v as bigint, type instanceof IntegerType ? type.width : storageBits(type));
}

const HEX = '0123456789ABCDEF';

/** `"0x..."`: the raw little-endian storage of every element (i1 packed eight to a byte). */
function hexBlob(attr: DenseElementsAttr, count: number): string {
  const type = attr.type.elementType;
  const bits = storageBits(type);
  const parts: string[] = ['"0x'];
  if (bits === 1) {
    let byte = 0;
    for (let i = 0; i < count; i++) {
      if (attr.at(i)) byte |= 1 << (i & 7);
      if ((i & 7) === 7 || i === count - 1) {
        parts.push(HEX[byte >> 4] + HEX[byte & 15]);
        byte = 0;
      }
    }
  } else {
    const bytes = bits / 8;
    for (let i = 0; i < count; i++) {
      let v = elementBits(attr.at(i), type);
      let s = '';
      for (let b = 0; b < bytes; b++) {
        const byte = Number(v & 0xffn);
        s += HEX[byte >> 4] + HEX[byte & 15];
        v >>= 8n;
      }
      parts.push(s);
    }
  }
  parts.push('"');
  return parts.join('');
}

/** Prints one element of a dense attribute with element type `type`. */
function elementText(v: DenseValue, type: Type): string {
  if (typeof v === 'string') return escapeString(v);
  if (type instanceof FloatType) return formatFloat(v as number, type.name).text;
  if (type instanceof ComplexType) {
    const [re, im] = v as readonly [number, number] | readonly [bigint, bigint];
    return `(${elementText(re, type.elementType)},${elementText(im, type.elementType)})`;
  }
  return intElement(v as bigint, type);
}

/**
 * The text between `dense<` and `>`: a splat value, nested lists following the shape, or
 * the hex blob for large int/float data when `allowHex`.
 */
export function denseBody(attr: DenseElementsAttr, allowHex = true): string {
  const type = attr.type;
  const elementType = type.elementType;
  if (attr.isSplat && attr.values.length > 0) return elementText(attr.values[0], elementType);
  const shape = 'shape' in type ? type.shape : [attr.values.length];
  const count = staticElementCount(shape) ?? attr.values.length;
  if (count === 0) return '';
  const isString = typeof attr.values[0] === 'string';
  if (allowHex && !isString && count > HEX_THRESHOLD) return hexBlob(attr, count);
  const rank = shape.length;
  const parts: string[] = [];
  const counter = new Array<number>(rank).fill(0);
  let open = 0;
  for (let idx = 0; idx < count; idx++) {
    if (idx !== 0) parts.push(', ');
    if (open < rank) parts.push('['.repeat(rank - open));
    open = rank;
    parts.push(elementText(attr.at(idx), elementType));
    if (rank === 0) continue;
    counter[rank - 1]++;
    for (let i = rank - 1; i > 0; i--) {
      if (counter[i] >= shape[i]) {
        counter[i] = 0;
        counter[i - 1]++;
        open--;
        parts.push(']');
      }
    }
  }
  if (open > 0) parts.push(']'.repeat(open));
  return parts.join('');
}

/** The number of elements of a dense attribute, for the elision limit. */
export function denseElementCount(attr: DenseElementsAttr): number {
  const type = attr.type;
  return ('shape' in type ? staticElementCount(type.shape) : undefined) ?? attr.values.length;
}
