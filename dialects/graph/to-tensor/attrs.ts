// Readers of graph op attributes as plain numbers, accepting the encodings an op may use
// (dense arrays, arrays of integers, integer/float/bool/unit attributes).
import { ArrayAttr, DenseArrayAttr, FloatAttr, IntegerAttr, UnitAttr, type Attribute, type Operation } from '../../../lib/ir/index.js';

function number(a: Attribute | undefined): number | undefined {
  if (a instanceof IntegerAttr) return Number(a.value);
  if (a instanceof FloatAttr) return a.value;
  return undefined;
}

/** The integer list `name` of `op`, or `fallback` when absent. */
export function intList(op: Operation, name: string, fallback: readonly number[] = []): number[] {
  const a = op.getAttr(name);
  if (a instanceof DenseArrayAttr) return a.values.map(Number);
  if (a instanceof ArrayAttr) return a.elements.map((e) => number(e) ?? 0);
  const n = number(a);
  return n === undefined ? [...fallback] : [n];
}

/** The number `name` of `op`, or `fallback` when absent. */
export function num(op: Operation, name: string, fallback: number): number {
  return number(op.getAttr(name)) ?? fallback;
}

/** True when the flag `name` is set (a unit attribute or a true bool). */
export function flag(op: Operation, name: string): boolean {
  const a = op.getAttr(name);
  return a instanceof UnitAttr || (a instanceof IntegerAttr && a.value !== 0n);
}

/** `axis` made non-negative for a rank-`rank` tensor (numpy's negative axes). */
export function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}
