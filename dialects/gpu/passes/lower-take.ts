// tensor.take (a gather whose positions are data, which no TE can express) as a kernel of its
// own: a thread per result element reads its position from the indices (negative ones count
// from the end, as numpy's take) and copies that element of the data.
import { Builder, IndexType, IntegerAttr, MemRefType, type Block, type Operation, type Value } from '../../../lib/ir/index.js';
import { IndexCastOp } from '../../arith/ops.js';
import { Emitter } from './lower-emit.js';
import { createGpuFunc, gpuIndex } from './lower-gpu-ops.js';

/** Threads per block of a take kernel. */
const TAKE_THREADS = 256;

/** Builds the kernel of `take` (data, indices -> result memrefs) in `kernels`; returns its grid and threads. */
export function buildTakeKernel(kernels: Block, take: Operation, name: string, memrefs: readonly [Value, Value, Value]): { grid: number; threads: number } {
  const ctx = take.context;
  const loc = take.location;
  const [data, indices, result] = memrefs.map((m) => m.type as MemRefType);
  const total = result.shape.reduce((a, b) => a * b, 1);
  const threads = Math.max(1, Math.min(TAKE_THREADS, total));
  const grid = Math.max(1, Math.ceil(total / threads));
  const func = createGpuFunc(ctx, { name, inputs: memrefs.map((m) => m.type), threads, grid }, loc);
  kernels.append(func.op);
  const b = new Builder(ctx);
  b.setInsertionPointToEnd(func.body);
  const e = new Emitter(b, loc, func.body);
  const [d, i, r] = func.body.arguments;
  const tid = e.put(gpuIndex(ctx, 'gpu.thread_id', loc)).result(0);
  const bid = e.put(gpuIndex(ctx, 'gpu.block_id', loc)).result(0);
  const axis = Number((take.getAttr('axis') as IntegerAttr).value);
  const p = e.add(e.mul(bid, e.int(threads)), tid);
  e.when(e.lt(p, e.int(total)), () => {
    const at = e.delinearize(p, result.shape);
    const k = indices.shape.length;
    const raw = e.load(i, at.slice(axis, axis + k));
    const position = raw.type instanceof IndexType ? raw : e.put(IndexCastOp.create(loc, { operands: { in: raw }, resultTypes: [IndexType.get(ctx)] })).result(0);
    const size = e.int(data.shape[axis]);
    const wrapped = e.select(e.lt(position, e.int(0)), e.add(position, size), position);
    e.store(e.load(d, [...at.slice(0, axis), wrapped, ...at.slice(axis + k)]), r, at);
  });
  func.finish();
  return { grid, threads };
}
