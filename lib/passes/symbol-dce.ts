// symbol-dce: erases private symbols that nothing references.
import { definePass } from '../pass/pass.js';
import type { Operation } from '../ir/operation.js';
import { getSymbolName, isSymbolTable, SymbolTable, SYMBOL_VISIBILITY_ATTR } from '../ir/symbol-table.js';
import { StringAttr, type SymbolRefAttr } from '../ir/attributes.js';
import { collectSymbolRefs } from './symbol-uses.js';

/** The visibility of a symbol op: 'public' unless `sym_visibility` says otherwise. */
export function symbolVisibility(op: Operation): string {
  const v = op.getAttr(SYMBOL_VISIBILITY_ATTR);
  return v instanceof StringAttr ? v.value : 'public';
}

/** True when `op` defines a symbol (a registered Symbol op, or any op with a `sym_name`). */
function isSymbol(op: Operation): boolean {
  return op.hasTrait('Symbol') || (!op.isRegistered && getSymbolName(op) !== undefined);
}

export const symbolDcePass = definePass({
  name: 'symbol-dce',
  displayName: 'SymbolDCE',
  summary: 'Eliminate dead symbols',
  statistics: { 'num-dce': 'Number of symbols DCE\'d' },
  run(ctx) {
    const top = ctx.op;
    if (!isSymbolTable(top)) {
      ctx.fail(`'${top.name.name}' op was scheduled to run under SymbolDCE, but does not define a symbol table`);
      return;
    }
    // Live symbols: public ones (in the top table or in nested tables that are themselves live),
    // then everything they reference, transitively.
    const live = new Set<Operation>();
    const worklist: Operation[] = [];
    const markLive = (op: Operation) => {
      if (live.has(op)) return;
      live.add(op);
      worklist.push(op);
    };
    const seedTable = (table: Operation, tableIsPublic: boolean) => {
      for (const block of table.regions[0]?.blocks ?? []) {
        for (const op of block) {
          if (!isSymbol(op)) {
            markLive(op);
            continue;
          }
          if (tableIsPublic && symbolVisibility(op) === 'public') markLive(op);
        }
      }
    };
    seedTable(top, true);
    const seenTables = new Set<Operation>([top]);
    const resolver = new SymbolResolver();
    while (worklist.length) {
      const op = worklist.pop()!;
      if (isSymbolTable(op) && !seenTables.has(op)) {
        seenTables.add(op);
        seedTable(op, !isSymbol(op) || symbolVisibility(op) === 'public');
      }
      for (const { ref, from } of collectSymbolRefs(op)) {
        for (const t of resolver.resolve(from, ref)) markLive(t);
      }
    }
    let erased = 0;
    const sweep = (table: Operation) => {
      for (const block of table.regions[0]?.blocks ?? []) {
        for (const op of block.operations) {
          if (!live.has(op)) {
            op.dropAllReferences();
            op.erase();
            erased++;
          } else if (isSymbolTable(op)) sweep(op);
        }
      }
    };
    sweep(top);
    ctx.addStatistic('num-dce', erased);
    if (erased === 0) ctx.markAllAnalysesPreserved();
  },
});

/** Resolves references against symbol tables, building each table once. */
class SymbolResolver {
  private readonly tables = new Map<Operation, SymbolTable>();
  private table(op: Operation): SymbolTable {
    let t = this.tables.get(op);
    if (!t) this.tables.set(op, (t = new SymbolTable(op)));
    return t;
  }
  /** The symbol ops `ref` names from `from`, with every nested table on its path (they must stay too). */
  resolve(from: Operation, ref: SymbolRefAttr): Operation[] {
    for (let table: Operation | null = from; table; table = table.parentOp) {
      if (!isSymbolTable(table)) continue;
      const root = this.table(table).lookup(ref.root);
      if (!root) return [];
      const out = [root];
      let cur: Operation | undefined = root;
      for (const name of ref.nested) {
        cur = cur && isSymbolTable(cur) ? this.table(cur).lookup(name) : undefined;
        if (cur) out.push(cur);
      }
      return out;
    }
    return [];
  }
}
