// What the verifier's walk learns of the uses below an isolated op, so that neither the
// IsolatedFromAbove check nor the dominance check needs a walk of its own when all is well.
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { DominanceInfo, dominatesInBlock, type UseRule } from './dominance.js';

/**
 * The facts of one root's walk (a root: an op verified with its dominance, as MLIR's
 * verifyOpAndDominance). The walk visits every op below the root except inside nested
 * isolated ops, the same ops as the IsolatedFromAbove check and the dominance check; the
 * facts are order-free (all operands inside, all uses dominated), so the walk's order does
 * not matter. They only ever let a check be left out: when a fact is false, the check runs
 * its own walk, and that walk finds and reports the first failure in its own order.
 */
export class UseFacts {
  /** Every operand is defined in the region of the root's op that holds its user (or below it). */
  inside = true;
  /** Every operand in a reachable block of an SSA region dominates its use. */
  dominated = true;
  private dom: DominanceInfo | null = null;

  reset(): void {
    this.inside = true;
    this.dominated = true;
    this.dom = null;
  }

  private dominance(): DominanceInfo {
    return (this.dom ??= new DominanceInfo());
  }

  /**
   * How uses in `block` are checked for dominance (DominanceInfo.useRule), found only while
   * every use so far was dominated. Also notes whether `block` lies in `top`, the region of
   * the root's op it was reached from: operands defined in `block` are inside when it does.
   */
  enterBlock(block: Block, top: Region): UseRule {
    const region = block.parent;
    if (region !== top && !top.isAncestor(region)) this.inside = false;
    return this.dominated ? this.dominance().useRule(block) : 'unreachable';
  }

  /** Checks the operands of `op`, an op of `block` (whose rule enterBlock gave), reached from `top`. */
  check(op: Operation, block: Block, top: Region, rule: UseRule): void {
    const slots = op.operandSlots;
    for (let i = 0; i < slots.length; i++) {
      const value = slots[i].value;
      const def = value.definingOp;
      const defBlock = value.parentBlock;
      // Defined in the same block (most operands): inside as the block is, dominance by op order.
      if (defBlock === block) {
        if (rule !== 'unreachable' && !dominatesInBlock(def, op, rule)) this.dominated = false;
        continue;
      }
      // Defined in the block holding the op whose region holds `block` (a body using its
      // surroundings). Inside unless that op is the root's: enterBlock saw `block`'s region in
      // `top`, so below `top` the block of its op is too. Dominance as properlyDominatesValue
      // decides it: a block argument dominates; a result when its block may be a graph region,
      // or when it is before the enclosing op.
      const region = block.parent;
      const enclosing = region === null ? null : region.parent;
      if (enclosing !== null && defBlock !== null && defBlock === enclosing.parent && region !== top) {
        if (def !== null && this.dominated && rule !== 'unreachable') {
          if (this.dominance().hasSSADominance(defBlock) && !def.isBeforeInBlock(enclosing)) this.dominated = false;
        }
        continue;
      }
      const defRegion = defBlock?.parent ?? null;
      if (!defRegion || (defRegion !== top && !top.isAncestor(defRegion))) this.inside = false;
      if (this.dominated && rule !== 'unreachable' && !this.dominance().dominatesUse(value, op, block, rule)) this.dominated = false;
    }
  }
}
