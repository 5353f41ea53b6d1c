// Where each named operand (or result) of a definition sits in the op's flat list: fixed
// indices when at most one is variable-length, else the `operandSegmentSizes` property.
import { DenseArrayAttr, type Operation } from '../ir/index.js';
import type { ValueDef } from './spec.js';

/** How many values a def takes: exactly one, zero or one, or any number. */
export type Arity = 'single' | 'optional' | 'variadic';

/** The arity of an operand or result definition. */
export function arityOf(d: ValueDef): Arity {
  return d.kind === 'optional' ? 'optional' : d.kind === 'variadic' || d.kind === 'variadicOfVariadic' ? 'variadic' : 'single';
}

/** Computes `[start, end)` of def `i` in an op's operands or results. */
export type SegmentFn = (op: Operation, i: number) => readonly [number, number];

/**
 * Builds the segment function for a list of defs. `segmentAttr` names the property holding the
 * sizes (`operandSegmentSizes`), needed when more than one def is optional or variadic.
 */
export function makeSegments(arities: readonly Arity[], count: (op: Operation) => number, segmentAttr: string | null): SegmentFn {
  const variable = arities.map((a, i) => (a === 'single' ? -1 : i)).filter((i) => i >= 0);
  if (variable.length === 0) return (_op, i) => [i, i + 1];
  if (segmentAttr === null) {
    // One variable-length def: those before it sit at fixed indices, those after count from the end.
    const v = variable[0];
    const after = arities.length - v - 1;
    return (op, i) => {
      if (i < v) return [i, i + 1];
      const n = count(op);
      if (i === v) return [v, n - after];
      const back = arities.length - i;
      return [n - back, n - back + 1];
    };
  }
  return (op, i) => {
    const sizes = segmentSizes(op, segmentAttr);
    let start = 0;
    for (let k = 0; k < i; k++) start += sizes ? Number(sizes[k] ?? 0) : 0;
    return [start, start + (sizes ? Number(sizes[i] ?? 0) : 0)];
  };
}

/**
 * Concatenates groups. Array.prototype.flat costs about 2 µs a call in V8 (ten times this
 * loop), which mattered in the per-op parse hook.
 */
export function flatten<T>(groups: readonly (readonly T[] | null | undefined)[]): T[] {
  const out: T[] = [];
  for (const g of groups) if (g) for (const x of g) out.push(x);
  return out;
}

/** The sizes stored in `name` (a dense i32 array), or undefined when absent or malformed. */
export function segmentSizes(op: Operation, name: string): readonly (bigint | number)[] | undefined {
  const a = op.getAttr(name);
  return a instanceof DenseArrayAttr ? a.values : undefined;
}

/** `xs` cut into consecutive sub-lists of the given sizes (a VariadicOfVariadic group); a short size list covers less. */
export function splitBySizes<T>(xs: readonly T[], sizes: readonly (bigint | number)[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(xs.slice(at, at + Number(n)));
    at += Number(n);
  }
  return out;
}
