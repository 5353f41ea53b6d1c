// CUDA C++ for the gpu dialect's subgroup mma ops, through nvcuda::wmma: a !gpu.mma_matrix value is
// a wmma fragment (matrix_a / matrix_b with the layout its load gave it, or an accumulator),
// load_matrix / store_matrix are load_matrix_sync / store_matrix_sync, compute is mma_sync,
// constant_matrix is fill_fragment, and elementwise ops loop over the lane's fragment elements.
import { FloatType, IntegerAttr, type Operation, type Type, type Value } from '../../ir/index.js';
import { MmaMatrixType } from '../../../dialects/gpu/types-mma.js';
import { EmitError, registerEmitters, type FunctionEmitter, type OpEmitter } from './emitter.js';
import { element } from './memref.js';
import { UnsupportedType, computeFloat, fromCompute, registerCType, toCompute } from './types.js';
import { KeywordEnumAttr } from '../../../dialects/gpu/attrs.js';

const WMMA = 'nvcuda::wmma';

/** The wmma shapes (m, n, k) for f16 operands; a fragment's two dims pick one. */
const SHAPES: readonly (readonly [number, number, number])[] = [[16, 16, 16], [32, 8, 16], [8, 32, 16]];

/** m, n, k of the wmma shape a fragment of `t` belongs to, or undefined when none has its dims. */
function shapeOf(t: MmaMatrixType): readonly [number, number, number] | undefined {
  const [r, c] = t.shape;
  return SHAPES.find(([m, n, k]) => (t.operand === 'AOp' ? m === r && k === c : t.operand === 'BOp' ? k === r && n === c : m === r && n === c));
}

const ELEMENT: Record<string, string> = { f16: '__half', f32: 'float' };

/** The C++ fragment type of `t`: `row` or `col` major for A and B, none for accumulators. Undefined when wmma has none. */
function fragmentType(t: MmaMatrixType, layout: 'row' | 'col' = 'row'): string | undefined {
  const shape = shapeOf(t);
  const element = ELEMENT[String(t.elementType)];
  if (!shape || !element) return undefined;
  if (t.operand === 'AOp' || t.operand === 'BOp') {
    if (element !== '__half') return undefined;
    const use = t.operand === 'AOp' ? 'matrix_a' : 'matrix_b';
    return `${WMMA}::fragment<${WMMA}::${use}, ${shape.join(', ')}, __half, ${WMMA}::${layout}_major>`;
  }
  return `${WMMA}::fragment<${WMMA}::accumulator, ${shape.join(', ')}, ${element}>`;
}

const unsupported = (t: Type) =>
  `type '${String(t)}' has no CUDA C++ type (wmma fragments are 16x16, 32x8 or 8x32 shaped f16 operands with f16 or f32 accumulators)`;

registerCType((t) => {
  if (!(t instanceof MmaMatrixType)) return undefined;
  const f = fragmentType(t);
  if (!f) throw new UnsupportedType(unsupported(t));
  return f;
});

/** The fragment type of `v`, failing at `op` when wmma has none. */
function fragmentOf(v: Value, op: Operation, layout: 'row' | 'col' = 'row'): string {
  const f = fragmentType(v.type as MmaMatrixType, layout);
  if (!f) throw new EmitError(op, unsupported(v.type));
  return f;
}

/** The `leadDimension` property. */
function leadDimension(op: Operation): string {
  const a = op.getProp('leadDimension') ?? op.getAttr('leadDimension');
  if (!(a instanceof IntegerAttr)) throw new EmitError(op, "expected an index 'leadDimension' property");
  return String(a.value);
}

const transposed = (op: Operation): boolean => (op.getProp('transpose') ?? op.getAttr('transpose')) !== undefined;

/** Declares a fresh fragment variable for result `r` of `op`; the caller fills it. */
function declare(op: Operation, e: FunctionEmitter, r: Value, type: string): string {
  const name = e.fresh();
  e.line(`${type} ${name};`);
  e.bind(r, name);
  return name;
}

/** The memref element type must be the fragment's: wmma loads and stores do not convert. */
function checkElement(op: Operation, memref: Value, fragment: Value): void {
  const m = (memref.type as { elementType?: Type }).elementType;
  const f = (fragment.type as MmaMatrixType).elementType;
  if (m !== f) throw new EmitError(op, `a wmma fragment of '${String(f)}' cannot be loaded from or stored to a memref of '${String(m)}'`);
}

const loadMatrix: OpEmitter = (op, e) => {
  const res = op.result(0);
  if (!e.needed(res)) return;
  const t = res.type as MmaMatrixType;
  checkElement(op, op.operand(0), res);
  const col = transposed(op);
  // A and B carry their layout in the fragment type; an accumulator takes it at the load.
  const name = declare(op, e, res, fragmentOf(res, op, col ? 'col' : 'row'));
  const ptr = `&${element(e, op.operand(0), op.operands.slice(1))}`;
  const layout = t.operand === 'COp' ? `, ${WMMA}::mem_${col ? 'col' : 'row'}_major` : '';
  e.line(`${WMMA}::load_matrix_sync(${name}, ${ptr}, ${leadDimension(op)}${layout});`);
};

const storeMatrix: OpEmitter = (op, e) => {
  checkElement(op, op.operand(1), op.operand(0));
  const ptr = `&${element(e, op.operand(1), op.operands.slice(2))}`;
  e.line(`${WMMA}::store_matrix_sync(${ptr}, ${e.get(op.operand(0))}, ${leadDimension(op)}, ${WMMA}::mem_${transposed(op) ? 'col' : 'row'}_major);`);
};

const compute: OpEmitter = (op, e) => {
  if (op.getProp('a_transpose') !== undefined || op.getProp('b_transpose') !== undefined) {
    throw new EmitError(op, 'a_transpose and b_transpose have no CUDA C++ translation (transpose at subgroup_mma_load_matrix instead)');
  }
  const res = op.result(0);
  const name = declare(op, e, res, fragmentOf(res, op));
  const [a, b, c] = op.operands.map((v) => e.get(v));
  e.line(`${WMMA}::mma_sync(${name}, ${a}, ${b}, ${c});`);
};

const constantMatrix: OpEmitter = (op, e) => {
  const res = op.result(0);
  const name = declare(op, e, res, fragmentOf(res, op));
  e.line(`${WMMA}::fill_fragment(${name}, ${e.get(op.operand(0))});`);
};

/** Each elementwise kind on compute-type operands; rounded once to the result type by the caller. */
const ELEMENTWISE: Record<string, (xs: string[], t: Type) => string> = {
  addf: ([a, b], t) => (computeFloat(t) === 'float' ? `__fadd_rn(${a}, ${b})` : `${a} + ${b}`),
  subf: ([a, b], t) => (computeFloat(t) === 'float' ? `__fsub_rn(${a}, ${b})` : `${a} - ${b}`),
  mulf: ([a, b], t) => (computeFloat(t) === 'float' ? `__fmul_rn(${a}, ${b})` : `${a} * ${b}`),
  divf: ([a, b], t) => (computeFloat(t) === 'float' ? `__fdiv_rn(${a}, ${b})` : `${a} / ${b}`),
  maxf: ([a, b]) => `fmaxf(${a}, ${b})`,
  minf: ([a, b]) => `fminf(${a}, ${b})`,
  negatef: ([a]) => `-${a}`,
  extf: ([a]) => a,
};

/**
 * Elementwise ops act on each lane's part of the fragments: fragments of one shape (an f16 and an
 * f32 accumulator included) map their elements to the same matrix positions.
 */
const elementwise: OpEmitter = (op, e) => {
  const kind = (op.getProp('opType') as KeywordEnumAttr).value;
  const f = ELEMENTWISE[kind];
  if (!f) throw new EmitError(op, `subgroup_mma_elementwise '${kind}' has no CUDA C++ translation (float ops do)`);
  const res = op.result(0);
  const t = (res.type as MmaMatrixType).elementType;
  if (!(t instanceof FloatType)) throw new EmitError(op, `subgroup_mma_elementwise on '${String(t)}' has no CUDA C++ translation`);
  const name = declare(op, e, res, fragmentOf(res, op));
  const i = e.fresh('i');
  const args = op.operands.map((v) => toCompute(`${e.get(v)}.x[${i}]`, (v.type as MmaMatrixType).elementType));
  e.open(`for (int ${i} = 0; ${i} < ${name}.num_elements; ${i}++)`);
  e.line(`${name}.x[${i}] = ${fromCompute(f(args, t), t, computeFloat(t))};`);
  e.close();
};

registerEmitters({
  'gpu.subgroup_mma_load_matrix': loadMatrix,
  'gpu.subgroup_mma_store_matrix': storeMatrix,
  'gpu.subgroup_mma_compute': compute,
  'gpu.subgroup_mma_constant_matrix': constantMatrix,
  'gpu.subgroup_mma_elementwise': elementwise,
}, 'device');
