// A small registered dialect for rewrite and pass tests: constants, a folding add, a negation with a pattern, an effectful sink,
// and a result-less op that folds in place.
import { IntegerAttr, UnitAttr, makeDialect, makeOpInfo, type MLIRContext, type Attribute, type Value, Operation } from '../../../lib/ir/index.js';
import { definePattern, registerCanonicalizationPatterns, registerConstantMaterializer, registerFoldHook } from '../../../lib/rewrite/index.js';

let installed = false;

/** Registers the `tst` dialect in `ctx` (and its hooks, once per process). */
export function registerTestDialect(ctx: MLIRContext): void {
  ctx.registerDialect('tst', () =>
    makeDialect('tst', [
      makeOpInfo({ name: 'tst.const', traits: ['ConstantLike', 'NoMemoryEffect', 'AlwaysSpeculatable'] }),
      makeOpInfo({ name: 'tst.add', traits: ['NoMemoryEffect', 'AlwaysSpeculatable', 'Commutative'] }),
      makeOpInfo({ name: 'tst.neg', traits: ['NoMemoryEffect', 'AlwaysSpeculatable'] }),
      makeOpInfo({ name: 'tst.sink', traits: [] }),
      makeOpInfo({ name: 'tst.mark', traits: [] }),
      makeOpInfo({ name: 'tst.loop', traits: ['RecursiveMemoryEffects', 'LoopLikeOpInterface'] }),
    ]),
  );
  if (installed) return;
  installed = true;
  registerFoldHook('tst.const', (op) => op.getAttr('value'));
  registerFoldHook('tst.add', (op, [a, b]) => {
    if (a instanceof IntegerAttr && b instanceof IntegerAttr) return IntegerAttr.get(a.type, a.value + b.value);
    if (b instanceof IntegerAttr && b.value === 0n) return op.operand(0);
    return undefined;
  });
  // Marks itself once: a fold of an op without results that succeeds in place.
  registerFoldHook('tst.mark', (op) => {
    if (op.getAttr('marked')) return undefined;
    op.setAttr('marked', UnitAttr.get(op.context));
    return [];
  });
  registerConstantMaterializer('tst', (b, value, type, loc) =>
    value instanceof IntegerAttr ? b.create({ name: 'tst.const', location: loc, resultTypes: [type], attributes: [{ name: 'value', value }] }) : undefined,
  );
  registerCanonicalizationPatterns('tst.neg', [
    definePattern({
      name: 'neg-neg',
      root: 'tst.neg',
      matchAndRewrite(op, rewriter) {
        const inner = op.operand(0).definingOp;
        if (!inner || inner.name.name !== 'tst.neg') return rewriter.notifyMatchFailure(op, 'operand is not a negation');
        rewriter.replaceOp(op, [inner.operand(0)]);
        return true;
      },
    }),
  ]);
}

/** `tst.const value : type` created with `b`. */
export function constant(b: { create: (i: import('../../../lib/ir/index.js').OperationInit) => Operation }, value: Attribute, loc: import('../../../lib/ir/index.js').Location): Value {
  return b.create({ name: 'tst.const', location: loc, resultTypes: [(value as IntegerAttr).type], attributes: [{ name: 'value', value }] }).result(0);
}
