// Finding symbol references: every SymbolRefAttr in the attributes of an op and of the ops nested in it.
import { ArrayAttr, DictionaryAttr, SymbolRefAttr, TypeAttr, type Attribute } from '../ir/attributes.js';
import type { Operation } from '../ir/operation.js';
import { isSymbolTable } from '../ir/symbol-table.js';

/** A symbol reference and the op whose attribute holds it (lookup starts from its closest table). */
export interface SymbolUse {
  readonly ref: SymbolRefAttr;
  readonly from: Operation;
}

/** Calls `fn` on every SymbolRefAttr inside `attr` (arrays and dictionaries are searched). */
export function forEachSymbolRef(attr: Attribute, fn: (ref: SymbolRefAttr) => void): void {
  if (attr instanceof SymbolRefAttr) fn(attr);
  else if (attr instanceof ArrayAttr) for (const e of attr.elements) forEachSymbolRef(e, fn);
  else if (attr instanceof DictionaryAttr) for (const e of attr.entries) forEachSymbolRef(e.value, fn);
  else if (attr instanceof TypeAttr) return;
}

/**
 * The references made by `op` and the ops nested in it, stopping at nested symbol tables
 * (their contents are visited when the table itself is found live).
 */
export function collectSymbolRefs(op: Operation): SymbolUse[] {
  const out: SymbolUse[] = [];
  const visit = (o: Operation, isRoot: boolean) => {
    const push = (ref: SymbolRefAttr) => void out.push({ ref, from: o });
    forEachSymbolRef(o.properties, push);
    forEachSymbolRef(o.attributes, push);
    if (!isRoot && isSymbolTable(o)) return;
    for (const r of o.regions) for (const b of r.blocks) for (const inner of b) visit(inner, false);
  };
  visit(op, true);
  return out;
}
