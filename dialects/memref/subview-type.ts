// memref.subview's result type check, as MLIR's SubViewOp::verify: the type inferred from the
// source layout and the static offsets, sizes and strides, or a rank-reduced version of it.
import { AffineMapAttr, MemRefType, StridedLayoutAttr, kDynamic, type Operation } from '../../lib/ir/index.js';
import { DYNAMIC } from './syntax.js';

/** Offset and strides of a strided or identity layout; undefined for other affine maps. */
export function stridesAndOffset(t: MemRefType): { offset: number; strides: readonly number[] } | undefined {
  const l = t.layout;
  if (l instanceof StridedLayoutAttr) return { offset: l.offset, strides: l.strides };
  if (l && !(l instanceof AffineMapAttr && l.value.isIdentity())) return undefined;
  const strides: number[] = [];
  let running = 1;
  for (let i = t.shape.length - 1; i >= 0; i--) {
    strides.unshift(running);
    running = running === kDynamic || t.shape[i] === kDynamic ? kDynamic : running * t.shape[i];
  }
  return { offset: 0, strides };
}

const num = (v: bigint): number => (v === DYNAMIC ? kDynamic : Number(v));
const mul = (a: number, b: number): number => (a === kDynamic || b === kDynamic ? kDynamic : a * b);

/** MLIR's SubViewOp::inferResultType (no rank reduction). */
export function inferSubViewType(source: MemRefType, offsets: readonly bigint[], sizes: readonly bigint[], strides: readonly bigint[]): MemRefType | undefined {
  const layout = stridesAndOffset(source);
  if (!layout) return undefined;
  let offset = layout.offset;
  for (let i = 0; i < offsets.length; i++) {
    const term = mul(num(offsets[i]), layout.strides[i]);
    offset = offset === kDynamic || term === kDynamic ? kDynamic : offset + term;
  }
  const outStrides = strides.map((s, i) => mul(layout.strides[i], num(s)));
  const attr = StridedLayoutAttr.get(source.context, offset, outStrides);
  return MemRefType.get(sizes.map(num), source.elementType, attr, source.memorySpace);
}

/** The dims of `expected` that `actual` keeps (dropping only unit dims), or undefined when it is not a rank reduction. */
function keptDims(expected: readonly number[], actual: readonly number[]): number[] | undefined {
  const kept: number[] = [];
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    if (j < actual.length && expected[i] === actual[j]) {
      kept.push(i);
      j++;
    } else if (expected[i] !== 1) return undefined;
  }
  return j === actual.length ? kept : undefined;
}

/** Reports MLIR's message when `result` is neither `expected` nor a rank-reduced version of it. */
export function verifySubViewType(op: Operation, expected: MemRefType, result: MemRefType): boolean {
  const report = (why: string) => (op.emitError(`expected result type to be '${expected}' or a rank-reduced version. (mismatch of result ${why}), but got '${result}'`), false);
  if (result.rank > expected.rank) return op.emitError(`expected result rank to be smaller or equal to the source rank, but got '${result}'`), false;
  const kept = keptDims(expected.shape, result.shape);
  if (!kept) return report('sizes');
  if (expected.elementType !== result.elementType) return report('element type');
  if (expected.memorySpace !== result.memorySpace) return report('memory space');
  const e = stridesAndOffset(expected)!;
  const r = stridesAndOffset(result);
  if (!r) return report('layout');
  // Offsets and the kept strides must agree exactly, dynamic with dynamic (MLIR's haveCompatibleStrides).
  if (e.offset !== r.offset || kept.some((d, j) => e.strides[d] !== r.strides[j])) return report('layout');
  return true;
}
