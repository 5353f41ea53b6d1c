// Symbol verification: the Symbol and SymbolTable traits, and symbol uses resolved through cached tables.
import { StringAttr, type SymbolRefAttr } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { SYMBOL_NAME_ATTR, SYMBOL_VISIBILITY_ATTR, SymbolTable, isSymbolTable } from '../ir/symbol-table.js';

const VISIBILITIES = ['public', 'private', 'nested'];

/** True when `op` declares a symbol without defining it (a function without a body). */
export function isSymbolDeclaration(op: Operation): boolean {
  return op.hasTrait('FunctionOpInterface') && (op.regions[0]?.empty ?? false);
}

/** MLIR's SymbolOpInterface verifier: name, visibility, declarations, and the parent table. */
export function verifySymbolTrait(op: Operation): boolean {
  if (op.hasTrait('OptionalSymbol') && op.getProp(SYMBOL_NAME_ATTR) === undefined && op.attributes.get(SYMBOL_NAME_ATTR) === undefined) {
    return true;
  }
  if (!(op.getAttr(SYMBOL_NAME_ATTR) instanceof StringAttr)) {
    op.emitOpError(`requires string attribute '${SYMBOL_NAME_ATTR}'`);
    return false;
  }
  const vis = op.getAttr(SYMBOL_VISIBILITY_ATTR);
  if (vis !== undefined) {
    if (!(vis instanceof StringAttr)) {
      op.emitOpError(`requires visibility attribute '${SYMBOL_VISIBILITY_ATTR}' to be a string attribute, but got ${String(vis)}`);
      return false;
    }
    if (!VISIBILITIES.includes(vis.value)) {
      op.emitOpError(`visibility expected to be one of ["public", "private", "nested"], but got ${String(vis)}`);
      return false;
    }
  }
  const isPublic = !(vis instanceof StringAttr) || vis.value === 'public';
  if (isSymbolDeclaration(op) && isPublic) {
    op.emitOpError('symbol declaration cannot have public visibility');
    return false;
  }
  const parent = op.parentOp;
  if (parent && !parent.hasTrait('SymbolTable') && parent.isRegistered) {
    op.emitOpError("symbol's parent must have the SymbolTable trait");
    return false;
  }
  return true;
}

/**
 * Resolves symbol references from an op, caching one SymbolTable per table op; what symbol-use
 * verifiers (func.call, func.constant) look callees up with.
 */
export class SymbolResolver {
  private readonly tables = new Map<Operation, SymbolTable>();

  /** The symbol table of `op` (which must be a symbol-table op), built once. */
  tableOf(op: Operation): SymbolTable {
    let t = this.tables.get(op);
    if (!t) this.tables.set(op, (t = new SymbolTable(op)));
    return t;
  }

  /**
   * MLIR's lookupNearestSymbolFrom: the closest enclosing symbol table of `from`, stopping at
   * an unregistered op with one region (it might be a table whose symbols are unknown).
   */
  lookupNearest(from: Operation, ref: SymbolRefAttr): Operation | undefined {
    let table: Operation | null = from;
    const maybeUnknownTable = (o: Operation): boolean => !o.isRegistered && o.regions.length === 1;
    if (maybeUnknownTable(table)) return undefined;
    while (!isSymbolTable(table)) {
      table = table.parentOp;
      if (!table || maybeUnknownTable(table)) return undefined;
    }
    return this.lookupIn(table, ref);
  }

  /** Resolves `@a::@b` starting in the symbol-table op `table`. */
  lookupIn(table: Operation, ref: SymbolRefAttr): Operation | undefined {
    let current = this.tableOf(table).lookup(ref.root);
    for (const name of ref.nested) {
      if (!current || !isSymbolTable(current)) return undefined;
      current = this.tableOf(current).lookup(name);
    }
    return current;
  }
}

/**
 * The SymbolTable trait: one region of one block, unique symbol names, then the symbol uses
 * of every op nested in it (not entering nested symbol tables), stopping at the first failure.
 * The verifier passes `symbolUsers` false when it saw no nested op with symbol uses: then the
 * walk over every nested op, which would find none, is left out.
 */
export function verifySymbolTableTrait(op: Operation, symbolUsers = true): boolean {
  if (op.regions.length !== 1) {
    op.emitOpError("Operations with a 'SymbolTable' must have exactly one region");
    return false;
  }
  if (op.regions[0].blocks.length !== 1) {
    op.emitOpError("Operations with a 'SymbolTable' must have exactly one block");
    return false;
  }
  const seen = new Map<string, Operation>();
  for (const child of op.regions[0].blocks[0]) {
    const name = child.getAttr(SYMBOL_NAME_ATTR);
    if (!(name instanceof StringAttr)) continue;
    const first = seen.get(name.value);
    if (!first) {
      seen.set(name.value, child);
      continue;
    }
    child.emitError(`redefinition of symbol named '${name.value}'`).attachNote('see existing symbol definition here', first.location);
    return false;
  }
  if (!symbolUsers) return true;
  const resolver = new SymbolResolver();
  const worklist = [...op.regions];
  const lookup = (from: Operation, ref: SymbolRefAttr): Operation | undefined => resolver.lookupNearest(from, ref);
  while (worklist.length) {
    for (const block of worklist.pop()!.blocks) {
      for (let nested = block.first; nested; nested = nested.next) {
        const check = nested.name.info?.verifySymbolUses;
        if (check && !check(nested, lookup)) return false;
        if (nested.regions.length && !nested.hasTrait('SymbolTable')) worklist.push(...nested.regions);
      }
    }
  }
  return true;
}

