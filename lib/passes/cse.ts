// cse: common sub-expression elimination over the dominator tree, respecting memory effects, as MLIR's CSE.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { Value } from '../ir/value.js';
import type { OperationName } from '../ir/context.js';
import { effectsOf, isMemoryEffectFree, isTriviallyDead } from '../rewrite/effects.js';
import { mayBeGraphRegion } from '../verify/dominance.js';
import { DominatorTree } from './dominator-tree.js';

/** An op known to the table, with its hash and operands (ordered by hash id when the op is commutative). */
interface Known {
  readonly hash: number;
  readonly op: Operation;
  readonly operands: readonly Value[];
}

/**
 * Known ops by structural hash, compared field by field on a hash hit (no key strings: building
 * one per op was most of the pass), with per-scope undo so that leaving a dominator subtree
 * forgets its ops. As a map from structure to op: adding an op equal to a known one replaces
 * it, and leaving the scope that added an op forgets that structure.
 */
class ScopedTable {
  private readonly buckets = new Map<number, Known[]>();
  private readonly scopes: Known[][] = [];
  push(): void {
    this.scopes.push([]);
  }
  pop(): void {
    for (const k of this.scopes.pop()!) {
      const bucket = this.buckets.get(k.hash);
      const i = bucket ? bucket.indexOf(k) : -1;
      if (i < 0) continue;
      bucket!.splice(i, 1);
      if (bucket!.length === 0) this.buckets.delete(k.hash);
    }
  }
  find(hash: number, op: Operation, operands: readonly Value[]): Operation | undefined {
    const bucket = this.buckets.get(hash);
    if (bucket) for (const k of bucket) if (sameStructure(k, op, operands)) return k.op;
    return undefined;
  }
  add(hash: number, op: Operation, operands: readonly Value[]): void {
    const known: Known = { hash, op, operands };
    const bucket = this.buckets.get(hash);
    if (!bucket) this.buckets.set(hash, [known]);
    else {
      const i = bucket.findIndex((k) => sameStructure(k, op, operands));
      if (i >= 0) bucket[i] = known;
      else bucket.push(known);
    }
    this.scopes[this.scopes.length - 1].push(known);
  }
}

/** Same name, attributes, operands, result types and successor positions. */
function sameStructure(k: Known, op: Operation, operands: readonly Value[]): boolean {
  const other = k.op;
  if (other.name !== op.name || other.properties !== op.properties || other.attributes !== op.attributes) return false;
  if (k.operands.length !== operands.length || other.results.length !== op.results.length) return false;
  for (let i = 0; i < operands.length; i++) if (k.operands[i] !== operands[i]) return false;
  for (let i = 0; i < op.results.length; i++) if (other.results[i].type !== op.results[i].type) return false;
  if (other.successorSlots.length !== op.successorSlots.length) return false;
  for (let i = 0; i < op.successorSlots.length; i++) {
    if (other.successorSlots[i].block.indexInRegion !== op.successorSlots[i].block.indexInRegion) return false;
  }
  return (op.regions.length === 0 && other.regions.length === 0) || sameRegions(other, op, new Map());
}

/**
 * True when the regions of `a` and `b` hold the same ops in the same order, a value defined
 * inside `a` standing for the one at the same place in `b` (`inside` maps them) and a value from
 * outside for itself (as MLIR's OperationEquivalence, locations ignored).
 */
function sameRegions(a: Operation, b: Operation, inside: Map<Value, Value>): boolean {
  if (a.regions.length !== b.regions.length) return false;
  for (let r = 0; r < a.regions.length; r++) {
    const ra = a.regions[r].blocks;
    const rb = b.regions[r].blocks;
    if (ra.length !== rb.length) return false;
    for (let k = 0; k < ra.length; k++) {
      const xs = ra[k].arguments;
      const ys = rb[k].arguments;
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) {
        if (xs[i].type !== ys[i].type) return false;
        inside.set(xs[i], ys[i]);
      }
      let x = ra[k].first;
      let y = rb[k].first;
      for (; x && y; x = x.next, y = y.next) if (!sameNestedOp(x, y, inside)) return false;
      if (x || y) return false;
    }
  }
  return true;
}

/** One op of sameRegions: same structure, operands equal up to `inside`, regions alike; maps its results. */
function sameNestedOp(x: Operation, y: Operation, inside: Map<Value, Value>): boolean {
  if (x.name !== y.name || x.properties !== y.properties || x.attributes !== y.attributes) return false;
  if (x.numOperands !== y.numOperands || x.numResults !== y.numResults || x.successors.length !== y.successors.length) return false;
  for (let i = 0; i < x.numOperands; i++) if ((inside.get(x.operand(i)) ?? x.operand(i)) !== y.operand(i)) return false;
  for (let i = 0; i < x.successors.length; i++) if (x.successors[i].indexInRegion !== y.successors[i].indexInRegion) return false;
  for (let i = 0; i < x.numResults; i++) {
    if (x.result(i).type !== y.result(i).type) return false;
    inside.set(x.result(i), y.result(i));
  }
  return sameRegions(x, y, inside);
}

/** Runs CSE under `root`; returns the numbers of ops CSE'd and of dead ops erased. */
export function eliminateCommonSubexpressions(root: Operation): { cse: number; dce: number } {
  return new CSEDriver().run(root);
}

class CSEDriver {
  private readonly nameIds = new Map<OperationName, number>();
  private readonly toErase: Operation[] = [];
  private numCSE = 0;
  private numDCE = 0;

  run(root: Operation): { cse: number; dce: number } {
    for (const r of root.regions) this.simplifyRegion(new ScopedTable(), r);
    for (const op of this.toErase) {
      op.dropAllReferences();
      op.erase();
    }
    return { cse: this.numCSE, dce: this.numDCE };
  }

  /** The operands of `op`, in order, or by hash id when the op is commutative (operand order does not matter). */
  private operandsOf(op: Operation): Value[] {
    const slots = op.operandSlots;
    const values = new Array<Value>(slots.length);
    for (let i = 0; i < slots.length; i++) values[i] = slots[i].value;
    if (values.length > 1 && op.hasTrait('Commutative')) {
      if (values.length === 2) {
        if (values[0].hashId > values[1].hashId) values.reverse();
      } else values.sort((a, b) => a.hashId - b.hashId);
    }
    return values;
  }

  /** A hash of what sameStructure compares. */
  private hash(op: Operation, operands: readonly Value[]): number {
    let nameId = this.nameIds.get(op.name);
    if (nameId === undefined) this.nameIds.set(op.name, (nameId = this.nameIds.size + 1));
    let h = Math.imul(nameId, 0x9e3779b1) ^ op.properties.id;
    h = Math.imul(h, 31) ^ op.attributes.id;
    for (let i = 0; i < operands.length; i++) h = Math.imul(h, 31) ^ operands[i].hashId;
    for (let i = 0; i < op.results.length; i++) h = Math.imul(h, 31) ^ op.results[i].type.id;
    return h;
  }

  private simplifyRegion(known: ScopedTable, region: Region): void {
    if (region.blocks.length === 0) return;
    const ssa = !(region.blocks.length === 1 && mayBeGraphRegion(region));
    if (region.blocks.length === 1) {
      known.push();
      this.simplifyBlock(known, region.blocks[0], ssa);
      known.pop();
      return;
    }
    const tree = new DominatorTree(region);
    const visit = (b: Block) => {
      known.push();
      this.simplifyBlock(known, b, ssa);
      for (const c of tree.childrenOf(b)) visit(c);
      known.pop();
    };
    visit(tree.root!);
  }

  private simplifyBlock(known: ScopedTable, block: Block, ssa: boolean): void {
    for (let op = block.first; op; op = op.next) {
      if (op.regions.length) {
        // An isolated op cannot see values from outside: its regions start with nothing known.
        const scope = op.hasTrait('IsolatedFromAbove') || !op.isRegistered ? new ScopedTable() : known;
        for (const r of op.regions) this.simplifyRegion(scope, r);
      }
      this.simplifyOperation(known, op, ssa);
    }
  }

  private simplifyOperation(known: ScopedTable, op: Operation, _ssa: boolean): void {
    if (op.hasTrait('Terminator')) return;
    if (isTriviallyDead(op)) {
      this.toErase.push(op);
      this.numDCE++;
      return;
    }
    // As MLIR, ops with regions are compared region by region, when they have no memory effects
    // and no region has more than one block.
    if (op.regions.length && (op.regions.some((r) => r.blocks.length > 1) || !isMemoryEffectFree(op))) return;
    if (!isMemoryEffectFree(op)) {
      const effects = effectsOf(op);
      if (!effects || !effects.every((e) => e.kind === 'read')) return;
      const operands = this.operandsOf(op);
      const h = this.hash(op, operands);
      const existing = known.find(h, op, operands);
      if (existing && existing.parent === op.parent && !hasWriteBetween(existing, op)) {
        this.replace(op, existing);
        return;
      }
      known.add(h, op, operands);
      return;
    }
    const operands = this.operandsOf(op);
    const h = this.hash(op, operands);
    const existing = known.find(h, op, operands);
    if (existing) {
      this.replace(op, existing);
      return;
    }
    known.add(h, op, operands);
  }

  private replace(op: Operation, existing: Operation): void {
    op.replaceAllUsesWith(existing.results);
    this.toErase.push(op);
    this.numCSE++;
  }
}

/** True when an op between `from` and `to` (same block) may write memory or has unknown effects. */
function hasWriteBetween(from: Operation, to: Operation): boolean {
  for (let o = from.next; o && o !== to; o = o.next) {
    const e = effectsOf(o);
    if (!e || e.some((x) => x.kind !== 'read')) return true;
  }
  return false;
}

export const csePass = definePass({
  name: 'cse',
  displayName: 'CSE',
  summary: 'Eliminate common sub-expressions',
  statistics: { "num-cse'd": "Number of operations CSE'd", "num-dce'd": "Number of operations DCE'd" },
  run(ctx) {
    const { cse, dce } = eliminateCommonSubexpressions(ctx.op);
    ctx.addStatistic("num-cse'd", cse);
    ctx.addStatistic("num-dce'd", dce);
    if (cse + dce === 0) ctx.markAllAnalysesPreserved();
  },
});
