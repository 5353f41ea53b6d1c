// Kernel code for one tile of a tiled TE: the block's threads over the tile's points (a strided
// loop when there are more points than threads), loops over the reduction dimensions, the TE's
// body cloned with inputs loaded through their affine maps, partial edge tiles guarded.
import { FloatAttr, FloatType, IntegerAttr, IRMapping, MemRefType, type Attribute, type Operation, type Type, type Value } from '../../../lib/ir/index.js';
import type { AffineMap } from '../../../lib/affine/index.js';
import {
  computeBody, computeBounds, computeCombiners, computeInits, computeIterators, indexingMaps, type Combiner,
} from '../../tensor/index.js';
import { gridOf } from '../../block/tiling.js';
import type { Emitter } from './lower-emit.js';
import { planStaging, emitStagedTile, type StagingPlan } from './lower-staging.js';
import { emitMmaTile, planMma } from './lower-mma.js';

/** What a kernel offers the code of a tile: the thread id, the block size and on-chip buffers. */
export interface KernelScope {
  readonly tid: Value;
  /** Threads per block. */
  readonly threads: number;
  /** A workgroup (shared) buffer of `type`; `slot` names the buffers one tile asks for, so tiles that never run together share them. */
  workgroup(type: MemRefType, slot: string): Value;
  /** A private (per-thread) buffer of `type`, shared in the same way. */
  private(type: MemRefType, slot: string): Value;
  /** Emits a block-wide barrier. */
  barrier(): void;
}

/** Reads an input element at a domain point (a fused producer's result, on chip). */
export type InputReader = (dims: readonly Value[]) => Value;

/** A TE to compute one tile of, with the kernel-side memrefs of its inputs and outputs. */
export interface TileCode {
  readonly te: Operation;
  readonly tile: readonly number[];
  /** The memref of each input read from global memory (undefined for one read on chip). */
  readonly inputs: readonly (Value | undefined)[];
  readonly outputs: readonly Value[];
  /** Whether to stage footprints in workgroup memory where threads share them. */
  readonly staging: boolean;
  /** Readers of the inputs computed on chip by fused producers, by input position. */
  readonly onChip?: ReadonlyMap<number, InputReader>;
}

/** Reads input `i` of `code` at `dims`: on chip where a fused producer holds it, else from its memref through its map. */
export function readInput(e: Emitter, code: TileCode, s: TileShape, i: number, dims: readonly Value[]): Value {
  const chip = code.onChip?.get(i);
  return chip ? chip(dims) : e.load(code.inputs[i]!, mapIndices(e, s.maps[i], dims));
}

/** The static facts of a tiled TE the emitters use. */
export interface TileShape {
  readonly bounds: readonly number[];
  readonly tile: readonly number[];
  readonly grid: readonly number[];
  readonly parallel: readonly number[];
  readonly reduction: readonly number[];
  /** Tile sizes of the parallel dimensions, in order, and their product. */
  readonly pointShape: readonly number[];
  readonly points: number;
  readonly maps: readonly AffineMap[];
  readonly combiners: readonly Combiner[];
}

/** The static facts of `code`'s tiling. */
export function tileShape(te: Operation, tile: readonly number[]): TileShape {
  const bounds = computeBounds(te);
  const iterators = computeIterators(te);
  const parallel = bounds.flatMap((_, d) => (iterators[d] === 'parallel' ? [d] : []));
  const reduction = bounds.flatMap((_, d) => (iterators[d] === 'reduction' ? [d] : []));
  const pointShape = parallel.map((d) => tile[d]);
  return {
    bounds, tile, grid: gridOf(bounds, tile), parallel, reduction, pointShape,
    points: pointShape.reduce((a, b) => a * b, 1), maps: indexingMaps(te), combiners: computeCombiners(te),
  };
}

/** The origin (first domain point) of tile number `t` along each parallel dimension. */
export function tileOrigin(e: Emitter, s: TileShape, t: Value): Value[] {
  const pos = e.delinearize(t, s.grid);
  return s.bounds.map((_, d) => e.mul(pos[d], e.int(s.tile[d])));
}

/**
 * Point `p` of the tile at `origin`: the domain index of each parallel dimension (reduction
 * dimensions left undefined), its offset in the tile (per parallel dimension) and the condition that it lies in the domain (undefined when
 * every tile is full).
 */
export function tilePoint(e: Emitter, s: TileShape, origin: readonly Value[], p: Value): { dims: Value[]; local: Value[]; inside: Value | undefined } {
  const local = e.delinearize(p, s.pointShape);
  const dims = new Array<Value>(s.bounds.length);
  let inside: Value | undefined;
  s.parallel.forEach((d, k) => {
    dims[d] = e.add(origin[d], local[k]);
    if (s.bounds[d] % s.tile[d] === 0) return;
    const ok = e.lt(dims[d], e.int(s.bounds[d]));
    inside = inside ? e.and(inside, ok) : ok;
  });
  return { dims, local, inside };
}

/** Indices of `map` at the domain point `dims`. */
export function mapIndices(e: Emitter, map: AffineMap, dims: readonly Value[]): Value[] {
  return map.results.map((r) => e.affine(r, dims));
}

/** Clones the TE's body at the insertion point with `args` for its arguments and `dims` for tensor.index; returns the yielded values. */
export function cloneBody(e: Emitter, te: Operation, args: readonly Value[], dims: readonly Value[]): Value[] {
  const body = computeBody(te);
  const mapping = new IRMapping();
  body.arguments.forEach((a, i) => mapping.map(a, args[i]));
  const cloned: Operation[] = [];
  for (const op of body.operations) {
    if (op.name.name === 'tensor.yield') break;
    cloned.push(e.put(op.clone(mapping)));
  }
  // tensor.index (at any depth) is the current domain index.
  for (const op of cloned) {
    op.walk((inner) => {
      if (inner.name.name !== 'tensor.index') return;
      const d = Number((inner.getAttr('dim') as IntegerAttr).value);
      inner.result(0).replaceAllUsesWith(dims[d]);
      inner.erase();
    });
  }
  return body.last!.operands.map((v) => mapping.lookup(v));
}

/** The initial value of each output's accumulator (for `none`, a placeholder the first value overwrites). */
export function initialValues(e: Emitter, te: Operation, elementTypes: readonly Type[]): Value[] {
  return computeInits(te).map((a, o) => {
    const type = elementTypes[o];
    if (!a) return e.constantAttr(zeroOf(type), type, 'zero');
    return e.constantAttr(a, type, `${a}`);
  });
}

function zeroOf(type: Type): Attribute {
  return type instanceof FloatType ? FloatAttr.get(type, 0) : IntegerAttr.get(type, 0n);
}

/**
 * The accumulation of one output point over the reduction: loops over the reduction dims
 * (row-major, as the tensor interpreter accumulates), the inputs read by `read`, the body
 * cloned, each output combined. `ranges` gives each reduction dim's [lo, hi) (whole by default).
 */
export function accumulate(
  e: Emitter, code: TileCode, s: TileShape, dims: Value[], accs: readonly Value[],
  read: (input: number, dims: readonly Value[]) => Value, ranges?: ReadonlyMap<number, readonly [Value, Value]>,
): Value[] {
  const step = (k: number, carried: readonly Value[]): Value[] => {
    if (k === s.reduction.length) {
      const args = code.inputs.map((_, i) => read(i, dims));
      const values = cloneBody(e, code.te, args, dims);
      return values.map((v, o) => e.combine(s.combiners[o], carried[o], v));
    }
    const d = s.reduction[k];
    const [lo, hi] = ranges?.get(d) ?? [e.int(0), e.int(s.bounds[d])];
    return e.loop(lo, hi, e.int(1), carried, (iv, iters) => {
      dims[d] = iv;
      return step(k + 1, iters);
    });
  };
  return step(0, accs);
}

/** The output indices of a point (output maps use only parallel dims). */
function outputIndices(e: Emitter, s: TileShape, code: TileCode, o: number, dims: readonly Value[]): Value[] {
  return mapIndices(e, s.maps[code.inputs.length + o], dims);
}

/** Emits the code computing tile number `t` of `code`'s TE, every thread of the block taking part. */
export function emitTile(e: Emitter, scope: KernelScope, code: TileCode, t: Value): void {
  const s = tileShape(code.te, code.tile);
  const partial = s.parallel.some((d) => s.bounds[d] % s.tile[d] !== 0);
  const mma = code.staging ? planMma(code, s, scope, code.outputs.map((m) => [m.type as MemRefType]), partial) : undefined;
  if (mma) return emitMmaTile(e, scope, code, s, t, mma);
  const plan: StagingPlan | undefined = code.staging ? planStaging(code, s, scope) : undefined;
  if (plan) return emitStagedTile(e, scope, code, s, t, plan);
  const origin = tileOrigin(e, s, t);
  const types = code.outputs.map((m) => (m.type as MemRefType).elementType);
  const body = (p: Value) => {
    const { dims, inside } = tilePoint(e, s, origin, p);
    const compute = () => {
      const read = (i: number, at: readonly Value[]) => readInput(e, code, s, i, at);
      const results = accumulate(e, code, s, dims, initialValues(e, code.te, types), read);
      results.forEach((v, o) => e.store(v, code.outputs[o], outputIndices(e, s, code, o, dims)));
    };
    if (inside) e.when(inside, compute);
    else compute();
  };
  if (s.points <= scope.threads) {
    if (s.points === scope.threads) body(scope.tid);
    else e.when(e.lt(scope.tid, e.int(s.points)), () => body(scope.tid));
    return;
  }
  e.loop(scope.tid, e.int(s.points), e.int(scope.threads), [], (p) => {
    body(p);
    return [];
  });
}
