// CUDA C++ for the gpu dialect's ops inside kernels: ids, barriers, grid syncs, flags, warp
// shuffles and subgroup reductions (the helpers they call are in prelude.ts).
import { IntegerAttr, type Attribute, type Operation } from '../../ir/index.js';
import { EmitError, registerEmitters, type OpEmitter } from './emitter.js';
import { element } from './memref.js';
import { functorOf } from './functors.js';
// The subgroup mma ops' emitters register with these.
import './mma.js';

/** The case of an enum property (`x`, `xor`, `add`), whatever attribute class holds it. */
export function enumCase(op: Operation, name: string): string {
  const a: Attribute | undefined = op.getProp(name) ?? op.getAttr(name);
  if (a === undefined) throw new EmitError(op, `expected a '${name}' property`);
  const value = (a as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  // An unregistered gpu dialect leaves `#gpu<dim x>` opaque: its last word is the case.
  return /(\w+)\s*>?\s*$/.exec(String(a))?.[1] ?? String(a);
}

/** An id op reading CUDA's built-in `variable` (threadIdx, blockIdx...) along the op's dimension. */
const builtin = (variable: string): OpEmitter => (op, e) => e.define(op, op.result(0), `(int64_t)${variable}.${enumCase(op, 'dimension')}`);

const SHUFFLES: Record<string, string> = { xor: '__shfl_xor_sync', up: '__shfl_up_sync', down: '__shfl_down_sync', idx: '__shfl_sync' };

/** gpu.shuffle: the value from another lane of the warp; `valid` says whether that lane is within `width`. */
const shuffle: OpEmitter = (op, e) => {
  const mode = enumCase(op, 'mode');
  const [value, offset, width] = op.operands.map((v) => e.get(v));
  e.define(op, op.result(0), `${SHUFFLES[mode]}(0xffffffffu, ${value}, ${offset}, ${width})`);
  if (op.numResults > 1) e.define(op, op.result(1), `dlc::shuffle_valid_${mode}(${offset}, ${width})`);
};

/** gpu.subgroup_reduce: a butterfly over the warp (or a cluster of lanes), every lane getting the result. */
const subgroupReduce: OpEmitter = (op, e) => {
  const kind = enumCase(op, 'op');
  const cluster = op.getProp('cluster_size') ?? op.getAttr('cluster_size');
  const stride = op.getProp('cluster_stride') ?? op.getAttr('cluster_stride');
  if (stride instanceof IntegerAttr && stride.value !== 1n) throw new EmitError(op, 'a cluster stride other than 1 has no CUDA C++ translation');
  const size = cluster instanceof IntegerAttr ? `, ${cluster.value}` : '';
  e.define(op, op.result(0), `dlc::subgroup_reduce(${e.get(op.operand(0))}, ${functorOf(kind, op)}${size})`);
};

registerEmitters({
  'gpu.thread_id': builtin('threadIdx'),
  'gpu.block_id': builtin('blockIdx'),
  'gpu.block_dim': builtin('blockDim'),
  'gpu.grid_dim': builtin('gridDim'),
  'gpu.global_id': (op, e) => {
    const d = enumCase(op, 'dimension');
    e.define(op, op.result(0), `(int64_t)blockIdx.${d} * blockDim.${d} + threadIdx.${d}`);
  },
  'gpu.lane_id': (op, e) => e.define(op, op.result(0), 'dlc::lane_id()'),
  'gpu.subgroup_size': (op, e) => e.define(op, op.result(0), '(int64_t)warpSize'),
  'gpu.barrier': (_op, e) => e.line('__syncthreads();'),
  'gpu.grid_sync': (_op, e) => e.line('cooperative_groups::this_grid().sync();'),
  'gpu.flag_signal': (op, e) => e.line(`dlc::flag_signal(&${element(e, op.operand(0), [op.operand(1)])});`),
  'gpu.flag_wait': (op, e) => e.line(`dlc::flag_wait(&${element(e, op.operand(0), [op.operand(1)])}, ${e.get(op.operand(2))});`),
  'gpu.shuffle': shuffle,
  'gpu.subgroup_reduce': subgroupReduce,
  'gpu.return': () => {},
}, 'device');
