// Interpreter implementations of the memref dialect: allocation, checked accesses, views and globals.
import { DenseElementsAttr, DenseResourceElementsAttr, FloatType, MemRefType, SymbolRefAttr, TypeAttr, type Operation, type Type } from '../../lib/ir/index.js';
import { canon, floatBinary, floatFormat, intBinary, type FloatBinaryName, type IntBinaryName } from '../../lib/interp/scalar/index.js';
import {
  Allocation, MemRefValue, allocateMemRef, checkLive, checkWritable, denseElementsBuffer, elementPosition, forEachIndex, operandGroups, resourceElementsBuffer,
  intWidth, type Interpreter, type InterpreterImpls, type RtValue, type Scalar,
} from '../../lib/interp/index.js';
import { AtomicRMWOp } from './index.js';
import { DYNAMIC, staticValues } from './syntax.js';

/** The memref operand `v` of `op`, or a runtime error when it is something else. */
function asMemRef(interp: Interpreter, op: Operation, v: RtValue): MemRefValue {
  if (!(v instanceof MemRefValue)) interp.error(op, 'expected a memref value');
  return v;
}

/** memref.alloc / alloca: dynamic sizes fill the type's `?` dims in order; alloca's memory lives until its function returns. */
function alloc(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const type = op.result(0).type as MemRefType;
  const [sizes] = operandGroups(op, args) as bigint[][];
  let next = 0;
  const shape = type.shape.map((d) => (d < 0 ? Number(sizes[next++]) : d));
  if (shape.some((d) => d < 0)) interp.error(op, `negative size in [${shape.join(', ')}]`);
  const m = allocateMemRef(type, shape, op);
  if (op.name.name === 'memref.alloca') interp.freeOnReturn(m.allocation);
  return [m];
}

/** Static entries of `name` with the dynamic operands `dynamic` in the DYNAMIC places. */
function mixed(op: Operation, name: string, dynamic: readonly RtValue[]): number[] {
  let next = 0;
  return staticValues(op.getAttr(name)).map((v) => Number(v === DYNAMIC ? (dynamic[next++] as bigint) : v));
}

/** Which source dims a rank-reducing subview drops: unit dims, as many as the result type lacks, matching its shape. */
function droppedDims(sizes: readonly number[], resultShape: readonly number[]): Set<number> {
  const dropped = new Set<number>();
  let toDrop = sizes.length - resultShape.length;
  let j = 0;
  for (let i = 0; i < sizes.length; i++) {
    const remainingSource = sizes.length - i;
    const remainingResult = resultShape.length - j;
    if (toDrop > 0 && sizes[i] === 1 && (resultShape[j] !== 1 || remainingSource > remainingResult)) {
      dropped.add(i);
      toDrop--;
    } else j++;
  }
  return dropped;
}

function subview(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const [[source], offsetArgs, sizeArgs, strideArgs] = operandGroups(op, args);
  const src = asMemRef(interp, op, source);
  checkLive(interp, op, src);
  const offsets = mixed(op, 'static_offsets', offsetArgs);
  const sizes = mixed(op, 'static_sizes', sizeArgs);
  const strides = mixed(op, 'static_strides', strideArgs);
  let offset = src.offset;
  for (let i = 0; i < sizes.length; i++) {
    const last = offsets[i] + (sizes[i] - 1) * strides[i];
    if (offsets[i] < 0 || sizes[i] < 0 || (sizes[i] > 0 && (last >= src.shape[i] || last < 0))) {
      interp.error(op, `subview of dim ${i} (offset ${offsets[i]}, size ${sizes[i]}, stride ${strides[i]}) is out of bounds of size ${src.shape[i]}`);
    }
    offset += offsets[i] * src.strides[i];
  }
  const type = op.result(0).type as MemRefType;
  const dropped = droppedDims(sizes, type.shape);
  const keep = (_: number, i: number) => !dropped.has(i);
  const viewStrides = strides.map((s, i) => s * src.strides[i]);
  return [new MemRefValue(type, src.allocation, offset, sizes.filter(keep), viewStrides.filter(keep))];
}

function reinterpretCast(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const [[source], offsetArgs, sizeArgs, strideArgs] = operandGroups(op, args);
  const src = asMemRef(interp, op, source);
  checkLive(interp, op, src);
  const [offset] = mixed(op, 'static_offsets', offsetArgs);
  const sizes = mixed(op, 'static_sizes', sizeArgs);
  const strides = mixed(op, 'static_strides', strideArgs);
  if (sizes.every((s) => s > 0)) {
    let lo = offset;
    let hi = offset;
    sizes.forEach((s, i) => (strides[i] < 0 ? (lo += (s - 1) * strides[i]) : (hi += (s - 1) * strides[i])));
    if (lo < 0 || hi >= src.allocation.data.length) {
      interp.error(op, `the view reaches elements [${lo}, ${hi}] of a buffer of ${src.allocation.data.length} elements`);
    }
  }
  return [new MemRefValue(op.result(0).type as MemRefType, src.allocation, offset, sizes, strides)];
}

/** memref.cast: the same view under the result type, whose static dims must match. */
function cast(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const src = asMemRef(interp, op, args[0]);
  const type = op.result(0).type;
  if (type instanceof MemRefType && (type.shape.length !== src.shape.length || type.shape.some((d, i) => d >= 0 && d !== src.shape[i]))) {
    interp.error(op, `cannot cast a memref of shape [${src.shape.join(', ')}] to '${type}'`);
  }
  return [new MemRefValue(type as MemRefType, src.allocation, src.offset, src.shape, src.strides)];
}

function copy(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const src = asMemRef(interp, op, args[0]);
  const dst = asMemRef(interp, op, args[1]);
  checkLive(interp, op, src);
  checkLive(interp, op, dst);
  checkWritable(interp, op, dst);
  if (src.shape.length !== dst.shape.length || src.shape.some((d, i) => d !== dst.shape[i])) {
    interp.error(op, `copy between memrefs of shapes [${src.shape.join(', ')}] and [${dst.shape.join(', ')}]`);
  }
  // Read everything first, so that overlapping views copy as if through a temporary.
  const values: RtValue[] = [];
  forEachIndex(src.shape, (idx) => values.push(src.allocation.data.get(src.position(idx)!)));
  forEachIndex(dst.shape, (idx, i) => dst.allocation.data.set(dst.position(idx)!, values[i] as number | bigint));
  return [];
}

/** memref.get_global: the global's storage, made on first use from its initial value (zeros when it has none). */
function getGlobal(op: Operation, _args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const name = op.getAttr('name');
  const global = name instanceof SymbolRefAttr ? interp.lookupSymbol(op, name) : undefined;
  if (!global || global.name.name !== 'memref.global') return interp.error(op, `no memref.global named ${name}`);
  let storage = interp.globals.get(global);
  if (!storage) {
    const type = (global.getAttr('type') as TypeAttr).value as MemRefType;
    storage = allocateMemRef(type, type.shape, global);
    const init = global.getAttr('initial_value');
    // A dense_resource initial value (a large constant lowered from tensors) is read from the module's blobs.
    const values = init instanceof DenseElementsAttr ? denseElementsBuffer(init) : init instanceof DenseResourceElementsAttr ? resourceElementsBuffer(init, global) : undefined;
    if (typeof values === 'string') return interp.error(op, values);
    if (values) {
      forEachIndex(storage.shape, (idx, i) => storage!.allocation.data.set(storage!.position(idx)!, values.get(i)));
    }
    interp.globals.set(global, storage);
  }
  return [new MemRefValue(op.result(0).type as MemRefType, storage.allocation, storage.offset, storage.shape, storage.strides)];
}

function dealloc(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const m = asMemRef(interp, op, args[0]);
  const a: Allocation = m.allocation;
  if (a.freed) interp.error(op, 'memref deallocated twice');
  if (a.origin?.name.name === 'memref.global') interp.error(op, 'cannot deallocate a global memref');
  if (a.origin?.name.name === 'memref.alloca') interp.error(op, 'cannot deallocate memory from memref.alloca');
  a.freed = true;
  return [];
}

/** The new value memref.atomic_rmw stores, for each kind (floats rounded once to the element's format). */
function atomicUpdate(kind: string, type: Type, old: Scalar, value: Scalar): Scalar {
  if (kind === 'assign') return value;
  if (type instanceof FloatType) {
    return floatBinary[kind as FloatBinaryName](old as number, value as number, floatFormat(type.name)!);
  }
  const width = intWidth(type)!;
  const name = ({ maxs: 'maxsi', maxu: 'maxui', mins: 'minsi', minu: 'minui' } as Record<string, string>)[kind] ?? kind;
  return canon(intBinary[name as IntBinaryName](old as bigint, value as bigint, width), width);
}

/** memref.atomic_rmw: reads the element, stores the kind's combination with the value, returns the old element. */
function atomicRMW(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const m = asMemRef(interp, op, args[1]);
  checkWritable(interp, op, m);
  const i = elementPosition(interp, op, m, args, 2);
  const old = m.allocation.data.get(i);
  m.allocation.data.set(i, atomicUpdate(AtomicRMWOp.view(op).kind, m.elementType, old, args[0] as Scalar));
  return [old];
}

/** The implementations of memref ops. */
export function memrefInterpreter(): InterpreterImpls {
  return {
    'memref.alloc': alloc,
    'memref.alloca': alloc,
    'memref.dealloc': dealloc,
    'memref.load': (op, args, interp) => {
      const m = asMemRef(interp, op, args[0]);
      return [m.allocation.data.get(elementPosition(interp, op, m, args, 1))];
    },
    'memref.store': (op, args, interp) => {
      const m = asMemRef(interp, op, args[1]);
      checkWritable(interp, op, m);
      m.allocation.data.set(elementPosition(interp, op, m, args, 2), args[0] as number | bigint);
      return [];
    },
    'memref.dim': (op, args, interp) => {
      const m = asMemRef(interp, op, args[0]);
      const i = Number(args[1] as bigint);
      if (i < 0 || i >= m.shape.length) interp.error(op, `dimension ${i} is out of range for a memref of rank ${m.shape.length}`);
      return [BigInt(m.shape[i])];
    },
    'memref.cast': cast,
    'memref.copy': copy,
    'memref.get_global': getGlobal,
    'memref.subview': subview,
    'memref.reinterpret_cast': reinterpretCast,
    'memref.atomic_rmw': atomicRMW,
  };
}
