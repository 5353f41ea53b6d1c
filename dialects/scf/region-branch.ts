// The RegionBranchOpInterface check of scf ops: values a terminator forwards match the inputs of
// where control goes next (the parent's results or a region's arguments), with MLIR's messages.
import type { Operation, Value } from '../../lib/ir/index.js';

/** Checks `from`'s forwarded operands against `inputs`; `target` is `parent` or `Region #N`. */
function verifyEdge(op: Operation, from: Operation, operands: readonly Value[], inputs: readonly Value[], target: string): boolean {
  const edge = `along control flow edge from Operation ${from.name.name} to ${target}: `;
  if (operands.length !== inputs.length) {
    op.emitOpError(`${edge}region branch point has ${operands.length} operands, but region successor needs ${inputs.length} inputs`).attachNote('region branch point', from.location);
    return false;
  }
  for (let i = 0; i < operands.length; i++) {
    if (operands[i].type === inputs[i].type) continue;
    op.emitOpError(`${edge}successor operand type #${i} '${operands[i].type}' should match successor input type #${i} '${inputs[i].type}'`).attachNote('region branch point', from.location);
    return false;
  }
  return true;
}

/** The terminators named `name` that end the blocks of region `index`. */
function terminators(op: Operation, index: number, name: string): Operation[] {
  return op.regions[index].blocks.flatMap((b) => (b.last?.name.name === name ? [b.last] : []));
}

/** scf.if and scf.execute_region: every scf.yield forwards to the parent's results. */
export function verifyYieldsToParent(op: Operation): boolean {
  return op.regions.every((_, i) => terminators(op, i, 'scf.yield').every((y) => verifyEdge(op, y, y.operands, op.results, 'parent')));
}

/** scf.while: the condition forwards to the results and the after region, the yield to the before region. */
export function verifyWhileEdges(op: Operation): boolean {
  const after = op.regions[1].entry?.arguments ?? [];
  const before = op.regions[0].entry?.arguments ?? [];
  for (const c of terminators(op, 0, 'scf.condition')) {
    const args = c.operands.slice(1);
    if (!verifyEdge(op, c, args, op.results, 'parent') || !verifyEdge(op, c, args, after, 'Region #1')) return false;
  }
  return terminators(op, 1, 'scf.yield').every((y) => verifyEdge(op, y, y.operands, before, 'Region #0'));
}
