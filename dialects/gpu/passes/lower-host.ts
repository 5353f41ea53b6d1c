// Host control flow in convert-block-to-gpu: an `scf.if` on tensors (an ONNX If whose condition is
// known only at run time) stays an scf.if on the host, its branches' programs launched under it and
// their results written into memrefs allocated before it; the condition is read from the device
// with a host `memref.load` (tensor.extract of the program result that computed it).
import { Builder, MemRefType, Operation, RankedTensorType, type Block, type Value } from '../../../lib/ir/index.js';
import { AllocOp, CopyOp, DeallocOp, LoadOp } from '../../memref/index.js';

/** What one host block's lowering shares with the function's: the builder, tensor -> memref map, ops to erase at the end. */
export interface HostScope {
  readonly b: Builder;
  readonly memrefs: Map<Value, Value>;
  readonly converted: Operation[];
}

/** Where an scf.if branch's results go: the memrefs allocated before the if, and the program results that are written there directly. */
export interface BranchResults {
  readonly dest: readonly Value[];
  /** Program or scf.if result (tensor) -> the dest memref it is written into, instead of a memref of its own. */
  readonly redirect: ReadonlyMap<Value, Value>;
}

/** A tensor.extract on the host: a memref.load of the tensor's memref (a device-to-host read of one element). */
export function lowerHostExtract(op: Operation, scope: HostScope): void {
  const source = scope.memrefs.get(op.operand(0))!;
  const load = scope.b.insert(LoadOp.create(op.location, { operands: { memref: source, indices: op.operands.slice(1) } }));
  op.result(0).replaceAllUsesWith(load.result(0));
  scope.converted.push(op);
}

/**
 * An scf.if with tensor results: a memref per result allocated before it (recorded in
 * `intermediates`) unless `redirect` (the enclosing branch's) gives one, a result-less scf.if
 * taking the branches, each lowered by `lowerBranch` with where its yields go. The old op is
 * erased with the other converted ops.
 */
export function lowerHostIf(
  op: Operation,
  scope: HostScope,
  intermediates: Value[],
  redirect: ReadonlyMap<Value, Value> | undefined,
  lowerBranch: (block: Block, results: BranchResults) => void,
): void {
  const { b, memrefs } = scope;
  const dest = op.results.map((r) => {
    const outer = redirect?.get(r);
    if (outer) return (memrefs.set(r, outer), outer);
    const type = r.type as RankedTensorType;
    const m = b.insert(AllocOp.create(op.location, { operands: { dynamicSizes: [], symbolOperands: [] }, resultTypes: [MemRefType.get(type.shape, type.elementType)] })).result(0);
    memrefs.set(r, m);
    intermediates.push(m);
    return m;
  });
  const lowered = b.insert(Operation.create({ name: 'scf.if', location: op.location, operands: [op.operand(0)], regions: 2 }));
  op.regions.forEach((r, k) => lowered.regions[k].takeBody(r));
  for (const region of lowered.regions) {
    const block = region.entry;
    if (!block) continue;
    const redirect = new Map<Value, Value>();
    block.terminator!.operands.forEach((v, i) => {
      const def = v.definingOp;
      if (def && (def.name.name === 'block.program' || def.name.name === 'scf.if') && def.parent === block && !redirect.has(v)) redirect.set(v, dest[i]);
    });
    lowerBranch(block, { dest, redirect });
  }
  scope.converted.push(op);
}

/**
 * The scf.yield ending a lowered branch: what did not land in its dest memref is copied there,
 * the branch's own intermediates are freed, and the yield gives nothing.
 */
export function lowerBranchYield(op: Operation, scope: HostScope, results: BranchResults, intermediates: readonly Value[]): void {
  const { b, memrefs } = scope;
  op.operands.forEach((v, i) => {
    const source = memrefs.get(v) ?? v;
    if (source !== results.dest[i]) b.insert(CopyOp.create(op.location, { operands: { source, target: results.dest[i] } }));
  });
  for (const m of intermediates) b.insert(DeallocOp.create(op.location, { operands: { memref: m } }));
  op.setOperands([]);
}
