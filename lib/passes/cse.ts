// cse: common sub-expression elimination over the dominator tree, respecting memory effects, as MLIR's CSE.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { Value } from '../ir/value.js';
import { effectsOf, isMemoryEffectFree, isTriviallyDead } from '../rewrite/effects.js';
import { mayBeGraphRegion } from '../verify/dominance.js';
import { DominatorTree } from './dominator-tree.js';

/** Known ops by structural key, with per-scope undo so that leaving a dominator subtree forgets its ops. */
class ScopedMap {
  private readonly map = new Map<string, Operation>();
  private readonly scopes: string[][] = [];
  push(): void {
    this.scopes.push([]);
  }
  pop(): void {
    for (const k of this.scopes.pop()!) this.map.delete(k);
  }
  get(k: string): Operation | undefined {
    return this.map.get(k);
  }
  set(k: string, op: Operation): void {
    this.map.set(k, op);
    this.scopes[this.scopes.length - 1].push(k);
  }
}

/** Runs CSE under `root`; returns the numbers of ops CSE'd and of dead ops erased. */
export function eliminateCommonSubexpressions(root: Operation): { cse: number; dce: number } {
  return new CSEDriver().run(root);
}

class CSEDriver {
  private readonly valueIds = new Map<Value, number>();
  private readonly toErase: Operation[] = [];
  private numCSE = 0;
  private numDCE = 0;

  run(root: Operation): { cse: number; dce: number } {
    for (const r of root.regions) this.simplifyRegion(new ScopedMap(), r);
    for (const op of this.toErase) {
      op.dropAllReferences();
      op.erase();
    }
    return { cse: this.numCSE, dce: this.numDCE };
  }

  private id(v: Value): number {
    let id = this.valueIds.get(v);
    if (id === undefined) this.valueIds.set(v, (id = this.valueIds.size + 1));
    return id;
  }

  /** The structural key of `op`: name, attributes, result types and operands (unordered when commutative). */
  private key(op: Operation): string {
    const operands = op.operandSlots.map((s) => this.id(s.value));
    if (op.hasTrait('Commutative')) operands.sort((a, b) => a - b);
    let k = `${op.name.name}|${op.properties.id}|${op.attributes.id}|${operands.join(',')}|`;
    for (const r of op.results) k += `${r.type.id},`;
    for (const s of op.successorSlots) k += `^${s.block.indexInRegion}`;
    return k;
  }

  private simplifyRegion(known: ScopedMap, region: Region): void {
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

  private simplifyBlock(known: ScopedMap, block: Block, ssa: boolean): void {
    for (let op = block.first; op; op = op.next) {
      if (op.regions.length) {
        // An isolated op cannot see values from outside: its regions start with nothing known.
        const scope = op.hasTrait('IsolatedFromAbove') || !op.isRegistered ? new ScopedMap() : known;
        for (const r of op.regions) this.simplifyRegion(scope, r);
      }
      this.simplifyOperation(known, op, ssa);
    }
  }

  private simplifyOperation(known: ScopedMap, op: Operation, _ssa: boolean): void {
    if (op.hasTrait('Terminator')) return;
    if (isTriviallyDead(op)) {
      this.toErase.push(op);
      this.numDCE++;
      return;
    }
    // Ops with regions would need their regions compared; they are left alone.
    if (op.regions.some((r) => !r.empty)) return;
    if (!isMemoryEffectFree(op)) {
      const effects = effectsOf(op);
      if (!effects || !effects.every((e) => e.kind === 'read')) return;
      const k = this.key(op);
      const existing = known.get(k);
      if (existing && existing.parent === op.parent && !hasWriteBetween(existing, op)) {
        this.replace(op, existing);
        return;
      }
      known.set(k, op);
      return;
    }
    const k = this.key(op);
    const existing = known.get(k);
    if (existing) {
      this.replace(op, existing);
      return;
    }
    known.set(k, op);
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
