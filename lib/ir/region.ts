// Region: an ordered list of blocks owned by an operation.
import { Block } from './block.js';
import type { Operation } from './operation.js';
import { emptyObjectList } from './lists.js';

/**
 * The block list of every region without blocks. Shared, so never mutated: a region's first
 * insertion gives it an array of its own holding just that block (an empty array grown by one
 * push or splice gets room for 17, and nearly every region holds one block).
 */
const NO_BLOCKS: Block[] = emptyObjectList<Block>();

/** A region of an operation; its first block is the entry block. */
export class Region {
  // Declared and assigned in the constructor (no class-field defines), as Operation.
  private declare blockList: Block[];
  declare parent: Operation | null;

  constructor() {
    this.blockList = NO_BLOCKS;
    this.parent = null;
  }

  /** The blocks in order; mutate them through the region's methods. */
  get blocks(): readonly Block[] {
    return this.blockList;
  }
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
    const blocks = this.blockList;
    if (blocks.length === 0) this.blockList = [block];
    else if (index === blocks.length) blocks.push(block);
    else blocks.splice(index, 0, block);
    return block;
  }

  /** @internal Detaches `block` without erasing it. */
  removeBlock(block: Block): void {
    const i = this.blockList.indexOf(block);
    if (i >= 0) this.blockList.splice(i, 1);
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
