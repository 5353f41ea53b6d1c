// Memref memory for implementations: allocation with a layout, liveness and bounds checks with runtime errors.
import { StridedLayoutAttr } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import type { MemRefType } from '../ir/types.js';
import { Allocation, ElementBuffer, MemRefValue, contiguousStrides, numElements, type RtValue } from './values.js';
import type { Interpreter } from './interpreter.js';

/** The offset and strides a memref type's layout gives `shape`: a static strided layout's, else row-major. */
function layoutFor(type: MemRefType, shape: readonly number[]): { offset: number; strides: number[] } {
  const l = type.layout;
  if (l instanceof StridedLayoutAttr && l.offset >= 0 && l.strides.every((s) => s >= 0)) return { offset: l.offset, strides: [...l.strides] };
  return { offset: 0, strides: contiguousStrides(shape) };
}

/** A zero-filled memref of `type` and `shape`, with a buffer large enough for the type's layout. */
export function allocateMemRef(type: MemRefType, shape: readonly number[], origin?: Operation): MemRefValue {
  const { offset, strides } = layoutFor(type, shape);
  let span = offset + 1;
  for (let i = 0; i < shape.length; i++) span += (shape[i] - 1) * strides[i];
  const data = ElementBuffer.zeros(type.elementType, numElements(shape) === 0 ? 0 : span);
  return new MemRefValue(type, new Allocation(data, origin), offset, shape, strides);
}

/** Reports a use of `m` by `op` after its allocation was freed. */
export function checkLive(interp: Interpreter, op: Operation, m: MemRefValue): void {
  if (!m.allocation.freed) return;
  const stack = m.allocation.origin?.name.name === 'memref.alloca';
  interp.error(op, `use of deallocated memory (${stack ? 'memory of memref.alloca lives until its function returns' : 'the memref was freed by memref.dealloc'})`);
}

/**
 * The buffer position of the element of `m` whose indices are `args[first]`, `args[first + 1]`,
 * ... (index values, as a load's operands), reporting freed memory and out-of-bounds indices at `op`.
 */
export function elementPosition(interp: Interpreter, op: Operation, m: MemRefValue, args: readonly RtValue[], first = 0): number {
  checkLive(interp, op, m);
  const shape = m.shape;
  let p = m.offset;
  for (let d = 0; d < shape.length; d++) {
    const x = Number(args[first + d] as bigint);
    if (x < 0 || x >= shape[d]) {
      const idx = args.slice(first, first + shape.length).map(String);
      interp.error(op, `index [${idx.join(', ')}] is out of bounds for a memref of shape [${shape.join(', ')}]`);
    }
    p += x * m.strides[d];
  }
  return p;
}

/** Reports a write by `op` into a constant memref.global. */
export function checkWritable(interp: Interpreter, op: Operation, m: MemRefValue): void {
  const origin = m.allocation.origin;
  if (origin?.name.name === 'memref.global' && origin.getAttr('constant')) interp.error(op, 'write to a constant memref.global');
}
