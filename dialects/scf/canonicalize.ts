// Canonicalisation patterns of scf, as MLIR 22's SCF.cpp: loops that run zero or one time,
// loop-carried values that need no carrying, ifs with a constant condition, ifs whose yields
// become selects, unused if results, empty else branches, index_switch on a constant, and
// single-block execute_region (scf.while's patterns are in canonicalize-while.ts).
import { IntegerAttr, type Operation, type Region, type Value } from '../../lib/ir/index.js';
import { combineIfs, combineNestedIfs } from './combine-ifs.js';
import { conditionPropagation, replaceIfYieldWithConditionOrValue } from './if-conditions.js';
import { removeLoopInvariantArgsFromBeforeBlock, removeLoopInvariantValueYielded, whileConditionTruth, whileUnusedResult } from './canonicalize-while.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { AddIOp, ConstantOp, SelectOp } from '../arith/index.js';
import { ForOp, IfOp, YieldOp } from './index.js';
import { IndexSwitchOp, indexSwitchRegionFor } from './index-switch.js';

/** The integer constant defining `v`, if any. */
function intConstant(v: Value): bigint | undefined {
  const d = v.definingOp;
  const a = d && ConstantOp.is(d) ? d.getAttr('value') : undefined;
  return a instanceof IntegerAttr ? a.value : undefined;
}

/**
 * Moves the single block of `region` before `op` (its arguments replaced by `args`), replaces
 * `op`'s results with what the block's terminator yields, and erases that terminator
 * (MLIR's replaceOpWithRegion).
 */
function replaceOpWithRegion(rewriter: PatternRewriter, op: Operation, region: Region, args: readonly Value[] = []): void {
  const block = region.entry!;
  const terminator = block.last!;
  const yielded = [...terminator.operands];
  rewriter.inlineBlockBefore(block, op.parent!, op, args);
  rewriter.replaceOp(op, yielded);
  rewriter.eraseOp(terminator);
}

/** ub - lb when both are constants, or when ub is `addi(lb, c)` (MLIR's computeConstDiff). */
function constDiff(lb: Value, ub: Value): bigint | undefined {
  const add = ub.definingOp;
  if (add && AddIOp.is(add) && add.operand(0) === lb) return intConstant(add.operand(1));
  const [l, u] = [intConstant(lb), intConstant(ub)];
  return l === undefined || u === undefined ? undefined : u - l;
}

/** scf.for that runs zero times (init values), once (its body inlined), or has an empty body yielding outside values. */
const simplifyTrivialLoops = definePattern({
  name: 'SimplifyTrivialLoops',
  root: 'scf.for',
  matchAndRewrite(op, rewriter) {
    const v = ForOp.view(op);
    if (v.lowerBound === v.upperBound) return rewriter.replaceOp(op, v.initArgs), true;
    const diff = constDiff(v.lowerBound, v.upperBound);
    if (diff === undefined) return false;
    if (diff <= 0n) return rewriter.replaceOp(op, v.initArgs), true;
    const step = intConstant(v.step);
    if (step === undefined) return false;
    if (step >= diff) return replaceOpWithRegion(rewriter, op, v.region, [v.lowerBound, ...v.initArgs]), true;
    const block = v.region.entry!;
    if (block.first !== block.last) return false;
    const yielded = [...block.last!.operands];
    if (yielded.some((y) => v.region.isAncestor(y.parentBlock?.parent ?? null))) return false;
    rewriter.replaceOp(op, yielded);
    return true;
  },
});

/**
 * Drops loop-carried values that need no carrying (MLIR's ForOpIterArgsFolder): the body yields
 * the iter_arg itself or the init value, or neither the iter_arg nor the result is used.
 */
const forOpIterArgsFolder = definePattern({
  name: 'ForOpIterArgsFolder',
  root: 'scf.for',
  matchAndRewrite(op, rewriter) {
    const v = ForOp.view(op);
    const block = v.region.entry!;
    const yieldOp = block.last!;
    const iterArgs = block.arguments.slice(1);
    const keep = iterArgs.map((arg, i) => {
      const yielded = yieldOp.operand(i);
      if (yielded === arg || yielded === v.initArgs[i]) return false;
      return !(arg.useEmpty && op.result(i).useEmpty);
    });
    if (keep.every(Boolean)) return false;
    rewriter.setInsertionPointBefore(op);
    const kept = <T>(xs: readonly T[]) => xs.filter((_, i) => keep[i]);
    const newFor = rewriter.insert(
      ForOp.create(op.location, {
        operands: { lowerBound: v.lowerBound, upperBound: v.upperBound, step: v.step, initArgs: kept(v.initArgs) },
        properties: { unsignedCmp: v.unsignedCmp },
        resultTypes: kept(op.results).map((r) => r.type),
      }),
    );
    newFor.attributes = op.attributes;
    const newBlock = newFor.regions[0].push();
    const iv = newBlock.addArgument(block.arguments[0].type, block.arguments[0].location);
    const newArgs = kept(iterArgs).map((a) => newBlock.addArgument(a.type, a.location));
    // Dropped iter_args read their init value inside the body.
    let k = 0;
    const replacements = iterArgs.map((_, i) => (keep[i] ? newArgs[k++] : v.initArgs[i]));
    const yieldedKept = kept([...yieldOp.operands]);
    rewriter.inlineBlockBefore(block, newBlock, null, [iv, ...replacements]);
    const oldYield = newBlock.last!;
    rewriter.setInsertionPointBefore(oldYield);
    rewriter.insert(YieldOp.create(oldYield.location, { operands: { results: yieldedKept } }));
    rewriter.eraseOp(oldYield);
    k = 0;
    const results = op.results.map((_, i) => (keep[i] ? newFor.result(k++) : v.initArgs[i]));
    rewriter.replaceOp(op, results);
    return true;
  },
});

/** scf.if on a constant: the taken branch inlined, or the op erased when it has no else (RemoveStaticCondition). */
const removeStaticCondition = definePattern({
  name: 'RemoveStaticCondition',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const v = IfOp.view(op);
    const c = intConstant(v.condition);
    if (c === undefined) return false;
    if (c !== 0n) replaceOpWithRegion(rewriter, op, v.thenRegion);
    else if (!v.elseRegion.empty) replaceOpWithRegion(rewriter, op, v.elseRegion);
    else rewriter.eraseOp(op);
    return true;
  },
});

/** Moves the bodies of `from`'s regions into the (empty) regions of `to`. */
function takeRegions(from: Operation, to: Operation): void {
  from.regions.forEach((r, i) => to.regions[i].takeBody(r));
}

/** A new scf.if with `op`'s condition and regions and results of `types`, inserted before `op`. */
function rebuildIf(rewriter: PatternRewriter, op: Operation, types: readonly Value['type'][]): Operation {
  rewriter.setInsertionPointBefore(op);
  const created = rewriter.insert(IfOp.create(op.location, { operands: { condition: op.operand(0) }, resultTypes: types }));
  created.attributes = op.attributes;
  takeRegions(op, created);
  return created;
}

/** Replaces the terminator of `region`'s block by an scf.yield of `values`. */
function replaceYield(rewriter: PatternRewriter, region: Region, values: readonly Value[]): void {
  const old = region.entry!.last!;
  rewriter.setInsertionPointBefore(old);
  rewriter.insert(YieldOp.create(old.location, { operands: { results: values } }));
  rewriter.eraseOp(old);
}

/** Yielded values defined outside the branches become selects after the if (ConvertTrivialIfToSelect). */
const convertTrivialIfToSelect = definePattern({
  name: 'ConvertTrivialIfToSelect',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    if (op.numResults === 0) return false;
    const v = IfOp.view(op);
    if (v.elseRegion.empty) return false;
    const thenYield = [...v.thenRegion.entry!.last!.operands];
    const elseYield = [...v.elseRegion.entry!.last!.operands];
    const inside = (val: Value, r: Region) => val.parentBlock?.parent === r;
    const stays = thenYield.map((t, i) => inside(t, v.thenRegion) || inside(elseYield[i], v.elseRegion));
    if (stays.every(Boolean)) return false;
    const replacement = rebuildIf(rewriter, op, op.results.filter((_, i) => stays[i]).map((r) => r.type));
    rewriter.setInsertionPointBefore(replacement);
    const results: Value[] = [];
    let k = 0;
    thenYield.forEach((t, i) => {
      const f = elseYield[i];
      if (stays[i]) results.push(replacement.result(k++));
      else if (t === f) results.push(t);
      else results.push(rewriter.insert(SelectOp.create(op.location, { operands: { condition: v.condition, true_value: t, false_value: f } })).result(0));
    });
    replaceYield(rewriter, replacement.regions[0], thenYield.filter((_, i) => stays[i]));
    replaceYield(rewriter, replacement.regions[1], elseYield.filter((_, i) => stays[i]));
    rewriter.replaceOp(op, results);
    return true;
  },
});

/** Results nobody uses are dropped from the if and its yields (RemoveUnusedResults). */
const removeUnusedResults = definePattern({
  name: 'RemoveUnusedResults',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const used = op.results.map((r) => !r.useEmpty);
    if (used.every(Boolean)) return false;
    const replacement = rebuildIf(rewriter, op, op.results.filter((_, i) => used[i]).map((r) => r.type));
    for (const r of replacement.regions) {
      if (!r.empty) replaceYield(rewriter, r, r.entry!.last!.operands.filter((_, i) => used[i]));
    }
    let k = 0;
    rewriter.replaceOp(op, op.results.map((r, i) => (used[i] ? replacement.result(k++) : r)));
    return true;
  },
});

/** An else branch that only yields nothing is removed (RemoveEmptyElseBranch). */
const removeEmptyElseBranch = definePattern({
  name: 'RemoveEmptyElseBranch',
  root: 'scf.if',
  matchAndRewrite(op, rewriter) {
    const v = IfOp.view(op);
    if (op.numResults || v.elseRegion.empty) return false;
    const block = v.elseRegion.entry!;
    if (block.first !== block.last || block.last!.numOperands) return false;
    rewriter.eraseBlock(block);
    return true;
  },
});

/** scf.index_switch on a constant: the matching case (or the default) inlined (FoldConstantCase). */
const foldConstantCase = definePattern({
  name: 'FoldConstantCase',
  root: 'scf.index_switch',
  matchAndRewrite(op, rewriter) {
    const c = intConstant(IndexSwitchOp.view(op).arg);
    if (c === undefined) return false;
    replaceOpWithRegion(rewriter, op, indexSwitchRegionFor(op, c));
    return true;
  },
});

/** A single-block scf.execute_region is inlined where it stands (SingleBlockExecuteInliner). */
const singleBlockExecuteInliner = definePattern({
  name: 'SingleBlockExecuteInliner',
  root: 'scf.execute_region',
  matchAndRewrite(op, rewriter) {
    const region = op.regions[0];
    if (region.blocks.length !== 1 || op.getAttr('no_inline') || region.entry!.last?.name.name !== 'scf.yield') return false;
    replaceOpWithRegion(rewriter, op, region);
    return true;
  },
});

/** The patterns by root op, for defineDialect. */
export const scfCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'scf.for': [forOpIterArgsFolder, simplifyTrivialLoops],
  'scf.if': [
    combineIfs,
    combineNestedIfs,
    conditionPropagation,
    convertTrivialIfToSelect,
    removeEmptyElseBranch,
    removeStaticCondition,
    removeUnusedResults,
    replaceIfYieldWithConditionOrValue,
  ],
  'scf.index_switch': [foldConstantCase],
  'scf.execute_region': [singleBlockExecuteInliner],
  'scf.while': [removeLoopInvariantArgsFromBeforeBlock, removeLoopInvariantValueYielded, whileConditionTruth, whileUnusedResult],
};
