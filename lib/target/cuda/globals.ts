// memref.global as a `__device__` array with its initial elements (f16/bf16 as bit patterns, as
// __device__ initializers must be constant; dense_resource blobs as words of their bytes, or loaded
// from the side weights file), and memref.get_global: the array in kernels, its device address
// (cudaGetSymbolAddress) in host code.
import {
  DenseElementsAttr, DenseResourceElementsAttr, FloatType, MemRefType, SymbolRefAttr, TypeAttr, UnitAttr, isSymbolTable, lookupSymbolIn,
  type Operation,
} from '../../ir/index.js';
import { floatFormat, floatToBits } from '../../interp/scalar/index.js';
import { EmitError, registerEmitters } from './emitter.js';
import { descFromType, elementCType } from './memref.js';
import { floatLiteral, intLiteral, intWidthOf } from './types.js';
import { symbolName } from './kernel.js';
import { resourceBytes, wordType, wordsInitialiser, type WeightsPlan } from './weights.js';

/** The C name of global `name` (MLIR symbols may start with `__`, which C++ reserves). */
export const globalName = (name: string): string => `dlc_global_${name.replace(/[^\w]/g, '_')}`;

/** Whether an element type is stored as raw bits (f16, bf16): C++ has no constant initializer for them. */
const asBits = (t: MemRefType): boolean => t.elementType instanceof FloatType && (t.elementType.name === 'f16' || t.elementType.name === 'bf16');

/** Globals whose data `dlc_load_weights` copies from the side file (as of the last translation): their host uses check it ran. */
const inSideFile = new WeakSet<Operation>();

/** The `__device__` definition of memref.global `op`; `weights` places dense_resource blobs. */
export function emitGlobal(op: Operation, weights: WeightsPlan): string {
  const type = op.getProp('type') ?? op.getAttr('type');
  const memref = type instanceof TypeAttr ? type.value : undefined;
  if (!(memref instanceof MemRefType) || memref.shape.some((d) => d < 0)) throw new EmitError(op, 'a global needs a static memref type');
  const count = memref.shape.reduce((a, b) => a * b, 1);
  const name = globalName(symbolName(op));
  const bits = asBits(memref);
  const ctype = bits ? 'unsigned short' : elementCType(memref, op);
  const init = op.getProp('initial_value') ?? op.getAttr('initial_value');
  inSideFile.delete(op);
  if (init === undefined || init instanceof UnitAttr) return `__device__ ${ctype} ${name}[${Math.max(count, 1)}];\n`;
  if (init instanceof DenseResourceElementsAttr) {
    // Words of the element's width hold the blob's bytes exactly (NaN payloads, f16 and i1 alike); uses cast the pointer.
    const { bytes, size } = resourceBytes(init, op);
    const array = `__device__ __align__(16) ${wordType(size)} ${name}[${Math.max(count, 1)}]`;
    if (weights.place(name, bytes, op)) return `${array} = ${wordsInitialiser(bytes, size)};\n`;
    inSideFile.add(op);
    return `${array};  // from the weights file\n`;
  }
  if (!(init instanceof DenseElementsAttr)) throw new EmitError(op, `initial value '${String(init).slice(0, 40)}' has no CUDA C++ translation (dense elements do)`);
  const element = memref.elementType;
  const literal = (i: number): string => {
    const v = init.at(i);
    if (bits) return `0x${floatToBits(floatFormat((element as FloatType).name)!, Number(v)).toString(16)}`;
    if (element instanceof FloatType) return floatLiteral(Number(v), element);
    if (intWidthOf(element) !== undefined) return intLiteral(BigInt(v as bigint), element);
    throw new EmitError(op, `elements of type '${String(element)}' have no CUDA C++ translation`);
  };
  const values = Array.from({ length: count }, (_, i) => literal(i));
  return `__device__ __align__(16) ${ctype} ${name}[${Math.max(count, 1)}] = {${values.join(', ')}};\n`;
}

/** The memref.global `ref` names, looked up in every symbol table around `op`. */
function globalOf(op: Operation, ref: SymbolRefAttr): Operation | undefined {
  for (let p = op.parentOp; p; p = p.parentOp) {
    const found = isSymbolTable(p) ? lookupSymbolIn(p, ref) : undefined;
    if (found) return found;
  }
  return undefined;
}

registerEmitters({
  'memref.get_global': (op, e) => {
    const ref = op.getProp('name') ?? op.getAttr('name');
    const type = op.result(0).type;
    if (!(ref instanceof SymbolRefAttr) || !(type instanceof MemRefType)) throw new EmitError(op, 'expected a symbol and a memref type');
    const symbol = globalName(ref.leaf);
    const t = elementCType(type, op);
    const global = globalOf(op, ref);
    const init = global?.getProp('initial_value') ?? global?.getAttr('initial_value');
    let ptr = asBits(type) || init instanceof DenseResourceElementsAttr ? `((${t}*)${symbol})` : symbol;
    if (e.side === 'host') {
      if (global && inSideFile.has(global)) e.line('dlc_require_weights();');
      ptr = e.fresh('global');
      e.line(`${t}* ${ptr} = nullptr;`);
      e.line(`DLC_CHECK(cudaGetSymbolAddress((void**)&${ptr}, ${symbol}));`);
    }
    e.bindDesc(op.result(0), descFromType(type, ptr, ptr, op));
  },
});
