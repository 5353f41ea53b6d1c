// The gpu interpreter's warp ops: gpu.shuffle and gpu.subgroup_reduce computed for a whole warp
// at once, from every lane's operands (the scheduler gathers them when the last lane arrives);
// the subgroup mma ops' are in interp-mma.ts.
import { FloatType, IntegerAttr, type Operation, type Type } from '../../lib/ir/index.js';
import { intWidth, type Interpreter, type RtValue } from '../../lib/interp/index.js';
import { canon, floatBinary, floatFormat, intBinary, type FloatBinaryName, type IntBinaryName } from '../../lib/interp/scalar/index.js';
import { KeywordEnumAttr } from './attrs.js';
import { MMA_WARP_OPS } from './interp-mma.js';

/**
 * gpu.shuffle for every lane (operands: value, offset, width): lanes are split into segments of
 * `width`; the source lane is lane ^ offset (xor), lane - offset (up), lane + offset (down) or
 * offset (idx) within the segment. An out-of-segment source gives the lane's own value, invalid.
 */
export function shuffleResults(interp: Interpreter, op: Operation, lanes: readonly (readonly RtValue[])[]): RtValue[][] {
  const mode = (op.getAttr('mode') as KeywordEnumAttr).value;
  return lanes.map((args, lane) => {
    const offset = Number(args[1] as bigint);
    const width = Number(args[2] as bigint);
    if (width <= 0 || width > 32) interp.error(op, `shuffle width must be in [1, 32], got ${width}`);
    const base = lane - (lane % width);
    const local = lane % width;
    const src = mode === 'xor' ? local ^ offset : mode === 'up' ? local - offset : mode === 'down' ? local + offset : offset;
    const valid = src >= 0 && src < width && base + src < lanes.length;
    return valid ? [lanes[base + src][0], 1n] : [args[0], 0n];
  });
}

/** The arith combination of a gpu reduction kind for `type`. */
function combiner(interp: Interpreter, op: Operation, kind: string, type: Type): (a: RtValue, b: RtValue) => RtValue {
  if (type instanceof FloatType) {
    const name = (kind === 'add' ? 'addf' : kind === 'mul' ? 'mulf' : kind) as FloatBinaryName;
    const f = floatBinary[name];
    const format = floatFormat(type.name);
    if (!f || !format) return interp.error(op, `cannot reduce '${type}' with '${kind}'`);
    return (a, b) => f(a as number, b as number, format);
  }
  const width = intWidth(type);
  const name = ({ add: 'addi', mul: 'muli', and: 'andi', or: 'ori', xor: 'xori' } as Record<string, string>)[kind] ?? kind;
  const g = intBinary[name as IntBinaryName];
  if (!g || width === undefined) return interp.error(op, `cannot reduce '${type}' with '${kind}'`);
  return (a, b) => canon(g(a as bigint, b as bigint, width), width);
}

/**
 * gpu.subgroup_reduce for every lane: each lane gets the reduction over its cluster (lanes
 * `stride` apart in groups of `cluster_size`, the whole warp by default), combined in lane order.
 */
export function subgroupReduceResults(interp: Interpreter, op: Operation, lanes: readonly (readonly RtValue[])[]): RtValue[][] {
  const kind = (op.getAttr('op') as KeywordEnumAttr).value;
  const f = combiner(interp, op, kind, op.operand(0).type);
  const size = op.getAttr('cluster_size');
  const strideAttr = op.getAttr('cluster_stride');
  const stride = strideAttr instanceof IntegerAttr ? Number(strideAttr.value) : 1;
  const cluster = size instanceof IntegerAttr ? Number(size.value) : 32;
  const span = cluster * stride;
  return lanes.map((_, lane) => {
    const start = lane - (lane % span) + (lane % stride);
    let acc: RtValue | undefined;
    for (let j = 0; j < cluster; j++) {
      const src = start + j * stride;
      if (src >= lanes.length) break;
      const v = lanes[src][0];
      acc = acc === undefined ? v : f(acc, v);
    }
    return [acc!];
  });
}

/** The warp ops by name: each computes every lane's results from every lane's operands. */
export const WARP_OPS: Readonly<Record<string, (interp: Interpreter, op: Operation, lanes: readonly (readonly RtValue[])[]) => RtValue[][]>> = {
  'gpu.shuffle': shuffleResults,
  'gpu.subgroup_reduce': subgroupReduceResults,
  ...MMA_WARP_OPS,
};
