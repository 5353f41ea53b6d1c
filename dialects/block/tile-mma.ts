// Which TEs the gpu level can run on tensor cores (f16 contractions, see gpu-dialect.md "Tensor
// cores"), so that their default tiling keeps the rows and columns whole 16x16 fragments.
import type { Block, Operation, Value } from '../../lib/ir/index.js';
import { isFunctionOfDim } from '../../lib/affine/index.js';
import { computeBody, computeBounds, computeCombiners, computeInits, computeIterators, inputMaps, outputMaps } from '../tensor/index.js';

/** The side of a tensor-core fragment (wmma's m16n16k16). */
export const MMA_FRAGMENT = 16;

/** The row and column dims of an f16 contraction, and its other parallel (batch) dims. */
export interface MmaDims {
  readonly m: number;
  readonly n: number;
  readonly batch: readonly number[];
}

/** The index of the f16 block argument `v` is, directly or through `arith.extf` (a tensor-core product's operand). */
export function f16Argument(v: Value, body: Block): number | undefined {
  const def = v.definingOp;
  const arg = def?.name.name === 'arith.extf' ? def.operand(0) : def ? undefined : v;
  const i = arg ? body.arguments.findIndex((a) => a === arg) : -1;
  return i >= 0 && String(arg!.type) === 'f16' ? i : undefined;
}

/**
 * The dims of `te` when it has the form convert-block-to-gpu lowers with warp-level mma ops
 * (lower-mma.ts planMma, less what depends on the tile): one `add` reduction with inits; every
 * output `mulf` of two f16 inputs (or their f32 extensions), one reading the rows and not the
 * columns, the other the columns and not the rows, both the reduction; every output written
 * through one map of plain dims ending in (rows, columns), each at least a fragment long.
 */
export function mmaDims(te: Operation): MmaDims | undefined {
  const iterators = computeIterators(te);
  const reduction = iterators.flatMap((k, d) => (k === 'reduction' ? [d] : []));
  if (reduction.length !== 1 || !computeCombiners(te).every((c) => c === 'add')) return undefined;
  if (computeInits(te).some((a) => !a)) return undefined;
  const outs = outputMaps(te).map((map) => map.results.map((r) => (r.kind === 'dim' ? r.position : -1)));
  const dims = outs[0];
  if (!dims || dims.length < 2 || dims.includes(-1) || outs.some((o) => o.join() !== dims.join())) return undefined;
  const [m, n] = dims.slice(-2);
  const k = reduction[0];
  const bounds = computeBounds(te);
  if (bounds[m] < MMA_FRAGMENT || bounds[n] < MMA_FRAGMENT) return undefined;
  const maps = inputMaps(te);
  const reads = (i: number, d: number) => maps[i].results.some((r) => isFunctionOfDim(r, d));
  const body = computeBody(te);
  for (const v of body.last!.operands) {
    const mul = v.definingOp;
    if (mul?.name.name !== 'arith.mulf') return undefined;
    const [x, y] = [f16Argument(mul.operand(0), body), f16Argument(mul.operand(1), body)];
    if (x === undefined || y === undefined || !reads(x, k) || !reads(y, k)) return undefined;
    const row = (i: number) => reads(i, m) && !reads(i, n);
    const column = (i: number) => reads(i, n) && !reads(i, m);
    if (!((row(x) && column(y)) || (row(y) && column(x)))) return undefined;
  }
  const batch = iterators.flatMap((kind, d) => (kind === 'parallel' && d !== m && d !== n ? [d] : []));
  return { m, n, batch };
}
