// Workgroup storage sharing for gpu-merge-kernels: phases of a merged kernel are separated by grid
// barriers, so the workgroup attributions of different phases are never live together and can
// share one attribution (the merged kernel needs the most any phase needs, not the sum).
import { MemRefType, type Operation, type Value } from '../../../lib/ir/index.js';
import { kernelInputCount, memorySpaceOf } from '../../../lib/target/cost-model-kernel.js';

/** The merged kernel's workgroup attributions and, per phase, the slot each of its own attributions uses. */
export interface SharedWorkgroup {
  readonly types: readonly MemRefType[];
  /** slotOf[p][i]: the slot of phase p's i-th workgroup attribution. */
  readonly slotOf: readonly (readonly number[])[];
}

/** Ops whose meaning does not depend on a 1-D memref's size: a flat buffer they use may be a larger one. */
const SIZE_BLIND = new Set(['memref.load', 'memref.store', 'gpu.subgroup_mma_load_matrix', 'gpu.subgroup_mma_store_matrix']);

/** The workgroup attributions of a kernel, in order. */
export function workgroupAttributions(kernel: Operation): Value[] {
  return (kernel.regions[0].entry?.arguments ?? []).slice(kernelInputCount(kernel)).filter((a) => memorySpaceOf(a.type) === 'workgroup');
}

/** A flat buffer (1-D, static, identity layout) only read and written element-wise: it may stand in a larger buffer of its element type. */
function resizable(a: Value): boolean {
  const t = a.type;
  return t instanceof MemRefType && t.rank === 1 && t.shape[0] >= 0 && t.layout === null && a.uses.every((u) => SIZE_BLIND.has(u.owner.name.name));
}

/**
 * Assigns the workgroup attributions of `kernels` (one per phase, in order; a kernel may repeat)
 * to shared slots: an attribution joins a slot no earlier attribution of its own phase holds when
 * the types are the same or, for flat buffers of one element type whose uses ignore the size, the
 * slot grows to the larger size. Otherwise it gets a slot of its own.
 */
export function shareWorkgroup(kernels: readonly Operation[]): SharedWorkgroup {
  const types: MemRefType[] = [];
  const flexible: boolean[] = [];
  const slotOf = kernels.map((kernel) => {
    const taken = new Set<number>();
    return workgroupAttributions(kernel).map((a) => {
      const t = a.type as MemRefType;
      const free = (s: number) => !taken.has(s);
      let slot = types.findIndex((u, s) => free(s) && u === t);
      if (slot < 0 && resizable(a)) {
        // The fitting flat slot that wastes least: the largest when none is big enough.
        const fits = (s: number) => free(s) && flexible[s] && types[s].elementType === t.elementType && types[s].memorySpace === t.memorySpace;
        const candidates = types.map((_, s) => s).filter(fits);
        const big = candidates.filter((s) => types[s].shape[0] >= t.shape[0]).sort((x, y) => types[x].shape[0] - types[y].shape[0]);
        slot = big[0] ?? candidates.sort((x, y) => types[y].shape[0] - types[x].shape[0])[0] ?? -1;
        if (slot >= 0 && types[slot].shape[0] < t.shape[0]) types[slot] = t;
      }
      if (slot < 0) {
        slot = types.length;
        types.push(t);
        flexible.push(resizable(a));
      } else flexible[slot] &&= resizable(a);
      taken.add(slot);
      return slot;
    });
  });
  return { types, slotOf };
}
