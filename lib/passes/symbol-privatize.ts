// symbol-privatize: marks every symbol of the top-level symbol table private, except those excluded.
import { definePass } from '../pass/pass.js';
import { Option } from '../pass/options.js';
import { StringAttr } from '../ir/attributes.js';
import { getSymbolName, SYMBOL_VISIBILITY_ATTR } from '../ir/symbol-table.js';

export const symbolPrivatizePass = definePass({
  name: 'symbol-privatize',
  displayName: 'SymbolPrivatize',
  summary: 'Mark symbols private',
  options: { exclude: Option.stringList([], 'Comma separated list of symbols that should not be marked private') },
  run(ctx) {
    const exclude = new Set(ctx.options.exclude);
    const privateAttr = StringAttr.get(ctx.op.context, 'private');
    for (const block of ctx.op.regions[0]?.blocks ?? []) {
      for (const op of block) {
        const name = getSymbolName(op);
        if (name === undefined || exclude.has(name) || !(op.hasTrait('Symbol') || !op.isRegistered)) continue;
        op.setAttrOrProp(SYMBOL_VISIBILITY_ATTR, privateAttr);
      }
    }
  },
});
