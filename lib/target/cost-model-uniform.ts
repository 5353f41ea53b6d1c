// Which values of a gpu kernel may differ between the lanes of one warp: the cost model counts a
// load or store whose address is the same for every lane (a warp-uniform access, like a row's
// scale or a loop over a shared vector) once per warp, not once per thread, as the hardware does.
import type { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import { memorySpaceOf } from './cost-model-kernel.js';

/** Ops whose result differs between the lanes of a warp by definition. */
const LANE_IDS = new Set(['gpu.thread_id', 'gpu.lane_id']);

/**
 * The values of `kernel` that may differ between lanes of a warp: thread and lane ids, and
 * everything computed from them (forward, to a fixed point): an op's results when an operand
 * varies; a loop's induction variable when its lower bound or step varies; loop-carried values
 * and region results when an initial or yielded value varies, or (scf.if, scf.index_switch)
 * when the choice itself varies; and loads of private memory (each thread has its own).
 */
export function laneVaryingValues(kernel: Operation): Set<Value> {
  const varying = new Set<Value>();
  const mark = (v: Value): boolean => (varying.has(v) ? false : (varying.add(v), true));
  let changed = true;
  while (changed) {
    changed = false;
    kernel.walk((op) => {
      if (op === kernel) return;
      const n = op.name.name;
      const anyOperand = op.operands.some((v) => varying.has(v));
      const fromPrivate = /\.load$/.test(n) && op.numOperands > 0 && memorySpaceOf(op.operand(0).type) === 'private';
      if (LANE_IDS.has(n) || anyOperand || fromPrivate) for (const r of op.results) changed = mark(r) || changed;
      if (op.regions.length === 0) return;
      const yielded = (i: number) =>
        op.regions.some((r) => r.blocks.some((b) => {
          const t = b.operations[b.operations.length - 1];
          return t !== undefined && t.name.name === 'scf.yield' && t.numOperands > i && varying.has(t.operand(i));
        }));
      if (n === 'scf.for') {
        const body = op.regions[0].blocks[0];
        if (!body) return;
        if (varying.has(op.operand(0)) || varying.has(op.operand(2))) changed = mark(body.arguments[0]) || changed;
        op.results.forEach((r, i) => {
          if (varying.has(op.operand(3 + i)) || yielded(i)) {
            changed = mark(r) || changed;
            changed = mark(body.arguments[1 + i]) || changed;
          }
        });
        return;
      }
      op.results.forEach((r, i) => {
        if (yielded(i)) changed = mark(r) || changed;
      });
      if (anyOperand) for (const r of op.regions) for (const b of r.blocks) for (const a of b.arguments) changed = mark(a) || changed;
    }, 'pre');
  }
  return varying;
}
