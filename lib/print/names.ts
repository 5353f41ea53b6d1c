// SSA value and block naming as MLIR's SSANameState: `%0`, `%arg0`, name hints with `_N`
// suffixes on conflict, result groups (`%0:2`, `%0#1`), and `^bbN` labels per region.
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Block } from '../ir/block.js';
import { OpResult, type Value } from '../ir/value.js';
import { asmResultNamer } from './asm-names.js';

/** A name scope: the names it added, dropped again when the scope is left. */
interface Scope {
  readonly parent: Scope | null;
  readonly added: string[];
}

/** What is pending for a region: the counters and scope it starts from. */
interface PendingRegion {
  readonly region: Region;
  readonly nextValue: number;
  readonly nextArgument: number;
  readonly nextConflict: number;
  readonly scope: Scope;
}

const ID_CHAR = /^[A-Za-z0-9$._-]+$/;

/** MLIR's sanitizeIdentifier for value names: `_` before a leading digit, odd bytes in hex. */
function sanitize(name: string): string {
  const fix = (): string => {
    let s = '';
    for (const ch of name) {
      if (/[A-Za-z0-9$._-]/.test(ch)) s += ch;
      else if (ch === ' ') s += '_';
      else for (const b of new TextEncoder().encode(ch)) s += b.toString(16).toUpperCase();
    }
    return s;
  };
  if (/^[0-9]/.test(name)) return `_${fix()}`;
  return ID_CHAR.test(name) ? name : fix();
}

/** Names every value and block under an operation, as the printer will show them. */
export class SSANameState {
  /** The printed name (without `%`) of each named value: the first result of an op or an argument. */
  private readonly names = new Map<Value, string>();
  private readonly resultGroups = new Map<Operation, number[]>();
  private readonly blocks = new Map<Block, { name: string; ordering: number }>();
  private readonly used = new Set<string>();
  private scope: Scope = { parent: null, added: [] };
  private nextValue = 0;
  private nextArgument = 0;
  private nextConflict = 0;

  constructor(
    op: Operation,
    private readonly generic: boolean,
  ) {
    const pending: PendingRegion[] = [];
    const top = this.scope;
    for (const r of op.regions) pending.push(this.pendingFor(r, top));
    this.numberOp(op);
    // Regions are numbered depth-first from a stack (last pushed first); each starts from
    // the counters its parent region had when it was finished, exactly as MLIR does.
    while (pending.length) {
      const p = pending.pop()!;
      // The generic form implies MLIR's unique SSA ids: numbering never restarts.
      if (!generic) {
        this.nextValue = p.nextValue;
        this.nextArgument = p.nextArgument;
        this.nextConflict = p.nextConflict;
      }
      while (this.scope !== p.scope) this.popScope();
      this.scope = { parent: this.scope, added: [] };
      const scope = this.scope;
      this.numberRegion(p.region);
      for (const block of p.region.blocks) {
        for (let o = block.first; o; o = o.next) {
          for (const r of o.regions) pending.push(this.pendingFor(r, scope));
        }
      }
    }
    while (this.scope.parent) this.popScope();
  }

  private pendingFor(region: Region, scope: Scope): PendingRegion {
    return { region, nextValue: this.nextValue, nextArgument: this.nextArgument, nextConflict: this.nextConflict, scope };
  }

  private popScope(): void {
    for (const n of this.scope.added) this.used.delete(n);
    this.scope = this.scope.parent!;
  }

  private numberRegion(region: Region): void {
    const blocks = region.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      this.blocks.set(block, { name: `^bb${i}`, ordering: i });
      const args = block.arguments;
      for (const a of args) {
        if (this.names.has(a)) continue;
        if (i === 0) this.setName(a, `arg${this.nextArgument++}`);
        else this.names.set(a, String(this.nextValue++));
      }
      for (let op = block.first; op; op = op.next) this.numberOp(op);
    }
  }

  private numberOp(op: Operation): void {
    const results = op.results;
    if (results.length === 0) return;
    let groups: number[] | null = null;
    if (!this.generic) {
      const namer = asmResultNamer(op.name.name);
      if (namer) {
        namer(op, (v, name) => {
          this.setName(v, name);
          if (v instanceof OpResult && v.index !== 0) (groups ??= [0]).push(v.index);
        });
      }
    }
    if (!this.names.has(results[0])) this.names.set(results[0], String(this.nextValue++));
    if (groups) this.resultGroups.set(op, (groups as number[]).sort((a, b) => a - b));
  }

  private setName(v: Value, name: string): void {
    if (!name) {
      this.names.set(v, String(this.nextValue++));
      return;
    }
    let n = sanitize(name);
    if (this.used.has(n)) {
      let probe: string;
      do probe = `${n}_${this.nextConflict++}`;
      while (this.used.has(probe));
      n = probe;
    }
    this.used.add(n);
    this.scope.added.push(n);
    this.names.set(v, n);
  }

  /** `%name` or `%name#k` for a value; `<<UNKNOWN SSA VALUE>>` when it is outside the printed op. */
  valueName(v: Value, withResultNumber = true): string {
    if (v instanceof OpResult) {
      const owner = v.owner;
      const n = owner.results.length;
      if (n !== 1) {
        const groups = this.resultGroups.get(owner);
        let head = 0;
        let size = n;
        if (groups) {
          let g = groups.length - 1;
          while (groups[g] > v.index) g--;
          head = groups[g];
          size = (g + 1 < groups.length ? groups[g + 1] : n) - head;
        }
        const name = this.names.get(owner.results[head]);
        if (name === undefined) return '<<UNKNOWN SSA VALUE>>';
        return withResultNumber && size !== 1 ? `%${name}#${v.index - head}` : `%${name}`;
      }
    }
    const name = this.names.get(v);
    return name === undefined ? '<<UNKNOWN SSA VALUE>>' : `%${name}`;
  }

  /** The result groups of `op` (first result index of each), or null when it has one group. */
  groupsOf(op: Operation): readonly number[] | null {
    return this.resultGroups.get(op) ?? null;
  }

  /** `^bbN`, numbered within the block's region. */
  blockName(b: Block): string {
    return this.blocks.get(b)?.name ?? '<<UNKNOWN BLOCK>>';
  }

  /** The block's position in its region, for sorting predecessors. */
  blockOrdering(b: Block): number {
    return this.blocks.get(b)?.ordering ?? -1;
  }
}
