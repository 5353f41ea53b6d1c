// cse: common sub-expression elimination over the dominator tree, respecting memory effects, as MLIR's CSE.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import type { OperationName } from '../ir/context.js';
import { effectFreeByTraits, effectsOf, isTriviallyDead, NO_MEMORY_EFFECTS } from '../rewrite/effects.js';
import { DominatorTree } from './dominator-tree.js';
import { OperandKey, ScopedTable } from './cse-table.js';

/** What CSE asks of every op, by op name, found once per run. */
interface NameFacts {
  /** A number for the hash. */
  readonly id: number;
  readonly terminator: boolean;
  readonly commutative: boolean;
  /** Regions start with nothing known: the op is isolated from above, or unregistered. */
  readonly isolated: boolean;
  /** No memory effects, by the traits alone (else the op is asked). */
  readonly effectFree: boolean;
}

/** Runs CSE under `root`; returns the numbers of ops CSE'd and of dead ops erased. */
export function eliminateCommonSubexpressions(root: Operation): { cse: number; dce: number } {
  return new CSEDriver().run(root);
}

class CSEDriver {
  private readonly names = new Map<OperationName, NameFacts>();
  private readonly toErase: Operation[] = [];
  /** The operands of the op being looked up (one object, refilled per op). */
  private readonly key = new OperandKey();
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

  private factsOf(name: OperationName): NameFacts {
    let facts = this.names.get(name);
    if (facts === undefined) {
      facts = {
        id: this.names.size + 1,
        terminator: name.hasTrait('Terminator'),
        commutative: name.hasTrait('Commutative'),
        isolated: name.hasTrait('IsolatedFromAbove') || !name.isRegistered,
        effectFree: effectFreeByTraits(name),
      };
      this.names.set(name, facts);
    }
    return facts;
  }

  /** A hash of what the table compares: name, properties, attributes, operands (as `key` holds them), result types. */
  private hash(op: Operation, facts: NameFacts, key: OperandKey): number {
    let h = Math.imul(facts.id, 0x9e3779b1) ^ op.properties.id;
    h = Math.imul(h, 31) ^ op.attributes.id;
    h = key.hashInto(h);
    for (let i = 0; i < op.results.length; i++) h = Math.imul(h, 31) ^ op.results[i].type.id;
    return h;
  }

  private simplifyRegion(known: ScopedTable, region: Region): void {
    if (region.blocks.length === 0) return;
    if (region.blocks.length === 1) {
      known.push();
      this.simplifyBlock(known, region.blocks[0]);
      known.pop();
      return;
    }
    const tree = new DominatorTree(region);
    const visit = (b: Block) => {
      known.push();
      this.simplifyBlock(known, b);
      for (const c of tree.childrenOf(b)) visit(c);
      known.pop();
    };
    visit(tree.root!);
  }

  private simplifyBlock(known: ScopedTable, block: Block): void {
    for (let op = block.first; op; op = op.next) {
      const facts = this.factsOf(op.name);
      if (op.regions.length) {
        // An isolated op cannot see values from outside: its regions start with nothing known.
        const scope = facts.isolated ? new ScopedTable() : known;
        for (const r of op.regions) this.simplifyRegion(scope, r);
      }
      this.simplifyOperation(known, op, facts);
    }
  }

  private simplifyOperation(known: ScopedTable, op: Operation, facts: NameFacts): void {
    if (facts.terminator) return;
    if (isTriviallyDead(op)) {
      this.toErase.push(op);
      this.numDCE++;
      return;
    }
    // Effects are asked of the op only when its traits don't settle them, and only once.
    const effects = facts.effectFree ? NO_MEMORY_EFFECTS : effectsOf(op);
    const effectFree = effects !== undefined && effects.length === 0;
    // As MLIR, ops with regions are compared region by region, when they have no memory effects
    // and no region has more than one block.
    if (op.regions.length && (!effectFree || op.regions.some((r) => r.blocks.length > 1))) return;
    if (!effects || !effects.every((e) => e.kind === 'read')) return;
    const key = this.key.read(op, facts.commutative);
    const h = this.hash(op, facts, key);
    const existing = known.find(h, op, key);
    // An op that reads memory is only replaced by an equal one earlier in its block with no write between.
    if (existing && (effectFree || (existing.parent === op.parent && !hasWriteBetween(existing, op)))) {
      this.replace(op, existing);
      return;
    }
    known.add(h, op, key, existing);
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
