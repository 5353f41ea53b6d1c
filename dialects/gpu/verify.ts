// Verifiers of gpu.func and gpu.launch_func: MLIR's checks (body arguments, attributions, kernel
// signatures) and dlc's (positive constant launch dims, workgroup memory within the GPU profile's
// limit, no block-collective op under control flow that depends on the thread id).
import {
  FloatType, IntegerAttr, IntegerType, MemRefType, SymbolRefAttr, type Operation, type SymbolLookup, type Type, type Value,
} from '../../lib/ir/index.js';
import { gpuProfile, type GpuProfile } from '../../lib/target/gpu-profiles.js';
import { addressSpaceOf } from './attrs.js';
import { gpuFuncType, launchGroups, workgroupCount } from './syntax.js';

const fail = (op: Operation, message: string): false => (op.emitOpError(message), false);

/** The profile whose shared-memory limit the verifier enforces. */
export const VERIFY_PROFILE: GpuProfile = gpuProfile('h100')!;

/** Bytes of one element of a memref (4 for element types without a bit width). */
function elementBytes(t: Type): number {
  return t instanceof FloatType || t instanceof IntegerType ? Math.max(1, Math.ceil(t.width / 8)) : 4;
}

/** Bytes a static memref type occupies (0 for dynamic shapes, which attributions cannot have). */
export function memrefBytes(t: Type): number {
  if (!(t instanceof MemRefType) || t.shape.some((d) => d < 0)) return 0;
  return t.shape.reduce((n, d) => n * d, 1) * elementBytes(t.elementType);
}

/** Bytes of a gpu.func's workgroup attributions (its static shared memory). */
export function workgroupBytes(func: Operation): number {
  const args = func.regions[0].entry?.arguments ?? [];
  const inputs = gpuFuncType(func).inputs.length;
  let bytes = 0;
  for (const a of args.slice(inputs, inputs + workgroupCount(func))) bytes += memrefBytes(a.type);
  return bytes;
}

/** MLIR's GPUFuncOp::verifyBody, then dlc's shared-memory limit and barrier placement. */
export function verifyFuncBody(func: Operation): boolean {
  const entry = func.regions[0].entry;
  if (!entry) return fail(func, 'expected body with at least one block');
  const type = gpuFuncType(func);
  const numWorkgroup = workgroupCount(func);
  const args = entry.arguments;
  if (args.length < type.inputs.length + numWorkgroup) return fail(func, `expected at least ${type.inputs.length + numWorkgroup} arguments to body region`);
  for (let i = 0; i < type.inputs.length; i++) {
    if (args[i].type !== type.inputs[i]) return fail(func, `expected body region argument #${i} to be of type ${type.inputs[i]}, got ${args[i].type}`);
  }
  const attributions: [readonly Value[], 'workgroup' | 'private'][] = [
    [args.slice(type.inputs.length, type.inputs.length + numWorkgroup), 'workgroup'],
    [args.slice(type.inputs.length + numWorkgroup), 'private'],
  ];
  for (const [values, space] of attributions) {
    for (const v of values) {
      if (!(v.type instanceof MemRefType)) return fail(func, 'expected memref type in attribution');
      const actual = addressSpaceOf(v.type);
      if (actual !== undefined && actual !== space) return fail(func, `expected memory space ${space} in attribution`);
    }
  }
  const bytes = workgroupBytes(func);
  if (bytes > VERIFY_PROFILE.sharedMemoryPerBlock) {
    return fail(func, `uses ${bytes} bytes of workgroup memory, more than the ${VERIFY_PROFILE.name}'s limit of ${VERIFY_PROFILE.sharedMemoryPerBlock} per block`);
  }
  return verifyCollectivePlacement(func);
}

const COLLECTIVE = new Set(['gpu.barrier', 'gpu.grid_sync', 'gpu.flag_signal', 'gpu.flag_wait']);
const THREAD_IDS = new Set(['gpu.thread_id', 'gpu.lane_id', 'gpu.global_id']);

/**
 * True when `v` may differ between the threads of one block: it is computed (through any ops of
 * the function) from a thread or lane id, or is the induction variable of a loop whose bounds are.
 */
function threadDependent(v: Value, memo: Map<Value, boolean>): boolean {
  const known = memo.get(v);
  if (known !== undefined) return known;
  memo.set(v, false);
  let result = false;
  const def = v.definingOp;
  if (def) {
    result = THREAD_IDS.has(def.name.name) || def.operands.some((o) => threadDependent(o, memo));
  } else {
    const owner = v.parentBlock?.parentOp;
    if (owner?.name.name === 'scf.for') result = owner.operands.some((o) => threadDependent(o, memo));
  }
  memo.set(v, result);
  return result;
}

/**
 * dlc: a block-collective op (barrier, flags, grid_sync) must be reached by every thread of the
 * block, so it may not sit under an scf.if or scf.index_switch whose condition depends on the
 * thread id, nor in a loop whose bounds do.
 */
function verifyCollectivePlacement(func: Operation): boolean {
  const memo = new Map<Value, boolean>();
  let ok = true;
  func.walk((op) => {
    if (!ok || !COLLECTIVE.has(op.name.name)) return;
    for (let p = op.parentOp; p && p !== func; p = p.parentOp) {
      const kind = p.name.name;
      const guards = kind === 'scf.if' || kind === 'scf.index_switch' ? [p.operand(0)] : kind === 'scf.for' || kind === 'scf.while' ? p.operands : [];
      if (guards.some((g) => threadDependent(g, memo))) {
        const d = op.emitOpError(`is block-collective but sits under '${kind}' whose condition depends on the thread id (threads that skip it deadlock the block)`);
        d.attachNote('the divergent op', p.location);
        ok = false;
        return;
      }
    }
  });
  return ok;
}

/** dlc: launch dimensions that are constants must be positive. */
export function verifyLaunchDims(launch: Operation): boolean {
  const g = launchGroups(launch);
  const dims: [string, Value[]][] = [
    ['grid size x', g.gridSizeX], ['grid size y', g.gridSizeY], ['grid size z', g.gridSizeZ],
    ['block size x', g.blockSizeX], ['block size y', g.blockSizeY], ['block size z', g.blockSizeZ],
  ];
  for (const [what, [v]] of dims) {
    const c = v && constantInt(v);
    if (c !== undefined && c <= 0n) return fail(launch, `${what} must be positive, but is ${c}`);
  }
  const block = [g.blockSizeX, g.blockSizeY, g.blockSizeZ].map(([v]) => (v ? constantInt(v) : undefined));
  if (block.every((b) => b !== undefined)) {
    const threads = block.reduce((n, b) => n * b!, 1n);
    if (threads > BigInt(VERIFY_PROFILE.maxThreadsPerBlock)) {
      return fail(launch, `launches ${threads} threads per block, more than the ${VERIFY_PROFILE.name}'s limit of ${VERIFY_PROFILE.maxThreadsPerBlock}`);
    }
  }
  return true;
}

/** The value of an integer or index constant (arith.constant), or undefined. */
export function constantInt(v: Value): bigint | undefined {
  const def = v.definingOp;
  if (def?.name.name !== 'arith.constant') return undefined;
  const a = def.getAttr('value');
  return a instanceof IntegerAttr ? a.value : undefined;
}

/** MLIR's checks of a launch against its kernel (GPUDialect::verifyOperationAttribute), then dlc's shared-memory limit. */
export function verifyLaunchKernel(launch: Operation, lookup: SymbolLookup): boolean {
  const ref = launch.getProp('kernel');
  if (!(ref instanceof SymbolRefAttr)) return true;
  const container = lookup(launch, SymbolRefAttr.get(launch.context, ref.root));
  if (!container) return fail(launch, `kernel container '${ref.root}' is undefined`);
  const kernel = ref.nested.length === 1 ? lookup(launch, ref) : undefined;
  if (!kernel || kernel.name.name !== 'gpu.func') return fail(launch, `kernel function '${ref}' is undefined`);
  if (!kernel.getAttr('gpu.kernel')) return fail(launch, "kernel function is missing the 'gpu.kernel' attribute");
  const inputs = gpuFuncType(kernel).inputs;
  const operands = launchGroups(launch).kernelOperands;
  if (operands.length !== inputs.length) return fail(launch, `got ${operands.length} kernel operands but expected ${inputs.length}`);
  for (let i = 0; i < inputs.length; i++) {
    if (operands[i].type !== inputs[i]) return fail(launch, `type of function argument ${i} does not match`);
  }
  const [dynamic] = launchGroups(launch).dynamicSharedMemorySize;
  const bytes = workgroupBytes(kernel) + Number((dynamic && constantInt(dynamic)) ?? 0n);
  if (bytes > VERIFY_PROFILE.sharedMemoryPerBlock) {
    return fail(launch, `needs ${bytes} bytes of shared memory per block, more than the ${VERIFY_PROFILE.name}'s limit of ${VERIFY_PROFILE.sharedMemoryPerBlock}`);
  }
  return true;
}
