// dlc's placement rule for kernel-only gpu ops: ids, barriers, flags, grid_sync, shuffles and
// subgroup reductions mean something only while a kernel runs, so they must sit in a gpu.func.
import type { Operation } from '../../lib/ir/index.js';

/** The gpu.func enclosing `op`, if any. */
export function enclosingGpuFunc(op: Operation): Operation | undefined {
  for (let p = op.parentOp; p; p = p.parentOp) if (p.name.name === 'gpu.func') return p;
  return undefined;
}

/**
 * Checks that `op` is inside a gpu.func (a kernel, or a device function, which only ever runs on
 * behalf of one). MLIR also allows these ops in gpu.launch bodies, which dlc does not have.
 */
export function checkInsideGpuFunc(op: Operation): boolean {
  if (enclosingGpuFunc(op)) return true;
  op.emitOpError('must be inside a gpu.func (a kernel or a device function)');
  return false;
}
