// tensor-partition: Souffle's global step. TEs are grouped into partitions separated by the
// edges that need a global synchronisation (the consumer reads parts of the tensor that other
// parts of the producer computed); each TE is annotated with its partition, for the block level.
import { definePass } from '../../../lib/pass/pass.js';
import { DenseArrayAttr, IntegerAttr, IntegerType, type Operation } from '../../../lib/ir/index.js';
import { isLocalAccess } from '../analysis/kinds.js';
import { isCompute, viewTe } from '../analysis/te.js';

/** The attribute holding a TE's partition number (0, 1, ... in execution order). */
export const PARTITION_ATTR = 'tensor.partition';
/** The attribute listing the inputs of a TE that must be complete (a global synchronisation) before it starts. */
export const SYNC_ATTR = 'tensor.sync_inputs';
/** The attribute on the partitioned op holding the number of partitions. */
export const PARTITIONS_ATTR = 'tensor.partitions';

/**
 * Numbers the TEs (and the other ops that read TE results) of `root`: a TE's partition is the
 * largest of its producers' partitions, plus one across an edge that needs a global
 * synchronisation. A non-TE op needs all of its inputs: it opens the next partition, and TEs
 * reading it wait for it there. Returns the count.
 */
export function partition(root: Operation): number {
  const ctx = root.context;
  const i64 = IntegerType.get(ctx, 64);
  const level = new Map<Operation, number>();
  let count = 0;
  root.walk((op) => {
    if (op === root) return;
    const te = isCompute(op) ? viewTe(op) : undefined;
    const sync: number[] = [];
    let at = te ? 0 : -1;
    op.operands.forEach((v, i) => {
      const def = v.definingOp;
      const l = def ? level.get(def) : undefined;
      if (l === undefined) return;
      // A non-TE op waits for all of its TE inputs and opens a partition; what reads its
      // results waits for it (a sync) in that same partition.
      const fromTe = isCompute(def);
      const local = te !== undefined && fromTe && te.outputMaps[0] !== undefined && isLocalAccess(te.inputMaps[i], te.outputMaps[0], te.iterators);
      if (!local) sync.push(i);
      at = Math.max(at, local || !fromTe ? l : l + 1);
    });
    if (at >= 0) level.set(op, at);
    if (!te) return;
    count = Math.max(count, at + 1);
    op.setAttr(PARTITION_ATTR, IntegerAttr.get(i64, at));
    op.setAttr(SYNC_ATTR, sync.length ? DenseArrayAttr.get(i64, sync.map(BigInt)) : undefined);
    // A TE's body is scalar code: nothing in it is partitioned.
    return 'skip';
  }, 'pre');
  root.setAttr(PARTITIONS_ATTR, IntegerAttr.get(i64, count));
  return count;
}

export const partitionPass = definePass({
  name: 'tensor-partition',
  summary: 'Group TEs into partitions separated by global synchronisations and annotate each TE with its partition',
  description:
    `Each TE gets '${PARTITION_ATTR}' (its partition, in execution order) and, when some inputs need a global ` +
    `synchronisation before it starts, '${SYNC_ATTR}' (their operand positions); the function gets '${PARTITIONS_ATTR}'.`,
  anchor: 'func.func',
  statistics: { 'num-partitions': 'Partitions formed' },
  run(ctx) {
    ctx.addStatistic('num-partitions', partition(ctx.op));
  },
});
