// Symbol tables: ops with the SymbolTable trait map `sym_name`s of their children to the ops.
import { StringAttr, SymbolRefAttr } from './attributes.js';
import type { Operation } from './operation.js';

/** The attribute that names a symbol op. */
export const SYMBOL_NAME_ATTR = 'sym_name';
/** The attribute that gives a symbol's visibility (`public` when absent). */
export const SYMBOL_VISIBILITY_ATTR = 'sym_visibility';

/** The symbol name of `op`, or undefined when it defines none. */
export function getSymbolName(op: Operation): string | undefined {
  const a = op.getAttr(SYMBOL_NAME_ATTR);
  return a instanceof StringAttr ? a.value : undefined;
}

/** True when `op` declares a symbol table (a registered trait, or an unregistered op that looks like one). */
export function isSymbolTable(op: Operation): boolean {
  return op.hasTrait('SymbolTable');
}

/**
 * The symbols defined directly in a symbol-table op's single region. Built once; call
 * `insert`/`remove` to keep it in step with changes made through it.
 */
export class SymbolTable {
  private readonly symbols = new Map<string, Operation>();

  constructor(readonly op: Operation) {
    const region = op.regions[0];
    if (!region) return;
    for (const block of region.blocks) {
      for (const child of block) {
        const name = getSymbolName(child);
        if (name !== undefined && !this.symbols.has(name)) this.symbols.set(name, child);
      }
    }
  }

  lookup(name: string): Operation | undefined {
    return this.symbols.get(name);
  }

  /**
   * Adds `symbol` (appending it to the table's body when detached), renaming it with a
   * numeric suffix when its name is taken. Returns the name it got.
   */
  insert(symbol: Operation): string {
    const base = getSymbolName(symbol);
    if (base === undefined) throw new Error('SymbolTable.insert: operation has no sym_name');
    let name = base;
    for (let i = 0; this.symbols.has(name) && this.symbols.get(name) !== symbol; i++) name = `${base}_${i}`;
    if (name !== base) symbol.setAttrOrProp(SYMBOL_NAME_ATTR, StringAttr.get(symbol.context, name));
    if (!symbol.parent) this.op.regions[0].blocks[0].append(symbol);
    this.symbols.set(name, symbol);
    return name;
  }

  remove(symbol: Operation): void {
    const name = getSymbolName(symbol);
    if (name !== undefined && this.symbols.get(name) === symbol) this.symbols.delete(name);
  }

  get names(): string[] {
    return [...this.symbols.keys()];
  }
}

/** Looks up `name` in the closest symbol table enclosing `from` (or `from` itself if it is one). */
export function lookupNearestSymbolFrom(from: Operation, ref: SymbolRefAttr): Operation | undefined {
  for (let op: Operation | null = from; op; op = op.parentOp) {
    if (isSymbolTable(op)) return lookupSymbolIn(op, ref);
  }
  return undefined;
}

/** Resolves a possibly nested reference `@a::@b` starting in the symbol table `table`. */
export function lookupSymbolIn(table: Operation, ref: SymbolRefAttr): Operation | undefined {
  let current: Operation | undefined = findSymbolIn(table, ref.root);
  for (const nested of ref.nested) {
    if (!current || !isSymbolTable(current)) return undefined;
    current = findSymbolIn(current, nested);
  }
  return current;
}

function findSymbolIn(table: Operation, name: string): Operation | undefined {
  const region = table.regions[0];
  if (!region) return undefined;
  for (const block of region.blocks) for (const child of block) if (getSymbolName(child) === name) return child;
  return undefined;
}
