// A JavaScript loop nest generated for the common tensor.compute: float tensors, affine
// accesses, a body of float arithmetic. Bounds, strides and the body are baked into the
// code, so V8 compiles it to a tight loop (see docs/design/tensor-dialect.md).
import type { AffineExpr } from '../../lib/affine/index.js';
import { FloatAttr, FloatType, IntegerAttr, type Block, type Operation, type Type, type Value } from '../../lib/ir/index.js';
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
  const body = bodyCode(op.regions[0].entry!, lit);
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

/** One `const vN = ...;` line per body op, and the names of the yielded values. */
function bodyCode(block: Block, lit: (x: unknown) => string): { lines: string[]; yields: string[] } | undefined {
  const names = new Map<Value, string>();
  block.arguments.forEach((a, i) => names.set(a, `a${i}`));
  const lines: string[] = [];
  for (const op of block.operations) {
    if (op.regions.length) return undefined;
    const ins = op.operands.map((v) => names.get(v));
    if (ins.some((n) => n === undefined)) return undefined;
    if (op.name.name === 'tensor.yield') return { lines, yields: ins as string[] };
    const code = opCode(op, ins as string[], lit);
    if (code === undefined) return undefined;
    const name = `v${names.size}`;
    names.set(op.result(0), name);
    lines.push(`const ${name} = ${code};`);
  }
  return undefined;
}

function opCode(op: Operation, [a, b, c]: string[], lit: (x: unknown) => string): string | undefined {
  if (op.numResults !== 1) return undefined;
  const type = op.result(0).type;
  const f = type instanceof FloatType ? floatFormat(type.name) : undefined;
  const [dialect, mnemonic] = op.name.name.split('.');
  if (op.name.name === 'arith.cmpf') {
    const p = op.getAttr('predicate');
    return p instanceof IntegerAttr ? `H.cmpf(${JSON.stringify(cmpFPredicateNames[Number(p.value)])}, ${a}, ${b})` : undefined;
  }
  if (op.name.name === 'arith.select') return `(${a} ? ${b} : ${c})`;
  if (!f) return undefined;
  if (op.name.name === 'arith.constant') {
    const v = op.getAttr('value');
    return v instanceof FloatAttr ? lit(roundTo(f, v.value)) : undefined;
  }
  if (dialect === 'arith' && Object.hasOwn(JS_BINARY, mnemonic)) return rounded(`${a} ${JS_BINARY[mnemonic]} ${b}`, f, lit);
  if (dialect === 'arith' && Object.hasOwn(floatBinary, mnemonic)) return `H.floatBinary.${mnemonic}(${a}, ${b}, ${lit(f)})`;
  if (op.name.name === 'arith.negf') return `(-${a})`;
  if (dialect === 'math' && Object.hasOwn(unaryMath, mnemonic) && op.numOperands === 1) return rounded(`H.unaryMath.${mnemonic}(${a})`, f, lit);
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
