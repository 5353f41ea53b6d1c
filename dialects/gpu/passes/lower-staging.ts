// Staging a contraction tile's footprints in workgroup memory: the reduction runs in chunks;
// per chunk the block's threads load the footprint of every input they share (cooperatively),
// synchronise, accumulate from workgroup memory into private accumulators, and synchronise again.
import { MemRefType, type Type, type Value } from '../../../lib/ir/index.js';
import { linearize, type LinearForm } from '../../tensor/linear.js';
import { elementBytes } from '../../tensor/analysis/te.js';
import { REDUCTION_CHUNK } from '../../block/tile-size.js';
import { addressSpaceAttr } from '../attrs.js';
import type { Emitter } from './lower-emit.js';
import { accumulate, initialValues, mapIndices, readInput, tileOrigin, tilePoint, type KernelScope, type TileCode, type TileShape } from './lower-tile.js';

/** Static shared memory a kernel may declare without opting in to more (CUDA's 48 KiB). */
export const STATIC_SHARED_LIMIT = 48 * 1024;

/** One input staged in workgroup memory. */
interface StagedInput {
  readonly input: number;
  readonly forms: readonly LinearForm[];
  /** The footprint extent of one chunk (the buffer's shape). */
  readonly extent: readonly number[];
}

/** How a tile stages: which reduction dim is chunked, by how much, and which inputs. */
export interface StagingPlan {
  readonly chunkDim: number;
  readonly chunk: number;
  readonly staged: readonly StagedInput[];
  /** Points each thread computes (the tile's points over the block's threads, rounded up). */
  readonly rounds: number;
}

/**
 * The staging of a tile, or undefined when nothing is worth staging: an input is staged when
 * its map is linear with non-negative coefficients and ignores a parallel dimension the tile
 * spans (threads along it read the same elements). Only the first reduction dimension is
 * chunked, so the accumulation order stays the interpreter's row-major one.
 */
export function planStaging(code: TileCode, s: TileShape, scope: KernelScope): StagingPlan | undefined {
  if (!s.reduction.length) return undefined;
  const chunkDim = s.reduction[0];
  const chunk = Math.min(REDUCTION_CHUNK, s.bounds[chunkDim]);
  const size = s.bounds.map((b, d) => (d === chunkDim ? chunk : s.tile[d]));
  const staged: StagedInput[] = [];
  let bytes = 0;
  code.inputs.forEach((m, input) => {
    if (!m) return;
    const map = s.maps[input];
    const forms = map.results.map((r) => linearize(r, map.numDims));
    if (!forms.every((f) => f && f.coefs.every((c) => c >= 0))) return;
    const shared = s.parallel.some((d) => s.tile[d] > 1 && forms.every((f) => f!.coefs[d] === 0));
    if (!shared) return;
    const extent = forms.map((f) => 1 + f!.coefs.reduce((n, c, d) => n + c * (size[d] - 1), 0));
    bytes += extent.reduce((a, b) => a * b, 1) * elementBytes((m.type as MemRefType).elementType);
    staged.push({ input, forms: forms as LinearForm[], extent });
  });
  if (!staged.length || bytes > STATIC_SHARED_LIMIT) return undefined;
  return { chunkDim, chunk, staged, rounds: Math.ceil(s.points / scope.threads) };
}

/** `sum(coefs[d] * values[d]) (+ constant)` over the dims whose value is given. */
function linear(e: Emitter, f: LinearForm, values: readonly (Value | undefined)[], withConstant: boolean): Value {
  let v = e.int(withConstant ? f.constant : 0);
  f.coefs.forEach((c, d) => {
    if (c !== 0 && values[d]) v = e.add(v, e.mul(values[d]!, e.int(c)));
  });
  return v;
}

/** Emits tile `t` of `code` with its shared footprints staged chunk by chunk (see planStaging). */
export function emitStagedTile(e: Emitter, scope: KernelScope, code: TileCode, s: TileShape, t: Value, plan: StagingPlan): void {
  const ctx = e.loc.context;
  const types: Type[] = code.outputs.map((m) => (m.type as MemRefType).elementType);
  const origin = tileOrigin(e, s, t);
  const privateSpace = addressSpaceAttr(ctx, 'private');
  const accs = types.map((type, o) => scope.private(MemRefType.get([plan.rounds], type, null, privateSpace), `acc${o}`));
  const buffers = plan.staged.map((st, k) => {
    const type = (code.inputs[st.input]!.type as MemRefType).elementType;
    return scope.workgroup(MemRefType.get(st.extent, type, null, addressSpaceAttr(ctx, 'workgroup')), `stage${k}`);
  });
  const inits = initialValues(e, code.te, types);
  const round = (visit: (r: Value, p: Value) => void, r: Value) => {
    const p = e.add(e.mul(r, e.int(scope.threads)), scope.tid);
    if (plan.rounds * scope.threads === s.points) visit(r, p);
    else e.when(e.lt(p, e.int(s.points)), () => visit(r, p));
  };
  const rounds = (visit: (r: Value, p: Value) => void) => {
    if (plan.rounds === 1) return round(visit, e.int(0));
    e.loop(e.int(0), e.int(plan.rounds), e.int(1), [], (r) => (round(visit, r), []));
  };
  rounds((r) => accs.forEach((acc, o) => e.store(inits[o], acc, [r])));
  const K = s.bounds[plan.chunkDim];
  // Dimensions along which a box may be cut short (partial edge tiles, the last chunk).
  const partial = s.bounds.map((b, d) => (d === plan.chunkDim ? b % plan.chunk !== 0 : s.parallel.includes(d) && b % s.tile[d] !== 0));
  e.loop(e.int(0), e.int(K), e.int(plan.chunk), [], (c0) => {
    const end = K % plan.chunk === 0 ? e.add(c0, e.int(plan.chunk)) : minIndex(e, e.add(c0, e.int(plan.chunk)), e.int(K));
    // The chunk's footprint starts at the map's image of the box's lowest corner (coefficients are non-negative).
    const corner = s.bounds.map((_, d) => (d === plan.chunkDim ? c0 : s.parallel.includes(d) ? origin[d] : undefined));
    plan.staged.forEach((st, k) => {
      const lo = st.forms.map((f) => linear(e, f, corner, true));
      const input = code.inputs[st.input]!;
      const shape = (input.type as MemRefType).shape;
      const total = st.extent.reduce((a, b) => a * b, 1);
      e.loop(scope.tid, e.int(total), e.int(scope.threads), [], (q) => {
        const at = e.delinearize(q, st.extent);
        const global = at.map((x, i) => e.add(lo[i], x));
        // A partial tile's footprint is smaller: elements past the input's end are not loaded (and never read).
        let inside: Value | undefined;
        global.forEach((g, i) => {
          if (!st.forms[i].coefs.some((c, d) => c !== 0 && partial[d])) return;
          const ok = e.lt(g, e.int(shape[i]));
          inside = inside ? e.and(inside, ok) : ok;
        });
        const copy = () => e.store(e.load(input, global), buffers[k], at);
        if (inside) e.when(inside, copy);
        else copy();
        return [];
      });
    });
    scope.barrier();
    rounds((r, p) => {
      const { dims, local, inside } = tilePoint(e, s, origin, p);
      const compute = () => {
        const carried = accs.map((acc) => e.load(acc, [r]));
        const read = (i: number, at: readonly Value[]) => {
          const k = plan.staged.findIndex((st) => st.input === i);
          if (k < 0) return readInput(e, code, s, i, at);
          // Offsets in the staged footprint: the point relative to the chunk's lowest corner.
          const rel = s.bounds.map((_, d) => {
            const pk = s.parallel.indexOf(d);
            if (pk >= 0) return local[pk];
            return d === plan.chunkDim ? e.sub(at[d], c0) : at[d];
          });
          return e.load(buffers[k], plan.staged[k].forms.map((f) => linear(e, f, rel, false)));
        };
        const results = accumulate(e, code, s, dims, carried, read, new Map([[plan.chunkDim, [c0, end] as const]]));
        results.forEach((v, o) => e.store(v, accs[o], [r]));
      };
      if (inside) e.when(inside, compute);
      else compute();
    });
    scope.barrier();
    return [];
  });
  rounds((r, p) => {
    const { dims, inside } = tilePoint(e, s, origin, p);
    const store = () => accs.forEach((acc, o) => e.store(e.load(acc, [r]), code.outputs[o], mapIndices(e, s.maps[code.inputs.length + o], dims)));
    if (inside) e.when(inside, store);
    else store();
  });
}

function minIndex(e: Emitter, x: Value, y: Value): Value {
  return e.select(e.lt(x, y), x, y);
}
