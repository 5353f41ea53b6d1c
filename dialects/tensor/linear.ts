// Affine expressions as linear forms `constant + sum(coefs[d] * d)` where they are such: what
// the interpreter's incremental offsets and the verifier's write-once check are built on.
import { constValue, type AffineExpr } from '../../lib/affine/index.js';

/** A linear form over `coefs.length` dims. */
export interface LinearForm {
  readonly constant: number;
  readonly coefs: readonly number[];
}

/** `e` as a linear form over `numDims` dims, or undefined when it divides or takes a modulus of dims. */
export function linearize(e: AffineExpr, numDims: number): LinearForm | undefined {
  const c = constValue(e);
  if (c !== undefined) return { constant: Number(c), coefs: new Array<number>(numDims).fill(0) };
  if (e.kind === 'dim') {
    const coefs = new Array<number>(numDims).fill(0);
    coefs[e.position] = 1;
    return { constant: 0, coefs };
  }
  if (e.kind === 'symbol') return undefined;
  if (e.kind === 'add') {
    const l = linearize(e.lhs, numDims);
    const r = l && linearize(e.rhs, numDims);
    return r && { constant: l!.constant + r.constant, coefs: l!.coefs.map((x, d) => x + r.coefs[d]) };
  }
  if (e.kind === 'mul') {
    const onRight = constValue(e.rhs) !== undefined;
    const k = onRight ? constValue(e.rhs) : constValue(e.lhs);
    const l = linearize(onRight ? e.lhs : e.rhs, numDims);
    if (k === undefined || !l) return undefined;
    return { constant: l.constant * Number(k), coefs: l.coefs.map((x) => x * Number(k)) };
  }
  return undefined;
}

/**
 * Whether the linear form maps the box `0 <= d < bounds[d]` one-to-one onto `[0, size)`:
 * after reflecting dims with negative coefficients, the constant is 0 and the coefficients of
 * the dims with more than one value are the mixed-radix strides of their bounds.
 */
export function isLinearBijection(form: LinearForm, bounds: readonly number[], size: number): boolean {
  let constant = form.constant;
  const dims: [number, number][] = [];
  for (let d = 0; d < bounds.length; d++) {
    if (bounds[d] === 1) continue;
    let c = form.coefs[d];
    if (c < 0) {
      constant += c * (bounds[d] - 1);
      c = -c;
    }
    dims.push([c, bounds[d]]);
  }
  if (constant !== 0) return false;
  dims.sort((a, b) => a[0] - b[0]);
  let stride = 1;
  for (const [c, b] of dims) {
    if (c !== stride) return false;
    stride *= b;
  }
  return stride === size;
}
