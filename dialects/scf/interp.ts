// Interpreter implementations of the scf dialect: for, if, while, parallel with reductions, index_switch,
// execute_region.
import type { Operation } from '../../lib/ir/index.js';
import { indexSwitchRegionFor } from './index-switch.js';
import { intWidth, operandGroups, wrapInt, type Interpreter, type InterpreterImpls, type RtValue } from '../../lib/interp/index.js';

/** A loop step must be positive (MLIR leaves the loop undefined otherwise): reported as a runtime error. */
function checkStep(op: Operation, step: bigint, interp: Interpreter): void {
  if (step <= 0n) interp.error(op, `loop step must be positive, got ${step}`);
}

function runFor(op: Operation, args: readonly RtValue[], interp: Interpreter): readonly RtValue[] {
  let [lb, ub, step] = args as bigint[];
  const width = intWidth(op.operand(0).type) ?? 64;
  // With `unsignedCmp` the bounds compare as unsigned; the induction variable stays canonical (signed).
  if (op.getAttr('unsignedCmp')) [lb, ub, step] = [lb, ub, step].map((x) => BigInt.asUintN(width, x));
  checkStep(op, step, interp);
  const body = interp.bodyRunner(op.regions[0]);
  let iter: readonly RtValue[] = args.slice(3);
  // The induction variable stays below `ub`, so it needs wrapping only when `ub` is past the signed range.
  const wraps = ub > (1n << BigInt(width - 1)) - 1n;
  const n = iter.length;
  for (let iv = lb; iv < ub; iv += step) {
    const blockArgs = new Array<RtValue>(n + 1);
    blockArgs[0] = wraps ? wrapInt(iv, width) : iv;
    for (let k = 0; k < n; k++) blockArgs[k + 1] = iter[k];
    iter = body(blockArgs);
  }
  return iter;
}

function runWhile(op: Operation, args: readonly RtValue[], interp: Interpreter): readonly RtValue[] {
  const before = interp.bodyRunner(op.regions[0]);
  const after = interp.bodyRunner(op.regions[1]);
  let values = args;
  for (;;) {
    const [condition, ...forwarded] = before(values);
    if (condition === 0n) return forwarded;
    values = after(forwarded);
  }
}

/** scf.parallel: every point of the iteration space in row-major order, folding scf.reduce's values into the inits. */
function runParallel(op: Operation, args: readonly RtValue[], interp: Interpreter): readonly RtValue[] {
  const [lbs, ubs, steps, inits] = operandGroups(op, args) as [bigint[], bigint[], bigint[], RtValue[]];
  for (const s of steps) checkStep(op, s, interp);
  const body = interp.bodyRunner(op.regions[0]);
  const reduce = op.regions[0].entry!.last!;
  const combiners = reduce.regions.map((r) => interp.bodyRunner(r));
  const acc = [...inits];
  const rank = lbs.length;
  if (lbs.some((lb, d) => lb >= ubs[d])) return acc;
  const iv = [...lbs];
  for (;;) {
    const values = body(iv);
    for (let i = 0; i < acc.length; i++) acc[i] = combiners[i]([acc[i], values[i]])[0];
    let d = rank - 1;
    for (; d >= 0; d--) {
      iv[d] += steps[d];
      if (iv[d] < ubs[d]) break;
      iv[d] = lbs[d];
    }
    if (d < 0) return acc;
  }
}

/** The implementations of scf ops (yield, condition, reduce and reduce.return pass their operands on). */
export function scfInterpreter(): InterpreterImpls {
  return {
    'scf.for': runFor,
    'scf.if': (op, args, interp) => interp.runRegion(op.regions[args[0] !== 0n ? 0 : 1], []),
    'scf.while': runWhile,
    'scf.parallel': runParallel,
    'scf.index_switch': (op, args, interp) => interp.runRegion(indexSwitchRegionFor(op, args[0] as bigint), []),
    'scf.execute_region': (op, _args, interp) => interp.runRegion(op.regions[0], []),
  };
}
