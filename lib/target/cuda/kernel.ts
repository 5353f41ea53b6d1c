// A gpu.func kernel as `extern "C" __global__ void __launch_bounds__(N) name(...)`: memref
// parameters as pointers (plus their dynamic sizes and strides), workgroup attributions as
// `__shared__` arrays (carved from dynamic shared memory above 48 KiB), private ones as local arrays.
import { DenseArrayAttr, FunctionType, MemRefType, StringAttr, TypeAttr, type Operation, type Type } from '../../ir/index.js';
import { EmitError, FunctionEmitter } from './emitter.js';
import { computeLiveness } from './liveness.js';
import { descFromType, dynamicParts, elementCType, elementCount, partName } from './memref.js';
import { byteSize } from './types.js';

/** What the host needs to know to launch a kernel. */
export interface KernelInfo {
  readonly name: string;
  readonly params: readonly Type[];
  /** Bytes of workgroup attributions carved from dynamic shared memory (0 when they are static `__shared__` arrays). */
  readonly carvedSharedBytes: number;
  /** Whether the kernel syncs the grid, so it must be launched cooperatively. */
  readonly gridSync: boolean;
}

/** Static shared memory CUDA allows without opting in. */
const STATIC_SHARED_LIMIT = 48 * 1024;

/** The function type of a func.func or gpu.func. */
export function functionTypeOf(fn: Operation): FunctionType {
  const t = fn.getProp('function_type') ?? fn.getAttr('function_type');
  if (!(t instanceof TypeAttr) || !(t.value instanceof FunctionType)) throw new EmitError(fn, "expected a 'function_type' property");
  return t.value;
}

/** The symbol name of `op`. */
export function symbolName(op: Operation): string {
  const n = op.getProp('sym_name') ?? op.getAttr('sym_name');
  if (!(n instanceof StringAttr)) throw new EmitError(op, "expected a 'sym_name' property");
  return n.value;
}

/** C parameter declarations for a value of `type` named `base` (a pointer and dynamic parts for memrefs). */
export function paramDecls(type: Type, base: string, op: Operation, e: FunctionEmitter): string[] {
  if (!(type instanceof MemRefType)) return [`${e.typeName(type, op)} ${base}`];
  return [`${elementCType(type, op)}* ${base}`, ...dynamicParts(type).map((p) => `int64_t ${partName(base, p)}`)];
}

/** The threads per block the kernel is launched with: its known_block_size, else what every launch of it says. */
function blockSize(fn: Operation, launchBlockSizes: ReadonlyMap<string, number | undefined>): number | undefined {
  const known = fn.getProp('known_block_size') ?? fn.getAttr('known_block_size');
  if (known instanceof DenseArrayAttr) return known.values.reduce<number>((a, b) => a * Number(b), 1);
  return launchBlockSizes.get(symbolName(fn));
}

/** Emits kernel `fn` (a gpu.func with the `kernel` attribute); returns its text and launch facts. */
export function emitKernel(fn: Operation, launchBlockSizes: ReadonlyMap<string, number | undefined>): { text: string; info: KernelInfo } {
  const name = symbolName(fn);
  if (fn.getAttr('gpu.kernel') === undefined && fn.getProp('gpu.kernel') === undefined) {
    throw new EmitError(fn, 'only gpu.func kernels have a CUDA C++ translation (device functions do not)');
  }
  const inputs = functionTypeOf(fn).inputs;
  const e = new FunctionEmitter('device', computeLiveness(fn));
  const entry = fn.regions[0].entry!;
  const params: string[] = [];
  entry.arguments.slice(0, inputs.length).forEach((a, i) => {
    const base = `arg${i}`;
    params.push(...paramDecls(a.type, base, fn, e));
    if (a.type instanceof MemRefType) e.bindDesc(a, descFromType(a.type, base, base, fn));
    else e.bind(a, base);
  });
  const attributions = entry.arguments.slice(inputs.length);
  const isWorkgroup = (t: Type) => t instanceof MemRefType && /workgroup|\b3\b/.test(String(t.memorySpace ?? ''));
  const sharedBytes = attributions.filter((a) => isWorkgroup(a.type)).reduce((sum, a) => sum + attributionBytes(a.type as MemRefType, fn), 0);
  const carve = sharedBytes > STATIC_SHARED_LIMIT;
  if (carve) e.line('extern __shared__ __align__(32) unsigned char dlc_shared[];');
  let carved = 0;
  attributions.forEach((a, i) => {
    const type = a.type as MemRefType;
    if (!e.needed(a)) return;
    const count = elementCount(descFromType(type, '', '', fn));
    const t = elementCType(type, fn);
    const local = isWorkgroup(type) ? `shared${i}` : `private${i}`;
    if (!isWorkgroup(type)) e.line(`${t} ${local}[${count}];`);
    else if (!carve) e.line(`__shared__ __align__(32) ${t} ${local}[${count}];`);
    else {
      e.line(`${t}* ${local} = (${t}*)&dlc_shared[${carved}];`);
      carved += align32(attributionBytes(type, fn));
    }
    e.bindDesc(a, descFromType(type, local, local, fn));
  });
  e.emitBlock(entry, true);
  let gridSync = false;
  fn.walk((op) => void (gridSync ||= op.name.name === 'gpu.grid_sync'));
  const threads = blockSize(fn, launchBlockSizes);
  const bounds = threads !== undefined ? ` __launch_bounds__(${threads})` : '';
  const head = `extern "C" __global__ void${bounds} ${name}(${params.join(', ')})`;
  return {
    text: `${head} {\n${e.lines.join('\n')}\n}\n`,
    info: { name, params: inputs, carvedSharedBytes: carve ? carved : 0, gridSync },
  };
}

/** Shared arrays start 32-byte aligned: wmma loads and stores need 256-bit aligned pointers. */
const align32 = (n: number): number => Math.ceil(n / 32) * 32;

function attributionBytes(type: MemRefType, op: Operation): number {
  if (type.shape.some((d) => d < 0)) throw new EmitError(op, `attribution '${String(type)}' needs a static shape`);
  return type.shape.reduce((a, b) => a * b, 1) * byteSize(type.elementType);
}
