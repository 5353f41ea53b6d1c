// Souffle's classification of tensor expressions by their indexing maps, and its operator-pair
// table giving the combined kind of a producer→consumer edge.
import type { AffineMap } from '../../../lib/affine/index.js';

/** The five kinds of Souffle's global analysis. */
export type TeKind = 'one-to-one' | 'one-to-many' | 'many-to-many' | 'reorganize' | 'shuffle';

/** Every kind, in the order of the table's rows and columns. */
export const TE_KINDS: readonly TeKind[] = Object.freeze(['one-to-one', 'one-to-many', 'many-to-many', 'reorganize', 'shuffle']);

/** Iterator kind of one dimension of a TE's domain. */
export type IteratorKind = 'parallel' | 'reduction';

// The table of the Souffle seed: row = first (producer) kind, column = second (consumer) kind;
// undefined is the table's ×, a pair that does not fuse into one expression.
const O2O = 'one-to-one';
const O2M = 'one-to-many';
const M2M = 'many-to-many';
const REO = 'reorganize';
const SHU = 'shuffle';
const TABLE: Readonly<Record<TeKind, readonly (TeKind | undefined)[]>> = Object.freeze({
  'one-to-one': [O2O, O2M, M2M, REO, SHU],
  'one-to-many': [O2M, O2M, undefined, O2M, O2M],
  'many-to-many': [M2M, M2M, undefined, M2M, M2M],
  reorganize: [REO, O2M, M2M, REO, REO],
  shuffle: [SHU, O2M, M2M, REO, SHU],
});

/**
 * The combined kind of a producer of kind `first` followed by a consumer of kind `second`,
 * as in Souffle's operator-pair table; undefined for the pairs the table marks × (one-to-many
 * or many-to-many followed by many-to-many).
 */
export function combineKinds(first: TeKind, second: TeKind): TeKind | undefined {
  return TABLE[first][TE_KINDS.indexOf(second)];
}

/** The dims a map reads, by position. */
export function usedDims(map: AffineMap): Set<number> {
  const unused = new Set(map.unusedDims());
  const used = new Set<number>();
  for (let d = 0; d < map.numDims; d++) if (!unused.has(d)) used.add(d);
  return used;
}

/**
 * How a TE reads one input, relative to its (first) output: `many-to-many` when the input is
 * read along a reduction dim, `one-to-many` when some parallel dim does not index it (a
 * broadcast), `one-to-one` when it is indexed exactly as the output, `shuffle` when its
 * indices are the output's dims in another order, `reorganize` for any other injective access
 * (reshape, slice, stride).
 */
export function accessKind(input: AffineMap, output: AffineMap, iterators: readonly IteratorKind[]): TeKind {
  const used = usedDims(input);
  if ([...used].some((d) => iterators[d] === 'reduction')) return 'many-to-many';
  if (iterators.some((it, d) => it === 'parallel' && !used.has(d))) return 'one-to-many';
  if (input.results.length === output.results.length && input.results.every((r, i) => r === output.results[i])) return 'one-to-one';
  const outDims = new Set(output.results);
  const isPermutation =
    input.results.length === output.results.length &&
    input.results.every((r) => r.kind === 'dim' && outDims.has(r)) &&
    new Set(input.results).size === input.results.length;
  return isPermutation ? 'shuffle' : 'reorganize';
}

/**
 * The kind of a whole TE: `many-to-many` when it reduces; `one-to-many` when it has no input
 * or broadcasts every input (Expand); otherwise the least regular of its non-broadcast reads
 * (reorganize, then shuffle, then one-to-one), so that `add(x, bias)` stays one-to-one while a
 * copy through a transposed map is a shuffle.
 */
export function teKind(inputs: readonly AffineMap[], output: AffineMap, iterators: readonly IteratorKind[]): TeKind {
  if (iterators.includes('reduction')) return 'many-to-many';
  const kinds = inputs.map((m) => accessKind(m, output, iterators)).filter((k) => k !== 'one-to-many');
  if (kinds.length === 0) return 'one-to-many';
  if (kinds.includes('reorganize')) return 'reorganize';
  if (kinds.includes('shuffle')) return 'shuffle';
  return 'one-to-one';
}

/**
 * True when a consumer can compute any part of its output from the same part of the producer's
 * output, with no global synchronisation: it reads the producer one-to-one, or broadcasts it
 * along dims that keep the output's order (a row statistic read back along the row). A read
 * along a reduction dim, through a permutation or through a reshaping map needs data that other
 * parts of the producer computed.
 */
export function isLocalAccess(input: AffineMap, output: AffineMap, iterators: readonly IteratorKind[]): boolean {
  const kind = accessKind(input, output, iterators);
  if (kind === 'one-to-one') return true;
  if (kind !== 'one-to-many') return false;
  // Each index must be a plain output dim, appearing in the same relative order as in the output.
  let last = -1;
  for (const r of input.results) {
    const at = output.results.indexOf(r);
    if (r.kind !== 'dim' || at <= last) return false;
    last = at;
  }
  return true;
}
