// Printing runtime values for people and FileCheck: type, shape, checksum and values.
import { FloatType, IntegerType, type Type } from '../ir/types.js';
import { FunctionRef, MemRefValue, TensorValue, forEachIndex, type RtValue, type Scalar } from './values.js';
import { floatFormat, roundTo } from './scalar/float-format.js';
import { getSymbolName } from '../ir/symbol-table.js';

/** How many values a summary shows. */
const SUMMARY_VALUES = 8;

/**
 * A scalar as text: integers in decimal (unsigned types as unsigned), floats in the shortest
 * decimal that reads back to the same value of their type (so f32 0.1 prints `0.1`; integral
 * values print in full), with `nan`, `inf` and `-inf`.
 */
export function formatScalar(x: Scalar, type: Type): string {
  if (typeof x === 'bigint') return String(type instanceof IntegerType && type.signedness === 'unsigned' ? BigInt.asUintN(type.width, x) : x);
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const format = type instanceof FloatType && type.name !== 'f64' ? floatFormat(type.name) : undefined;
  // Integral values print exactly (f16's 65504, not 65500).
  if (!format || (Number.isInteger(x) && Math.abs(x) < 1e21)) return String(x);
  for (let p = 1; p <= 17; p++) {
    const text = x.toPrecision(p);
    if (roundTo(format, Number(text)) === x) return String(Number(text));
  }
  return String(x);
}

/** The elements of a tensor or memref view in row-major order. */
export function elementsOf(v: TensorValue | MemRefValue): Scalar[] {
  if (v instanceof TensorValue) {
    const out = new Array<Scalar>(v.data.length);
    for (let i = 0; i < out.length; i++) out[i] = v.data.get(i);
    return out;
  }
  const out: Scalar[] = [];
  forEachIndex(v.shape, (idx) => out.push(v.allocation.data.get(v.position(idx)!)));
  return out;
}

/** The sum of the elements: exact for integers (unsigned types summed as unsigned), in double precision for floats. */
function checksum(values: readonly Scalar[], type: Type): string {
  if (type instanceof FloatType) {
    let s = 0;
    for (const x of values) s += x as number;
    return formatScalar(s, FloatType.get(type.context, 'f64'));
  }
  const unsigned = type instanceof IntegerType && type.signedness === 'unsigned' ? type.width : 0;
  let s = 0n;
  for (const x of values) s += unsigned ? BigInt.asUintN(unsigned, x as bigint) : (x as bigint);
  return String(s);
}

/**
 * One result as dlc-run prints it. Scalars: `i32 45`. Tensors and memrefs:
 * `tensor<2x3xf32> shape=[2, 3] dtype=f32 checksum=1.5 values=[...]`, with the first 8 values
 * (and `...`) unless `full`.
 */
export function formatValue(v: RtValue, type: Type, full = false): string {
  if (typeof v === 'number' || typeof v === 'bigint') return `${type} ${formatScalar(v, type)}`;
  if (v instanceof FunctionRef) return `${type} @${getSymbolName(v.callee) ?? '?'}`;
  if (!(v instanceof TensorValue || v instanceof MemRefValue)) return `${type} <${v.kind}>`;
  const values = elementsOf(v);
  const element = v.elementType;
  const shown = full ? values : values.slice(0, SUMMARY_VALUES);
  const more = shown.length < values.length ? ', ...' : '';
  const text = shown.map((x) => formatScalar(x, element)).join(', ');
  return `${type} shape=[${v.shape.join(', ')}] dtype=${element} checksum=${checksum(values, element)} values=[${text}${more}]`;
}
