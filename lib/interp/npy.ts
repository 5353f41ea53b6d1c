// NumPy .npy files (format 1.0 to 3.0): reading into element buffers and writing runtime values.
import { FloatType, IntegerType, type Type } from '../ir/types.js';
import { ElementBuffer, intWidth, numElements, wrapInt, type Scalar } from './values.js';
import { bitsToFloat, floatFormat, floatToBits, roundTo } from './scalar/float-format.js';

/** An array read from a .npy file: NumPy's dtype string (`<f4`, `|i1`, ...), shape and raw little-endian data. */
export interface NpyArray {
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly bytes: Uint8Array;
}

const MAGIC = '\x93NUMPY';

/**
 * The NumPy dtype of an element type: floats `<f2`/`<f4`/`<f8` (bf16 and other narrow floats
 * as `<f4`, since NumPy has no such dtype), i1 as `|b1`, integers of 8 to 64 bits (index:
 * 64) as `<iN` or, for `ui` types, `<uN`. Undefined for types with no NumPy dtype.
 */
export function npyDtype(type: Type): string | undefined {
  if (type instanceof FloatType) {
    if (type.name === 'f64') return '<f8';
    if (type.name === 'f16') return '<f2';
    return floatFormat(type.name) ? '<f4' : undefined;
  }
  const w = intWidth(type);
  if (w === 1) return '|b1';
  if (w !== 8 && w !== 16 && w !== 32 && w !== 64) return undefined;
  const kind = type instanceof IntegerType && type.signedness === 'unsigned' ? 'u' : 'i';
  return `${w === 8 ? '|' : '<'}${kind}${w / 8}`;
}

/** Parses a .npy file; throws an Error saying what is wrong with it. */
export function readNpy(file: Uint8Array): NpyArray {
  const text = (a: number, b: number) => String.fromCharCode(...file.subarray(a, b));
  if (file.length < 10 || text(0, 6) !== MAGIC) throw new Error('not a NumPy .npy file (bad magic string)');
  const major = file[6];
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = text(start, start + headerLength);
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) throw new Error(`unreadable .npy header: ${header.trim()}`);
  if (fortran === 'True') throw new Error('Fortran-order .npy arrays are not supported (save a C-order array)');
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  const dtype = descr === '<b1' ? '|b1' : descr.replace(/^=/, '<');
  const bytes = file.subarray(start + headerLength);
  const size = Number(/(\d+)$/.exec(dtype)?.[1] ?? 0);
  if (bytes.length < numElements(shape) * size) throw new Error(`the .npy data holds ${bytes.length} bytes, the shape needs ${numElements(shape) * size}`);
  return { dtype, shape, bytes };
}

/** Reads element `i` of `a` as a number or bigint, for the dtypes npyDtype produces. */
function readElement(a: NpyArray, view: DataView, i: number): number | bigint {
  switch (a.dtype) {
    case '<f8': return view.getFloat64(i * 8, true);
    case '<f4': return view.getFloat32(i * 4, true);
    case '<f2': return bitsToFloat(floatFormat('f16')!, BigInt(view.getUint16(i * 2, true)));
    case '|b1': return BigInt(view.getUint8(i) ? 1 : 0);
    case '|i1': return BigInt(view.getInt8(i));
    case '|u1': return BigInt(view.getUint8(i));
    case '<i2': return BigInt(view.getInt16(i * 2, true));
    case '<u2': return BigInt(view.getUint16(i * 2, true));
    case '<i4': return BigInt(view.getInt32(i * 4, true));
    case '<u4': return BigInt(view.getUint32(i * 4, true));
    case '<i8': return view.getBigInt64(i * 8, true);
    case '<u8': return view.getBigUint64(i * 8, true);
  }
  throw new Error(`unsupported .npy dtype '${a.dtype}'`);
}

/**
 * The elements of `a` as a buffer of `elementType`, whose dtype must be npyDtype's for it;
 * throws an Error naming both dtypes otherwise. Narrow floats read from `<f4` are rounded.
 */
export function npyToBuffer(a: NpyArray, elementType: Type): ElementBuffer {
  const want = npyDtype(elementType);
  if (!want) throw new Error(`element type '${elementType}' has no NumPy dtype`);
  if (a.dtype !== want) throw new Error(`expected dtype '${want}' for element type '${elementType}', got '${a.dtype}'`);
  const n = numElements(a.shape);
  const out = ElementBuffer.zeros(elementType, n);
  const view = new DataView(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
  const format = elementType instanceof FloatType ? floatFormat(elementType.name) : undefined;
  const width = intWidth(elementType);
  for (let i = 0; i < n; i++) {
    const x = readElement(a, view, i);
    out.set(i, width !== undefined ? wrapInt(x as bigint, width) : format ? roundTo(format, x as number) : x);
  }
  return out;
}

/** The bytes of a .npy file (format 1.0, C order) holding `elements` of `elementType` with `shape`. */
export function writeNpy(elementType: Type, shape: readonly number[], elements: (i: number) => Scalar): Uint8Array {
  const dtype = npyDtype(elementType);
  if (!dtype) throw new Error(`element type '${elementType}' has no NumPy dtype`);
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${dtype}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  // The header, with its 10-byte preamble and a final newline, is padded to a multiple of 64 bytes.
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const size = Number(/(\d+)$/.exec(dtype)![1]);
  const n = numElements(shape);
  const out = new Uint8Array(10 + header.length + n * size);
  out.set([0x93, ...Buffer.from('NUMPY', 'latin1'), 1, 0], 0);
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  out.set(Buffer.from(header, 'latin1'), 10);
  const data = new DataView(out.buffer, 10 + header.length);
  const unsigned = dtype[1] === 'u';
  for (let i = 0; i < n; i++) {
    const x = elements(i);
    const u = typeof x === 'bigint' && unsigned ? BigInt.asUintN(size * 8, x) : x;
    switch (size) {
      case 8: if (typeof u === 'number') data.setFloat64(i * 8, u, true); else data.setBigUint64(i * 8, BigInt.asUintN(64, u), true); break;
      case 4: if (typeof u === 'number') data.setFloat32(i * 4, u, true); else data.setUint32(i * 4, Number(BigInt.asUintN(32, u)), true); break;
      case 2: data.setUint16(i * 2, Number(typeof u === 'number' ? floatToBits(floatFormat('f16')!, u) : BigInt.asUintN(16, u)), true); break;
      default: data.setUint8(i, Number(BigInt.asUintN(8, u as bigint)));
    }
  }
  return out;
}
