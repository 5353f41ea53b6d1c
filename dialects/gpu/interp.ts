// Interpreter implementations of the gpu dialect's host ops: gpu.launch_func runs the kernel over
// every block and thread (interp-launch.ts); alloc, dealloc, memcpy and memset act on memrefs in
// the one address space host and kernels share.
import { MemRefType, SymbolRefAttr, type Operation } from '../../lib/ir/index.js';
import {
  InterpError, MemRefValue, allocateMemRef, checkLive, forEachIndex, lookupImpl, operandGroups, type Interpreter, type InterpreterImpls, type RtValue, type RuntimeObject,
} from '../../lib/interp/index.js';
import { runLaunch } from './interp-launch.js';
import { mmaInterpreter } from './interp-mma.js';

export { SEED_ATTR } from './interp-launch.js';

/** What an async gpu op returns: the interpreter runs everything synchronously, so the token is always ready. */
class AsyncTokenValue implements RuntimeObject {
  readonly kind = 'gpu.async.token';
}
const READY = new AsyncTokenValue();

/** The op's results past the ones it computes: a ready token when it is async. */
const tokens = (op: Operation, first: number): RtValue[] => (op.numResults > first ? [READY] : []);

function asMemRef(interp: Interpreter, op: Operation, v: RtValue): MemRefValue {
  if (!(v instanceof MemRefValue)) interp.error(op, 'expected a memref value');
  checkLive(interp, op, v);
  return v;
}

function launchFunc(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const ref = op.getAttr('kernel');
  const kernel = ref instanceof SymbolRefAttr ? interp.lookupSymbol(op, ref) : undefined;
  if (!kernel || kernel.name.name !== 'gpu.func') return interp.error(op, `no gpu.func named ${ref}`);
  const [, gx, gy, gz, bx, by, bz, , , , , kernelArgs] = operandGroups(op, args);
  const dims = [gx, gy, gz, bx, by, bz].map((g) => Number(g[0] as bigint));
  if (dims.some((d) => d <= 0)) interp.error(op, `launch dimensions must be positive, got blocks (${dims.slice(0, 3).join(', ')}) threads (${dims.slice(3).join(', ')})`);
  try {
    runLaunch(interp, op, kernel, { grid: dims.slice(0, 3), block: dims.slice(3), args: kernelArgs });
  } catch (e) {
    // Errors in a kernel get a `called from` note at the launch, as errors in a callee do at the call.
    if (e instanceof InterpError) e.callers.push(op);
    throw e;
  }
  return tokens(op, 0);
}

function alloc(op: Operation, args: readonly RtValue[], interp: Interpreter): RtValue[] {
  const type = op.result(0).type as MemRefType;
  const [, sizes] = operandGroups(op, args) as bigint[][];
  let next = 0;
  const shape = type.shape.map((d) => (d < 0 ? Number(sizes[next++]) : d));
  if (shape.some((d) => d < 0)) interp.error(op, `negative size in [${shape.join(', ')}]`);
  return [allocateMemRef(type, shape, op), ...tokens(op, 1)];
}

/** The operands after the async dependencies (which need no waiting: everything already ran). */
const afterDeps = (op: Operation, args: readonly RtValue[]) => args.slice(op.numOperands - (op.name.name === 'gpu.dealloc' ? 1 : 2));

/** The implementations of gpu host ops; kernel ops run only inside a launch (interp-kernel.ts). */
export function gpuInterpreter(): InterpreterImpls {
  return {
    'gpu.launch_func': launchFunc,
    'gpu.alloc': alloc,
    'gpu.dealloc': (op, args, interp) => {
      const m = asMemRef(interp, op, afterDeps(op, args)[0]);
      m.allocation.freed = true;
      return tokens(op, 0);
    },
    'gpu.memcpy': (op, args, interp) => {
      // memref.copy's semantics (source first), with its checks.
      const [dst, src] = afterDeps(op, args);
      lookupImpl('memref.copy')!(op, [src, dst], interp);
      return tokens(op, 0);
    },
    ...mmaInterpreter(),
    'gpu.memset': (op, args, interp) => {
      const [d, value] = afterDeps(op, args);
      const dst = asMemRef(interp, op, d);
      forEachIndex(dst.shape, (idx) => dst.allocation.data.set(dst.position(idx)!, value as number | bigint));
      return tokens(op, 0);
    },
  };
}
