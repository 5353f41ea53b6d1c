// The types of an op's operands and results after its format has been read: written, split from
// `type(operands)`, built, or following another slot (SameOperandsAndResultType and the like),
// as the format plan says; then the operands resolved against them.
import type { OpAsmParser, OperationState, Type, Value } from '../../ir/index.js';
import type { OpModel } from '../model.js';
import { flatten } from '../layout.js';
import type { FormatPlan, TypeSource } from './check.js';
import { NO_TYPES, type PState } from './parse-state.js';

/** Splits `n` values over slots of `arities` when that is unambiguous; `sizes` overrides. */
export function distribute(arities: readonly string[], n: number, sizes: readonly number[] | undefined): number[] {
  if (sizes) return [...sizes];
  const fixed = arities.filter((a) => a === 'single').length;
  return arities.map((a) => (a === 'single' ? 1 : Math.max(0, n - fixed)));
}

export function splitBy<T>(xs: readonly T[], counts: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const c of counts) {
    out.push(xs.slice(at, at + c));
    at += c;
  }
  return out;
}

function countOf(m: OpModel, s: PState, side: 'operand' | 'result', i: number): number {
  return side === 'operand' ? s.groups[i].length : m.results[i].arity === 'variadic' ? 0 : 1;
}

function allSplit(m: OpModel, s: PState, side: 'operand' | 'result'): Type[][] {
  const all = side === 'operand' ? s.allOperandTypes! : s.allResultTypes!;
  const counts =
    side === 'operand'
      ? s.groups.map((g) => g.length)
      : distribute(
          m.results.map((x) => x.arity),
          all.length,
          undefined,
        );
  return splitBy(all, counts);
}

/**
 * The types of operand or result slot `i`, from the text or the format plan (memoised in `s`).
 * The arrays are only read: one may be the written list of another slot, or a state's reused
 * one-element list.
 */
export function typesOf(m: OpModel, plan: FormatPlan, s: PState, p: OpAsmParser, side: 'operand' | 'result', i: number): Type[] {
  const memo = side === 'operand' ? s.operandMemo : s.resultMemo;
  const cached = memo[i];
  if (cached) return cached;
  const src: TypeSource = (side === 'operand' ? plan.operandTypes : plan.resultTypes)[i];
  let ts: Type[];
  switch (src.k) {
    case 'written':
      ts = (side === 'operand' ? s.operandTypes : s.resultTypes)[i] ?? NO_TYPES;
      break;
    case 'all':
      ts = allSplit(m, s, side)[i] ?? NO_TYPES;
      break;
    case 'infer':
      ts = NO_TYPES;
      break;
    case 'build':
      ts = new Array<Type>(countOf(m, s, side, i)).fill(src.build(s.ctx));
      break;
    case 'from': {
      const fromTypes = typesOf(m, plan, s, p, src.side, src.index);
      const from = fromTypes[0];
      const n = countOf(m, s, side, i);
      if (!from && n > 0) {
        const name = (side === 'operand' ? m.operands : m.results)[i].name;
        const source = (src.side === 'operand' ? m.operands : m.results)[src.index].name;
        throw p.error(s.offset, `cannot infer the type of '${name}': '${source}' is absent`);
      }
      if (!src.transform && fromTypes.length === 1 && n === 1) {
        ts = fromTypes;
        break;
      }
      const t = from && (src.transform ? src.transform(from) : from);
      ts = !t ? NO_TYPES : Array.isArray(t) ? [...(t as readonly Type[])] : new Array<Type>(n).fill(t as Type);
      break;
    }
  }
  memo[i] = ts;
  return ts;
}

/**
 * Works out every operand's and result's types, then resolves the operands into `state` (in a
 * list of its final size when the state has none yet: a list grown by push reserves 16 slots).
 */
export function resolveOperands(m: OpModel, plan: FormatPlan, s: PState, p: OpAsmParser, state: OperationState): void {
  let operands = 0;
  let types = 0;
  let paired = true;
  for (let i = 0; i < m.operands.length; i++) {
    const n = typesOf(m, plan, s, p, 'operand', i).length;
    operands += s.groups[i].length;
    types += n;
    paired &&= n === s.groups[i].length;
  }
  for (let i = 0; i < m.results.length; i++) typesOf(m, plan, s, p, 'result', i);
  if (!paired || operands !== types) {
    // Counts that differ per slot pair up over the flat lists (or fail there, with the message).
    const values = p.resolveOperands(flatten(s.groups), flatten(s.operandMemo as Type[][]), s.offset);
    if (state.operands.length === 0) state.operands = values;
    else for (const v of values) state.operands.push(v);
    return;
  }
  const fresh = state.operands.length === 0;
  const out: Value[] = fresh ? new Array<Value>(operands) : state.operands;
  let at = 0;
  for (let i = 0; i < s.groups.length; i++) {
    const g = s.groups[i];
    const ts = s.operandMemo[i]!;
    for (let j = 0; j < g.length; j++) {
      const v = p.resolveOperand(g[j], ts[j]);
      if (fresh) out[at++] = v;
      else out.push(v);
    }
  }
  state.operands = out;
}
