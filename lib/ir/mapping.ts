// IRMapping: the value and block correspondence built while cloning.
import type { Value } from './value.js';
import type { Block } from './block.js';

/** Maps original values and blocks to their clones; unmapped entries map to themselves. */
export class IRMapping {
  private readonly values = new Map<Value, Value>();
  private readonly blocks = new Map<Block, Block>();
  map(from: Value, to: Value): void {
    this.values.set(from, to);
  }
  mapBlock(from: Block, to: Block): void {
    this.blocks.set(from, to);
  }
  lookup(v: Value): Value {
    return this.values.get(v) ?? v;
  }
  lookupBlock(b: Block): Block {
    return this.blocks.get(b) ?? b;
  }
  contains(v: Value): boolean {
    return this.values.has(v);
  }
}
