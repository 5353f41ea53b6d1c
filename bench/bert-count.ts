// Counting what the tensor pipeline materialises: TEs, the TE results a function does not
// return (each an intermediate tensor written to memory), their bytes, and partitions.
import { IntegerAttr, type Operation } from '../lib/ir/index.js';
import { elementBytes, elementCount, isCompute } from '../dialects/tensor/analysis/te.js';

/** The counts of one module. */
export interface TensorCounts {
  tes: number;
  intermediates: number;
  bytes: number;
  partitions: number;
}

/** Counts TEs and the TE results that are not returned (each is a tensor written to memory). */
export function countTensors(module: Operation): TensorCounts {
  let tes = 0;
  let intermediates = 0;
  let bytes = 0;
  let partitions = 0;
  module.walk((op) => {
    const p = op.getAttr('tensor.partitions');
    if (p instanceof IntegerAttr) partitions += Number(p.value);
    if (!isCompute(op)) return;
    tes++;
    for (const r of op.results) {
      if (r.users.length > 0 && r.users.every((u) => u.name.name === 'func.return')) continue;
      intermediates++;
      bytes += elementCount(r.type) * elementBytes(r.type);
    }
  });
  return { tes, intermediates, bytes, partitions };
}

