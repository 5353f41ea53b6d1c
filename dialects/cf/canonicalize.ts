// Canonicalisation patterns of cf, as MLIR 22's ControlFlowOps.cpp: a branch to a block with
// one predecessor merges it, branches through blocks that only branch on are collapsed, a
// cond_br on a constant or to one block becomes a br, and a switch with a constant flag, no
// cases, or cases that repeat the default is simplified.
import { BlockArgument, DenseElementsAttr, IntegerAttr, VectorType, type Block, type Operation, type Value } from '../../lib/ir/index.js';
import { definePattern, type RewritePattern } from '../../lib/rewrite/pattern.js';
import type { PatternRewriter } from '../../lib/rewrite/rewriter.js';
import { ConstantOp, SelectOp } from '../arith/index.js';
import { BranchOp, CondBranchOp, SwitchOp, switchCaseValues } from './index.js';

/** The integer constant defining `v`, if any. */
function intConstant(v: Value): bigint | undefined {
  const d = v.definingOp;
  const a = d && ConstantOp.is(d) ? d.getAttr('value') : undefined;
  return a instanceof IntegerAttr ? a.value : undefined;
}

/** A destination and the values it receives. */
interface Edge {
  readonly dest: Block;
  readonly operands: readonly Value[];
}

/**
 * Follows `edge` through a block that holds nothing but a cf.br whose arguments are used only
 * by that br (MLIR's collapseBranch); undefined when it cannot.
 */
function collapse(edge: Edge): Edge | undefined {
  const block = edge.dest;
  const br = block.first;
  if (!br || br !== block.last || !BranchOp.is(br)) return undefined;
  if (block.arguments.some((a) => a.uses.some((u) => u.owner !== br))) return undefined;
  const next = br.successors[0];
  if (next === block) return undefined;
  const operands = br.operands.map((v) => (v instanceof BlockArgument && v.parentBlock === block ? edge.operands[v.index] : v));
  return { dest: next, operands };
}

/** Replaces `op` by `cf.br` to `edge`. */
function branchTo(rewriter: PatternRewriter, op: Operation, edge: Edge): true {
  rewriter.setInsertionPointBefore(op);
  rewriter.replaceOp(op, rewriter.insert(BranchOp.create(op.location, { operands: { destOperands: edge.operands }, successors: [edge.dest] })));
  return true;
}

/** The one block all of `block`'s predecessors are in, if any (MLIR's getUniquePredecessor). */
function uniquePredecessor(block: Block): Block | undefined {
  const preds = block.predecessors.map((p) => p.parent);
  return preds.length && preds.every((p) => p === preds[0]) ? (preds[0] ?? undefined) : undefined;
}

/** br to a block whose only predecessor it is: the block is merged into the branch's (SimplifyBrToBlockWithSinglePred). */
const brToBlockWithSinglePred = definePattern({
  name: 'SimplifyBrToBlockWithSinglePred',
  root: 'cf.br',
  matchAndRewrite(op, rewriter) {
    const dest = op.successors[0];
    const here = op.parent!;
    if (dest === here || dest.predecessors.length !== 1) return false;
    // The branch goes first: the rewriter erases only blocks nothing branches to.
    const operands = [...op.operands];
    rewriter.eraseOp(op);
    rewriter.mergeBlocks(dest, here, operands);
    return true;
  },
});

/** br through a block that only branches on goes to that block's destination (SimplifyPassThroughBr). */
const passThroughBr = definePattern({
  name: 'SimplifyPassThroughBr',
  root: 'cf.br',
  matchAndRewrite(op, rewriter) {
    const dest = op.successors[0];
    if (dest === op.parent) return false;
    const edge = collapse({ dest, operands: [...op.operands] });
    return !!edge && branchTo(rewriter, op, edge);
  },
});

/** The true and false edges of a cf.cond_br. */
function condEdges(op: Operation): [Edge, Edge] {
  const v = CondBranchOp.view(op);
  return [
    { dest: v.trueDest, operands: v.trueDestOperands },
    { dest: v.falseDest, operands: v.falseDestOperands },
  ];
}

/** cond_br on a constant: a br to the taken edge (SimplifyConstCondBranchPred). */
const constCondBranch = definePattern({
  name: 'SimplifyConstCondBranchPred',
  root: 'cf.cond_br',
  matchAndRewrite(op, rewriter) {
    const c = intConstant(op.operand(0));
    if (c === undefined) return false;
    return branchTo(rewriter, op, condEdges(op)[c !== 0n ? 0 : 1]);
  },
});

/** cond_br whose edges pass through branch-only blocks goes straight on (SimplifyPassThroughCondBranch). */
const passThroughCondBranch = definePattern({
  name: 'SimplifyPassThroughCondBranch',
  root: 'cf.cond_br',
  matchAndRewrite(op, rewriter) {
    const [t, f] = condEdges(op);
    const [ct, cf] = [collapse(t), collapse(f)];
    if (!ct && !cf) return false;
    const [nt, nf] = [ct ?? t, cf ?? f];
    rewriter.setInsertionPointBefore(op);
    const created = CondBranchOp.create(op.location, {
      operands: { condition: op.operand(0), trueDestOperands: nt.operands, falseDestOperands: nf.operands },
      successors: [nt.dest, nf.dest],
    });
    rewriter.replaceOp(op, rewriter.insert(created));
    return true;
  },
});

/** cond_br to one block: a br, with selects for operands that differ when this block is its only predecessor (SimplifyCondBranchIdenticalSuccessors). */
const condBranchIdenticalSuccessors = definePattern({
  name: 'SimplifyCondBranchIdenticalSuccessors',
  root: 'cf.cond_br',
  matchAndRewrite(op, rewriter) {
    const [t, f] = condEdges(op);
    if (t.dest !== f.dest) return false;
    if (t.operands.every((v, i) => v === f.operands[i])) return branchTo(rewriter, op, t);
    if (uniquePredecessor(t.dest) !== op.parent) return false;
    rewriter.setInsertionPointBefore(op);
    const merged = t.operands.map((v, i) =>
      v === f.operands[i] ? v : rewriter.insert(SelectOp.create(op.location, { operands: { condition: op.operand(0), true_value: v, false_value: f.operands[i] } })).result(0),
    );
    return branchTo(rewriter, op, { dest: t.dest, operands: merged });
  },
});

/** cond_br in a block reached only from a cond_br on the same condition: the edge is known (SimplifyCondBranchFromCondBranchOnSameCondition). */
const condBranchFromSameCondition = definePattern({
  name: 'SimplifyCondBranchFromCondBranchOnSameCondition',
  root: 'cf.cond_br',
  matchAndRewrite(op, rewriter) {
    const here = op.parent!;
    const preds = here.predecessors;
    if (preds.length !== 1) return false;
    const pred = preds[0];
    if (!CondBranchOp.is(pred) || pred.operand(0) !== op.operand(0)) return false;
    return branchTo(rewriter, op, condEdges(op)[here === CondBranchOp.view(pred).trueDest ? 0 : 1]);
  },
});

/**
 * In a destination that only this cond_br reaches, the condition is known: uses of it directly
 * in that block read a constant true or false (CondBranchTruthPropagation).
 */
const condBranchTruthPropagation = definePattern({
  name: 'CondBranchTruthPropagation',
  root: 'cf.cond_br',
  matchAndRewrite(op, rewriter) {
    const condition = op.operand(0);
    const [t, f] = condEdges(op);
    let replaced = false;
    for (const [dest, value] of [[t.dest, true], [f.dest, false]] as const) {
      if (dest.predecessors.length !== 1) continue;
      let constant: Value | undefined;
      for (const use of [...condition.uses]) {
        if (use.owner.parent !== dest) continue;
        if (!constant) {
          rewriter.setInsertionPointBefore(op);
          constant = rewriter.insert(ConstantOp.create(op.location, { properties: { value: IntegerAttr.bool(op.context, value) }, resultTypes: [condition.type] })).result(0);
        }
        rewriter.modifyOpInPlace(use.owner, () => use.owner.setOperand(use.index, constant!));
        replaced = true;
      }
    }
    return replaced;
  },
});

/** The default edge and the case edges of a cf.switch. */
function switchEdges(op: Operation): { dflt: Edge; cases: Edge[]; values: bigint[] } {
  const v = SwitchOp.view(op);
  const groups = v.caseOperands;
  return {
    dflt: { dest: v.defaultDestination, operands: v.defaultOperands },
    cases: v.caseDestinations.map((dest, i) => ({ dest, operands: groups[i] ?? [] })),
    values: switchCaseValues(op),
  };
}

/** Replaces a cf.switch by one with the same flag and the given edges. */
function rebuildSwitch(rewriter: PatternRewriter, op: Operation, dflt: Edge, cases: readonly Edge[], values: readonly bigint[]): true {
  rewriter.setInsertionPointBefore(op);
  const flag = op.operand(0);
  const created = SwitchOp.create(op.location, {
    operands: { flag, defaultOperands: dflt.operands, caseOperands: cases.map((c) => c.operands) },
    properties: values.length ? { case_values: DenseElementsAttr.get(VectorType.get([values.length], flag.type), [...values]) } : {},
    successors: [dflt.dest, ...cases.map((c) => c.dest)],
  });
  created.attributes = op.attributes;
  rewriter.replaceOp(op, rewriter.insert(created));
  return true;
}

/** switch without cases: a br to the default (SimplifySwitchWithOnlyDefault). */
const switchWithOnlyDefault = definePattern({
  name: 'SimplifySwitchWithOnlyDefault',
  root: 'cf.switch',
  matchAndRewrite(op, rewriter) {
    const e = switchEdges(op);
    return e.cases.length === 0 && branchTo(rewriter, op, e.dflt);
  },
});

const sameEdge = (a: Edge, b: Edge) => a.dest === b.dest && a.operands.length === b.operands.length && a.operands.every((v, i) => v === b.operands[i]);

/** Cases that go where the default goes, with the same operands, are dropped (DropSwitchCasesThatMatchDefault). */
const dropCasesMatchingDefault = definePattern({
  name: 'DropSwitchCasesThatMatchDefault',
  root: 'cf.switch',
  matchAndRewrite(op, rewriter) {
    const e = switchEdges(op);
    const keep = e.cases.map((c) => !sameEdge(c, e.dflt));
    if (keep.every(Boolean)) return false;
    return rebuildSwitch(rewriter, op, e.dflt, e.cases.filter((_, i) => keep[i]), e.values.filter((_, i) => keep[i]));
  },
});

/** switch on a constant: a br to the matching case, or to the default (SimplifyConstSwitchValue). */
const constSwitchValue = definePattern({
  name: 'SimplifyConstSwitchValue',
  root: 'cf.switch',
  matchAndRewrite(op, rewriter) {
    const c = intConstant(op.operand(0));
    if (c === undefined) return false;
    const e = switchEdges(op);
    const i = e.values.indexOf(c);
    return branchTo(rewriter, op, i < 0 ? e.dflt : e.cases[i]);
  },
});

/** switch edges through branch-only blocks go straight on (SimplifyPassThroughSwitch). */
const passThroughSwitch = definePattern({
  name: 'SimplifyPassThroughSwitch',
  root: 'cf.switch',
  matchAndRewrite(op, rewriter) {
    const e = switchEdges(op);
    const dflt = collapse(e.dflt);
    const cases = e.cases.map(collapse);
    if (!dflt && cases.every((c) => !c)) return false;
    return rebuildSwitch(rewriter, op, dflt ?? e.dflt, cases.map((c, i) => c ?? e.cases[i]), e.values);
  },
});

/** The patterns by root op, for defineDialect. */
export const cfCanonicalization: Readonly<Record<string, readonly RewritePattern[]>> = {
  'cf.br': [brToBlockWithSinglePred, passThroughBr],
  'cf.cond_br': [constCondBranch, passThroughCondBranch, condBranchIdenticalSuccessors, condBranchFromSameCondition, condBranchTruthPropagation],
  'cf.switch': [switchWithOnlyDefault, dropCasesMatchingDefault, constSwitchValue, passThroughSwitch],
};
