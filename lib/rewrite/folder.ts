// OperationFolder: de-duplicates constants per insertion region and hoists them to the region's entry block.
import { UnknownLoc, type Location } from '../ir/location.js';
import type { Attribute } from '../ir/attributes.js';
import type { Block } from '../ir/block.js';
import type { Operation } from '../ir/operation.js';
import type { Region } from '../ir/region.js';
import type { Type } from '../ir/types.js';
import type { Value } from '../ir/value.js';
import { constantValue, materializerOf } from './op-hooks.js';
import type { PatternRewriter } from './rewriter.js';

/**
 * The region constants are hoisted into: the closest enclosing region whose op is isolated
 * from above (or unregistered, or top-level), as MLIR's getInsertionRegion.
 */
export function constantInsertionRegion(block: Block): Region {
  for (let b: Block | null = block; b; ) {
    const region: Region = b.parent!;
    const parentOp: Operation | null = region.parent;
    if (!parentOp || !parentOp.parent || !parentOp.isRegistered || parentOp.hasTrait('IsolatedFromAbove')) return region;
    b = parentOp.parent;
  }
  throw new Error('constantInsertionRegion: block is not in a region');
}

/** Uniques constant ops by (dialect, value, type) within each insertion region. */
export class OperationFolder {
  private readonly scopes = new Map<Region, Map<string, Operation>>();
  private readonly owned = new Map<Operation, string[]>();

  constructor(private readonly rewriter: PatternRewriter) {}

  private static key(dialect: string, value: Attribute, type: Type): string {
    return `${dialect}\u0000${value.id}\u0000${type.id}`;
  }

  private scope(region: Region): Map<string, Operation> {
    let s = this.scopes.get(region);
    if (!s) this.scopes.set(region, (s = new Map()));
    return s;
  }

  /** True when `op` is a constant this folder has uniqued. */
  isFolderOwnedConstant(op: Operation | null): boolean {
    return op !== null && this.owned.has(op);
  }

  /**
   * Records the constant `op`. Returns false when an equal constant already existed and
   * `op` was replaced by it (and erased); otherwise `op` is moved to the front of its
   * insertion region's entry block (unless it already heads the run of uniqued constants there).
   */
  insertKnownConstant(op: Operation, value: Attribute = constantValue(op)!): boolean {
    const block = op.parent!;
    if (this.isFolderOwnedConstant(op)) {
      if (block.first !== op && !this.isFolderOwnedConstant(op.prev)) op.moveBefore(block.first!);
      return true;
    }
    const region = constantInsertionRegion(block);
    const scope = this.scope(region);
    const key = OperationFolder.key(op.name.dialect, value, op.result(0).type);
    const existing = scope.get(key);
    if (existing) {
      this.notifyRemoval(op);
      this.rewriter.replaceOp(op, existing.results);
      return false;
    }
    const entry = region.blocks[0];
    if (block !== entry || (entry.first !== op && !this.isFolderOwnedConstant(op.prev))) op.moveBefore(entry.first!);
    scope.set(key, op);
    this.owned.set(op, [key]);
    return true;
  }

  /** Forgets `op` if it is a uniqued constant (it is being erased). */
  notifyRemoval(op: Operation): void {
    const keys = this.owned.get(op);
    if (!keys || !op.parent) return;
    const scope = this.scope(constantInsertionRegion(op.parent));
    for (const k of keys) if (scope.get(k) === op) scope.delete(k);
    this.owned.delete(op);
  }

  /**
   * A constant of `type` holding `value` materialised by `dialect`, uniqued in the
   * insertion region of `block` (created at the front of its entry block when new).
   */
  getOrCreateConstant(block: Block, dialect: string, value: Attribute, type: Type, loc: Location = UnknownLoc.get(type.context)): Value | undefined {
    const region = constantInsertionRegion(block);
    const scope = this.scope(region);
    const key = OperationFolder.key(dialect, value, type);
    const existing = scope.get(key);
    if (existing) return existing.result(0);
    const materialize = materializerOf(dialect);
    if (!materialize) return undefined;
    const saved = this.rewriter.insertionPoint;
    this.rewriter.setInsertionPointToStart(region.blocks[0]);
    const op = materialize(this.rewriter, value, type, loc);
    this.rewriter.insertionPoint = saved;
    if (!op) return undefined;
    const keys = [key];
    if (op.name.dialect !== dialect) {
      const otherKey = OperationFolder.key(op.name.dialect, value, type);
      const other = scope.get(otherKey);
      if (other) {
        this.rewriter.eraseOp(op);
        this.owned.get(other)?.push(key);
        scope.set(key, other);
        return other.result(0);
      }
      keys.push(otherKey);
      scope.set(otherKey, op);
    }
    scope.set(key, op);
    this.owned.set(op, keys);
    return op.result(0);
  }

  clear(): void {
    this.scopes.clear();
    this.owned.clear();
  }
}
