// A host func.func as `extern "C" void host_<name>(args..., results...)`: device allocations (cached),
// copies, memsets and kernel launches (cooperative ones after an occupancy check), every CUDA
// call checked. Memref results are returned through `T**` out-parameters.
import { IntegerAttr, MemRefType, SymbolRefAttr, type Operation, type Value } from '../../ir/index.js';
import { EmitError, FunctionEmitter, registerEmitters, type MemRefDesc, type OpEmitter } from './emitter.js';
import { computeLiveness } from './liveness.js';
import { contiguousStrides, descFromType, dynamicParts, elementCType, elementCount, partOf } from './memref.js';
import { functionTypeOf, paramDecls, symbolName, type KernelInfo } from './kernel.js';

/** The C name of host function `name`: prefixed, as a model's entry is often `@main`. */
export const hostName = (name: string): string => `host_${name}`;

/** The operands of segment `i` of an op with operandSegmentSizes. */
function segments(op: Operation): Value[][] {
  const sizes = op.getProp('operandSegmentSizes') ?? op.getAttr('operandSegmentSizes');
  const counts = sizes && 'values' in sizes ? (sizes.values as readonly (number | bigint)[]).map(Number) : [op.numOperands];
  let start = 0;
  return counts.map((n) => op.operands.slice(start, (start += n)));
}

/** Allocations: the product of static and dynamic sizes, from dlc's buffer cache (cudaMalloc the first time). */
const alloc = (sizesSegment: number): OpEmitter => (op, e) => {
  const type = op.result(0).type;
  if (!(type instanceof MemRefType) || type.layout !== null) throw new EmitError(op, 'only memrefs with the identity layout can be allocated in CUDA C++');
  if (op.numResults > 1) throw new EmitError(op, 'asynchronous allocations have no CUDA C++ translation');
  const dynamic = segments(op)[sizesSegment] ?? [];
  const name = e.fresh('buf');
  let next = 0;
  const sizes = type.shape.map((d) => (d < 0 ? e.get(dynamic[next++]) : String(d)));
  const withSizes: MemRefDesc = { ptr: name, sizes, strides: contiguousStrides(sizes), offset: '0' };
  e.line(`${elementCType(type, op)}* ${name} = nullptr;`);
  e.line(`dlc::alloc(&${name}, ${elementCount(withSizes)});`);
  e.bindDesc(op.result(0), withSizes);
};

const free: OpEmitter = (op, e) => e.line(`dlc::release(${e.desc(op.operand(op.numOperands - 1)).ptr});`);

/** A copy between contiguous memrefs of one shape: one cudaMemcpy. */
function copy(op: Operation, e: FunctionEmitter, target: Value, source: Value): void {
  const type = target.type;
  if (!(type instanceof MemRefType) || type.layout !== null || !(source.type instanceof MemRefType) || source.type.layout !== null) {
    throw new EmitError(op, 'only copies between memrefs with the identity layout have a CUDA C++ translation');
  }
  const d = e.desc(target);
  e.line(`DLC_CHECK(cudaMemcpy(${d.ptr}, ${e.desc(source).ptr}, ${elementCount(d)} * sizeof(${elementCType(type, op)}), cudaMemcpyDefault));`);
}

/** The value of a constant index operand, or undefined. */
function constantOf(v: Value): number | undefined {
  const value = v.definingOp?.name.name === 'arith.constant' ? v.definingOp.getProp('value') : undefined;
  return value instanceof IntegerAttr ? Number(value.value) : undefined;
}

/**
 * gpu.launch_func with MLIR's operands: async dependencies, grid x/y/z, block x/y/z, cluster
 * x/y/z, dynamic shared memory size, kernel operands, async object.
 */
export function launchOperands(op: Operation): { grid: Value[]; block: Value[]; shared?: Value; args: Value[]; cluster: Value[] } {
  const s = segments(op);
  if (s.length !== 13) throw new EmitError(op, `expected gpu.launch_func's 13 operand segments, got ${s.length}`);
  return { grid: [s[1][0], s[2][0], s[3][0]], block: [s[4][0], s[5][0], s[6][0]], cluster: [...s[7], ...s[8], ...s[9]], shared: s[10][0], args: s[11] };
}

/** The kernel name a gpu.launch_func calls. */
export function launchedKernel(op: Operation): string {
  const ref = op.getProp('kernel') ?? op.getAttr('kernel');
  if (!(ref instanceof SymbolRefAttr)) throw new EmitError(op, "expected a 'kernel' symbol reference");
  return ref.leaf;
}

/** The threads per block of a launch when its block dims are constants. */
export function launchThreads(op: Operation): number | undefined {
  const dims = launchOperands(op).block.map(constantOf);
  return dims.every((d) => d !== undefined) ? dims.reduce((a, b) => a! * b!, 1) : undefined;
}

const launch: OpEmitter = (op, e) => {
  const { grid, block, shared, args, cluster } = launchOperands(op);
  if (cluster.length) throw new EmitError(op, 'thread block clusters have no CUDA C++ translation');
  const name = launchedKernel(op);
  const info = e.kernels.get(name);
  if (!info) throw new EmitError(op, `no kernel '${name}' in the module's gpu.module`);
  const dims = (vs: Value[]) => `dim3(${vs.map((v) => e.get(v)).join(', ')})`;
  let bytes = shared ? e.get(shared) : '0';
  if (info.carvedSharedBytes) bytes = bytes === '0' ? String(info.carvedSharedBytes) : `${info.carvedSharedBytes} + ${bytes}`;
  const actuals = args.flatMap((a) => {
    if (!(a.type instanceof MemRefType)) return [e.get(a)];
    const d = e.desc(a);
    return [d.ptr, ...dynamicParts(a.type).map((p) => partOf(d, p))];
  });
  const cooperative = op.getAttr('cooperative') !== undefined || op.getProp('cooperative') !== undefined || info.gridSync;
  e.open('');
  if (info.carvedSharedBytes || shared) e.line(`dlc::allow_shared((const void*)${name}, ${bytes});`);
  if (!cooperative) {
    e.line(`${name}<<<${dims(grid)}, ${dims(block)}, ${bytes}>>>(${actuals.join(', ')});`);
    e.line('DLC_CHECK(cudaGetLastError());');
  } else {
    // cudaLaunchCooperativeKernel takes the address of each argument, typed as the kernel's parameter.
    const params = info.params.flatMap((t, i) => paramDecls(t, `p${i}`, op, e).map((d) => d.replace(/^(.*?)(\w+)$/, '$1')));
    const names = actuals.map((_, i) => `a${i}`);
    actuals.forEach((a, i) => e.line(`${params[i]}${names[i]} = ${a};`));
    e.line(`void* args[] = {${names.map((n) => `&${n}`).join(', ')}};`);
    e.line(`dlc::launch_cooperative((const void*)${name}, "${name}", ${dims(grid)}, ${dims(block)}, ${bytes}, args);`);
  }
  e.close();
};

registerEmitters({
  'memref.alloc': alloc(0),
  'gpu.alloc': alloc(1),
  'memref.dealloc': free,
  'gpu.dealloc': free,
  'gpu.memcpy': (op, e) => copy(op, e, op.operand(op.numOperands - 2), op.operand(op.numOperands - 1)),
  'memref.copy': (op, e) => copy(op, e, op.operand(1), op.operand(0)),
  'gpu.memset': (op, e) => {
    const target = op.operand(op.numOperands - 2);
    const d = e.desc(target);
    e.line(`dlc::fill(${d.ptr}, ${elementCount(d)}, ${e.get(op.operand(op.numOperands - 1))});`);
  },
  'gpu.launch_func': launch,
  'func.return': (op, e) => {
    op.operands.forEach((v, i) => e.line(`*result${i} = ${e.get(v)};`));
  },
}, 'host');

/** Emits host function `fn`; `kernels` describes the kernels it may launch. */
export function emitHostFunction(fn: Operation, kernels: ReadonlyMap<string, KernelInfo>): string {
  const e = new FunctionEmitter('host', computeLiveness(fn), kernels);
  const type = functionTypeOf(fn);
  const entry = fn.regions[0].entry;
  if (!entry) throw new EmitError(fn, 'a function declaration has no CUDA C++ translation');
  const params: string[] = [];
  entry.arguments.forEach((a, i) => {
    const base = `arg${i}`;
    params.push(...paramDecls(a.type, base, fn, e));
    if (a.type instanceof MemRefType) e.bindDesc(a, descFromType(a.type, base, base, fn));
    else e.bind(a, base);
  });
  type.results.forEach((t, i) => {
    if (t instanceof MemRefType && dynamicParts(t).length) throw new EmitError(fn, `result #${i} of type '${String(t)}': only results of static shape have a CUDA C++ translation`);
    params.push(t instanceof MemRefType ? `${elementCType(t, fn)}** result${i}` : `${e.typeName(t, fn)}* result${i}`);
  });
  e.emitBlock(entry, true);
  return `extern "C" void ${hostName(symbolName(fn))}(${params.join(', ')}) {\n${e.lines.join('\n')}\n}\n`;
}
