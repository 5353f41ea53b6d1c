// Builder: creates operations at an insertion point.
import { Operation, type OperationInit } from './operation.js';
import { Block } from './block.js';
import type { Region } from './region.js';
import type { MLIRContext } from './context.js';
import type { Location } from './location.js';
import type { Type } from './types.js';

/** Where new operations go: before `before` in `block`, or at the block's end when null. */
export interface InsertionPoint {
  readonly block: Block;
  readonly before: Operation | null;
}

/** Creates operations and inserts them at the current insertion point, if one is set. */
export class Builder {
  insertionPoint: InsertionPoint | null = null;
  constructor(readonly context: MLIRContext) {}

  setInsertionPointToStart(block: Block): void {
    this.insertionPoint = { block, before: block.first };
  }
  setInsertionPointToEnd(block: Block): void {
    this.insertionPoint = { block, before: null };
  }
  setInsertionPointBefore(op: Operation): void {
    if (!op.parent) throw new Error('setInsertionPointBefore: operation is not in a block');
    this.insertionPoint = { block: op.parent, before: op };
  }
  setInsertionPointAfter(op: Operation): void {
    if (!op.parent) throw new Error('setInsertionPointAfter: operation is not in a block');
    this.insertionPoint = { block: op.parent, before: op.next };
  }
  clearInsertionPoint(): void {
    this.insertionPoint = null;
  }

  /** Inserts a detached op at the insertion point. */
  insert(op: Operation): Operation {
    if (this.insertionPoint) this.insertionPoint.block.insertBefore(op, this.insertionPoint.before);
    return op;
  }

  /** Creates an op and inserts it at the insertion point. */
  create(init: OperationInit): Operation {
    return this.insert(Operation.create(init));
  }

  /** Adds a block with arguments of `types` at the end of `region` and moves the insertion point into it. */
  createBlock(region: Region, types: readonly Type[] = [], locations?: readonly Location[], loc?: Location): Block {
    const block = region.push(new Block());
    types.forEach((t, i) => {
      const l = locations?.[i] ?? loc;
      if (!l) throw new Error('createBlock: a location is needed for each argument');
      block.addArgument(t, l);
    });
    this.setInsertionPointToEnd(block);
    return block;
  }
}
