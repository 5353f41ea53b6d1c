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

/** Reads the one type of a single slot from a parse state; undefined when the text left it out. */
type SingleType = (s: PState) => Type | undefined;

/**
 * For an op whose operand and result slots are all single: how each slot's one type is read,
 * decided once from the format plan instead of per op (typesOf's memo and lists). Null when a
 * slot is not single or its type comes from a list (`type(operands)`) or from inference.
 */
export interface SingleSlotTypes {
  readonly operands: readonly SingleType[];
  readonly results: readonly SingleType[];
}

export function singleSlotTypes(m: OpModel, plan: FormatPlan): SingleSlotTypes | null {
  if (!m.operands.every((x) => x.arity === 'single') || !m.results.every((x) => x.arity === 'single')) return null;
  const reader = (side: 'operand' | 'result', i: number): SingleType | null => {
    const src: TypeSource = (side === 'operand' ? plan.operandTypes : plan.resultTypes)[i];
    switch (src.k) {
      case 'written':
        // Only a list of one type answers: `functional-type` writes a whole list into a
        // single slot, and typesOf reports a count that does not match.
        return side === 'operand' ? (s) => onlyType(s.operandTypes[i]) : (s) => onlyType(s.resultTypes[i]);
      case 'build':
        return (s) => src.build(s.ctx);
      case 'from': {
        const from = reader(src.side, src.index);
        const transform = src.transform;
        if (!from || !transform) return from;
        // A transform giving a list is left to typesOf.
        return (s) => {
          const t = from(s);
          const out = t && transform(t);
          return Array.isArray(out) ? undefined : (out as Type | undefined);
        };
      }
      default:
        return null;
    }
  };
  const operands = m.operands.map((_, i) => reader('operand', i));
  const results = m.results.map((_, i) => reader('result', i));
  if (operands.includes(null) || results.includes(null)) return null;
  return { operands: operands as SingleType[], results: results as SingleType[] };
}

/** The type of a list of exactly one; undefined otherwise. */
function onlyType(types: readonly Type[] | null | undefined): Type | undefined {
  return types != null && types.length === 1 ? types[0] : undefined;
}

/**
 * resolveOperands and the result types for an op of single slots, read as `types` says. False,
 * with nothing resolved or written, when a slot lacks its operand or type: typesOf and
 * resolveOperands then report it as for any op.
 */
export function resolveSingleSlots(types: SingleSlotTypes, s: PState, p: OpAsmParser, state: OperationState): boolean {
  const n = types.operands.length;
  // Each reader runs once: a built type or a transform is not worked out twice.
  const operandTypes = new Array<Type>(n);
  for (let i = 0; i < n; i++) {
    const t = s.operands[i] === null ? undefined : types.operands[i](s);
    if (t === undefined) return false;
    operandTypes[i] = t;
  }
  const results = new Array<Type>(types.results.length);
  for (let i = 0; i < results.length; i++) {
    const t = types.results[i](s);
    if (t === undefined) return false;
    results[i] = t;
  }
  // Lists of their final size when the state has none yet, as resolveOperands makes them.
  const fresh = state.operands.length === 0;
  const out: Value[] = fresh ? new Array<Value>(n) : state.operands;
  for (let i = 0; i < n; i++) {
    const v = p.resolveOperand(s.operands[i]![0], operandTypes[i]);
    if (fresh) out[i] = v;
    else out.push(v);
  }
  state.operands = out;
  if (state.resultTypes.length === 0) state.resultTypes = results;
  else for (const t of results) state.resultTypes.push(t);
  return true;
}
