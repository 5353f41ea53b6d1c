// Canonicalisation patterns of scf.while, as MLIR 22's: the condition forwarded to the after
// region is true there, forwarded values nobody reads are dropped, and loop-invariant values
// (arguments given back unchanged, values from outside) are used directly.
import { BlockArgument, IntegerAttr, type Operation, type Value } from '../../lib/ir/index.js';
import { definePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { ConstantOp } from '../arith/index.js';
import { ConditionOp, WhileOp, YieldOp } from './index.js';

/** After-region arguments that receive the condition itself are `true` there (WhileConditionTruth). */
export const whileConditionTruth = definePattern({
  name: 'WhileConditionTruth',
  root: 'scf.while',
  matchAndRewrite(op, rewriter) {
    const v = WhileOp.view(op);
    const term = v.before.entry!.last!;
    const condition = term.operand(0);
    const afterArgs = v.after.entry!.arguments;
    let replaced = false;
    let constantTrue: ReturnType<typeof ConstantOp.create> | undefined;
    term.operands.slice(1).forEach((forwarded, i) => {
      const arg = afterArgs[i];
      if (forwarded !== condition || !arg || arg.useEmpty) return;
      if (!constantTrue) {
        rewriter.setInsertionPointBefore(op);
        constantTrue = rewriter.insert(ConstantOp.create(op.location, { properties: { value: IntegerAttr.bool(op.context, true) }, resultTypes: [condition.type] }));
      }
      rewriter.replaceAllUsesWith(arg, constantTrue.result(0));
      replaced = true;
    });
    return replaced;
  },
});

/**
 * Rebuilds `op` with only the forwarded values `keep` marks; a dropped one is replaced, in the
 * after region and as a result, by `dropped(i)` (shared by the patterns below, as MLIR's are).
 */
function rebuildForwarded(rewriter: PatternRewriter, op: Operation, keep: readonly boolean[], dropped: (i: number) => Value): void {
  const v = WhileOp.view(op);
  const term = v.before.entry!.last!;
  const afterBlock = v.after.entry!;
  const forwarded = term.operands.slice(1);
  rewriter.setInsertionPointBefore(term);
  rewriter.insert(ConditionOp.create(term.location, { operands: { condition: term.operand(0), args: forwarded.filter((_, i) => keep[i]) } }));
  rewriter.eraseOp(term);
  const types = forwarded.filter((_, i) => keep[i]).map((f) => f.type);
  rewriter.setInsertionPointBefore(op);
  const created = rewriter.insert(WhileOp.create(op.location, { operands: { inits: v.inits }, resultTypes: types }));
  created.attributes = op.attributes;
  const newAfter = rewriter.createBlockAt(created.regions[1], 0, types, types.map(() => op.location));
  let k = 0;
  const afterArgs = keep.map((kept, i) => (kept ? newAfter.arguments[k++] : dropped(i)));
  k = 0;
  const results = keep.map((kept, i) => (kept ? created.result(k++) : dropped(i)));
  rewriter.mergeBlocks(afterBlock, newAfter, afterArgs);
  rewriter.inlineRegionBefore(v.before, created.regions[0], 0);
  rewriter.replaceOp(op, results);
}

/** Forwarded values whose result and after-region argument are both unused are dropped (WhileUnusedResult). */
export const whileUnusedResult = definePattern({
  name: 'WhileUnusedResult',
  root: 'scf.while',
  matchAndRewrite(op, rewriter) {
    const afterBlock = WhileOp.view(op).after.entry!;
    const keep = op.results.map((r, i) => !(r.useEmpty && afterBlock.arguments[i].useEmpty));
    if (keep.every(Boolean)) return false;
    rebuildForwarded(rewriter, op, keep, (i) => afterBlock.arguments[i]);
    return true;
  },
});

/** Values the condition forwards from outside the before block are used directly (RemoveLoopInvariantValueYielded). */
export const removeLoopInvariantValueYielded = definePattern({
  name: 'RemoveLoopInvariantValueYielded',
  root: 'scf.while',
  matchAndRewrite(op, rewriter) {
    const before = WhileOp.view(op).before.entry!;
    const forwarded = before.last!.operands.slice(1);
    const keep = forwarded.map((f) => f.parentBlock === before);
    if (keep.every(Boolean)) return false;
    rebuildForwarded(rewriter, op, keep, (i) => forwarded[i]);
    return true;
  },
});

/**
 * Before-region arguments that every iteration gives back unchanged are replaced by their init
 * values (RemoveLoopInvariantArgsFromBeforeBlock): the yield passes the init itself, or the
 * after argument that the condition fed from this very argument (or from its init).
 */
export const removeLoopInvariantArgsFromBeforeBlock = definePattern({
  name: 'RemoveLoopInvariantArgsFromBeforeBlock',
  root: 'scf.while',
  matchAndRewrite(op, rewriter) {
    const v = WhileOp.view(op);
    const beforeBlock = v.before.entry!;
    const afterBlock = v.after.entry!;
    const condArgs = beforeBlock.last!.operands.slice(1);
    const yieldOp = afterBlock.last!;
    const yielded = [...yieldOp.operands];
    const inits = v.inits;
    const invariant = yielded.map((y, i) => {
      if (y === inits[i]) return true;
      if (!(y instanceof BlockArgument) || y.parentBlock !== afterBlock) return false;
      const c = condArgs[y.index];
      return c === beforeBlock.arguments[i] || c === inits[i];
    });
    if (!invariant.some(Boolean)) return false;
    rewriter.setInsertionPointBefore(yieldOp);
    rewriter.insert(YieldOp.create(yieldOp.location, { operands: { results: yielded.filter((_, i) => !invariant[i]) } }));
    rewriter.eraseOp(yieldOp);
    rewriter.setInsertionPointBefore(op);
    const created = rewriter.insert(WhileOp.create(op.location, { operands: { inits: inits.filter((_, i) => !invariant[i]) }, resultTypes: op.results.map((r) => r.type) }));
    created.attributes = op.attributes;
    const kept = beforeBlock.arguments.filter((_, i) => !invariant[i]);
    const newBefore = rewriter.createBlockAt(created.regions[0], 0, kept.map((a) => a.type), kept.map((a) => a.location));
    let k = 0;
    const args = beforeBlock.arguments.map((_, i) => (invariant[i] ? inits[i] : newBefore.arguments[k++]));
    rewriter.mergeBlocks(beforeBlock, newBefore, args);
    rewriter.inlineRegionBefore(v.after, created.regions[1], 0);
    rewriter.replaceOp(op, [...created.results]);
    return true;
  },
});
