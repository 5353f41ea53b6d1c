// The graph-level figures of the cost model: the eager baseline (one kernel per graph op, every
// intermediate through global memory, its reads through the same L2 model as dlc's kernels) and
// the compulsory traffic (inputs and weights read once, outputs written once), computed on a
// function of graph ops before it is lowered.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { DenseArrayAttr, type Attribute } from '../ir/attributes.js';
import { RankedTensorType } from '../ir/types.js';
import { effectiveL2Bytes, GPU_PROFILES, type GpuProfile } from './gpu-profiles.js';
import { elementTypeOf, peakDtypeOf, rooflineSeconds, shapedBytes } from './cost-model.js';
import { l2Hits, type StreamPhase } from './cost-model-l2.js';

/** The eager baseline of a function: one kernel per computing graph op. */
export interface BaselineCost {
  readonly kernels: number;
  /** DRAM bytes read after L2, per profile name (the L2 differs). */
  readonly dramBytesRead: Readonly<Record<string, number>>;
  /** Bytes the kernels read, every one counted as a DRAM read. */
  readonly dramBytesReadNoL2: number;
  readonly dramBytesWritten: number;
  /** Bytes the kernels move between L2 and the SMs (reads, contractions' re-reads of operand panels included, and writes). */
  readonly l2Bytes: number;
  readonly flops: number;
  /** Roofline milliseconds per profile name (summed kernel by kernel, each with its launch). */
  readonly estimatedMs: Readonly<Record<string, number>>;
}

/** The traffic no schedule can avoid: every argument and constant read once, every result written once. */
export interface CompulsoryCost {
  readonly bytesRead: number;
  readonly bytesWritten: number;
}

/** Ops that are no kernel in an eager runtime: constants (weights already in DRAM) and reshapes (views). */
const NO_KERNEL = new Set(['graph.constant', 'arith.constant', 'graph.reshape', 'func.return', 'tensor.empty']);

/** FLOPs per output element of the elementwise and normalising ops that cost more than one. */
const FLOPS_PER_ELEMENT: Readonly<Record<string, number>> = {
  'graph.gelu': 8, 'graph.erf': 8, 'graph.tanh': 4, 'graph.sigmoid': 4, 'graph.exp': 2, 'graph.log': 2, 'graph.pow': 4,
  'graph.softmax': 5, 'graph.layer_norm': 8, 'graph.batch_norm': 4, 'graph.sqrt': 2, 'graph.rsqrt': 2,
};
/** Data movement only. */
const LAYOUT = new Set(['graph.transpose', 'graph.concat', 'graph.slice', 'graph.gather', 'graph.split', 'graph.cast']);
const REDUCTION = /^graph\.(reduce_\w+|max_pool2d|avg_pool2d|global_avg_pool)$/;

function elements(v: Value): number {
  const t = v.type;
  return t instanceof RankedTensorType && t.shape.every((d) => d >= 0) ? t.shape.reduce((a, b) => a * b, 1) : 0;
}

function i64s(a: Attribute | undefined): number[] | undefined {
  return a instanceof DenseArrayAttr ? a.values.map(Number) : undefined;
}

/** The FLOPs of one graph op (multiply-add counted as two), by the rules in docs/design/gpu-dialect.md. */
export function graphOpFlops(op: Operation): number {
  const name = op.name.name;
  const out = op.results.reduce((s, r) => s + elements(r), 0);
  if (LAYOUT.has(name)) return 0;
  if (name === 'graph.matmul') {
    const lhs = op.operand(0).type;
    const k = lhs instanceof RankedTensorType ? lhs.shape[lhs.rank - 1] : 0;
    return 2 * out * k;
  }
  if (name === 'graph.gemm') {
    const m = (op.result(0).type as RankedTensorType).shape[0];
    const k = elements(op.operand(0)) / Math.max(1, m);
    return 2 * out * k + (op.numOperands > 2 ? out : 0);
  }
  if (name === 'graph.conv2d') {
    const w = op.operand(1).type;
    const perOut = w instanceof RankedTensorType ? elements(op.operand(1)) / Math.max(1, w.shape[0]) : 0;
    return 2 * out * perOut + (op.numOperands > 2 ? out : 0);
  }
  if (name === 'graph.max_pool2d' || name === 'graph.avg_pool2d') {
    const kernel = i64s(op.getProp('kernel') ?? op.getAttr('kernel')) ?? [1];
    return out * kernel.reduce((a, b) => a * b, 1);
  }
  if (REDUCTION.test(name)) return elements(op.operand(0));
  return out * (FLOPS_PER_ELEMENT[name] ?? 1);
}

/** True for ops a library runs on tensor cores in the baseline (contractions). */
function usesTensorCores(op: Operation): boolean {
  return /^graph\.(matmul|gemm|conv2d)$/.test(op.name.name);
}

/** The output tile a library contraction kernel gives each block (cuBLAS's and cuDNN's large tiles are 128x128). */
const LIBRARY_TILE = 128;

/**
 * Bytes an eager kernel moves between L2 and the SMs for its reads: each operand once, but for
 * contractions, whose blocks each read a panel of both operands: the lhs (input) once per
 * column of output tiles, the rhs (weights) once per row of them (as implicit GEMM for conv2d).
 */
function libraryL2Reads(op: Operation, reads: ReadonlyMap<Value, number>): number {
  const all = [...reads.values()].reduce((a, b) => a + b, 0);
  if (!usesTensorCores(op) || op.numOperands < 2) return all;
  const out = op.result(0).type;
  if (!(out instanceof RankedTensorType) || out.rank < 2) return all;
  const n = op.name.name === 'graph.conv2d' ? out.shape[1] : out.shape[out.rank - 1];
  const m = elements(op.result(0)) / Math.max(1, n);
  const [lhs, rhs] = [bufferOf(op.operand(0)), bufferOf(op.operand(1))];
  if (lhs === rhs) return all;
  const extra = (reads.get(lhs) ?? 0) * (Math.ceil(n / LIBRARY_TILE) - 1) + (reads.get(rhs) ?? 0) * (Math.ceil(m / LIBRARY_TILE) - 1);
  return all + extra;
}

/** The ops of `func`'s body that are kernels in an eager runtime. */
function kernelOps(func: Operation): Operation[] {
  const ops: Operation[] = [];
  for (const block of func.regions[0]?.blocks ?? []) {
    for (const op of block.operations) if (!NO_KERNEL.has(op.name.name) && op.numResults > 0) ops.push(op);
  }
  return ops;
}

/** The value whose buffer `v` is: reshapes are views of their operand. */
function bufferOf(v: Value): Value {
  let cur = v;
  while (cur.definingOp?.name.name === 'graph.reshape') cur = cur.definingOp.operand(0);
  return cur;
}

/**
 * The eager baseline of a graph-level function: each computing op is one kernel that reads
 * each of its distinct operands and writes its results (reshapes and constants are free). The
 * reads go through the L2 model (cost-model-l2.ts) of each profile, kernel after kernel, as
 * dlc's launches do: an intermediate written by one kernel and read by the next hits when the
 * data in between fits. Times are per-kernel rooflines (tensor cores for contractions, as a
 * library would use them; between L2 and the SMs every operand once, contractions' operands
 * once per row or column of 128x128 output tiles, `libraryL2Reads`), summed with one launch
 * each, for every profile of `profiles`.
 */
export function eagerBaseline(func: Operation, profiles: Readonly<Record<string, GpuProfile>> = GPU_PROFILES): BaselineCost {
  const ops = kernelOps(func);
  const stream: StreamPhase<Value>[] = ops.map((op) => ({
    reads: new Map([...new Set(op.operands.map(bufferOf))].map((v) => [v, shapedBytes(v.type)])),
    writes: new Map(op.results.map((v) => [v as Value, shapedBytes(v.type)])),
  }));
  const sum = (m: ReadonlyMap<Value, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const l2 = ops.map((op, i) => libraryL2Reads(op, stream[i].reads) + sum(stream[i].writes));
  const read: Record<string, number> = {};
  const ms: Record<string, number> = {};
  for (const [name, gpu] of Object.entries(profiles)) {
    const hits = l2Hits(stream, effectiveL2Bytes(gpu));
    read[name] = 0;
    ms[name] = 0;
    ops.forEach((op, i) => {
      const r = sum(stream[i].reads) - hits[i];
      const dtype = peakDtypeOf(elementTypeOf(op.numResults ? op.result(0).type : op.operand(0).type));
      const blocks = Number.MAX_SAFE_INTEGER; // a library kernel fills the GPU
      const work = {
        dramBytesRead: r, dramBytesWritten: sum(stream[i].writes), l2Bytes: l2[i], flops: graphOpFlops(op), dtype, tensorCores: usesTensorCores(op), blocks,
        launches: 1, gridSyncs: 0, flagWaitChain: 0,
      };
      read[name] += r;
      ms[name] += rooflineSeconds(gpu, work) * 1e3;
    });
  }
  return {
    kernels: ops.length,
    dramBytesRead: read,
    dramBytesReadNoL2: stream.reduce((s, p) => s + sum(p.reads), 0),
    dramBytesWritten: stream.reduce((s, p) => s + sum(p.writes), 0),
    l2Bytes: l2.reduce((a, b) => a + b, 0),
    flops: ops.reduce((s, op) => s + graphOpFlops(op), 0),
    estimatedMs: ms,
  };
}

/**
 * The compulsory traffic of `func`: its arguments and the constants its ops use read once
 * (each distinct value once), its returned values written once.
 */
export function compulsoryTraffic(func: Operation): CompulsoryCost {
  const body = func.regions[0]?.blocks[0];
  if (!body) return { bytesRead: 0, bytesWritten: 0 };
  let read = body.arguments.reduce((s, a) => s + shapedBytes(a.type), 0);
  const returned = new Set<Value>();
  for (const op of body.operations) {
    if (op.name.name === 'graph.constant' || op.name.name === 'arith.constant') read += op.results.reduce((s, v) => s + shapedBytes(v.type), 0);
    if (op.name.name === 'func.return') for (const v of op.operands) returned.add(v);
  }
  const written = [...returned].reduce((s, v) => s + shapedBytes(v.type), 0);
  return { bytesRead: read, bytesWritten: written };
}
