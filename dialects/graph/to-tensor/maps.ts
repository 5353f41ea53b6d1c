// Affine indexing maps of the lowering: numpy broadcasting, reductions, permutations, strided
// slices, reshapes by linearised index, and convolution windows.
import { AffineMap, add, constant, dim, floorDiv, mod, mul, type AffineExpr } from '../../../lib/affine/index.js';

/**
 * The map reading an operand broadcast (numpy rules: right-aligned, size-1 dims stretched) to
 * the `outDims` of a domain of `numDims` dims: operand dim j of size 1 facing a larger output
 * dim reads index 0, otherwise the domain dim of its output dim.
 */
export function broadcastMap(numDims: number, operand: readonly number[], out: readonly number[], outDims: readonly number[] = out.map((_, i) => i)): AffineMap {
  const skip = out.length - operand.length;
  return AffineMap.get(
    numDims,
    0,
    operand.map((size, j) => (size === 1 && out[skip + j] !== 1 ? constant(0) : dim(outDims[skip + j]))),
  );
}

/** The map of a reduction's output over the input's domain: reduced axes dropped, or 0 when kept. */
export function reducedMap(rank: number, axes: ReadonlySet<number>, keepDims: boolean): AffineMap {
  const results: AffineExpr[] = [];
  for (let i = 0; i < rank; i++) {
    if (!axes.has(i)) results.push(dim(i));
    else if (keepDims) results.push(constant(0));
  }
  return AffineMap.get(rank, 0, results);
}

/** The dims of a rank-`rank` domain that survive a reduction over `axes` (for broadcasting back). */
export function keptDims(rank: number, axes: ReadonlySet<number>): number[] {
  return Array.from({ length: rank }, (_, i) => i).filter((i) => !axes.has(i));
}

/** The input map of a transpose over the output's domain: output dim i is input dim perm[i]. */
export function transposeMap(perm: readonly number[]): AffineMap {
  const results: AffineExpr[] = new Array(perm.length);
  perm.forEach((p, i) => (results[p] = dim(i)));
  return AffineMap.get(perm.length, 0, results);
}

/** `d_j * step_j + start_j` per dim: a strided window of the input over the output's domain. */
export function stridedMap(starts: readonly number[], steps: readonly number[], numDims = starts.length): AffineMap {
  return AffineMap.get(numDims, 0, starts.map((s, j) => add(mul(dim(j), steps[j]), s)));
}

/**
 * The input map of a reshape over the output's domain. Dims of size 1 are set aside; the
 * others are cut into the smallest groups of consecutive input and output dims with equal
 * element counts (MLIR's reassociation: a split, a merge, or a general regroup).
 * Within a group the output point's row-major linear index is split into input coordinates by
 * floordiv and mod, so a split reads `i * 8 + j` and a merge `i floordiv 8, i mod 8`, with no
 * term the domain bounds make redundant.
 */
export function reshapeMap(input: readonly number[], output: readonly number[]): AffineMap {
  // Unit input dims read the unit output dims in order (a map that uses every domain dim reads
  // as a plain copy to the analyses), and 0 once those run out.
  const unitOuts = output.flatMap((s, i) => (s === 1 ? [i] : []));
  let u = 0;
  const results: AffineExpr[] = input.map((s) => (s === 1 && u < unitOuts.length ? dim(unitOuts[u++]) : constant(0)));
  const ins = input.flatMap((s, i) => (s === 1 ? [] : [i]));
  const outs = output.flatMap((s, i) => (s === 1 ? [] : [i]));
  let a = 0;
  let b = 0;
  while (a < ins.length && b < outs.length) {
    const groupIn = [ins[a++]];
    const groupOut = [outs[b++]];
    let pin = input[groupIn[0]];
    let pout = output[groupOut[0]];
    while (pin !== pout) {
      if (pin < pout) pin *= input[(groupIn.push(ins[a++]), groupIn[groupIn.length - 1])];
      else pout *= output[(groupOut.push(outs[b++]), groupOut[groupOut.length - 1])];
    }
    let linear: AffineExpr = constant(0);
    let stride = 1;
    for (let k = groupOut.length - 1; k >= 0; k--) {
      linear = add(mul(dim(groupOut[k]), stride), linear);
      stride *= output[groupOut[k]];
    }
    stride = 1;
    for (let k = groupIn.length - 1; k >= 0; k--) {
      const size = input[groupIn[k]];
      const q = floorDiv(linear, stride);
      results[groupIn[k]] = k === 0 ? q : mod(q, size);
      stride *= size;
    }
  }
  return AffineMap.get(output.length, 0, results);
}

/**
 * The map reading a (padded) NCHW image through a window: over a domain whose dims
 * `n, c, oh, ow, kh, kw` are given, it reads `[n, c, oh * sh + kh * dh, ow * sw + kw * dw]`.
 */
export function windowMap(
  numDims: number,
  d: { n: AffineExpr; c: AffineExpr; oh: number; ow: number; kh: number; kw: number },
  strides: readonly [number, number],
  dilations: readonly [number, number],
): AffineMap {
  return AffineMap.get(numDims, 0, [
    d.n,
    d.c,
    add(mul(dim(d.oh), strides[0]), mul(dim(d.kh), dilations[0])),
    add(mul(dim(d.ow), strides[1]), mul(dim(d.kw), dilations[1])),
  ]);
}

/**
 * `(d - offset) mod size` per dim: a read, in bounds everywhere, of a tensor of `sizes` placed at
 * `offsets` in a larger `domain`; the body selects another value outside the placed box.
 */
export function wrappedMap(offsets: readonly number[], sizes: readonly number[], domain: readonly number[]): AffineMap {
  return AffineMap.get(
    offsets.length,
    0,
    offsets.map((o, j) => (o === 0 && domain[j] === sizes[j] ? dim(j) : mod(add(dim(j), -o), sizes[j]))),
  );
}
