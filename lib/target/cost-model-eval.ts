// The integer values the kernel cost counter knows while walking a kernel for one block:
// constants, ids and sizes, and values linear in the thread index (`a * tid + b`), with the
// fraction of a block's threads for which a comparison of such values holds.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { IntegerAttr } from '../ir/attributes.js';
import type { LaunchShape } from './cost-model-kernel.js';

/** A value the counter knows: a number, or a linear function of the thread index `a * tid + b`. */
export type Known = number | { readonly tid: number; readonly c: number };

/** What evaluation needs from the counter: the block, the launch, and the values known so far. */
export interface KnownValues {
  readonly bid: readonly [number, number, number];
  readonly shape: LaunchShape;
  readonly threads: number;
  known(v: Value): Known | undefined;
}

function intValue(op: Operation): number | undefined {
  const a = op.getProp('value') ?? op.getAttr('value');
  return a instanceof IntegerAttr ? Number(a.value) : undefined;
}

/** The dimension (x 0, y 1, z 2) of a gpu id op, read structurally from its `#gpu<dim ...>` property. */
function dimIndex(op: Operation): number {
  const d = op.getProp('dimension') ?? op.getAttr('dimension');
  const value = d && 'value' in d ? (d as { value: unknown }).value : 'x';
  return value === 'z' ? 2 : value === 'y' ? 1 : 0;
}

export function lin(k: Known): { tid: number; c: number } {
  return typeof k === 'number' ? { tid: 0, c: k } : k;
}

export function mk(tid: number, c: number): Known {
  return tid === 0 ? c : { tid, c };
}

/** Threads t in [0, threads) with `a * t + c < 0` (closed form: these counts run for every guard of every tile). */
export function countBelowZero(a: number, c: number, threads: number): number {
  if (a === 0) return c < 0 ? threads : 0;
  // a * t < -c: t < -c / a for a > 0, t > -c / a for a < 0.
  const bound = -c / a;
  if (a > 0) return Math.min(threads, Math.max(0, Math.ceil(bound)));
  return Math.min(threads, Math.max(0, threads - (Math.floor(bound) + 1)));
}

/** The fraction of a block's threads (x index 0..threads-1) for which `a * t + c` compares with 0 as `p` says. */
function fractionOf(k: { tid: number; c: number }, threads: number, p: string): number {
  const { tid: a, c } = k;
  const lt = (a2: number, c2: number) => countBelowZero(a2, c2, threads);
  let n: number;
  switch (p) {
    case 'slt': case 'ult': n = lt(a, c); break;
    case 'sle': case 'ule': n = lt(a, c - 1); break;
    case 'sgt': case 'ugt': n = lt(-a, -c); break;
    case 'sge': case 'uge': n = lt(-a, -c + 1); break;
    case 'eq': n = threads - lt(a, c) - lt(-a, -c); break;
    default: n = lt(a, c) + lt(-a, -c);
  }
  return n / threads;
}

const CMP: Record<string, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b, ne: (a, b) => a !== b, slt: (a, b) => a < b, sle: (a, b) => a <= b, sgt: (a, b) => a > b, sge: (a, b) => a >= b,
  ult: (a, b) => a < b, ule: (a, b) => a <= b, ugt: (a, b) => a > b, uge: (a, b) => a >= b,
};

function predicateOf(op: Operation): string | undefined {
  const p = op.getProp('predicate') ?? op.getAttr('predicate');
  if (p instanceof IntegerAttr) return ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge'][Number(p.value)];
  return p === undefined ? undefined : String(p).replace(/[^a-z]/g, '');
}

/** Evaluates an integer op on known operands (numbers, or linear in the thread index where that stays linear). */
export function evaluate(op: Operation, c: KnownValues): Known | undefined {
  const n = op.name.name;
  switch (n) {
    case 'arith.constant':
      return intValue(op);
    case 'gpu.block_id':
      return c.bid[dimIndex(op)];
    case 'gpu.thread_id':
      return dimIndex(op) === 0 ? { tid: 1, c: 0 } : 0;
    case 'gpu.block_dim':
      return c.shape.block[dimIndex(op)];
    case 'gpu.grid_dim':
      return c.shape.grid[dimIndex(op)];
    case 'arith.index_cast':
    case 'arith.index_castui':
    case 'arith.extsi':
    case 'arith.extui':
    case 'arith.trunci':
      return c.known(op.operand(0));
  }
  if (op.numOperands !== 2) return undefined;
  const a = c.known(op.operand(0));
  const b = c.known(op.operand(1));
  if (a === undefined || b === undefined) return undefined;
  const [la, lb] = [lin(a), lin(b)];
  const both = typeof a === 'number' && typeof b === 'number';
  switch (n) {
    case 'arith.addi':
      return mk(la.tid + lb.tid, la.c + lb.c);
    case 'arith.subi':
      return mk(la.tid - lb.tid, la.c - lb.c);
    case 'arith.muli':
      if (typeof b === 'number') return mk(la.tid * b, la.c * b);
      if (typeof a === 'number') return mk(lb.tid * a, lb.c * a);
      return undefined;
  }
  if (!both) return undefined;
  const x = a as number;
  const y = b as number;
  switch (n) {
    case 'arith.divui':
    case 'arith.divsi':
      return y === 0 ? undefined : Math.trunc(x / y);
    case 'arith.floordivsi':
      return y === 0 ? undefined : Math.floor(x / y);
    case 'arith.ceildivsi':
    case 'arith.ceildivui':
      return y === 0 ? undefined : Math.ceil(x / y);
    case 'arith.remui':
    case 'arith.remsi':
      return y === 0 ? undefined : x % y;
    case 'arith.minsi':
    case 'arith.minui':
      return Math.min(x, y);
    case 'arith.maxsi':
    case 'arith.maxui':
      return Math.max(x, y);
    case 'arith.andi':
      return x & y;
    case 'arith.ori':
      return x | y;
    case 'arith.xori':
      return x ^ y;
    case 'arith.cmpi': {
      const p = predicateOf(op);
      return p && CMP[p] ? (CMP[p](x, y) ? 1 : 0) : undefined;
    }
  }
  return undefined;
}

/** The fraction of threads for which an i1 value holds: exact for a comparison of a thread-linear value with a number. */
export function truthFraction(v: Value, c: KnownValues): number | undefined {
  const k = c.known(v);
  if (typeof k === 'number') return k ? 1 : 0;
  const def = v.definingOp;
  if (!def) return undefined;
  if (def.name.name === 'arith.cmpi') {
    const a = c.known(def.operand(0));
    const b = c.known(def.operand(1));
    const p = predicateOf(def);
    if (a === undefined || b === undefined || !p || !CMP[p]) return undefined;
    const la = lin(a);
    const lb = lin(b);
    const diff = { tid: la.tid - lb.tid, c: la.c - lb.c };
    return fractionOf(diff, c.threads, p);
  }
  if (def.name.name === 'arith.andi') {
    const fa = truthFraction(def.operand(0), c);
    const fb = truthFraction(def.operand(1), c);
    if (fa === 1) return fb;
    if (fb === 1) return fa;
  }
  return undefined;
}
