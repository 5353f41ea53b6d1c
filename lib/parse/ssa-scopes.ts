// SSA value and block name scopes of the operation parser, with forward references (MLIR's rules and messages).
import { Parser } from './parser.js';
import { quoted } from './dense.js';
import { Block } from '../ir/block.js';
import { Operation } from '../ir/operation.js';
import type { Value } from '../ir/value.js';
import type { Type } from '../ir/types.js';
import type { UnresolvedOperand } from '../ir/op-asm-parser.js';
import { SpanTable } from './span-table.js';

/**
 * An SSA name as the scopes key it: the number of a plain numbered name (`%12`, the printer's
 * names, looked up in an array without making or hashing a string), else the name itself.
 */
export type SsaKey = string | number;

/** Digits a numbered name may have to be keyed by its number (keeps the arrays dense enough). */
const MAX_KEY_DIGITS = 7;

/** The key of `%name`: its number when it is written as one (no leading zero: `%01` is not `%1`). */
export function ssaKey(name: string): SsaKey {
  const n = numberOfName(name, 0, name.length);
  return n >= 0 ? n : name;
}

/** The number of the `%name` at `text[start, end)` (`%12`: 12), or -1 when it is not keyed by one. */
function numberOfName(text: string, start: number, end: number): number {
  const n = end - start - 1;
  if (n < 1 || n > MAX_KEY_DIGITS || (n > 1 && text.charCodeAt(start + 1) === 48)) return -1;
  let value = 0;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The name a key stands for, for messages. */
function ssaName(key: SsaKey): string {
  return typeof key === 'number' ? `%${key}` : key;
}

/** A defined (or forward-referenced) value and where its name appeared. */
interface ValueDef {
  value: Value;
  offset: number;
}

/**
 * Names visible in one isolated scope; nested (non-isolated) scopes record what to drop on exit.
 * Result 0 of a numbered name lives in the two arrays at its number, result 0 of another name
 * in `named`, and results 1 and up of any name in `more` (rare: multi-result ops).
 */
class IsolatedScope {
  readonly numberedValues: (Value | undefined)[] = [];
  readonly numberedOffsets: number[] = [];
  readonly named = new Map<string, ValueDef>();
  readonly more = new Map<SsaKey, (ValueDef | undefined)[]>();
  /**
   * The names defined in open nested scopes, innermost last, and where each nested scope's
   * names start in that list: one stack instead of a list per region.
   */
  readonly nestedDefinitions: SsaKey[] = [];
  readonly nestedStarts: number[] = [];

  value(key: SsaKey, resultNumber: number): Value | undefined {
    if (resultNumber !== 0) return this.more.get(key)?.[resultNumber]?.value;
    return typeof key === 'number' ? this.numberedValues[key] : this.named.get(key)?.value;
  }
  offset(key: SsaKey, resultNumber: number): number | undefined {
    if (resultNumber !== 0) return this.more.get(key)?.[resultNumber]?.offset;
    if (typeof key !== 'number') return this.named.get(key)?.offset;
    return this.numberedValues[key] ? this.numberedOffsets[key] : undefined;
  }
  set(key: SsaKey, resultNumber: number, value: Value, offset: number): void {
    if (resultNumber !== 0) {
      let list = this.more.get(key);
      if (!list) this.more.set(key, (list = []));
      list[resultNumber] = { value, offset };
    } else if (typeof key === 'number') {
      this.numberedValues[key] = value;
      this.numberedOffsets[key] = offset;
    } else {
      this.named.set(key, { value, offset });
    }
  }
  /** Forgets every result of the name (a nested scope's definitions, when it closes). */
  delete(key: SsaKey): void {
    if (typeof key === 'number') this.numberedValues[key] = undefined;
    else this.named.delete(key);
    if (this.more.size) this.more.delete(key);
  }
}

/** The block labels of one region, and those referenced before their definition (with where). */
interface BlockScope {
  byName: Map<string, { block: Block; offset: number }>;
  forward: Map<Block, number>;
}

/**
 * The parser state for SSA names and block labels. Values used before their definition get a
 * placeholder op (as MLIR does) that is replaced when the definition arrives; any left at the
 * end are "use of undeclared SSA value name".
 */
export class SsaParser extends Parser {
  private readonly isolated: IsolatedScope[] = [];
  /**
   * Per open region, its block labels, made on the region's first label: most regions have
   * none, and two maps per region showed in allocation profiles.
   */
  private readonly blockScopes: (BlockScope | undefined)[] = [];
  private readonly placeholders = new Map<Value, number>();
  /** Non-numbered SSA names by spelling, so that each use does not slice a new string. */
  private readonly ssaNames = new SpanTable<undefined>(this.source, this.ts);

  /** Opens the name scope of a region; isolated scopes hide the names defined outside. */
  pushScope(isolated: boolean): void {
    this.blockScopes.push(undefined);
    if (isolated || this.isolated.length === 0) {
      this.isolated.push(new IsolatedScope());
    } else {
      const scope = this.isolated[this.isolated.length - 1];
      scope.nestedStarts.push(scope.nestedDefinitions.length);
    }
  }

  /** Closes a region's scope; every block it referenced must have been defined. */
  popScope(): void {
    const blocks = this.blockScopes.pop();
    if (blocks && blocks.forward.size) {
      const first = Math.min(...blocks.forward.values());
      this.failAt(first, 'reference to an undefined block');
    }
    const scope = this.isolated[this.isolated.length - 1];
    const starts = scope.nestedStarts;
    if (starts.length === 0) {
      this.isolated.pop();
      return;
    }
    const start = starts.pop()!;
    const defined = scope.nestedDefinitions;
    for (let i = start; i < defined.length; i++) scope.delete(defined[i]);
    defined.length = start;
  }

  /** The block labels of the innermost region, made on first use. */
  private blockScope(): BlockScope {
    const i = this.blockScopes.length - 1;
    return (this.blockScopes[i] ??= { byName: new Map(), forward: new Map() });
  }

  /** The key of the current `%name` token (which the caller then consumes). */
  currentSsaKey(): SsaKey {
    const src = this.source;
    const start = this.offset;
    const end = this.ts.end();
    const number = numberOfName(src, start, end);
    if (number >= 0) return number;
    // A found name and a new one are returned by the same call: optimized while only new names
    // had come (the first function's), a separate return for found ones was code without type
    // feedback, which deoptimized the parser's hot loop at the first (in the next function).
    const names = this.ssaNames;
    const found = names.find(start, end);
    if (found < 0) names.set(found, src.substring(start, end), undefined);
    return names.key(found < 0 ? ~found : found);
  }

  /** Binds `use` (name and result number) to `value`, resolving a forward reference if there was one. */
  addDefinition(use: UnresolvedOperand, value: Value): void {
    this.define(ssaKey(use.name), use.resultNumber, use.offset, value);
  }

  /** Binds result `resultNumber` of the name `key`, written at `offset`, to `value`. */
  define(key: SsaKey, resultNumber: number, offset: number, value: Value): void {
    const scope = this.isolated[this.isolated.length - 1];
    const existing = scope.value(key, resultNumber);
    if (existing) {
      if (!this.placeholders.has(existing)) {
        this.failWithNote(offset, `redefinition of SSA value '${ssaName(key)}'`, 'previously defined here', scope.offset(key, resultNumber));
      }
      if (existing.type !== value.type) {
        this.failWithNote(
          offset,
          `definition of SSA value '${ssaName(key)}#${resultNumber}' has type ${quoted(value.type)}`,
          `previously used here with type ${quoted(existing.type)}`,
          scope.offset(key, resultNumber),
        );
      }
      existing.replaceAllUsesWith(value);
      this.placeholders.delete(existing);
    }
    scope.set(key, resultNumber, value, offset);
    // Names defined directly in an isolated scope go with it; only nested scopes drop theirs one by one.
    if (scope.nestedStarts.length) scope.nestedDefinitions.push(key);
  }

  /** Where `%name#number` was first seen in this isolated scope, if it has a value. */
  referenceOffset(name: string, number: number): number | undefined {
    return this.isolated[this.isolated.length - 1].offset(ssaKey(name), number);
  }

  /** The value of `use` with type `type`: a prior definition, or a new forward reference. */
  resolveSSAUse(use: UnresolvedOperand, type: Type): Value {
    return this.resolve(ssaKey(use.name), use.resultNumber, use.offset, type);
  }

  /** The value of result `resultNumber` of `key` (used at `offset`) with type `type`. */
  resolve(key: SsaKey, resultNumber: number, offset: number, type: Type): Value {
    const scope = this.isolated[this.isolated.length - 1];
    const existing = scope.value(key, resultNumber);
    if (existing) {
      if (existing.type === type) return existing;
      return this.failWithNote(
        offset,
        `use of value '${ssaName(key)}' expects different type than prior uses: ${quoted(type)} vs ${quoted(existing.type)}`,
        'prior use here',
        scope.offset(key, resultNumber),
      );
    }
    if (resultNumber !== 0) {
      const first = scope.value(key, 0);
      if (first && !this.placeholders.has(first)) this.failAt(offset, 'reference to invalid result number');
    }
    const op = Operation.create({ name: 'builtin.unrealized_conversion_cast', location: this.locationAt(offset), resultTypes: [type] });
    const value = op.results[0];
    this.placeholders.set(value, offset);
    scope.set(key, resultNumber, value, offset);
    return value;
  }

  /** Reports the first forward reference that never got a definition. */
  checkForwardReferences(): void {
    if (this.placeholders.size) this.failAt(Math.min(...this.placeholders.values()), 'use of undeclared SSA value name');
  }

  /** The block labelled `name` in the current region, created on first reference. */
  getBlockNamed(name: string, offset: number): Block {
    const scope = this.blockScope();
    let def = scope.byName.get(name);
    if (!def) {
      def = { block: new Block(), offset };
      scope.byName.set(name, def);
      scope.forward.set(def.block, offset);
    }
    return def.block;
  }

  /**
   * Defines the block labelled `name`: the forward-referenced one if any, else `existing`
   * (the unnamed entry block) or a new one.
   */
  defineBlock(name: string, offset: number, existing: Block | null): Block {
    const scope = this.blockScope();
    const def = scope.byName.get(name);
    if (!def) {
      const block = existing ?? new Block();
      scope.byName.set(name, { block, offset });
      return block;
    }
    if (!scope.forward.delete(def.block)) this.failAt(offset, `redefinition of block '${name}'`);
    def.offset = offset;
    return def.block;
  }
}
