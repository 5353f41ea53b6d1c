// PatternRewriter: every IR mutation a pattern makes goes through it, so listeners (the greedy driver's worklist, tracing) see it.
import { Builder, type InsertionPoint } from '../ir/builder.js';
import { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { MLIRContext } from '../ir/context.js';
import type { OpOperand, Value } from '../ir/value.js';
import type { Location } from '../ir/location.js';
import type { Type } from '../ir/types.js';
import type { RewritePattern } from './pattern.js';

/** Notifications of IR changes; every hook is optional. */
export interface RewriterListener {
  /** `op` was inserted; `previous` is where it was before when it was moved. */
  notifyOperationInserted?(op: Operation, previous: InsertionPoint | null): void;
  /** `op` was changed in place (operands, attributes, successors). */
  notifyOperationModified?(op: Operation): void;
  /** Every use of `op`'s results is about to be replaced with `values`. */
  notifyOperationReplaced?(op: Operation, values: readonly Value[]): void;
  /** `op` is about to be erased (nested ops are notified first). */
  notifyOperationErased?(op: Operation): void;
  notifyBlockInserted?(block: Block, previousRegion: Region | null): void;
  notifyBlockErased?(block: Block): void;
  /** A pattern explained why it did not apply. */
  notifyMatchFailure?(location: Location, reason: string): void;
  notifyPatternBegin?(pattern: RewritePattern, op: Operation): void;
  notifyPatternEnd?(pattern: RewritePattern, success: boolean): void;
}

/** Forwards every notification to several listeners. */
export class ListenerList implements RewriterListener {
  constructor(readonly listeners: RewriterListener[]) {}
  notifyOperationInserted(op: Operation, previous: InsertionPoint | null): void {
    for (const l of this.listeners) l.notifyOperationInserted?.(op, previous);
  }
  notifyOperationModified(op: Operation): void {
    for (const l of this.listeners) l.notifyOperationModified?.(op);
  }
  notifyOperationReplaced(op: Operation, values: readonly Value[]): void {
    for (const l of this.listeners) l.notifyOperationReplaced?.(op, values);
  }
  notifyOperationErased(op: Operation): void {
    for (const l of this.listeners) l.notifyOperationErased?.(op);
  }
  notifyBlockInserted(block: Block, previousRegion: Region | null): void {
    for (const l of this.listeners) l.notifyBlockInserted?.(block, previousRegion);
  }
  notifyBlockErased(block: Block): void {
    for (const l of this.listeners) l.notifyBlockErased?.(block);
  }
  notifyMatchFailure(location: Location, reason: string): void {
    for (const l of this.listeners) l.notifyMatchFailure?.(location, reason);
  }
}

/**
 * A Builder whose mutations notify a listener. Patterns must change the IR only through
 * these methods; touching the IR directly leaves the driver's worklist stale.
 */
export class PatternRewriter extends Builder {
  constructor(
    context: MLIRContext,
    public listener: RewriterListener | null = null,
  ) {
    super(context);
  }

  /** Inserts a detached op at the insertion point and notifies. */
  override insert(op: Operation): Operation {
    super.insert(op);
    if (op.parent) this.listener?.notifyOperationInserted?.(op, null);
    return op;
  }

  /** Replaces the results of `op` with `values` (or another op's results) and erases `op`. */
  replaceOp(op: Operation, values: readonly Value[] | Operation): void {
    const vals = Array.isArray(values) ? (values as readonly Value[]) : (values as Operation).results;
    if (vals.length !== op.numResults) {
      throw new Error(`replaceOp: '${op.name.name}' has ${op.numResults} results but ${vals.length} replacement values were given`);
    }
    this.listener?.notifyOperationReplaced?.(op, vals);
    op.results.forEach((r, i) => this.replaceAllUsesWith(r, vals[i]));
    this.eraseOp(op);
  }

  /** Redirects every use of `from` to `to`, notifying each user as modified. */
  replaceAllUsesWith(from: Value, to: Value): void {
    if (from === to) return;
    for (let use = from.firstUse; use; use = from.firstUse) {
      const user = use.owner;
      use.set(to);
      this.listener?.notifyOperationModified?.(user);
    }
  }

  /** Redirects the uses of `from` for which `pred` holds. */
  replaceUsesWithIf(from: Value, to: Value, pred: (use: OpOperand) => boolean): void {
    for (const use of from.uses) {
      if (!pred(use)) continue;
      use.set(to);
      this.listener?.notifyOperationModified?.(use.owner);
    }
  }

  /** Erases `op` (its results must be unused) and everything nested in it, notifying innermost first. */
  eraseOp(op: Operation): void {
    const l = this.listener;
    if (l?.notifyOperationErased) {
      const erased = (o: Operation): void => l.notifyOperationErased!(o);
      // Nested ops are notified first, as in MLIR, so a listener can drop them before their parent.
      for (const region of op.regions) for (const block of region.blocks) for (const inner of block.operations.reverse()) inner.walk(erased);
      erased(op);
    }
    op.erase();
  }

  /** Erases a block and its ops; it must have no predecessors. */
  eraseBlock(block: Block): void {
    for (const op of block.operations.reverse()) {
      for (const r of op.results) if (!r.useEmpty) throw new Error(`eraseBlock: '${op.name.name}' still has uses`);
    }
    block.dropAllReferences();
    for (const op of block.operations.reverse()) this.eraseOp(op);
    this.listener?.notifyBlockErased?.(block);
    block.erase();
  }

  /** Runs `fn`, which changes `op` in place, then notifies. */
  modifyOpInPlace<T>(op: Operation, fn: () => T): T {
    const r = fn();
    this.listener?.notifyOperationModified?.(op);
    return r;
  }

  /** Moves `op` before `before` (in any block). */
  moveOpBefore(op: Operation, before: Operation): void {
    const previous = op.parent ? { block: op.parent, before: op.next } : null;
    op.moveBefore(before);
    this.listener?.notifyOperationInserted?.(op, previous);
  }

  /** Moves `op` after `after`. */
  moveOpAfter(op: Operation, after: Operation): void {
    const previous = op.parent ? { block: op.parent, before: op.next } : null;
    op.moveAfter(after);
    this.listener?.notifyOperationInserted?.(op, previous);
  }

  /**
   * Moves the ops of `source` into `dest` before `before` (at the end when null), replacing
   * the uses of `source`'s arguments with `args`; `source` is erased (it must have no predecessors).
   */
  inlineBlockBefore(source: Block, dest: Block, before: Operation | null, args: readonly Value[] = []): void {
    if (args.length !== source.arguments.length) throw new Error('inlineBlockBefore: one value is needed per block argument');
    source.arguments.forEach((a, i) => this.replaceAllUsesWith(a, args[i]));
    for (const op of source.operations) {
      const previous = { block: source, before: op.next };
      op.remove();
      dest.insertBefore(op, before);
      this.listener?.notifyOperationInserted?.(op, previous);
    }
    this.listener?.notifyBlockErased?.(source);
    source.erase();
  }

  /** Appends the ops of `source` to `dest` (MLIR's mergeBlocks). */
  mergeBlocks(source: Block, dest: Block, args: readonly Value[] = []): void {
    this.inlineBlockBefore(source, dest, null, args);
  }

  /** Moves every block of `region` into `parent` before block index `index` (the end when omitted). */
  inlineRegionBefore(region: Region, parent: Region, index = parent.blocks.length): void {
    let at = index;
    for (const block of [...region.blocks]) {
      region.removeBlock(block);
      parent.insertAt(at++, block);
      this.listener?.notifyBlockInserted?.(block, region);
    }
  }

  /** Splits `block` before `before`: the ops from `before` on move to a new block right after it. */
  splitBlock(block: Block, before: Operation | null): Block {
    const tail = new Block();
    const region = block.parent!;
    region.insertAt(region.blocks.indexOf(block) + 1, tail);
    this.listener?.notifyBlockInserted?.(tail, null);
    for (let op = before; op; ) {
      const next = op.next;
      op.remove();
      tail.append(op);
      op = next;
    }
    return tail;
  }

  /** Creates a block with arguments of `types` in `region` at `index` (the end when omitted) and moves the insertion point into it. */
  createBlockAt(region: Region, index: number, types: readonly Type[], locations: readonly Location[]): Block {
    const block = region.insertAt(index, new Block());
    types.forEach((t, i) => block.addArgument(t, locations[i]));
    this.listener?.notifyBlockInserted?.(block, null);
    this.setInsertionPointToEnd(block);
    return block;
  }

  /** Reports why a pattern did not apply (to a listener that cares) and returns false. */
  notifyMatchFailure(op: Operation, reason: string): false {
    this.listener?.notifyMatchFailure?.(op.location, reason);
    return false;
  }
}
