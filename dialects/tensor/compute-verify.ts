// The verifier of `tensor.compute`: the domain, the maps against the domain and the tensors,
// reduction dims against combiners, in-bounds input accesses, and the body's types.
import {
  add, constant, exprBounds, isFunctionOfDim, mul, printAffineExpr, simplifyAffineExpr, type AffineExpr, type AffineMap, type Interval,
} from '../../lib/affine/index.js';
import { isMemoryEffectFree } from '../../lib/dialect/index.js';
import { RankedTensorType, type Operation } from '../../lib/ir/index.js';
import { dimName, printAccess } from './access-syntax.js';
import { isLinearBijection, linearize } from './linear.js';
import {
  computeBounds, computeCombiners, computeIterators, elementTypeOf, explicitInits, indexingMaps, yieldedValues,
} from './compute.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** Domains with at most this many parallel points are enumerated to check non-permutation output maps. */
const ENUMERATION_LIMIT = 1 << 16;

/** Checks everything that does not need the body: domain, maps, combiners, initial values. */
export function verifyCompute(op: Operation): boolean {
  const bounds = computeBounds(op);
  const iterators = computeIterators(op);
  const maps = indexingMaps(op);
  const combiners = computeCombiners(op);
  const rank = bounds.length;
  const bad = bounds.findIndex((b) => b <= 0);
  if (bad >= 0) return fail(op, `domain dimension ${dimName(bad)} must have a positive bound, but got ${bounds[bad]}`);
  if (iterators.length !== rank) return fail(op, `expected ${rank} iterator kinds (one per domain dimension), but got ${iterators.length}`);
  if (!op.numResults) return fail(op, 'expected at least one output');
  const nIn = op.numOperands;
  const nOut = op.numResults;
  if (maps.length !== nIn + nOut) {
    return fail(op, `expected ${nIn + nOut} indexing maps (${nIn} inputs + ${nOut} outputs), but got ${maps.length}`);
  }
  if (combiners.length !== nOut) return fail(op, `expected ${nOut} combiners (one per output), but got ${combiners.length}`);
  for (let i = 0; i < maps.length; i++) {
    const what = i < nIn ? `input #${i}` : `output #${i - nIn}`;
    const type = i < nIn ? op.operand(i).type : op.result(i - nIn).type;
    const map = maps[i];
    if (map.numDims !== rank) return fail(op, `indexing map of ${what} has ${map.numDims} dims, but the domain has rank ${rank}`);
    if (map.numSymbols) return fail(op, `indexing map of ${what} must not have symbols`);
    const tensorRank = (type as RankedTensorType).rank;
    if (map.numResults !== tensorRank) {
      return fail(op, `indexing map of ${what} has ${map.numResults} results, but ${type} has rank ${tensorRank}`);
    }
  }
  const domain: Interval[] = bounds.map((b) => ({ lo: 0, hi: b - 1 }));
  for (let i = 0; i < nIn; i++) {
    if (!verifyInBounds(op, `input #${i}`, maps[i], op.operand(i).type as RankedTensorType, domain)) return false;
  }
  const reductions = iterators.flatMap((k, d) => (k === 'reduction' ? [d] : []));
  const inits = explicitInits(op);
  for (let o = 0; o < nOut; o++) {
    const map = maps[nIn + o];
    const type = op.result(o).type as RankedTensorType;
    const used = reductions.find((d) => map.results.some((e) => isFunctionOfDim(e, d)));
    if (used !== undefined) {
      return fail(op, `output #${o} is indexed ${printAccess(map.results)} by reduction dimension ${dimName(used)}; outputs may only use parallel dimensions`);
    }
    if (reductions.length && combiners[o] === 'none') {
      return fail(op, `output #${o} needs a combiner (add, mul, max or min): the domain reduces over ${reductions.map(dimName).join(', ')}`);
    }
    const init = inits[o];
    if (init && combiners[o] === 'none') return fail(op, `output #${o} has an initial value but no combiner`);
    const initType = init && 'type' in init ? (init as { type: unknown }).type : undefined;
    if (init && initType !== type.elementType) {
      return fail(op, `initial value of output #${o} must be a ${type.elementType} attribute, but got ${init}`);
    }
    if (!verifyOutputCover(op, o, map, type, bounds, iterators)) return false;
  }
  return true;
}

/** Every access of an input stays inside its shape for the whole domain (interval bounds of each index). */
function verifyInBounds(op: Operation, what: string, map: AffineMap, type: RankedTensorType, domain: readonly Interval[]): boolean {
  for (let r = 0; r < map.numResults; r++) {
    const { lo, hi } = exprBounds(map.results[r], domain);
    const size = type.shape[r];
    if (lo < 0 || hi > size - 1) {
      return fail(op, `${what} is read out of bounds: index ${r} of ${printAccess(map.results)} ranges over [${lo}, ${hi}], but ${type} has size ${size} there`);
    }
  }
  return true;
}

/**
 * Each output element is written by exactly one point of the parallel domain. A permutation
 * of the parallel dims is checked against the shape directly. Any other map (a reshape
 * written `[i floordiv 4, i mod 4]`) must keep every index in range, and its row-major flat
 * index, simplified, must be a linear bijection of the parallel box; a flat index that does
 * not simplify to a linear form is checked by enumeration on domains of at most 2^16 points.
 */
function verifyOutputCover(
  op: Operation, o: number, map: AffineMap, type: RankedTensorType, bounds: readonly number[], iterators: readonly string[],
): boolean {
  const parallel = iterators.flatMap((k, d) => (k === 'parallel' ? [d] : []));
  const access = printAccess(map.results);
  const missing = parallel.find((d) => !map.results.some((e) => isFunctionOfDim(e, d)));
  if (missing !== undefined) {
    return fail(op, `output #${o} is indexed ${access}, which does not use parallel dimension ${dimName(missing)}; make it a reduction dimension`);
  }
  const dims = map.results.map((e) => (e.kind === 'dim' ? e.position : -1));
  if (dims.every((d) => d >= 0) && new Set(dims).size === dims.length) {
    const r = dims.findIndex((d, r) => bounds[d] !== type.shape[r]);
    if (r < 0) return true;
    return fail(op, `output #${o} is indexed ${access}, so its dimension ${r} must have size ${bounds[dims[r]]} (the bound of ${dimName(dims[r])}), but ${type} has ${type.shape[r]}`);
  }
  const domain: Interval[] = bounds.map((b) => ({ lo: 0, hi: b - 1 }));
  for (let r = 0; r < map.numResults; r++) {
    const { lo, hi } = exprBounds(map.results[r], domain);
    if (lo < 0 || hi > type.shape[r] - 1) {
      return fail(op, `output #${o} is written out of bounds: index ${r} of ${access} ranges over [${lo}, ${hi}], but ${type} has size ${type.shape[r]} there`);
    }
  }
  const points = parallel.reduce((n, d) => n * bounds[d], 1);
  const size = type.shape.reduce((n, s) => n * s, 1);
  if (points !== size) {
    return fail(op, `output #${o} has ${size} elements, but the parallel domain has ${points} points; each element must be written once`);
  }
  const strides = type.shape.map((_, r) => type.shape.slice(r + 1).reduce((n, s) => n * s, 1));
  const flat = simplifyAffineExpr(map.results.reduce<AffineExpr>((acc, e, r) => add(acc, mul(e, strides[r])), constant(0)), map.numDims, 0);
  const form = linearize(flat, map.numDims);
  if (form) {
    // Reduction dims do not index outputs: they count as a single value here.
    if (isLinearBijection(form, bounds.map((b, d) => (iterators[d] === 'parallel' ? b : 1)), size)) return true;
    return fail(op, `output #${o} is not written exactly once: its flat index ${printAffineExpr(flat, (d) => dimName(d))} is not a one-to-one map of the domain onto its ${size} elements`);
  }
  if (points > ENUMERATION_LIMIT) return true;
  return enumerateCover(op, o, map, type, bounds, parallel);
}

function enumerateCover(op: Operation, o: number, map: AffineMap, type: RankedTensorType, bounds: readonly number[], parallel: readonly number[]): boolean {
  const seen = new Uint8Array(type.shape.reduce((n, s) => n * s, 1));
  const point = bounds.map(() => 0);
  for (let n = 0; n < seen.length; n++) {
    let rest = n;
    for (let k = parallel.length - 1; k >= 0; k--) {
      point[parallel[k]] = rest % bounds[parallel[k]];
      rest = Math.floor(rest / bounds[parallel[k]]);
    }
    const idx = map.evaluate(point) as number[];
    const flat = idx.reduce((f, v, r) => f * type.shape[r] + v, 0);
    if (seen[flat]) return fail(op, `output #${o} is written twice by ${printAccess(map.results)}, at (${idx.join(', ')})`);
    seen[flat] = 1;
  }
  return true;
}

/** Checks the body: one argument per input of its element type, a yield of one value per output of its element type. */
export function verifyComputeBody(op: Operation): boolean {
  const block = op.regions[0].entry;
  if (!block) return fail(op, 'expected a body block');
  const args = block.arguments;
  if (args.length !== op.numOperands) {
    return fail(op, `expected the body to have ${op.numOperands} arguments (one per input), but it has ${args.length}`);
  }
  for (let i = 0; i < args.length; i++) {
    const want = elementTypeOf(op.operand(i).type);
    if (args[i].type !== want) return fail(op, `body argument #${i} has type ${args[i].type}, but input #${i} has element type ${want}`);
  }
  const last = block.last;
  if (last?.name.name !== 'tensor.yield') return fail(op, "expected the body to end in 'tensor.yield'");
  for (let inner = block.first; inner && inner !== last; inner = inner.next) {
    if (isMemoryEffectFree(inner)) continue;
    op.emitOpError(`body op '${inner.name.name}' may have memory effects; a body computes a scalar from scalars`).attachNote('op here', inner.location);
    return false;
  }
  const yielded = yieldedValues(op);
  if (yielded.length !== op.numResults) {
    return fail(op, `expected the body to yield ${op.numResults} values (one per output), but it yields ${yielded.length}`);
  }
  for (let o = 0; o < yielded.length; o++) {
    const want = elementTypeOf(op.result(o).type);
    if (yielded[o].type !== want) return fail(op, `yielded value #${o} has type ${yielded[o].type}, but output #${o} has element type ${want}`);
  }
  return true;
}
