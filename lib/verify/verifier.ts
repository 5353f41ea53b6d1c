// The operation verifier, as MLIR's OperationVerifier: structure, traits and op hooks, then dominance.
import { Block } from '../ir/block.js';
import { operationToString, type Operation } from '../ir/operation.js';
import { BlockArgument } from '../ir/value.js';
import { UnknownLoc } from '../ir/location.js';
import { DominanceInfo, blockSuccessors, type UseRule } from './dominance.js';
import { emitErrorAt } from './emit.js';
import { checksOf } from './traits.js';
import type { NestedFacts } from './check.js';
import type { Region } from '../ir/region.js';
import { UseFacts } from './uses.js';

/** Options of `verify`. */
export interface VerifyOptions {
  /** Verify nested operations too (default true). */
  readonly recursive?: boolean;
}

/**
 * Verifies `op` and (by default) everything nested in it; diagnostics go to the context's
 * diagnostic engine. As in MLIR, each isolated-from-above op (a function, a module) stops
 * at its first error, but every isolated op is verified, so one run reports one error per
 * broken function. Returns true when everything holds.
 */
export function verify(op: Operation, options: VerifyOptions = {}): boolean {
  return new OperationVerifier(options.recursive ?? true).verifyOpAndDominance(op);
}

/** Unregistered ops might have any trait: MLIR's `mightHaveTrait`. */
function mightHaveTrait(op: Operation, trait: string): boolean {
  return !op.isRegistered || op.hasTrait(trait);
}

/** A block needs no terminator outside regions, or as the only block of a NoTerminator (or unregistered) op's region. */
function mayBeValidWithoutTerminator(block: Block): boolean {
  const region = block.parent;
  if (!region) return true;
  if (region.blocks.length !== 1) return false;
  const op = region.parent;
  return !op || mightHaveTrait(op, 'NoTerminator');
}

/**
 * One step of the traversal. `root` runs MLIR's verifyOpAndDominance on an op (structure,
 * then dominance); `op` and `block` are entered, then left; `exit` verifies the isolated
 * children of an op being left, one `root` frame each, then finishes leaving it. Frames are
 * reused by depth: the traversal allocates nothing per op.
 */
interface Frame {
  kind: 'root' | 'op' | 'block' | 'exit';
  op: Operation | null;
  block: Block | null;
  started: boolean;
  failed: boolean;
  /** For blocks: the next op to visit. */
  cursor: Operation | null;
  /** For ops: the isolated ops directly in their regions, in order, as their blocks' walks met them (verified when the op is left). */
  isolated: Operation[] | null;
  /** For `exit` frames: how many of `isolated` have been started. */
  next: number;
  /** For ops: the verifier's count of ops with symbol uses when the op was entered. */
  symbolUsers: number;
  /** For blocks: the op frame whose regions hold them. For ops: the block frame they were found in (null at a root). */
  owner: Frame | null;
  /** The root frame whose walk this frame is part of (roots: themselves). */
  root: Frame | null;
  /** For ops and blocks: the region of the root's op that holds them (null for the root's op). */
  top: Region | null;
  /** For blocks: how their uses are checked for dominance (UseFacts.enterBlock). */
  rule: UseRule;
  /** For roots: the walk's facts about the uses below the root (see UseFacts). */
  readonly uses: UseFacts;
}

function newFrame(): Frame {
  return {
    kind: 'root',
    op: null,
    block: null,
    started: false,
    failed: false,
    cursor: null,
    isolated: null,
    next: 0,
    symbolUsers: 0,
    owner: null,
    root: null,
    top: null,
    rule: 'unreachable',
    uses: new UseFacts(),
  };
}

/** The facts of an op without regions: nothing below it. */
const LEAF_FACTS: NestedFacts = { symbolUsers: false, operandsInside: true };

class OperationVerifier {
  /** How many ops with symbol uses (OpInfo.verifySymbolUses) have been entered: symbol tables with none below skip their walk. */
  private symbolUsers = 0;
  /** The traversal's frames, reused by depth; `depth` of them are live. */
  private readonly frames: Frame[] = [];
  private depth = 0;
  /** The facts handed to an op's region checks (one object, refilled per op). */
  private readonly nested: { symbolUsers: boolean; operandsInside: boolean } = { symbolUsers: false, operandsInside: false };
  /**
   * The dialect of the last unregistered op let through because its dialect is not registered
   * and unregistered dialects are allowed: further ops of it need no look-up of the dialect
   * (a verification registers none).
   */
  private allowedUnregistered: string | null = null;

  constructor(private readonly recursive: boolean) {}

  private push(kind: Frame['kind'], op: Operation | null, block: Block | null, owner: Frame | null, root: Frame | null, top: Region | null): Frame {
    let f = this.frames[this.depth];
    if (!f) this.frames.push((f = newFrame()));
    this.depth++;
    f.kind = kind;
    f.op = op;
    f.block = block;
    f.started = false;
    f.failed = false;
    f.cursor = null;
    f.isolated = null;
    f.next = 0;
    f.symbolUsers = 0;
    f.owner = owner;
    f.root = root ?? f;
    f.top = top;
    if (kind === 'root') f.uses.reset();
    return f;
  }

  private pushRoot(op: Operation): void {
    this.push('root', op, null, null, null, null);
  }

  /** A failure abandons the rest of its isolated op: frames up to its root are dropped. */
  private fail(): void {
    const frames = this.frames;
    while (frames[this.depth - 1].kind !== 'root') this.depth--;
    frames[this.depth - 1].failed = true;
  }

  /**
   * Everything runs on an explicit stack, isolated ops included, so that deeply nested IR
   * (modules in modules) cannot exhaust the call stack. A failure abandons the rest of its
   * isolated op, as MLIR's verifier returns at the first error, but the op being left that
   * verifies its isolated children still verifies all of them.
   */
  verifyOpAndDominance(rootOp: Operation): boolean {
    const frames = this.frames;
    this.pushRoot(rootOp);
    let result = true;
    while (this.depth) {
      const f = frames[this.depth - 1];
      switch (f.kind) {
        case 'root': {
          if (!f.started && !f.failed) {
            f.started = true;
            this.push('op', f.op, null, null, f, null);
            continue;
          }
          this.depth--;
          // Dominance runs only on structurally sound IR: a malformed CFG could mislead it.
          const op = f.op!;
          const ok =
            !f.failed &&
            (op.regions.length === 0 || (this.recursive && f.uses.dominated) || this.verifyDominanceOfContainedRegions(op, new DominanceInfo()));
          if (this.depth === 0) result = ok;
          else if (!ok) frames[this.depth - 1].failed = true;
          continue;
        }
        case 'op': {
          const op = f.op!;
          if (!f.started) {
            f.started = true;
            const entered = this.enterOp(op);
            f.symbolUsers = this.symbolUsers;
            if (!entered) this.fail();
            else if (this.recursive) this.pushBlocks(f);
            continue;
          }
          f.kind = 'exit';
          continue;
        }
        case 'exit': {
          if (f.isolated && f.next < f.isolated.length) {
            this.pushRoot(f.isolated[f.next++]);
            continue;
          }
          this.depth--;
          const nested = this.nested;
          // Without recursion the nested ops were not seen: they may have symbol uses, and their operands were not looked at.
          nested.symbolUsers = !this.recursive || this.symbolUsers !== f.symbolUsers;
          nested.operandsInside = this.recursive && f.top === null && f.root!.uses.inside;
          if (f.failed || !this.finishOp(f.op!, nested)) this.fail();
          continue;
        }
        case 'block': {
          const block = f.block!;
          if (!f.started) {
            f.started = true;
            if (!this.enterBlock(block)) {
              this.fail();
              continue;
            }
            f.rule = f.root!.uses.enterBlock(block, f.top!);
            f.cursor = block.first;
          }
          const o = this.verifyLeafOps(f, block);
          if (o === false) this.fail();
          else if (o) {
            f.cursor = o.next;
            this.push('op', o, null, f, f.root, f.top);
          } else {
            this.depth--;
            if (!this.exitBlock(block)) this.fail();
          }
          continue;
        }
      }
    }
    return result;
  }

  /**
   * Walks a block frame's ops from its cursor: ops without regions are entered and left in
   * place, isolated ops wait for the parent's exit. Returns the first op to enter, null at the
   * block's end, false when an op fails. A method of its own, apart from the traversal: nearly
   * all the time goes here, and V8 optimises this small loop at a fraction of the cost of
   * compiling the whole traversal with it.
   */
  private verifyLeafOps(f: Frame, block: Block): Operation | null | false {
    const uses = f.root!.uses;
    for (let o = f.cursor; o; o = o.next) {
      if (o.operandSlots.length !== 0) uses.check(o, block, f.top!, f.rule);
      if (o.regions.length === 0) {
        if (this.verifyLeafOp(o)) continue;
        return false;
      }
      if (!o.hasTrait('IsolatedFromAbove')) return o;
      (f.owner!.isolated ??= []).push(o);
    }
    return null;
  }

  /** Pushes the blocks of an op frame's regions, last first, so that they are visited in order. */
  private pushBlocks(f: Frame): void {
    const regions = f.op!.regions;
    for (let r = regions.length - 1; r >= 0; r--) {
      const blocks = regions[r].blocks;
      for (let b = blocks.length - 1; b >= 0; b--) this.push('block', null, blocks[b], f, f.root, f.top ?? regions[r]);
    }
  }

  private enterBlock(block: Block): boolean {
    for (const arg of block.arguments) {
      if (arg.owner !== block) {
        emitErrorAt(arg.location, 'block argument not owned by block');
        return false;
      }
    }
    if (block.empty) {
      if (mayBeValidWithoutTerminator(block)) return true;
      emitErrorAt(block.parentOp!.location, 'empty block: expect at least a terminator');
      return false;
    }
    for (let o = block.first; o; o = o.next) {
      if (o.successorSlots.length !== 0 && o !== block.last) {
        o.emitError('operation with block successors must terminate its parent block');
        return false;
      }
    }
    return true;
  }

  private exitBlock(block: Block): boolean {
    for (const succ of blockSuccessors(block)) {
      if (succ.parent !== block.parent) {
        block.last!.emitOpError('branching to block of a different region');
        return false;
      }
    }
    if (mayBeValidWithoutTerminator(block)) return true;
    const terminator = block.last!;
    if (mightHaveTrait(terminator, 'Terminator') || mightHaveTrait(terminator, 'IsTerminator')) return true;
    const text = operationToString(terminator);
    terminator.emitError(`block with no terminator, has ${text.includes('\n') ? '\n' : ''}${text}`);
    return false;
  }

  /** Entering and leaving an op without regions: its checks, found once. */
  private verifyLeafOp(op: Operation): boolean {
    const name = op.name;
    const info = name.info;
    if (!info) return this.finishOp(op, LEAF_FACTS);
    const checks = checksOf(name, info);
    if (checks.symbolUses) this.symbolUsers++;
    return checks.verifyInvariants(op) && (checks.regions === null || checks.regions(op, LEAF_FACTS));
  }

  private enterOp(op: Operation): boolean {
    const info = op.name.info;
    if (info) {
      const checks = checksOf(op.name, info);
      if (checks.symbolUses) this.symbolUsers++;
      if (!checks.verifyInvariants(op)) return false;
    }
    if (op.regions.length === 0) return true;
    const graph = op.hasTrait('HasOnlyGraphRegion');
    for (let i = 0; i < op.regions.length; i++) {
      const region = op.regions[i];
      if (graph && region.blocks.length > 1) {
        op.emitOpError(`expects graph region #${i} to have 0 or 1 blocks`);
        return false;
      }
      if (region.empty) continue;
      if (!region.blocks[0].hasNoPredecessors) {
        emitErrorAt(op.location, 'entry block of region may not have predecessors');
        return false;
      }
    }
    return true;
  }

  /** Leaving an op once its isolated children are verified: region checks, or the unregistered-dialect rule. */
  private finishOp(op: Operation, nested: NestedFacts): boolean {
    const info = op.name.info;
    if (info) {
      const { regions } = checksOf(op.name, info);
      return !regions || regions(op, nested);
    }
    const dialectName = op.name.dialect;
    const ctx = op.context;
    if (dialectName === this.allowedUnregistered && ctx.allowUnregisteredDialects) return true;
    if (!dialectName || !ctx.isDialectRegistered(dialectName)) {
      if (ctx.allowUnregisteredDialects) {
        this.allowedUnregistered = dialectName;
        return true;
      }
      op.emitOpError(
        'created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used',
      );
      return false;
    }
    op.emitError(`unregistered operation '${op.name.name}' found in dialect ('${dialectName}') that does not allow unknown operations`);
    return false;
  }

  /**
   * Checks that every operand dominates its use, in reachable blocks of SSA regions; stops at
   * the first failure. Uses defined in the same block (most of them) are answered from the
   * block's op order, numbered once per block (DominanceInfo.useRule / dominatesUse).
   */
  private verifyDominanceOfContainedRegions(root: Operation, dom: DominanceInfo): boolean {
    const worklist = [root];
    while (worklist.length) {
      const op = worklist.pop()!;
      for (const region of op.regions) {
        for (const block of region.blocks) {
          const rule = dom.useRule(block);
          for (let o = block.first; o; o = o.next) {
            const slots = o.operandSlots;
            for (let i = 0; rule !== 'unreachable' && i < slots.length; i++) {
              if (dom.dominatesUse(slots[i].value, o, block, rule)) continue;
              diagnoseInvalidOperandDominance(o, i);
              return false;
            }
            if (this.recursive && o.regions.length !== 0 && !o.hasTrait('IsolatedFromAbove')) worklist.push(o);
          }
        }
      }
    }
    return true;
  }
}

/** `operand #N does not dominate this use`, with a note saying where the operand is defined relative to the use. */
function diagnoseInvalidOperandDominance(op: Operation, operandNo: number): void {
  const d = op.emitError(`operand #${operandNo} does not dominate this use`);
  const operand = op.operand(operandNo);
  const useRegion = op.parent!.parent!;
  if (!(operand instanceof BlockArgument)) {
    const def = operand.definingOp!;
    const defRegion = def.parent?.parent ?? null;
    let where: string;
    if (def.parent === op.parent) where = ' (op in the same block)';
    else if (defRegion === useRegion) where = ' (op in the same region)';
    else if (defRegion && defRegion !== useRegion && defRegion.isAncestor(useRegion)) where = ' (op in a parent region)';
    else if (defRegion && useRegion.isAncestor(defRegion)) where = ' (op in a child region)';
    else where = ' (op is neither in a parent nor in a child region)';
    d.attachNote(`operand defined here${where}`, def.location);
    return;
  }
  const owner = operand.owner;
  const defRegion = owner.parent;
  const loc = owner.parentOp?.location ?? UnknownLoc.get(op.context);
  if (!defRegion) {
    d.attachNote(' (block without parent)', loc);
    return;
  }
  let where: string;
  if (defRegion === useRegion) where = ' in the same region)';
  else if (defRegion.isAncestor(useRegion)) where = ' in a parent region)';
  else if (useRegion.isAncestor(defRegion)) where = ' in a child region)';
  else where = ' neither in a parent nor in a child region)';
  d.attachNote(`operand defined as a block argument (block #${defRegion.blocks.indexOf(owner)}${where}`, loc);
}

