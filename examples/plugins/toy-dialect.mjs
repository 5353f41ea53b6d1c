// A dialect plugin: the `toy` dialect (constants, an add that folds, a double), loaded with
// `dlc-opt --load-dialect-plugin=examples/plugins/toy-dialect.mjs`.

/** Called by dlc-opt with its public API. */
export function registerPlugin(dlc) {
  const { IntegerAttr, makeDialect, makeOpInfo, registerFoldHook, registerConstantMaterializer } = dlc;
  dlc.registerDialect('toy', () =>
    makeDialect('toy', [
      makeOpInfo({ name: 'toy.const', traits: ['ConstantLike', 'NoMemoryEffect', 'AlwaysSpeculatable'] }),
      makeOpInfo({ name: 'toy.add', traits: ['NoMemoryEffect', 'AlwaysSpeculatable', 'Commutative'] }),
      makeOpInfo({ name: 'toy.double', traits: ['NoMemoryEffect', 'AlwaysSpeculatable'] }),
    ]),
  );
  // A constant folds to its value; that is how the greedy driver recognises constants.
  registerFoldHook('toy.const', (op) => op.getAttr('value'));
  // add(c1, c2) folds to c1 + c2, and add(x, 0) to x.
  registerFoldHook('toy.add', (op, [lhs, rhs]) => {
    if (lhs instanceof IntegerAttr && rhs instanceof IntegerAttr) return IntegerAttr.get(lhs.type, lhs.value + rhs.value);
    if (rhs instanceof IntegerAttr && rhs.value === 0n) return op.operand(0);
    return undefined;
  });
  // Folded attributes become toy.const ops again.
  registerConstantMaterializer('toy', (builder, value, type, loc) =>
    value instanceof IntegerAttr ? builder.create({ name: 'toy.const', location: loc, resultTypes: [type], attributes: [{ name: 'value', value }] }) : undefined,
  );
}
