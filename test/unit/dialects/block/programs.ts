// Helpers of the block tests: the block.program ops of a module, and seeding their random task order.
import { IntegerAttr, IntegerType, type Operation } from '../../../../lib/ir/index.js';
import { SEED_ATTR } from '../../../../dialects/block/interp.js';

/** Every block.program under `module`, in walk order. */
export function programs(module: Operation): Operation[] {
  const out: Operation[] = [];
  module.walk((op) => void (op.name.name === 'block.program' && out.push(op)));
  return out;
}

/** Sets the task-order seed of every program under `module`. */
export function seed(module: Operation, s: number): void {
  for (const p of programs(module)) p.setAttr(SEED_ATTR, IntegerAttr.get(IntegerType.get(module.context, 64), s));
}
