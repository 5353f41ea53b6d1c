// Warp-level mma code for an f16 contraction tile: the block stages 16-wide chunks of the A and B
// footprints in workgroup memory (row-major, zero past the reduction's end), each warp multiplies
// and accumulates its 16x16 output fragments with gpu.subgroup_mma_* ops, and stores them to the
// output at the end. Tiles that do not have the form keep the scalar code (lower-tile.ts).
import { FloatAttr, FloatType, MemRefType, type Operation, type Type, type Value } from '../../../lib/ir/index.js';
import { isFunctionOfDim } from '../../../lib/affine/index.js';
import { elementTypeOrSelf } from '../../../lib/dialect/index.js';
import { computeBody, computeInits } from '../../tensor/index.js';
import { addressSpaceAttr } from '../attrs.js';
import {
  SubgroupMmaComputeOp, SubgroupMmaConstantMatrixOp, SubgroupMmaLoadMatrixOp, SubgroupMmaStoreMatrixOp,
} from '../ops-mma.js';
import { MmaMatrixType, type MmaOperand } from '../types-mma.js';
import { f16Argument } from '../../block/tile-mma.js';
import type { Emitter } from './lower-emit.js';
import { STATIC_SHARED_LIMIT } from './lower-staging.js';
import { mapIndices, readInput, tileOrigin, tileShape, type KernelScope, type TileCode, type TileShape } from './lower-tile.js';
import type { ValueInterval } from './lower-box.js';

/** The fragment size: wmma's m16n16k16. */
const FRAG = 16;
const WARP = 32;

/** One output of the contraction: which inputs it multiplies (A: rows by reduction, B: reduction by columns). */
interface MmaOutput {
  readonly a: number;
  readonly b: number;
  readonly type: FloatType;
}

/** How a tile runs on the tensor cores. */
export interface MmaPlan {
  /** The output's row and column dims, the reduction dim and the other parallel (batch) dims. */
  readonly m: number;
  readonly n: number;
  readonly k: number;
  readonly batch: readonly number[];
  /** The reduction chunk staged at a time (16). */
  readonly chunk: number;
  readonly outputs: readonly MmaOutput[];
  /** Each staged input and its role. */
  readonly roles: ReadonlyMap<number, 'A' | 'B'>;
  /** The batch dims each staged input reads (its buffer has a dim for each; weights shared by the batch have none). */
  readonly batchRead: ReadonlyMap<number, readonly number[]>;
  /** Output fragments of the tile (over batch points, rows and columns) and each warp's share. */
  readonly fragments: number;
  readonly perWarp: number;
  /** Whether the tile may stick out of the domain along its rows or columns (its edge fragments are then stored element by element). */
  readonly partial: boolean;
}

/** For each output, the inputs of its product when it yields `mulf` of two f16 inputs (extended to f32 for an f32 accumulator). */
function products(te: Operation, types: readonly Type[]): [number, number][] | undefined {
  const body = computeBody(te);
  const out: [number, number][] = [];
  for (const [o, v] of body.last!.operands.entries()) {
    const mul = v.definingOp;
    const t = String(types[o]);
    if (mul?.name.name !== 'arith.mulf' || String(v.type) !== t || (t !== 'f16' && t !== 'f32')) return undefined;
    const x = f16Argument(mul.operand(0), body);
    const y = f16Argument(mul.operand(1), body);
    if (x === undefined || y === undefined) return undefined;
    // f16 products multiply the inputs themselves; f32 ones their exact extensions.
    if ((t === 'f16') !== (mul.operand(0).type === body.arguments[x].type)) return undefined;
    out.push([x, y]);
  }
  return out;
}

/** `n` rounded up to 16 elements: 32 bytes of f16, the alignment wmma loads need. */
const roundUp = (n: number): number => Math.ceil(n / FRAG) * FRAG;

/**
 * The staging buffer's size for `n` elements: a multiple of 2048 (4 KiB), so that tiles of a
 * kernel with similar chunks share one buffer (attributions of one type and slot are one buffer;
 * tiles of a kernel run one after another) while wasting little.
 */
const bucket = (n: number): number => Math.ceil(Math.max(n, 1) / 2048) * 2048;

/** The dims a map's results read, when each result is a plain dim. */
function plainDims(s: TileShape, i: number): number[] | undefined {
  const dims = s.maps[i].results.map((r) => (r.kind === 'dim' ? r.position : -1));
  return dims.every((d) => d >= 0) ? dims : undefined;
}

/**
 * The tensor-core plan of a tile, or undefined when it keeps the scalar code: one reduction dim
 * and every combiner `add`; each output `mulf` of two f16 inputs (f16 or f32 accumulation), one
 * reading the output's row dim, the other its column dim, both the reduction; outputs written
 * through the same map of plain dims ending in (row, column), to `destinations` (per output: the
 * memrefs it is stored to, identity layouts whose rows are 32-byte multiples unless `partial`); tiles of multiples
 * of 16 rows and columns, full along the batch dims (`partial`: the domain may end inside a tile
 * along the rows or columns); warps of 32 threads; the staged chunks within static shared memory.
 */
export function planMma(code: TileCode, s: TileShape, scope: KernelScope, destinations: readonly (readonly MemRefType[])[], partial: boolean): MmaPlan | undefined {
  if (s.reduction.length !== 1 || !s.combiners.every((c) => c === 'add') || scope.threads % WARP !== 0) return undefined;
  if (computeInits(code.te).some((a) => !a)) return undefined;
  const types = code.te.results.map((r) => elementTypeOrSelf(r.type));
  const pairs = products(code.te, types);
  const outMap = plainDims(s, code.inputs.length);
  if (!pairs || !outMap || outMap.length < 2) return undefined;
  const n = outMap[outMap.length - 1];
  const m = outMap[outMap.length - 2];
  const k = s.reduction[0];
  const batch = s.parallel.filter((d) => d !== m && d !== n);
  if (s.tile[m] % FRAG !== 0 || s.tile[n] % FRAG !== 0 || batch.some((d) => s.bounds[d] % s.tile[d] !== 0)) return undefined;
  for (let o = 0; o < types.length; o++) {
    const map = plainDims(s, code.inputs.length + o);
    if (!map || map.join() !== outMap.join()) return undefined;
    const rowBytes = (t: MemRefType) => t.shape[t.shape.length - 1] * (String(types[o]) === 'f16' ? 2 : 4);
    // Whole fragments are stored with store_matrix, which needs 32-byte aligned rows; a partial tile's go element by element.
    if (destinations[o].some((t) => t.layout !== null || (!partial && rowBytes(t) % 32 !== 0))) return undefined;
  }
  const roles = new Map<number, 'A' | 'B'>();
  const outputs: MmaOutput[] = [];
  for (const [o, [x, y]] of pairs.entries()) {
    const reads = (i: number, d: number) => s.maps[i].results.some((r) => isFunctionOfDim(r, d));
    const role = (i: number): 'A' | 'B' | undefined =>
      !reads(i, k) ? undefined : reads(i, m) && !reads(i, n) ? 'A' : reads(i, n) && !reads(i, m) ? 'B' : undefined;
    const [a, b] = role(x) === 'A' && role(y) === 'B' ? [x, y] : role(y) === 'A' && role(x) === 'B' ? [y, x] : [];
    if (a === undefined || b === undefined || roles.get(a) === 'B' || roles.get(b) === 'A') return undefined;
    roles.set(a, 'A');
    roles.set(b, 'B');
    outputs.push({ a, b, type: types[o] as FloatType });
  }
  const points = (dims: readonly number[]) => dims.reduce((p, d) => p * s.tile[d], 1);
  const batchRead = new Map([...roles.keys()].map((i) => [i, batch.filter((d) => s.maps[i].results.some((r) => isFunctionOfDim(r, d)))]));
  // Chunks of one fragment's depth: wider ones halve the barriers but double the staging memory,
  // which limits the blocks per SM and the kernels gpu-merge-kernels can merge (on the a100 cost
  // model 16 beats 32 on bert-layer, bert and swin-stage1).
  const chunk = FRAG;
  const staged = [...roles].reduce((sum, [i, role]) => sum + roundUp(points(batchRead.get(i)!) * chunk * (role === 'A' ? s.tile[m] : s.tile[n])), 0);
  let bytes = bucket(staged) * 2;
  const warps = scope.threads / WARP;
  // Edge fragments of a partial tile go through a 16x16 scratch per warp and output.
  if (partial) bytes += outputs.reduce((sum, o) => sum + warps * FRAG * FRAG * (o.type.width / 8), 0);
  if (bytes > STATIC_SHARED_LIMIT) return undefined;
  const fragments = points(batch) * (s.tile[m] / FRAG) * (s.tile[n] / FRAG);
  return { m, n, k, batch, chunk, outputs, roles, batchRead, fragments, perWarp: Math.ceil(fragments / warps), partial };
}

/** A staged input: its logical shape and where it starts in the flat staging buffer. */
interface Staged {
  readonly buffer: Value;
  readonly base: number;
  readonly shape: readonly number[];
}

/** The row-major stride of dim `i` of `shape`, in elements. */
const stride = (shape: readonly number[], i: number): number => shape.slice(i + 1).reduce((a, b) => a * b, 1);

/** Where each output's fragments go: memrefs and their indices at a domain point (the fragment's first). */
export type MmaStores = (output: number, dims: readonly Value[]) => { memref: Value; indices: Value[] }[];

/** Emits tile `t` of `code` with warp-level mma ops (see planMma), storing to the outputs' memrefs. */
export function emitMmaTile(e: Emitter, scope: KernelScope, code: TileCode, s: TileShape, t: Value, plan: MmaPlan): void {
  const stores: MmaStores = (o, dims) => [{ memref: code.outputs[o], indices: mapIndices(e, s.maps[code.inputs.length + o], dims) }];
  emitMma(e, scope, code, s, tileOrigin(e, s, t), plan, stores);
}

/**
 * Emits the mma code of a box starting at `origin` whose extents are `s.tile` (a tile, or a fused
 * producer's computed box), each output fragment stored where `stores` says.
 */
export function emitMma(e: Emitter, scope: KernelScope, code: TileCode, s: TileShape, origin: readonly Value[], plan: MmaPlan, stores: MmaStores): void {
  const ctx = e.loc.context;
  const f16 = FloatType.get(ctx, 'f16');
  const fragment = (type: Type, operand: MmaOperand) => MmaMatrixType.get(ctx, [FRAG, FRAG], type, operand);
  const { m, n, k, chunk } = plan;
  const batchShape = plan.batch.map((d) => s.tile[d]);
  const K = s.bounds[k];
  const workgroup = addressSpaceAttr(ctx, 'workgroup');
  // Each staged input's chunk, row-major [batch..., rows, chunk] for A and [batch..., chunk, columns]
  // for B (the batch dims it reads), at its offset in one flat buffer.
  const layout = [...plan.roles].map(([input, role]) => ({
    input, shape: [...plan.batchRead.get(input)!.map((d) => s.tile[d]), ...(role === 'A' ? [s.tile[m], chunk] : [chunk, s.tile[n]])],
  }));
  const bases = layout.map((_, i) => layout.slice(0, i).reduce((sum, l) => sum + roundUp(l.shape.reduce((a, b) => a * b, 1)), 0));
  const elements = layout.reduce((sum, l) => sum + roundUp(l.shape.reduce((a, b) => a * b, 1)), 0);
  const buffer = scope.workgroup(MemRefType.get([bucket(elements)], f16, null, workgroup), 'mma');
  const staged = new Map<number, Staged>(layout.map((l, i) => [l.input, { buffer, base: bases[i], shape: l.shape }]));
  const warp = e.div(scope.tid, e.int(WARP));
  const warps = scope.threads / WARP;
  const fragmentGrid = [...batchShape, s.tile[m] / FRAG, s.tile[n] / FRAG];
  /** Runs `body` for each fragment slot of this warp (guarded where the fragments do not divide evenly), with its position. */
  const slot = (j: number, carried: readonly Value[], body: (at: Value[]) => readonly Value[]): Value[] => {
    const f = e.add(warp, e.int(j * warps));
    const run = () => body(e.delinearize(f, fragmentGrid));
    if ((j + 1) * warps <= plan.fragments) return [...run()];
    // A warp-uniform condition: the warp's lanes take the same branch.
    const mine = e.lt(f, e.int(plan.fragments));
    if (!carried.length) return (e.when(mine, () => void run()), []);
    return e.choose(mine, carried.map((v) => v.type), run, () => carried);
  };
  const accType = (o: number) => fragment(plan.outputs[o].type, 'COp');
  const inits = computeInits(code.te).map((a, o) => e.constantAttr(a!, plan.outputs[o].type, `${a}`));
  const initial: Value[] = [];
  for (let j = 0; j < plan.perWarp; j++) {
    plan.outputs.forEach((_, o) => initial.push(e.put(SubgroupMmaConstantMatrixOp.create(e.loc, { operands: { value: inits[o] }, resultTypes: [accType(o)] })).result(0)));
  }
  const zeroAttr = FloatAttr.get(f16, 0);
  const zero = e.constantAttr(zeroAttr, f16, `${zeroAttr}`);
  const accs = e.loop(e.int(0), e.int(K), e.int(chunk), initial, (c0, carried) => {
    for (const [input, role] of plan.roles) stage(e, scope, code, s, plan, origin, c0, input, role, staged.get(input)!, zero);
    scope.barrier();
    const next: Value[] = [];
    for (let j = 0; j < plan.perWarp; j++) {
      const mine = carried.slice(j * plan.outputs.length, (j + 1) * plan.outputs.length);
      next.push(...slot(j, mine, (at) => {
        const b = (input: number) => plan.batchRead.get(input)!.map((d) => at[plan.batch.indexOf(d)]);
        const [fm, fn] = at.slice(batchShape.length).map((x) => e.mul(x, e.int(FRAG)));
        let acc = [...mine];
        for (let kk = 0; kk < chunk; kk += FRAG) {
          const loaded = new Map<number, Value>();
          const load = (input: number, operand: MmaOperand, indices: Value[], ld: number) => {
            let v = loaded.get(input);
            if (!v) {
              const st = staged.get(input)!;
              const at = [e.int(st.base), ...indices].reduce((sum, x, i) => (i === 0 ? x : e.add(sum, e.mul(x, e.int(stride(st.shape, i - 1))))));
              const op = SubgroupMmaLoadMatrixOp.create(e.loc, { operands: { srcMemref: st.buffer, indices: [at] }, properties: { leadDimension: ld }, resultTypes: [fragment(f16, operand)] });
              loaded.set(input, (v = e.put(op).result(0)));
            }
            return v;
          };
          acc = plan.outputs.map((out, o) => {
            const a = load(out.a, 'AOp', [...b(out.a), fm, e.int(kk)], chunk);
            const bb = load(out.b, 'BOp', [...b(out.b), e.int(kk), fn], s.tile[n]);
            return e.put(SubgroupMmaComputeOp.create(e.loc, { operands: { opA: a, opB: bb, opC: acc[o] }, resultTypes: [accType(o)] })).result(0);
          });
        }
        return acc;
      }));
    }
    scope.barrier();
    return next;
  });
  /** The domain point of element (r, c) of fragment `at` (its batch point, row and column block). */
  const pointOf = (at: readonly Value[], r: Value, c: Value): Value[] => {
    const dims = s.bounds.map((_, d) => origin[d]);
    plan.batch.forEach((d, i) => (dims[d] = e.add(origin[d], at[i])));
    dims[m] = e.add(origin[m], e.add(e.mul(at[plan.batch.length], e.int(FRAG)), r));
    dims[n] = e.add(origin[n], e.add(e.mul(at[plan.batch.length + 1], e.int(FRAG)), c));
    return dims;
  };
  const store = (src: Value, memref: Value, indices: Value[], ld: number) =>
    e.put(SubgroupMmaStoreMatrixOp.create(e.loc, { operands: { src, dstMemref: memref, indices }, properties: { leadDimension: ld } }));
  if (!plan.partial) {
    for (let j = 0; j < plan.perWarp; j++) {
      slot(j, [], (at) => {
        const dims = pointOf(at, e.int(0), e.int(0));
        plan.outputs.forEach((_, o) => {
          for (const { memref, indices } of stores(o, dims)) {
            const shape = (memref.type as MemRefType).shape;
            store(accs[j * plan.outputs.length + o], memref, indices, shape[shape.length - 1]);
          }
        });
        return [];
      });
    }
    return;
  }
  // A partial tile: each warp stores a fragment to its scratch, and after a barrier its lanes copy
  // the elements inside the domain (the barriers stay outside the warp-uniform conditions).
  const scratch = plan.outputs.map((out, o) => scope.workgroup(MemRefType.get([warps, FRAG, FRAG], out.type, null, workgroup), `mmaC${o}`));
  const lane = e.rem(scope.tid, e.int(WARP));
  for (let j = 0; j < plan.perWarp; j++) {
    slot(j, [], () => {
      plan.outputs.forEach((_, o) => store(accs[j * plan.outputs.length + o], scratch[o], [warp, e.int(0), e.int(0)], FRAG));
      return [];
    });
    scope.barrier();
    slot(j, [], (at) => {
      e.loop(lane, e.int(FRAG * FRAG), e.int(WARP), [], (q) => {
        const [r, c] = e.delinearize(q, [FRAG, FRAG]);
        const dims = pointOf(at, r, c);
        const inside = e.and(e.lt(dims[m], e.int(s.bounds[m])), e.lt(dims[n], e.int(s.bounds[n])));
        e.when(inside, () =>
          plan.outputs.forEach((_, o) => {
            const v = e.load(scratch[o], [warp, r, c]);
            for (const { memref, indices } of stores(o, dims)) e.store(v, memref, indices);
          }),
        );
        return [];
      });
      return [];
    });
    scope.barrier();
  }
}

/**
 * The block's threads copy one chunk of input `input`'s footprint into its buffer: element
 * (batch..., row, c) of A is the input at the tile's batch point (along the batch dims it reads),
 * row and reduction index c0 + c (column and c for B), read through its map (or on chip); zero
 * past the reduction's end and, in a partial tile, past the domain.
 */
function stage(
  e: Emitter, scope: KernelScope, code: TileCode, s: TileShape, plan: MmaPlan, origin: readonly Value[], c0: Value, input: number, role: 'A' | 'B',
  staged: Staged, zero: Value,
): void {
  const shape = staged.shape;
  const total = shape.reduce((a, b) => a * b, 1);
  const K = s.bounds[plan.k];
  e.loop(scope.tid, e.int(total), e.int(scope.threads), [], (q) => {
    const at = e.delinearize(q, shape);
    const dims = s.bounds.map((_, d) => origin[d] ?? e.int(0));
    const batch = plan.batchRead.get(input)!;
    batch.forEach((d, i) => (dims[d] = e.add(origin[d], at[i])));
    const [r, c] = at.slice(batch.length);
    const own = role === 'A' ? plan.m : plan.n;
    dims[own] = e.add(origin[own], role === 'A' ? r : c);
    const kIndex = e.add(c0, role === 'A' ? c : r);
    dims[plan.k] = kIndex;
    // Zero past the reduction's end and, in a partial tile, past the domain's rows or columns.
    let inside = K % plan.chunk === 0 ? undefined : e.lt(kIndex, e.int(K));
    if (plan.partial && s.bounds[own] % s.tile[own] !== 0) {
      const ok = e.lt(dims[own], e.int(s.bounds[own]));
      inside = inside ? e.and(inside, ok) : ok;
    }
    const value = inside ? e.choose(inside, [zero.type], () => [readInput(e, code, s, input, dims)], () => [zero])[0] : readInput(e, code, s, input, dims);
    e.store(value, staged.buffer, [e.add(e.int(staged.base), q)]);
    return [];
  });
}

/**
 * A fused producer (lower-fused.ts) on the tensor cores when its computed box has a fixed size
 * (`min` = `max` along the parallel dims) and the form planMma asks: results stored into their
 * workgroup buffers at the box offset, and into global memory where they leave the tile.
 * Returns false, emitting nothing, when it does not apply.
 */
export function emitMmaProducer(
  e: Emitter, scope: KernelScope, code: TileCode, box: readonly ValueInterval[], max: readonly number[], min: readonly number[],
  buffers: readonly Value[], outDims: readonly (readonly number[])[], leaving: (r: number) => Value | undefined,
): boolean {
  const s = tileShape(code.te, max);
  if (s.parallel.some((d) => min[d] !== max[d])) return false;
  const destinations = buffers.map((b, r) => [b, leaving(r)].flatMap((m) => (m ? [m.type as MemRefType] : [])));
  const plan = planMma(code, s, scope, destinations, false);
  if (!plan) return false;
  const origin = box.map((i) => i.lo);
  const stores: MmaStores = (r, dims) => {
    const local = outDims[r].map((d) => e.sub(dims[d], origin[d]));
    const global = leaving(r);
    const out = [{ memref: buffers[r], indices: local }];
    return global ? [...out, { memref: global, indices: mapIndices(e, s.maps[code.te.numOperands + r], dims) }] : out;
  };
  emitMma(e, scope, code, s, origin, plan, stores);
  return true;
}
