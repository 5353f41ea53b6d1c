// The greedy driver's worklist, and the walk that seeds it with every op of a region.
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';

/** The token of the last worklist made; each worklist marks its ops with its own. */
let lastToken = 0;

/**
 * A worklist with O(1) membership and removal. An op is queued while its `worklistMark` holds
 * this list's token (a number: no write barrier, no hashing). It holds the seeded ops, taken in
 * order from `head`, under a stack of the ops pushed since, which are popped first (last pushed
 * first): the same order as one array of the seeds reversed with the pushes on top, without
 * reversing 100k seeds. Removal only clears the mark (the slot is skipped when reached), and
 * pushing an op already queued keeps its place, so at most one slot per op is live: the last one
 * pushed, which pops first. One greedy run at a time may hold an op: a nested run would take its mark.
 */
export class Worklist {
  private stack: Operation[] = [];
  private seeds: Operation[] = [];
  private head = 0;
  readonly token = ++lastToken;

  push(op: Operation): void {
    if (op.worklistMark === this.token) return;
    op.worklistMark = this.token;
    this.stack.push(op);
  }

  /** The next queued op, or undefined when none is left. */
  pop(): Operation | undefined {
    const token = this.token;
    const stack = this.stack;
    while (stack.length) {
      const op = stack.pop()!;
      if (op.worklistMark === token) {
        op.worklistMark = 0;
        return op;
      }
    }
    const seeds = this.seeds;
    while (this.head < seeds.length) {
      const op = seeds[this.head++];
      if (op.worklistMark === token) {
        op.worklistMark = 0;
        return op;
      }
    }
    return undefined;
  }

  remove(op: Operation): void {
    if (op.worklistMark === this.token) op.worklistMark = 0;
  }

  /**
   * Replaces the contents with `ops`, distinct and already marked with this list's token (the
   * seed walk marks them as it goes): in pop order, or, with `lastFirst`, the last popped first.
   */
  reset(ops: Operation[], lastFirst: boolean): void {
    this.clear();
    if (lastFirst) this.stack = ops;
    else this.seeds = ops;
  }

  /** Empties the list, unmarking what it still holds (a run cut short leaves ops queued). */
  clear(): void {
    const token = this.token;
    for (const op of this.stack) if (op.worklistMark === token) op.worklistMark = 0;
    for (let i = this.head; i < this.seeds.length; i++) if (this.seeds[i].worklistMark === token) this.seeds[i].worklistMark = 0;
    this.stack = [];
    this.seeds = [];
    this.head = 0;
  }
}

/** What the seed walk does with each op first: false when the op is gone (a duplicate constant erased). */
export type SeedVisitor = (op: Operation) => boolean;

/** An op's regions being walked, and where the walk is in them (`op` is null for the driven region). */
interface Frame {
  readonly op: Operation | null;
  readonly regions: readonly Region[];
  region: number;
  block: number;
  next: Operation | null;
}

/** Moves `f` to the next op in its regions; false when none is left. The next block's first op is read only when it is reached. */
function advance(f: Frame): boolean {
  while (!f.next) {
    if (f.region >= f.regions.length) return false;
    const blocks = f.regions[f.region].blocks;
    if (++f.block < blocks.length) f.next = blocks[f.block].first;
    else {
      f.region++;
      f.block = -1;
    }
  }
  return true;
}

/** The result of a seed walk. */
export interface Seeding {
  /** The visited ops the visitor kept, in the walk's order. */
  readonly ops: Operation[];
  /** True when some region under the driven one (or it) has more than one block. */
  readonly multiBlock: boolean;
}

function hasMultiBlockRegion(regions: readonly Region[]): boolean {
  for (let i = 0; i < regions.length; i++) if (regions[i].blocks.length > 1) return true;
  return false;
}

/**
 * Visits every op nested in `region`, in pre-order (`topDown`) or post-order, as the ops'
 * `walk` would from each op of the region in turn: the next op is read before `visit` runs,
 * so `visit` may move or erase the op it is given; in pre-order an op `visit` rejects is not
 * entered. The ops kept (and in `only`, when given) are collected and marked with `token` as
 * they are found, so that no second pass over 100k ops marks them. A loop with its own stack of
 * frames, one per op with regions (no recursion, no frame per leaf op).
 */
export function seedWalk(region: Region, topDown: boolean, token: number, only: ReadonlySet<Operation> | null, visit: SeedVisitor): Seeding {
  const ops: Operation[] = [];
  let multiBlock = region.blocks.length > 1;
  const stack: Frame[] = [{ op: null, regions: [region], region: 0, block: -1, next: null }];
  while (stack.length) {
    const f = stack[stack.length - 1];
    // The ops of one block, up to one with regions (which gets a frame of its own).
    for (let op = f.next; op; op = f.next) {
      f.next = op.next;
      const regions = op.regions;
      if (topDown || regions.length === 0) {
        if (!visit(op)) continue;
        if (!only || only.has(op)) {
          op.worklistMark = token;
          ops.push(op);
        }
      }
      if (regions.length) {
        if (!multiBlock) multiBlock = hasMultiBlockRegion(regions);
        stack.push({ op, regions, region: 0, block: -1, next: null });
        break;
      }
    }
    if (f !== stack[stack.length - 1] || advance(f)) continue;
    stack.pop();
    const done = f.op;
    if (!topDown && done && visit(done) && (!only || only.has(done))) {
      done.worklistMark = token;
      ops.push(done);
    }
  }
  return { ops, multiBlock };
}
