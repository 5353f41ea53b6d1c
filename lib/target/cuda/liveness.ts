// Which ops and values of a function the CUDA text needs: side-effect-free ops whose results
// nothing reads are left out, as nvcc warns about variables set but never used.
import type { Operation, Value } from '../../ir/index.js';

/** Ops without side effects that the dialects may not mark Pure (gpu ids, reads, views). */
const SIDE_EFFECT_FREE = new Set([
  'memref.alloca', 'memref.load', 'memref.dim', 'memref.cast', 'memref.subview', 'memref.reinterpret_cast', 'memref.get_global',
  'gpu.thread_id', 'gpu.block_id', 'gpu.block_dim', 'gpu.grid_dim', 'gpu.global_id', 'gpu.lane_id', 'gpu.subgroup_size',
  'gpu.num_subgroups', 'gpu.subgroup_id', 'gpu.shuffle', 'gpu.subgroup_reduce',
]);

/** Region ops that may go when nothing in them is live and no result is needed. */
const REMOVABLE_REGION_OPS = new Set(['scf.for', 'scf.if', 'scf.index_switch', 'scf.while', 'scf.execute_region']);

/** The live ops of a function and the values they need. */
export interface LiveSet {
  isLive(op: Operation): boolean;
  needed(v: Value): boolean;
}

/**
 * The kernel-local buffers (attributions, memref.alloca) that are only ever stored to: nothing
 * outside the block sees them, so those stores can go (nvcc warns about arrays set but never used).
 */
function writeOnlyBuffers(fn: Operation): Set<Value> {
  const entry = fn.regions[0]?.entry;
  const inputs = (fn.getProp('function_type') as { value?: { inputs?: readonly unknown[] } } | undefined)?.value?.inputs?.length ?? 0;
  const candidates: Value[] = fn.name.name === 'gpu.func' && entry ? entry.arguments.slice(inputs) : [];
  fn.walk((op) => {
    if (op.name.name === 'memref.alloca') candidates.push(op.result(0));
  });
  return new Set(candidates.filter((v) => v.uses.every((u) => u.owner.name.name === 'memref.store' && u.index === 1)));
}

function removable(op: Operation, writeOnly: ReadonlySet<Value>): boolean {
  if (REMOVABLE_REGION_OPS.has(op.name.name) || SIDE_EFFECT_FREE.has(op.name.name)) return true;
  if (op.name.name === 'memref.store' && writeOnly.has(op.operand(1))) return true;
  return op.regions.length === 0 && (op.hasTrait('Pure') || op.hasTrait('NoMemoryEffect'));
}

/** Computes the live ops of `fn` (a func.func or gpu.func) by a fixpoint over its body. */
export function computeLiveness(fn: Operation): LiveSet {
  const live = new Set<Operation>();
  const writeOnly = writeOnlyBuffers(fn);
  const ops: Operation[] = [];
  fn.walk((op) => {
    if (op !== fn) ops.push(op);
  });
  ops.reverse();

  const needed = (v: Value): boolean => v.uses.some((u) => live.has(u.owner) && operandNeeded(u.owner, u.index));
  /** Whether loop-carried or yielded value `i` of region op `parent` is read. */
  const carried = (parent: Operation, i: number): boolean => {
    if (i < parent.numResults && needed(parent.result(i))) return true;
    if (parent.name.name === 'scf.for') {
      const iterArg = parent.regions[0].entry?.arguments[i + 1];
      return iterArg !== undefined && needed(iterArg);
    }
    return parent.name.name === 'scf.while';
  };
  function operandNeeded(user: Operation, i: number): boolean {
    const parent = user.parentOp;
    if (user.name.name === 'scf.yield' && parent) return carried(parent, i);
    if (user.name.name === 'scf.for' && i >= 3) return carried(user, i - 3);
    // memref.dim reads its (constant) index at translation time.
    return !(user.name.name === 'memref.dim' && i === 1);
  }
  const shouldLive = (op: Operation): boolean => {
    if (op.hasTrait('Terminator')) {
      const parent = op.parentOp;
      return !parent || parent === fn || live.has(parent);
    }
    if (!removable(op, writeOnly)) return true;
    if (op.results.some(needed)) return true;
    return op.regions.some((r) => r.ops.some((inner) => live.has(inner) && !inner.hasTrait('Terminator')));
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const op of ops) {
      if (!live.has(op) && shouldLive(op)) {
        live.add(op);
        changed = true;
      }
    }
  }
  return { isLive: (op) => live.has(op), needed };
}
