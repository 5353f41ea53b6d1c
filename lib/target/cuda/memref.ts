// CUDA C++ for memrefs: descriptors built from types (static sizes and strides as literals, dynamic
// ones as extra int64_t parameters), element accesses by strided linear index, views, local arrays
// and atomics.
import { DenseArrayAttr, IntegerAttr, MemRefType, StridedLayoutAttr, kDynamic, type Operation, type Value } from '../../ir/index.js';
import { EmitError, memrefType, registerEmitters, type FunctionEmitter, type MemRefDesc, type OpEmitter } from './emitter.js';
import { cType } from './types.js';
import { functorOf } from './functors.js';

/** `a * b` on C expressions, folding literals. */
export function mul(a: string, b: string): string {
  if (/^-?\d+$/.test(a) && /^-?\d+$/.test(b)) return String(BigInt(a) * BigInt(b));
  if (a === '1') return b;
  if (b === '1') return a;
  if (a === '0' || b === '0') return '0';
  return `${a} * ${b}`;
}

/** `a + b` on C expressions, folding literals. */
export function add(a: string, b: string): string {
  if (/^-?\d+$/.test(a) && /^-?\d+$/.test(b)) return String(BigInt(a) + BigInt(b));
  if (a === '0') return b;
  if (b === '0') return a;
  return `${a} + ${b}`;
}

const paren = (x: string): string => (/^[\w.]+$/.test(x) ? x : `(${x})`);

/** A memref type's scalar parts that are not static: what a kernel parameter list carries besides the pointer. */
export interface DynamicPart {
  readonly kind: 'size' | 'stride' | 'offset';
  readonly dim: number;
}

/** The dynamic sizes, strides and offset of `type`, in parameter order. */
export function dynamicParts(type: MemRefType): DynamicPart[] {
  const parts: DynamicPart[] = type.shape.flatMap((d, i) => (d === kDynamic ? [{ kind: 'size' as const, dim: i }] : []));
  const layout = type.layout;
  if (layout instanceof StridedLayoutAttr) {
    layout.strides.forEach((s, i) => {
      if (s === kDynamic) parts.push({ kind: 'stride', dim: i });
    });
    if (layout.offset === kDynamic) parts.push({ kind: 'offset', dim: 0 });
  }
  return parts;
}

/** The C name of a dynamic part of the memref named `base`. */
export function partName(base: string, p: DynamicPart): string {
  return p.kind === 'size' ? `${base}_size${p.dim}` : p.kind === 'stride' ? `${base}_stride${p.dim}` : `${base}_offset`;
}

/** The C expression of part `p` of descriptor `d`. */
export function partOf(d: MemRefDesc, p: DynamicPart): string {
  return p.kind === 'size' ? d.sizes[p.dim] : p.kind === 'stride' ? d.strides[p.dim] : d.offset;
}

/** Row-major strides of `sizes` (C expressions). */
export function contiguousStrides(sizes: readonly string[]): string[] {
  const strides = new Array<string>(sizes.length);
  let s = '1';
  for (let i = sizes.length - 1; i >= 0; i--) {
    strides[i] = s;
    s = mul(paren(sizes[i]), s);
  }
  return strides;
}

/**
 * The descriptor of a memref of `type` at pointer `ptr`, its dynamic parts read from variables
 * named after `base`. Only identity and strided layouts have one.
 */
export function descFromType(type: MemRefType, ptr: string, base: string, op: Operation): MemRefDesc {
  const sizes = type.shape.map((d, i) => (d === kDynamic ? partName(base, { kind: 'size', dim: i }) : String(d)));
  const layout = type.layout;
  if (layout === null) return { ptr, sizes, strides: contiguousStrides(sizes), offset: '0' };
  if (!(layout instanceof StridedLayoutAttr)) throw new EmitError(op, `memref layout '${String(layout)}' has no CUDA C++ translation (identity and strided layouts do)`);
  const strides = layout.strides.map((s, i) => (s === kDynamic ? partName(base, { kind: 'stride', dim: i }) : String(s)));
  const offset = layout.offset === kDynamic ? partName(base, { kind: 'offset', dim: 0 }) : String(layout.offset);
  return { ptr, sizes, strides, offset };
}

/** The number of elements a descriptor spans from its pointer (for allocations: the product of the sizes). */
export function elementCount(d: MemRefDesc): string {
  return d.sizes.reduce((acc, s) => mul(acc, paren(s)), '1');
}

/** `ptr[offset + sum idx*stride]` for the memref operand and index operands of `op`. */
export function element(e: FunctionEmitter, memref: Value, indices: readonly Value[]): string {
  const d = e.desc(memref);
  let index = d.offset;
  indices.forEach((v, i) => (index = add(index, mul(e.get(v), paren(d.strides[i])))));
  return `${d.ptr}[${index}]`;
}

/** A static integer list property (`static_offsets`...), kDynamic where an operand gives the value. */
function staticList(op: Operation, name: string): number[] {
  const a = op.getProp(name) ?? op.getAttr(name);
  if (!(a instanceof DenseArrayAttr)) throw new EmitError(op, `expected a dense array property '${name}'`);
  return a.values.map(Number);
}

/** Static entries as literals, dynamic ones from `operands` in order. */
function mixed(values: readonly number[], operands: readonly Value[], e: FunctionEmitter): string[] {
  let next = 0;
  return values.map((v) => (v === kDynamic ? e.get(operands[next++]) : String(v)));
}

/** Operands of segment `i` by the op's operandSegmentSizes. */
function segment(op: Operation, i: number): Value[] {
  const sizes = staticList(op, 'operandSegmentSizes');
  const start = sizes.slice(0, i).reduce((a, b) => a + b, 0);
  return op.operands.slice(start, start + sizes[i]);
}

/** memref.subview: offsets move the start, strides multiply; unit dims the result drops go away. */
const subview: OpEmitter = (op, e) => {
  const src = e.desc(op.operand(0));
  const offsets = mixed(staticList(op, 'static_offsets'), segment(op, 1), e);
  const sizes = mixed(staticList(op, 'static_sizes'), segment(op, 2), e);
  const steps = mixed(staticList(op, 'static_strides'), segment(op, 3), e);
  let offset = src.offset;
  offsets.forEach((o, i) => (offset = add(offset, mul(paren(o), paren(src.strides[i])))));
  let keptSizes = sizes;
  let keptStrides = steps.map((s, i) => mul(paren(s), paren(src.strides[i])));
  const rank = memrefType(op.result(0), op).rank;
  // Rank reduction: drop unit dims from the left until the ranks agree (MLIR's usual mask).
  for (let i = 0; keptSizes.length > rank && i < keptSizes.length; ) {
    if (keptSizes[i] === '1') {
      keptSizes = keptSizes.filter((_, j) => j !== i);
      keptStrides = keptStrides.filter((_, j) => j !== i);
    } else i++;
  }
  if (keptSizes.length !== rank) throw new EmitError(op, 'cannot tell which dimensions this rank-reducing subview drops');
  bindView(op, e, { ptr: src.ptr, sizes: keptSizes, strides: keptStrides, offset });
};

/** Binds a view's descriptor, naming non-literal parts so that later uses read a variable. */
function bindView(op: Operation, e: FunctionEmitter, d: MemRefDesc): void {
  if (!e.needed(op.result(0))) return;
  const name = (x: string): string => {
    if (/^[\w]+$/.test(x)) return x;
    const v = e.fresh();
    e.line(`const int64_t ${v} = ${x};`);
    return v;
  };
  e.bindDesc(op.result(0), { ptr: d.ptr, sizes: d.sizes.map(name), strides: d.strides.map(name), offset: name(d.offset) });
}

const reinterpretCast: OpEmitter = (op, e) => {
  const src = e.desc(op.operand(0));
  const offsets = mixed(staticList(op, 'static_offsets'), segment(op, 1), e);
  const sizes = mixed(staticList(op, 'static_sizes'), segment(op, 2), e);
  const strides = mixed(staticList(op, 'static_strides'), segment(op, 3), e);
  bindView(op, e, { ptr: src.ptr, sizes, strides, offset: offsets[0] ?? '0' });
};

/** memref.alloca in a kernel: a local array of static size. */
const alloca: OpEmitter = (op, e) => {
  const type = memrefType(op.result(0), op);
  if (type.shape.some((d) => d === kDynamic)) throw new EmitError(op, 'a local array needs a static shape');
  const name = e.fresh('local');
  const d = descFromType(type, name, name, op);
  e.line(`${elementCType(type, op)} ${name}[${elementCount(d)}];`);
  e.bindDesc(op.result(0), d);
};

/** The name of memref.atomic_rmw's kind (MLIR's AtomicRMWKind, numbered alphabetically). */
const ATOMIC_KINDS = ['addf', 'addi', 'andi', 'assign', 'maximumf', 'maxnumf', 'maxs', 'maxu', 'minimumf', 'minnumf', 'mins', 'minu', 'mulf', 'muli', 'ori', 'xori'];

function atomicKind(op: Operation): string {
  const a = op.getProp('kind') ?? op.getAttr('kind');
  if (a instanceof IntegerAttr) return ATOMIC_KINDS[Number(a.value)];
  const text = a && 'value' in a && typeof a.value === 'string' ? a.value : String(a);
  return /(\w+)>?$/.exec(text)?.[1] ?? text;
}

/** memref.atomic_rmw: CUDA's atomics where they exist for the type, a compare-and-swap loop otherwise (dlc::atomic_update). */
const atomicRmw: OpEmitter = (op, e) => {
  const kind = atomicKind(op);
  const value = e.get(op.operand(0));
  const address = `&${element(e, op.operand(1), op.operands.slice(2))}`;
  const t = e.typeOf(op.operand(0), op);
  const native: Record<string, string> = {
    addi: 'atomicAdd', assign: 'atomicExch', andi: 'atomicAnd', ori: 'atomicOr', xori: 'atomicXor',
    maxs: 'atomicMax', mins: 'atomicMin', maxu: 'atomicMax', minu: 'atomicMin',
  };
  let expr: string;
  if (kind === 'addf' && ['float', 'double', '__half', '__nv_bfloat16'].includes(t)) {
    expr = `atomicAdd(${address}, ${value})`;
  } else if (kind === 'assign' && t === 'float') {
    expr = `atomicExch(${address}, ${value})`;
  } else if ((t === 'int32_t' || t === 'int64_t') && native[kind]) {
    // CUDA's integer atomics take int / unsigned / long long / unsigned long long: reinterpret the stored type.
    const signed = kind === 'maxs' || kind === 'mins';
    const ct = t === 'int32_t' ? (signed ? 'int' : 'unsigned int') : signed ? 'long long' : 'unsigned long long';
    const call = `${native[kind]}((${ct}*)${address}, (${ct})${value})`;
    expr = e.needed(op.result(0)) ? `(${t})${call}` : call;
  } else {
    expr = `dlc::atomic_update(${address}, ${value}, ${functorOf(kind, op)})`;
  }
  if (e.needed(op.result(0))) e.define(op, op.result(0), expr);
  else e.line(`${expr};`);
};

/** memref.load: the element in kernels; in host code (whose memrefs are device pointers) a one-element device-to-host copy, which waits for the kernels before it. */
const load: OpEmitter = (op, e) => {
  const at = element(e, op.operand(0), op.operands.slice(1));
  if (e.side === 'device') return e.define(op, op.result(0), at);
  if (!e.needed(op.result(0))) return;
  const name = e.fresh();
  e.line(`${e.typeOf(op.result(0), op)} ${name};`);
  e.line(`DLC_CHECK(cudaMemcpy(&${name}, &${at}, sizeof(${name}), cudaMemcpyDeviceToHost));`);
  e.bind(op.result(0), name);
};

/** memref.store: an assignment in kernels; in host code a one-element host-to-device copy. */
const store: OpEmitter = (op, e) => {
  const at = element(e, op.operand(1), op.operands.slice(2));
  if (e.side === 'device') return e.line(`${at} = ${e.get(op.operand(0))};`);
  const name = e.fresh();
  e.line(`const ${e.typeOf(op.operand(0), op)} ${name} = ${e.get(op.operand(0))};`);
  e.line(`DLC_CHECK(cudaMemcpy(&${at}, &${name}, sizeof(${name}), cudaMemcpyHostToDevice));`);
};

registerEmitters({
  'memref.load': load,
  'memref.store': store,
  'memref.dim': (op, e) => {
    const index = op.operand(1).definingOp?.getProp('value');
    if (!(index instanceof IntegerAttr)) throw new EmitError(op, 'memref.dim needs a constant index in CUDA C++');
    e.define(op, op.result(0), e.desc(op.operand(0)).sizes[Number(index.value)]);
  },
  'memref.cast': (op, e) => {
    if (e.needed(op.result(0))) e.bindDesc(op.result(0), e.desc(op.operand(0)));
  },
  'memref.subview': subview,
  'memref.reinterpret_cast': reinterpretCast,
});
registerEmitters({ 'memref.alloca': alloca, 'memref.atomic_rmw': atomicRmw }, 'device');

/** The C++ element type of memref `type`. */
export function elementCType(type: MemRefType, op: Operation): string {
  try {
    return cType(type.elementType);
  } catch (err) {
    throw new EmitError(op, (err as Error).message);
  }
}
