// Region: an ordered list of blocks owned by an operation.
import { Block } from './block.js';
import type { Operation } from './operation.js';

/** A region of an operation; its first block is the entry block. */
export class Region {
  readonly blocks: Block[] = [];
  parent: Operation | null = null;

  get entry(): Block | null {
    return this.blocks[0] ?? null;
  }
  get empty(): boolean {
    return this.blocks.length === 0;
  }

  /** Appends `block` (detached) and returns it. */
  push(block: Block = new Block()): Block {
    return this.insertAt(this.blocks.length, block);
  }

  /** Inserts `block` (detached) at `index`. */
  insertAt(index: number, block: Block): Block {
    if (block.parent) throw new Error('block is already in a region');
    block.parent = this;
    this.blocks.splice(index, 0, block);
    return block;
  }

  /** @internal Detaches `block` without erasing it. */
  removeBlock(block: Block): void {
    const i = this.blocks.indexOf(block);
    if (i >= 0) this.blocks.splice(i, 1);
    block.parent = null;
  }

  /** Index of this region in its parent op. */
  get index(): number {
    return this.parent ? this.parent.regions.indexOf(this) : -1;
  }

  /** Moves every block of `other` to the end of this region. */
  takeBody(other: Region): void {
    for (const b of [...other.blocks]) {
      other.removeBlock(b);
      this.push(b);
    }
  }

  /** True when `this` is `other` or encloses it. */
  isAncestor(other: Region | null): boolean {
    for (let r = other; r; r = r.parent?.parent?.parent ?? null) if (r === this) return true;
    return false;
  }

  /** Every operation in the region, in block order, top level only. */
  get ops(): Operation[] {
    return this.blocks.flatMap((b) => b.operations);
  }
}
