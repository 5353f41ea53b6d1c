// CUDA C++ for the arith dialect with MLIR's semantics: signless integers wrap at their width
// (computed unsigned, viewed signed or unsigned as each op says), floats round once per op
// (f16/bf16 computed in float; products through __fmul_rn so nvcc never contracts them into an FMA).
import { FloatAttr, FloatType, IndexType, IntegerAttr, type Operation, type Type } from '../../ir/index.js';
import { EmitError, registerEmitters, type FunctionEmitter, type OpEmitter } from './emitter.js';
import {
  computeFloat, computeTypes, floatLiteral, fromCompute, intLiteral, intWidthOf, signedView, toCompute, unsignedView, wrapInt,
} from './types.js';

const operandType = (op: Operation, i = 0): Type => op.operand(i).type;
const resultType = (op: Operation): Type => op.result(0).type;

/** The case name of an enum property (`slt`, `oeq`) stored as an integer or an enum attribute. */
function predicateOf(op: Operation, cases: readonly string[]): string {
  const a = op.getProp('predicate') ?? op.getAttr('predicate');
  if (a instanceof IntegerAttr) return cases[Number(a.value)];
  throw new EmitError(op, `expected an integer 'predicate' property`);
}

/** Whether the op's fastmath flags allow contracting a product into an FMA. */
function allowsContract(op: Operation): boolean {
  const flags = (op.getProp('fastmath') as { value?: unknown } | undefined)?.value;
  return typeof flags === 'string' && /\b(contract|fast)\b/.test(flags);
}

/** An op computing `f(operands...)` from its operands' C expressions. */
const pure = (f: (xs: string[], op: Operation, e: FunctionEmitter) => string): OpEmitter => (op, e) =>
  e.define(op, op.result(0), f(op.operands.map((v) => e.get(v)), op, e));

/** An integer binary op: index computes in int64_t; other widths through `compute`, then wrap to the width. */
function intBinary(compute: (a: string, b: string, t: Type) => string, indexForm?: (a: string, b: string) => string): OpEmitter {
  return pure(([a, b], op) => {
    const t = resultType(op);
    if (t instanceof IndexType && indexForm) return indexForm(a, b);
    return wrapInt(compute(a, b, t), t);
  });
}

/** An op on the unsigned view; on index, `plain` ones (+ - * & | ^, the same bits either way) stay signed. */
const unsignedOp = (sym: string, plain = true) =>
  intBinary((a, b, t) => `${unsignedView(a, t)} ${sym} ${unsignedView(b, t)}`, plain ? (a, b) => `${a} ${sym} ${b}` : undefined);
const signedOp = (sym: string) => intBinary((a, b, t) => `${signedView(a, t)} ${sym} ${signedView(b, t)}`, (a, b) => `${a} ${sym} ${b}`);
const helper = (name: string, view: typeof signedView) =>
  intBinary((a, b, t) => `dlc::${name}(${view(a, t)}, ${view(b, t)})`, view === signedView ? (a, b) => `dlc::${name}(${a}, ${b})` : undefined);
const pick = (cmp: '<' | '>', view: typeof signedView) =>
  pure(([a, b], op) => {
    const t = resultType(op);
    return `${view(a, t)} ${cmp} ${view(b, t)} ? ${a} : ${b}`;
  });

/** A float binary op computing `f(a, b)` in the compute type, rounded once to the result type. */
const floatBinary = (f: (a: string, b: string, op: Operation, t: Type) => string): OpEmitter =>
  pure(([a, b], op) => {
    const t = resultType(op);
    return fromCompute(f(toCompute(a, t), toCompute(b, t), op, t), t, computeFloat(t));
  });

/** `fname` or its float variant (`fminf`) by compute type. */
const mathFn = (name: string, t: Type): string => (computeFloat(t) === 'float' ? `${name}f` : name);

function product(a: string, b: string, op: Operation, t: Type, e: FunctionEmitter): string {
  if (e.side === 'host' || allowsContract(op) || !(t instanceof FloatType) || (t.name !== 'f32' && t.name !== 'f64')) return `${a} * ${b}`;
  return t.name === 'f32' ? `__fmul_rn(${a}, ${b})` : `__dmul_rn(${a}, ${b})`;
}

/** arith.cmpi: equality on the stored values, orderings on the signed or unsigned view. */
const cmpi: OpEmitter = pure(([a, b], op) => {
  const p = predicateOf(op, ['eq', 'ne', 'slt', 'sle', 'sgt', 'sge', 'ult', 'ule', 'ugt', 'uge']);
  const t = operandType(op);
  const sym = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' }[p.replace(/^[su]/, '')]!;
  if (p === 'eq' || p === 'ne') return `${a} ${sym} ${b}`;
  const view = p.startsWith('s') ? signedView : unsignedView;
  return t instanceof IndexType && p.startsWith('s') ? `${a} ${sym} ${b}` : `${view(a, t)} ${sym} ${view(b, t)}`;
});

/** arith.cmpf: C's comparisons are the ordered predicates (and `!=` is une); the unordered ones negate the opposite ordered one. */
const cmpf: OpEmitter = pure(([x, y], op) => {
  const p = predicateOf(op, ['false', 'oeq', 'ogt', 'oge', 'olt', 'ole', 'one', 'ord', 'ueq', 'ugt', 'uge', 'ult', 'ule', 'une', 'uno', 'true']);
  const t = operandType(op);
  const [a, b] = [toCompute(x, t), toCompute(y, t)];
  const isnan = (v: string) => `isnan(${v})`;
  switch (p) {
    case 'false': return 'false';
    case 'true': return 'true';
    case 'oeq': return `${a} == ${b}`;
    case 'ogt': return `${a} > ${b}`;
    case 'oge': return `${a} >= ${b}`;
    case 'olt': return `${a} < ${b}`;
    case 'ole': return `${a} <= ${b}`;
    case 'one': return `(${a} < ${b} || ${a} > ${b})`;
    case 'ord': return `!(${isnan(a)} || ${isnan(b)})`;
    case 'ueq': return `!(${a} < ${b} || ${a} > ${b})`;
    case 'ugt': return `!(${a} <= ${b})`;
    case 'uge': return `!(${a} < ${b})`;
    case 'ult': return `!(${a} >= ${b})`;
    case 'ule': return `!(${a} > ${b})`;
    case 'une': return `${a} != ${b}`;
    default: return `(${isnan(a)} || ${isnan(b)})`;
  }
});

function constant(op: Operation, e: FunctionEmitter): void {
  const value = op.getProp('value') ?? op.getAttr('value');
  const t = resultType(op);
  if (value instanceof IntegerAttr && intWidthOf(t) !== undefined) return e.define(op, op.result(0), intLiteral(value.value, t));
  if (value instanceof FloatAttr && t instanceof FloatType) {
    try {
      return e.define(op, op.result(0), floatLiteral(value.value, t));
    } catch (err) {
      throw new EmitError(op, (err as Error).message);
    }
  }
  throw new EmitError(op, `constant of type '${String(t)}' has no CUDA C++ translation (only scalars do)`);
}

/** Integer extension and truncation: a signed or unsigned view of the source, wrapped to the result. */
const intCast = (view: typeof signedView): OpEmitter =>
  pure(([a], op) => {
    const [from, to] = [operandType(op), resultType(op)];
    if (to instanceof IndexType) return `(int64_t)${view(a, from)}`;
    return wrapInt(from instanceof IndexType ? `(uint64_t)${a}` : view(a, from), to);
  });

/** Integer to float: one rounding, through CUDA's conversions for f16/bf16. */
const intToFloat = (signed: boolean): OpEmitter =>
  pure(([a], op) => {
    const [from, to] = [operandType(op), resultType(op)];
    const w = intWidthOf(from)!;
    const v = signed ? signedView(a, from) : unsignedView(a, from);
    if (to instanceof FloatType && (to.name === 'f16' || to.name === 'bf16')) {
      const suffix = to.name === 'f16' ? 'half' : 'bfloat16';
      const wide = w > 32;
      const conv = `${signed ? '' : 'u'}${wide ? 'll' : 'int'}`;
      return `__${conv}2${suffix}_rn(${v})`;
    }
    return `(${computeFloat(to)})${v}`;
  });

/** Float to integer: truncation toward zero (out-of-range values are poison in MLIR, undefined in C++). */
const floatToInt = (signed: boolean): OpEmitter =>
  pure(([a], op) => {
    const [from, to] = [operandType(op), resultType(op)];
    const { s, u } = computeTypes(intWidthOf(to)!);
    return wrapInt(`(${signed ? s : u})${toCompute(a, from)}`, to);
  });

/** Float to float: widening is exact; narrowing rounds once (to nearest even, MLIR's default). */
const floatToFloat: OpEmitter = pure(([a], op) => {
  const [from, to] = [operandType(op), resultType(op)];
  const mode = op.getProp('roundingmode');
  if (mode !== undefined && !/to_nearest_even|\b0\b/.test(String(mode))) throw new EmitError(op, `rounding mode '${String(mode)}' has no CUDA C++ translation`);
  const source = computeFloat(from);
  const x = from instanceof FloatType && from.name === 'f64' ? a : toCompute(a, from);
  if (to instanceof FloatType && to.name === 'f64') return `(double)${x}`;
  return fromCompute(x, to, source);
});

/** arith.bitcast: the same bits as the result type (a memcpy, for host and device alike). */
const bitcast: OpEmitter = pure(([a], op, e) => (op.operand(0).type === op.result(0).type ? a : `dlc::bit_cast<${e.typeOf(op.result(0), op)}>(${a})`));

registerEmitters({
  'arith.constant': constant,
  'arith.addi': unsignedOp('+'),
  'arith.subi': unsignedOp('-'),
  'arith.muli': unsignedOp('*'),
  'arith.divsi': signedOp('/'),
  'arith.remsi': signedOp('%'),
  'arith.divui': unsignedOp('/', false),
  'arith.remui': unsignedOp('%', false),
  'arith.ceildivsi': helper('ceildivsi', signedView),
  'arith.floordivsi': helper('floordivsi', signedView),
  'arith.ceildivui': helper('ceildivui', unsignedView),
  'arith.andi': unsignedOp('&'),
  'arith.ori': unsignedOp('|'),
  'arith.xori': unsignedOp('^'),
  'arith.shli': intBinary((a, b, t) => `${unsignedView(a, t)} << ${unsignedView(b, t)}`, (a, b) => `(int64_t)((uint64_t)${a} << ${b})`),
  'arith.shrsi': intBinary((a, b, t) => `${signedView(a, t)} >> ${unsignedView(b, t)}`, (a, b) => `${a} >> ${b}`),
  'arith.shrui': intBinary((a, b, t) => `${unsignedView(a, t)} >> ${unsignedView(b, t)}`, (a, b) => `(int64_t)((uint64_t)${a} >> ${b})`),
  'arith.minsi': pick('<', signedView),
  'arith.maxsi': pick('>', signedView),
  'arith.minui': pick('<', unsignedView),
  'arith.maxui': pick('>', unsignedView),
  'arith.addf': floatBinary((a, b) => `${a} + ${b}`),
  'arith.subf': floatBinary((a, b) => `${a} - ${b}`),
  'arith.mulf': pure(([x, y], op, e) => {
    const t = resultType(op);
    return fromCompute(product(toCompute(x, t), toCompute(y, t), op, t, e), t, computeFloat(t));
  }),
  'arith.divf': pure(([x, y], op, e) => {
    const t = resultType(op);
    const [a, b] = [toCompute(x, t), toCompute(y, t)];
    // __fdiv_rn keeps the division IEEE even under -prec-div=false / --use_fast_math.
    const q = e.side === 'device' && t instanceof FloatType && t.name === 'f32' ? `__fdiv_rn(${a}, ${b})` : `${a} / ${b}`;
    return fromCompute(q, t, computeFloat(t));
  }),
  'arith.remf': floatBinary((a, b, _op, t) => `${mathFn('fmod', t)}(${a}, ${b})`),
  'arith.minnumf': floatBinary((a, b) => `dlc::minnumf(${a}, ${b})`),
  'arith.maxnumf': floatBinary((a, b) => `dlc::maxnumf(${a}, ${b})`),
  'arith.minimumf': floatBinary((a, b) => `dlc::minimumf(${a}, ${b})`),
  'arith.maximumf': floatBinary((a, b) => `dlc::maximumf(${a}, ${b})`),
  'arith.negf': pure(([a], op) => {
    const t = resultType(op);
    // Negation flips the sign bit (of NaN too); __hneg does that without a round trip through float.
    if (t instanceof FloatType && t.name === 'f16') return `__hneg(${a})`;
    if (t instanceof FloatType && t.name === 'bf16') return `__hneg(${a})`;
    return `-${a}`;
  }),
  'arith.cmpi': cmpi,
  'arith.cmpf': cmpf,
  'arith.select': pure(([c, a, b]) => `${c} ? ${a} : ${b}`),
  'arith.extsi': intCast(signedView),
  'arith.extui': intCast(unsignedView),
  'arith.trunci': intCast(unsignedView),
  'arith.index_cast': intCast(signedView),
  'arith.index_castui': intCast(unsignedView),
  'arith.sitofp': intToFloat(true),
  'arith.uitofp': intToFloat(false),
  'arith.fptosi': floatToInt(true),
  'arith.fptoui': floatToInt(false),
  'arith.extf': floatToFloat,
  'arith.truncf': floatToFloat,
  'arith.bitcast': bitcast,
});
