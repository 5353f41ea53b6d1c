// Comparing runtime values within a tolerance, and checkSameResults: the equivalence check of lowering tests.
import type { Operation } from '../ir/operation.js';
import { MemRefType, RankedTensorType, VectorType, type Type } from '../ir/types.js';
import { allocateMemRef } from './memory.js';
import { renderDiagnostics } from '../diag/render.js';
import { Allocation, FunctionRef, MemRefValue, sameType, TensorValue, forEachIndex, type RtValue, type Scalar } from './values.js';
import { findFunction, functionSignature, runFunction } from './run.js';
import { makeInputs } from './inputs.js';

/** Tolerances: floats a and b agree when |a - b| <= atol + rtol * |b| (NaN agrees with NaN). */
export interface Tolerance {
  readonly rtol?: number;
  readonly atol?: number;
}

const DEFAULT_RTOL = 1e-5;
const DEFAULT_ATOL = 1e-6;

function scalarsAgree(a: Scalar, b: Scalar, rtol: number, atol: number): boolean {
  if (typeof a === 'bigint' || typeof b === 'bigint') return a === b;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

/** Elements of a tensor or a memref view in row-major order, with their multi-indices. */
function elementsOf(v: TensorValue | MemRefValue): { shape: readonly number[]; at: (index: number[], linear: number) => Scalar } {
  if (v instanceof TensorValue) return { shape: v.shape, at: (_idx, i) => v.data.get(i) };
  return { shape: v.shape, at: (idx) => v.allocation.data.get(v.position(idx)!) };
}

/** How `actual` differs from `expected` (the first differing element with its index), or undefined when they agree. */
export function compareValues(expected: RtValue, actual: RtValue, tol: Tolerance = {}): string | undefined {
  const rtol = tol.rtol ?? DEFAULT_RTOL;
  const atol = tol.atol ?? DEFAULT_ATOL;
  if (typeof expected === 'number' || typeof expected === 'bigint') {
    if (typeof actual !== 'number' && typeof actual !== 'bigint') return `expected a scalar, got a ${actual.kind}`;
    return scalarsAgree(expected, actual, rtol, atol) ? undefined : `expected ${expected}, got ${actual}`;
  }
  if (expected instanceof FunctionRef) {
    return actual instanceof FunctionRef && actual.callee === expected.callee ? undefined : 'function references differ';
  }
  if (!(expected instanceof TensorValue || expected instanceof MemRefValue)) return `cannot compare values of kind '${expected.kind}'`;
  // A tensor and a memref compare by their elements: lowerings turn one into the other.
  if (!(actual instanceof TensorValue || actual instanceof MemRefValue)) {
    return `expected a ${expected.kind}, got ${typeof actual === 'object' ? `a ${actual.kind}` : 'a scalar'}`;
  }
  const a = actual as TensorValue | MemRefValue;
  if (!sameType(a.elementType, expected.elementType)) return `element types differ: expected '${expected.elementType}', got '${a.elementType}'`;
  if (a.shape.length !== expected.shape.length || a.shape.some((d, i) => d !== expected.shape[i])) {
    return `shapes differ: expected [${expected.shape.join(', ')}], got [${a.shape.join(', ')}]`;
  }
  const e = elementsOf(expected);
  const g = elementsOf(a);
  let mismatch: string | undefined;
  let count = 0;
  forEachIndex(e.shape, (idx, i) => {
    const x = e.at(idx, i);
    const y = g.at(idx, i);
    if (scalarsAgree(x, y, rtol, atol)) return;
    if (count++ === 0) mismatch = `at [${idx.join(', ')}]: expected ${x}, got ${y}`;
  });
  return mismatch && (count > 1 ? `${mismatch} (${count} elements differ)` : mismatch);
}

/** Options of checkSameResults. */
export interface CheckOptions extends Tolerance {
  /** The function to run in both (default `main`). */
  readonly entry?: string;
  /** The seed of the random inputs (default 0). */
  readonly seed?: number;
  /** The size of dynamic dims of the inputs (default 4). */
  readonly dynamicSize?: number;
  /** Inputs to use instead of random ones (e.g. indices that must stay in bounds). */
  readonly inputs?: readonly RtValue[];
  /** A budget of ops per run, so that a lowering that loops forever fails instead of hanging (default 1e9). */
  readonly maxOps?: number;
}

/** The outcome of checkSameResults: ok, or a message saying what differs or what failed. */
export interface CheckResult {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * An input for a parameter of `type`, copied when the run may write to it (memrefs) so that
 * both runs start from the same data. A tensor becomes a memref for a memref parameter and
 * the other way round, so a program and its bufferized form take the same inputs.
 */
function inputFor(v: RtValue, type: Type | undefined): RtValue {
  if (v instanceof TensorValue && type instanceof MemRefType) {
    const m = allocateMemRef(type, v.shape);
    forEachIndex(v.shape, (idx, i) => m.allocation.data.set(m.position(idx)!, v.data.get(i)));
    return m;
  }
  if (v instanceof MemRefValue && (type instanceof RankedTensorType || type instanceof VectorType)) return v.toTensor(type);
  if (v instanceof MemRefValue) return new MemRefValue(v.type, new Allocation(v.allocation.data.clone()), v.offset, v.shape, v.strides);
  return v;
}

/** Runs `@entry` of `module` and renders any error it reports. */
function runForCheck(module: Operation, entry: string, args: readonly RtValue[], maxOps: number): { results?: readonly RtValue[]; error?: string } {
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, entry, args, { maxOps }));
  if (result) return { results: result };
  return { error: renderDiagnostics(diagnostics, {}).trimEnd() || 'the run failed' };
}

/**
 * Runs `@entry` of `before` and of `after` on the same random inputs (made from `before`'s
 * signature with `seed`; a tensor input is passed as a memref where `after` takes one, and
 * vice versa) and compares every result (tensors and memrefs by their elements), then every
 * memref argument's final contents (for programs that write their outputs into buffers),
 * within the tolerance.
 * Reports the first mismatch: which result, the element's index and both values.
 */
export function checkSameResults(before: Operation, after: Operation, options: CheckOptions = {}): CheckResult {
  const entry = (options.entry ?? 'main').replace(/^@/, '');
  const fn = findFunction(before, entry);
  if (!fn) return { ok: false, message: `no function named '@${entry}' in the original module` };
  let inputs: readonly RtValue[];
  try {
    inputs = options.inputs ?? makeInputs(functionSignature(fn).inputs, { seed: options.seed, dynamicSize: options.dynamicSize });
  } catch (e) {
    return { ok: false, message: `cannot make inputs for '@${entry}': ${(e as Error).message}` };
  }
  const afterTypes = functionSignature(findFunction(after, entry) ?? fn).inputs;
  const argsBefore = inputs.map((v) => inputFor(v, undefined));
  const argsAfter = inputs.map((v, i) => inputFor(v, afterTypes[i]));
  const maxOps = options.maxOps ?? 1e9;
  const want = runForCheck(before, entry, argsBefore, maxOps);
  if (!want.results) return { ok: false, message: `the original program failed:\n${want.error}` };
  const got = runForCheck(after, entry, argsAfter, maxOps);
  if (!got.results) return { ok: false, message: `the transformed program failed:\n${got.error}` };
  if (want.results.length !== got.results.length) {
    return { ok: false, message: `the original returns ${want.results.length} results, the transformed ${got.results.length}` };
  }
  for (let i = 0; i < want.results.length; i++) {
    const diff = compareValues(want.results[i], got.results[i], options);
    if (diff) return { ok: false, message: `result #${i} differs ${diff}` };
  }
  for (let i = 0; i < argsBefore.length; i++) {
    if (!(argsBefore[i] instanceof MemRefValue && argsAfter[i] instanceof MemRefValue)) continue;
    const diff = compareValues(argsBefore[i], argsAfter[i], options);
    if (diff) return { ok: false, message: `memref argument #${i} differs after the run ${diff}` };
  }
  return { ok: true, message: `@${entry}: ${want.results.length} results agree` };
}
