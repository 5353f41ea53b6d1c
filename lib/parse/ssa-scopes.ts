// SSA value and block name scopes of the operation parser, with forward references (MLIR's rules and messages).
import { Parser } from './parser.js';
import { quoted } from './dense.js';
import { Block } from '../ir/block.js';
import { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import type { Type } from '../ir/types.js';
import type { UnresolvedOperand } from '../ir/op-asm-parser.js';

/** A defined (or forward-referenced) value and where its name appeared. */
interface ValueDef {
  value: Value;
  offset: number;
}

/** Names visible in one isolated scope; nested (non-isolated) scopes record what to drop on exit. */
class IsolatedScope {
  readonly values = new Map<string, (ValueDef | undefined)[]>();
  readonly definitionsPerScope: string[][] = [[]];
}

/**
 * The parser state for SSA names and block labels. Values used before their definition get a
 * placeholder op (as MLIR does) that is replaced when the definition arrives; any left at the
 * end are "use of undeclared SSA value name".
 */
export class SsaParser extends Parser {
  private readonly isolated: IsolatedScope[] = [];
  private readonly blocksByName: Map<string, { block: Block | null; offset: number }>[] = [];
  private readonly forwardBlocks: Map<Block, number>[] = [];
  private readonly placeholders = new Map<Value, number>();

  /** Opens the name scope of a region; isolated scopes hide the names defined outside. */
  pushScope(isolated: boolean): void {
    this.blocksByName.push(new Map());
    this.forwardBlocks.push(new Map());
    if (isolated || this.isolated.length === 0) this.isolated.push(new IsolatedScope());
    else this.isolated[this.isolated.length - 1].definitionsPerScope.push([]);
  }

  /** Closes a region's scope; every block it referenced must have been defined. */
  popScope(): void {
    const forward = this.forwardBlocks.pop()!;
    if (forward.size) {
      const first = Math.min(...forward.values());
      this.failAt(first, 'reference to an undefined block');
    }
    const scope = this.isolated[this.isolated.length - 1];
    if (scope.definitionsPerScope.length === 1) this.isolated.pop();
    else for (const name of scope.definitionsPerScope.pop()!) scope.values.delete(name);
    this.blocksByName.pop();
  }

  private entries(name: string): (ValueDef | undefined)[] {
    const scope = this.isolated[this.isolated.length - 1];
    let list = scope.values.get(name);
    if (!list) {
      list = [];
      scope.values.set(name, list);
    }
    return list;
  }

  /** Binds `use` (name and result number) to `value`, resolving a forward reference if there was one. */
  addDefinition(use: UnresolvedOperand, value: Value): void {
    const list = this.entries(use.name);
    const existing = list[use.resultNumber];
    if (existing) {
      if (!this.placeholders.has(existing.value)) {
        this.failWithNote(use.offset, `redefinition of SSA value '${use.name}'`, 'previously defined here', existing.offset);
      }
      if (existing.value.type !== value.type) {
        this.failWithNote(
          use.offset,
          `definition of SSA value '${use.name}#${use.resultNumber}' has type ${quoted(value.type)}`,
          `previously used here with type ${quoted(existing.value.type)}`,
          existing.offset,
        );
      }
      existing.value.replaceAllUsesWith(value);
      this.placeholders.delete(existing.value);
    }
    list[use.resultNumber] = { value, offset: use.offset };
    // Names defined directly in an isolated scope go with it; only nested scopes drop theirs one by one.
    const perScope = this.isolated[this.isolated.length - 1].definitionsPerScope;
    if (perScope.length > 1) perScope[perScope.length - 1].push(use.name);
  }

  /** Where `%name#number` was first seen in this isolated scope, if it has a value. */
  referenceOffset(name: string, number: number): number | undefined {
    return this.isolated[this.isolated.length - 1].values.get(name)?.[number]?.offset;
  }

  /** The value of `use` with type `type`: a prior definition, or a new forward reference. */
  resolveSSAUse(use: UnresolvedOperand, type: Type): Value {
    const list = this.entries(use.name);
    const existing = list[use.resultNumber];
    if (existing) {
      if (existing.value.type === type) return existing.value;
      return this.failWithNote(
        use.offset,
        `use of value '${use.name}' expects different type than prior uses: ${quoted(type)} vs ${quoted(existing.value.type)}`,
        'prior use here',
        existing.offset,
      );
    }
    if (list[0] && !this.placeholders.has(list[0].value)) this.failAt(use.offset, 'reference to invalid result number');
    const op = Operation.create({ name: 'builtin.unrealized_conversion_cast', location: this.locationAt(use.offset), resultTypes: [type] });
    const value = op.results[0];
    this.placeholders.set(value, use.offset);
    list[use.resultNumber] = { value, offset: use.offset };
    return value;
  }

  /** Reports the first forward reference that never got a definition. */
  checkForwardReferences(): void {
    if (this.placeholders.size) this.failAt(Math.min(...this.placeholders.values()), 'use of undeclared SSA value name');
  }

  /** The block labelled `name` in the current region, created on first reference. */
  getBlockNamed(name: string, offset: number): Block {
    const names = this.blocksByName[this.blocksByName.length - 1];
    let def = names.get(name);
    if (!def || !def.block) {
      def = { block: new Block(), offset };
      names.set(name, def);
      this.forwardBlocks[this.forwardBlocks.length - 1].set(def.block!, offset);
    }
    return def.block!;
  }

  /**
   * Defines the block labelled `name`: the forward-referenced one if any, else `existing`
   * (the unnamed entry block) or a new one.
   */
  defineBlock(name: string, offset: number, existing: Block | null): Block {
    const names = this.blocksByName[this.blocksByName.length - 1];
    const def = names.get(name);
    if (!def || !def.block) {
      const block = existing ?? new Block();
      names.set(name, { block, offset });
      return block;
    }
    if (!this.forwardBlocks[this.forwardBlocks.length - 1].delete(def.block)) this.failAt(offset, `redefinition of block '${name}'`);
    def.offset = offset;
    return def.block;
  }
}
