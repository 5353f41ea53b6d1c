// Compiles a tensor.compute body once into closures over a register file, so evaluating it
// at a domain point costs a few closure calls rather than an interpreter walk.
import { FloatType, IntegerAttr, type Block, type Operation, type Type, type Value } from '../../lib/ir/index.js';
import { InterpError, attributeValue, lookupImpl, type Interpreter, type RtValue } from '../../lib/interp/index.js';
import {
  cmpFPredicateNames, cmpf, floatBinary, floatFormat, roundTo, unaryMath, type FloatBinaryName, type FloatFormat, type UnaryMathName,
} from '../../lib/interp/scalar/index.js';

/** The point being evaluated, shared by the caller (which advances it) and tensor.index. */
export const POINT_STATE = 'tensor.compute.point';

/**
 * A compiled body. The caller writes the inputs' elements into `regs[0..n)`, sets `point`,
 * calls `run()` and reads the yielded values from `regs[yields[o]]`.
 */
export interface CompiledBody {
  readonly regs: RtValue[];
  readonly point: Int32Array;
  readonly yields: readonly number[];
  run(): void;
}

type Step = (regs: RtValue[]) => void;

/**
 * Compiles `block` (the body of `owner`, a tensor.compute of domain rank `rank`). Float
 * arithmetic, math functions, comparisons, select, constants and tensor.index become
 * dedicated closures (with lib/interp/scalar's semantics); other region-free ops call their
 * registered implementation. A body holding ops with regions runs through the interpreter.
 */
export function compileBody(owner: Operation, block: Block, rank: number, interp: Interpreter): CompiledBody {
  const point = new Int32Array(rank);
  if (block.operations.some((op) => op.regions.length > 0)) return interpretedBody(owner, block, point, interp);
  const slots = new Map<Value, number>();
  const regs: RtValue[] = [];
  for (const a of block.arguments) slots.set(a, regs.push(0) - 1);
  const steps: Step[] = [];
  let yields: number[] = [];
  for (const op of block.operations) {
    if (op.name.name === 'tensor.yield') {
      yields = op.operands.map((v) => slotOf(slots, v, op));
      break;
    }
    const ins = op.operands.map((v) => slotOf(slots, v, op));
    const outs = op.results.map((r) => slots.set(r, regs.push(0) - 1).get(r)!);
    const constant = constantValue(op);
    if (constant !== undefined) {
      regs[outs[0]] = constant;
      continue;
    }
    steps.push(compileOp(op, ins, outs, point, interp));
  }
  const n = steps.length;
  return {
    regs,
    point,
    yields,
    run() {
      for (let s = 0; s < n; s++) steps[s](regs);
    },
  };
}

function slotOf(slots: Map<Value, number>, v: Value, op: Operation): number {
  const s = slots.get(v);
  if (s === undefined) throw new InterpError(op, 'operand is not defined in the tensor.compute body');
  return s;
}

function constantValue(op: Operation): RtValue | undefined {
  if (op.name.name !== 'arith.constant') return undefined;
  const attr = op.getAttr('value');
  const v = attr && attributeValue(attr);
  const f = formatOf(op.result(0).type);
  return typeof v === 'number' && f ? roundTo(f, v) : v;
}

function formatOf(t: Type): FloatFormat | undefined {
  return t instanceof FloatType ? floatFormat(t.name) : undefined;
}

const FAST_BINARY = new Set<string>(Object.keys(floatBinary));
const FAST_UNARY = new Set<string>(Object.keys(unaryMath));

/** One op as a closure reading and writing registers. */
function compileOp(op: Operation, ins: readonly number[], outs: readonly number[], point: Int32Array, interp: Interpreter): Step {
  const name = op.name.name;
  const [a, b, c] = ins;
  const out = outs[0];
  const f = op.numResults === 1 ? formatOf(op.result(0).type) : undefined;
  const [dialect, mnemonic] = name.split('.');
  if (f && dialect === 'arith' && FAST_BINARY.has(mnemonic)) {
    if (f.width === 32) {
      if (mnemonic === 'addf') return (r) => void (r[out] = Math.fround((r[a] as number) + (r[b] as number)));
      if (mnemonic === 'subf') return (r) => void (r[out] = Math.fround((r[a] as number) - (r[b] as number)));
      if (mnemonic === 'mulf') return (r) => void (r[out] = Math.fround((r[a] as number) * (r[b] as number)));
      if (mnemonic === 'divf') return (r) => void (r[out] = Math.fround((r[a] as number) / (r[b] as number)));
    }
    const fn = floatBinary[mnemonic as FloatBinaryName];
    return (r) => void (r[out] = fn(r[a] as number, r[b] as number, f));
  }
  if (f && name === 'arith.negf') return (r) => void (r[out] = -(r[a] as number));
  if (f && dialect === 'math' && FAST_UNARY.has(mnemonic) && ins.length === 1) {
    const fn = unaryMath[mnemonic as UnaryMathName];
    if (f.width === 32) return (r) => void (r[out] = Math.fround(fn(r[a] as number)));
    return (r) => void (r[out] = roundTo(f, fn(r[a] as number)));
  }
  if (name === 'arith.select') return (r) => void (r[out] = r[a] !== 0n ? r[b] : r[c]);
  if (name === 'arith.cmpf') {
    const p = op.getAttr('predicate');
    const predicate = cmpFPredicateNames[p instanceof IntegerAttr ? Number(p.value) : 0];
    return (r) => void (r[out] = cmpf(predicate, r[a] as number, r[b] as number) ? 1n : 0n);
  }
  if (name === 'tensor.index') {
    const d = Number((op.getAttr('dim') as IntegerAttr).value);
    return (r) => void (r[out] = BigInt(point[d]));
  }
  return genericStep(op, ins, outs, interp);
}

/** An op run through its registered implementation, errors reported at the op. */
function genericStep(op: Operation, ins: readonly number[], outs: readonly number[], interp: Interpreter): Step {
  const impl = lookupImpl(op.name.name);
  if (!impl) throw new InterpError(op, `no interpreter implementation for '${op.name.name}'`);
  const args = new Array<RtValue>(ins.length);
  return (r) => {
    for (let i = 0; i < ins.length; i++) args[i] = r[ins[i]];
    let res;
    try {
      res = impl(op, args, interp);
    } catch (e) {
      if (e instanceof InterpError) throw e;
      throw new InterpError(op, e instanceof Error ? e.message : String(e));
    }
    if (!Array.isArray(res)) throw new InterpError(op, 'branches are not allowed in a tensor.compute body');
    for (let i = 0; i < outs.length; i++) r[outs[i]] = (res as RtValue[])[i];
  };
}

/** The slow path, for bodies with nested regions: the interpreter runs the block; tensor.index reads the shared point. */
function interpretedBody(owner: Operation, block: Block, point: Int32Array, interp: Interpreter): CompiledBody {
  const runner = interp.bodyRunner(owner.regions[0]);
  const nIn = block.arguments.length;
  const nOut = owner.numResults;
  const regs = new Array<RtValue>(nIn + nOut).fill(0);
  const yields = Array.from({ length: nOut }, (_, o) => nIn + o);
  return {
    regs,
    point,
    yields,
    run() {
      const saved = interp.state.get(POINT_STATE);
      interp.state.set(POINT_STATE, point);
      try {
        const out = runner(regs.slice(0, nIn));
        for (let o = 0; o < nOut; o++) regs[nIn + o] = out[o];
      } finally {
        interp.state.set(POINT_STATE, saved);
      }
    },
  };
}
