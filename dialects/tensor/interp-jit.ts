// A JavaScript loop nest generated for the common tensor.compute: float tensors, affine
// accesses, a body of float arithmetic. Bounds, strides and the body are baked into the
// code, so V8 compiles it to a tight loop (see docs/design/tensor-dialect.md).
import type { AffineExpr } from '../../lib/affine/index.js';
import { FloatAttr, FloatType, IndexType, IntegerAttr, IntegerType, type Block, type Operation, type Type, type Value } from '../../lib/ir/index.js';
import { cmpFPredicateNames, cmpf, floatBinary, floatFormat, roundTo, unaryMath, type FloatFormat } from '../../lib/interp/scalar/index.js';
import type { Combiner } from './compute.js';

/**
 * An access: `base + sum(coefs[d] * point[d])` when linear; otherwise `general` holds the
 * map's results and the tensor's row-major strides, evaluated at every point.
 */
export interface KernelAccess {
  readonly base: number;
  readonly coefs: readonly number[];
  readonly general?: { readonly exprs: readonly AffineExpr[]; readonly strides: readonly number[] };
}

/** The generated kernel: reads the input arrays, accumulates into the output arrays. */
export type Kernel = (inputs: readonly ArrayLike<number>[], outputs: readonly Float32Array[] | readonly Float64Array[]) => void;

/** What generated code calls: lib/interp/scalar's semantics, so both paths compute the same values. */
const HELPERS = Object.freeze({ floatBinary, unaryMath, cmpf, roundTo, mod: (a: number, b: number) => ((a % b) + b) % b });

const JS_BINARY: Readonly<Record<string, string>> = { addf: '+', subf: '-', mulf: '*', divf: '/' };

/**
 * Generates the kernel of a TE whose inputs and outputs all have float elements, whose
 * accesses are all linear and whose body holds only float arithmetic (arith binary ops,
 * negf, cmpf, select, constants) and unary math functions; undefined otherwise.
 */
export function generateKernel(
  op: Operation, bounds: readonly number[], accesses: readonly KernelAccess[], combiners: readonly Combiner[],
): Kernel | undefined {
  const formats = [...op.operands, ...op.results].map((v) => elementFormat(v.type));
  if (formats.some((f) => f === undefined)) return undefined;
  const consts: unknown[] = [];
  const lit = (x: unknown) => `K[${consts.push(x) - 1}]`;
  const body = bodyCode(op.regions[0].entry!, bounds, lit);
  if (!body) return undefined;
  const nIn = op.numOperands;
  const lines: string[] = [];
  op.operands.forEach((_, i) => lines.push(`const in${i} = ins[${i}];`));
  op.results.forEach((_, o) => lines.push(`const out${o} = outs[${o}];`));
  const linear = accesses.flatMap((a, k) => (a.general ? [] : [k]));
  linear.forEach((k) => lines.push(`let o${k} = ${accesses[k].base};`));
  const rank = bounds.length;
  const step = (d: number) =>
    linear.map((k) => `o${k} += ${accesses[k].coefs[d] - (d + 1 < rank ? accesses[k].coefs[d + 1] * bounds[d + 1] : 0)};`).join(' ');
  let inner = [
    ...accesses.flatMap((a, k) => (a.general ? [`const o${k} = ${a.general.exprs.map((e, r) => `${exprCode(e)} * ${a.general!.strides[r]}`).join(' + ') || '0'};`] : [])),
    ...op.operands.map((_, i) => `const a${i} = in${i}[o${i}];`),
    ...body.lines,
    ...op.results.map((_, o) => store(`out${o}[o${nIn + o}]`, body.yields[o], combiners[o], formats[nIn + o]!, lit)),
  ].join('\n');
  for (let d = rank - 1; d >= 0; d--) inner = `for (let n${d} = 0; n${d} < ${bounds[d]}; n${d}++) {\n${inner}\n${step(d)}\n}`;
  lines.push(inner);
  const make = new Function('H', 'K', `return (ins, outs) => {\n${lines.join('\n')}\n};`) as (h: typeof HELPERS, k: unknown[]) => Kernel;
  return make(HELPERS, consts);
}

/** An affine expression over the loop variables `n<d>`, as code (MLIR's floordiv, ceildiv and non-negative mod). */
function exprCode(e: AffineExpr): string {
  switch (e.kind) {
    case 'constant':
      return `(${e.value})`;
    case 'dim':
      return `n${e.position}`;
    case 'symbol':
      return '0';
    case 'add':
      return `(${exprCode(e.lhs)} + ${exprCode(e.rhs)})`;
    case 'mul':
      return `(${exprCode(e.lhs)} * ${exprCode(e.rhs)})`;
    case 'floordiv':
      return `Math.floor(${exprCode(e.lhs)} / ${exprCode(e.rhs)})`;
    case 'ceildiv':
      return `Math.ceil(${exprCode(e.lhs)} / ${exprCode(e.rhs)})`;
    case 'mod':
      return `H.mod(${exprCode(e.lhs)}, ${exprCode(e.rhs)})`;
  }
}

function elementFormat(t: Type): FloatFormat | undefined {
  const e = 'elementType' in t ? (t as { elementType: Type }).elementType : t;
  return e instanceof FloatType ? floatFormat(e.name) : undefined;
}

/** `x` rounded to `f`, as code. */
function rounded(x: string, f: FloatFormat, lit: (x: unknown) => string): string {
  if (f.width === 64) return `(${x})`;
  if (f.width === 32) return `Math.fround(${x})`;
  return `H.roundTo(${lit(f)}, ${x})`;
}

/**
 * What a body value is in generated code: a float (a number rounded to its format), a boolean
 * (i1), or an integer held as a number together with a bound on its magnitude. Integer code
 * is generated only while every bound stays within both the type's signed range and 2^52, so
 * no operation wraps or loses precision and the values are those of the bigint path.
 */
type Kind = { readonly kind: 'float' } | { readonly kind: 'bool' } | { readonly kind: 'int'; readonly bound: number };

const FLOAT: Kind = { kind: 'float' };
const BOOL: Kind = { kind: 'bool' };

/** One `const vN = ...;` line per body op, and the names of the yielded values. */
function bodyCode(block: Block, bounds: readonly number[], lit: (x: unknown) => string): { lines: string[]; yields: string[] } | undefined {
  const names = new Map<Value, string>();
  const kinds = new Map<Value, Kind>();
  block.arguments.forEach((a, i) => {
    names.set(a, `a${i}`);
    kinds.set(a, FLOAT);
  });
  const lines: string[] = [];
  for (const op of block.operations) {
    if (op.regions.length) return undefined;
    const ins = op.operands.map((v) => names.get(v));
    if (ins.some((n) => n === undefined)) return undefined;
    if (op.name.name === 'tensor.yield') return { lines, yields: ins as string[] };
    if (op.numResults !== 1) return undefined;
    const operandKinds = op.operands.map((v) => kinds.get(v)!);
    const made = floatCode(op, ins as string[], operandKinds, lit) ?? intCode(op, ins as string[], operandKinds, bounds, lit);
    if (made === undefined) return undefined;
    const name = `v${names.size}`;
    names.set(op.result(0), name);
    kinds.set(op.result(0), made.kind);
    lines.push(`const ${name} = ${made.code};`);
  }
  return undefined;
}

type Made = { readonly code: string; readonly kind: Kind } | undefined;

/** Float arithmetic, comparisons, selects and math functions. */
function floatCode(op: Operation, [a, b, c]: string[], kinds: readonly Kind[], lit: (x: unknown) => string): Made {
  const type = op.result(0).type;
  const f = type instanceof FloatType ? floatFormat(type.name) : undefined;
  const [dialect, mnemonic] = op.name.name.split('.');
  if (op.name.name === 'arith.cmpf') {
    const p = op.getAttr('predicate');
    return p instanceof IntegerAttr ? { code: `H.cmpf(${JSON.stringify(cmpFPredicateNames[Number(p.value)])}, ${a}, ${b})`, kind: BOOL } : undefined;
  }
  if (op.name.name === 'arith.select') {
    const [, x, y] = kinds;
    const kind = x.kind === 'int' && y.kind === 'int' ? { kind: 'int' as const, bound: Math.max(x.bound, y.bound) } : x;
    return kinds[0].kind === 'bool' && x.kind === y.kind ? { code: `(${a} ? ${b} : ${c})`, kind } : undefined;
  }
  if (!f || kinds.some((k) => k.kind !== 'float')) return undefined;
  const float = (code: string): Made => ({ code, kind: FLOAT });
  if (op.name.name === 'arith.constant') {
    const v = op.getAttr('value');
    return v instanceof FloatAttr ? float(lit(roundTo(f, v.value))) : undefined;
  }
  if (dialect === 'arith' && Object.hasOwn(JS_BINARY, mnemonic)) return float(rounded(`${a} ${JS_BINARY[mnemonic]} ${b}`, f, lit));
  if (dialect === 'arith' && Object.hasOwn(floatBinary, mnemonic)) return float(`H.floatBinary.${mnemonic}(${a}, ${b}, ${lit(f)})`);
  if (op.name.name === 'arith.negf') return float(`(-${a})`);
  if (dialect === 'math' && Object.hasOwn(unaryMath, mnemonic) && op.numOperands === 1) return float(rounded(`H.unaryMath.${mnemonic}(${a})`, f, lit));
  return undefined;
}

/** The largest magnitude integer code may hold for `t`: its signed maximum, at most 2^52. */
function intLimit(t: Type): number | undefined {
  const w = t instanceof IndexType ? 64 : t instanceof IntegerType && t.width > 1 ? t.width : undefined;
  return w === undefined ? undefined : Math.min(2 ** (w - 1) - 1, 2 ** 52);
}

const CMPI: Readonly<Record<number, string>> = { 0: '===', 1: '!==', 2: '<', 3: '<=', 4: '>', 5: '>=' };
const BOOL_OPS: Readonly<Record<string, string>> = { 'arith.andi': '&&', 'arith.ori': '||', 'arith.xori': '!==' };

/** tensor.index and integer arithmetic on index and signless integers, within exact bounds; i1 logic. */
function intCode(op: Operation, [a, b]: string[], kinds: readonly Kind[], bounds: readonly number[], lit: (x: unknown) => string): Made {
  const name = op.name.name;
  const type = op.result(0).type;
  const isBool = type instanceof IntegerType && type.width === 1;
  if (isBool && name === 'arith.constant') {
    const v = op.getAttr('value');
    return v instanceof IntegerAttr ? { code: v.value ? 'true' : 'false', kind: BOOL } : undefined;
  }
  if (isBool && Object.hasOwn(BOOL_OPS, name) && kinds.every((k) => k.kind === 'bool')) return { code: `(${a} ${BOOL_OPS[name]} ${b})`, kind: BOOL };
  if (name === 'arith.cmpi') {
    const p = op.getAttr('predicate');
    const js = p instanceof IntegerAttr ? CMPI[Number(p.value)] : undefined;
    return js && kinds.every((k) => k.kind === 'int') ? { code: `(${a} ${js} ${b})`, kind: BOOL } : undefined;
  }
  if (name === 'arith.sitofp' && kinds[0].kind === 'int' && type instanceof FloatType) {
    return { code: rounded(a, floatFormat(type.name)!, lit), kind: FLOAT };
  }
  const limit = intLimit(type);
  if (limit === undefined) return undefined;
  const int = (code: string, bound: number): Made => (bound <= limit ? { code, kind: { kind: 'int', bound } } : undefined);
  if (name === 'tensor.index') {
    const d = Number((op.getAttr('dim') as IntegerAttr).value);
    return int(`n${d}`, bounds[d] - 1);
  }
  if (name === 'arith.constant') {
    const v = op.getAttr('value');
    return v instanceof IntegerAttr ? int(`(${v.value})`, Math.abs(Number(v.value))) : undefined;
  }
  if (!kinds.every((k) => k.kind === 'int')) return undefined;
  const [x, y] = kinds as readonly Kind[] as readonly { readonly kind: 'int'; readonly bound: number }[];
  if (name === 'arith.index_cast') return int(a, x.bound);
  if (name === 'arith.addi') return int(`(${a} + ${b})`, x.bound + y.bound);
  if (name === 'arith.subi') return int(`(${a} - ${b})`, x.bound + y.bound);
  if (name === 'arith.muli') return int(`(${a} * ${b})`, x.bound * y.bound);
  return undefined;
}

/** Writes or combines `value` into `target`, as code. */
function store(target: string, value: string, combiner: Combiner, f: FloatFormat, lit: (x: unknown) => string): string {
  switch (combiner) {
    case 'none':
      return `${target} = ${value};`;
    case 'add':
      return `${target} = ${rounded(`${target} + ${value}`, f, lit)};`;
    case 'mul':
      return `${target} = ${rounded(`${target} * ${value}`, f, lit)};`;
    case 'max':
      return `${target} = Math.max(${target}, ${value});`;
    case 'min':
      return `${target} = Math.min(${target}, ${value});`;
  }
}
