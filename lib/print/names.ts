// SSA value and block naming as MLIR's SSANameState: `%0`, `%arg0`, name hints with `_N`
// suffixes on conflict, result groups (`%0:2`, `%0#1`), and `^bbN` labels per region.
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import { opOrdinal, type Block } from '../ir/block.js';
import { type BlockArgument, OpResult, type Value } from '../ir/value.js';
import { asmResultNamer, type AsmResultNamer } from './asm-names.js';

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

/**
 * The printed names (`%3`, `%arg0`, `%c0_i32`) of a block's arguments and its ops' first
 * results. Kept as strings made once per value: a value prints once where it is defined and
 * again at every use, and turning its number into text at each of them was most of the cost.
 */
interface BlockNames {
  readonly name: string;
  readonly ordering: number;
  readonly args: string[];
  /** By `opOrdinal` (the block is renumbered before its ops are numbered); holes for ops without results. */
  readonly ops: string[];
}

const UNKNOWN_VALUE = '<<UNKNOWN SSA VALUE>>';

/**
 * `%N` for N below this is made once and kept across prints. The custom form numbers each
 * isolated region (a function) from `%0` again, so the same few hundred names recur; the
 * bound keeps a generic print of a huge module from keeping a string per value forever.
 */
const KEPT_NUMBERS = 1 << 12;
const numberNames: string[] = [];
/** `%N`. */
function numberName(n: number): string {
  if (n >= KEPT_NUMBERS) return '%' + n;
  while (numberNames.length <= n) numberNames.push('%' + numberNames.length);
  return numberNames[n];
}

const blockLabels: string[] = [];
/** `^bbN`, made once per N. */
function blockLabel(n: number): string {
  while (blockLabels.length <= n) blockLabels.push(`^bb${blockLabels.length}`);
  return blockLabels[n];
}

/**
 * Names every value and block under an operation, as the printer will show them. Numbers
 * live in per-block arrays indexed by op position rather than in one map keyed by value: at
 * a million ops a map that size costs more in garbage collection than the printing itself.
 */
export class SSANameState {
  /** Values that print with a name (hints, `arg0`); every other value has a number. */
  private readonly named = new Map<Value, string>();
  private readonly resultGroups = new Map<Operation, number[]>();
  private readonly blocks = new Map<Block, BlockNames>();
  private readonly used = new Set<string>();
  private scope: Scope = { parent: null, added: [] };
  private nextValue = 0;
  private nextArgument = 0;
  private nextConflict = 0;
  /** The name of the printed op's first result (it is in no numbered block). */
  private topName = UNKNOWN_VALUE;
  /** The block whose names were looked up last: most operands come from the block in print. */
  private lastBlock: Block | null = null;
  private lastNames: BlockNames | undefined = undefined;

  /**
   * `visit`, when given, is called once for every op under `top` (and `top`): the naming walk
   * is one the printer needs anyway, so other per-op checks ride on it.
   */
  constructor(
    private readonly top: Operation,
    private readonly generic: boolean,
    visit?: (op: Operation) => void,
  ) {
    const pending: PendingRegion[] = [];
    const scope0 = this.scope;
    for (const r of top.regions) pending.push(this.pendingFor(r, scope0));
    visit?.(top);
    if (top.results.length) this.topName = this.numberOp(top);
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
      const nested = this.numberRegion(p.region, visit);
      if (nested === null) continue;
      for (const o of nested) {
        // Indexed: for-of over each op's (often frozen, shared) region list allocated per op.
        const regions = o.regions;
        for (let i = 0; i < regions.length; i++) pending.push(this.pendingFor(regions[i], scope));
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

  /** Numbers a region's blocks and ops; returns its ops that have regions, in order. */
  private numberRegion(region: Region, visit: ((op: Operation) => void) | undefined): Operation[] | null {
    let nested: Operation[] | null = null;
    const blocks = region.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const info: BlockNames = { name: blockLabel(i), ordering: i, args: [], ops: [] };
      this.blocks.set(block, info);
      for (const a of block.arguments) {
        if (!this.named.has(a)) {
          if (i !== 0) {
            info.args.push(numberName(this.nextValue++));
            continue;
          }
          this.setName(a, `arg${this.nextArgument++}`);
        }
        info.args.push('%' + this.named.get(a)!);
      }
      block.renumberOps();
      const ops = info.ops;
      for (let op = block.first; op; op = op.next) {
        visit?.(op);
        if (op.results.length) ops[opOrdinal(op)] = this.numberOp(op);
        if (op.regions.length) (nested ??= []).push(op);
      }
    }
    return nested;
  }

  /** Numbers or names an op's results; returns the name of its first result. */
  private numberOp(op: Operation): string {
    const namer = this.generic ? undefined : asmResultNamer(op.name.name);
    // Without name hints (most ops) the first result is numbered: no lookup of a name.
    if (!namer) return numberName(this.nextValue++);
    return this.nameOp(op, namer);
  }

  /**
   * Names an op's results from its hints; returns the name of its first result. Apart from
   * `numberOp`: the callback's captured state is allocated on entry to the function that
   * holds it, which for every op was most of the numbering's garbage.
   */
  private nameOp(op: Operation, namer: AsmResultNamer): string {
    let groups: number[] | null = null;
    namer(op, (v, name) => {
      this.setName(v, name);
      if (v instanceof OpResult && v.index !== 0) (groups ??= [0]).push(v.index);
    });
    if (groups) this.resultGroups.set(op, (groups as number[]).sort((a, b) => a - b));
    const name = this.named.get(op.results[0]);
    return name === undefined ? numberName(this.nextValue++) : '%' + name;
  }

  private setName(v: Value, name: string): void {
    if (!name) return;
    let n = sanitize(name);
    if (this.used.has(n)) {
      let probe: string;
      do probe = `${n}_${this.nextConflict++}`;
      while (this.used.has(probe));
      n = probe;
    }
    this.used.add(n);
    this.scope.added.push(n);
    this.named.set(v, n);
  }

  /** The names of a block's values, undefined when the block is outside the printed op. */
  private namesOf(b: Block): BlockNames | undefined {
    if (b !== this.lastBlock) {
      this.lastBlock = b;
      this.lastNames = this.blocks.get(b);
    }
    return this.lastNames;
  }

  /** The name of `op`'s first result. */
  private firstResultName(op: Operation): string {
    if (op === this.top) return this.topName;
    const b = op.parent;
    return (b && this.namesOf(b)?.ops[opOrdinal(op)]) ?? UNKNOWN_VALUE;
  }

  /** The name of a result group's first result. */
  private headName(v: OpResult): string {
    // Only a first result can have a number; other group heads are named.
    if (v.index === 0) return this.firstResultName(v.owner);
    const name = this.named.get(v);
    return name === undefined ? UNKNOWN_VALUE : '%' + name;
  }

  /** `%name` or `%name#k` for a value; `<<UNKNOWN SSA VALUE>>` when it is outside the printed op. */
  valueName(v: Value, withResultNumber = true): string {
    if (v instanceof OpResult) {
      const owner = v.owner;
      const n = owner.results.length;
      // The common case, one result: its name without a group or result number.
      if (n === 1) return this.firstResultName(owner);
      const groups = this.resultGroups.get(owner);
      let head = 0;
      let size = n;
      if (groups) {
        let g = groups.length - 1;
        while (groups[g] > v.index) g--;
        head = groups[g];
        size = (g + 1 < groups.length ? groups[g + 1] : n) - head;
      }
      const name = this.headName(owner.results[head]);
      if (name.charCodeAt(0) !== 37) return name;
      return withResultNumber && size !== 1 ? `${name}#${v.index - head}` : name;
    }
    const arg = v as BlockArgument;
    return this.namesOf(arg.owner)?.args[arg.index] ?? UNKNOWN_VALUE;
  }

  /** The result groups of `op` (first result index of each), or null when it has one group. */
  groupsOf(op: Operation): readonly number[] | null {
    return this.resultGroups.size === 0 ? null : (this.resultGroups.get(op) ?? null);
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
