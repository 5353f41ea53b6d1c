// Folds, patterns kept beside the definitions, and a dialect's constant materialiser reach the
// greedy driver through defineOp / defineDialect alone.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { IntegerAttr, type Attribute } from '../../../lib/ir/index.js';
import { AnyAttrProp, AnyType, ConstantLike, Pure, SameOperandsAndResultType, defineDialect, defineOp } from '../../../lib/dialect/index.js';
import { FrozenPatternSet, definePattern } from '../../../lib/rewrite/pattern.js';
import { canonicalizationPatternsOf } from '../../../lib/rewrite/op-hooks.js';
import { applyPatternsGreedily } from '../../../lib/rewrite/greedy.js';
import { printOperation } from '../../../lib/print/index.js';
import { contextWith, roundTrip } from './harness.js';
import { binaryInt } from './fixtures.js';

const Const = defineOp(
  {
    name: 'cz.const',
    properties: { value: AnyAttrProp },
    results: { result: AnyType },
    traits: [Pure, ConstantLike],
    inferResultTypes: ({ properties }) => [(properties.find((p) => p.name === 'value')!.value as IntegerAttr).type],
    assemblyFormat: 'attr-dict $value',
  },
  { fold: (v) => v.op.getAttr('value') },
);
const Add = defineOp(
  { name: 'cz.add', ...binaryInt },
  {
    fold(v, [l, r]: readonly (Attribute | undefined)[]) {
      if (r instanceof IntegerAttr && r.value === 0n) return v.lhs;
      if (l instanceof IntegerAttr && r instanceof IntegerAttr) return IntegerAttr.get(l.type, l.value + r.value);
      return undefined;
    },
  },
);
const Neg = defineOp({ name: 'cz.neg', operands: { x: AnyType }, results: { r: AnyType }, traits: [Pure, SameOperandsAndResultType], assemblyFormat: '$x attr-dict `:` type($r)' });

const doubleNeg = definePattern({
  name: 'cz-double-neg',
  root: 'cz.neg',
  matchAndRewrite(op, rewriter) {
    const inner = Neg.view(op).x.definingOp;
    if (!inner || !Neg.is(inner)) return false;
    rewriter.replaceOp(op, [Neg.view(inner).x]);
    return true;
  },
});

const dialect = defineDialect({
  name: 'cz',
  ops: [Const, Add, Neg],
  canonicalization: { 'cz.neg': [doubleNeg] },
  materializeConstant: (builder, value, _type, loc) => builder.insert(Const.create(loc, { properties: { value } })),
});

test('folds, materialised constants and patterns beside the ops canonicalise a function', () => {
  const ctx = contextWith(dialect);
  const src = `func.func @f(%arg0: i32) -> i32 {
  %0 = cz.const 0 : i32
  %1 = cz.const 2 : i32
  %2 = cz.add %arg0, %0 : i32
  %3 = cz.add %1, %1 : i32
  %4 = cz.neg %2 : i32
  %5 = cz.neg %4 : i32
  %6 = cz.add %5, %3 : i32
  return %6 : i32
}`;
  const r = roundTrip(ctx, src);
  assert.equal(r.errors, []);
  applyPatternsGreedily(r.module!, new FrozenPatternSet([], { provider: canonicalizationPatternsOf }));
  assert.fixture(
    printOperation(r.module!),
    `module {
  func.func @f(%arg0: i32) -> i32 {
    %0 = cz.const 4 : i32
    %1 = cz.add %arg0, %0 : i32
    return %1 : i32
  }
}
`,
  );
});

test.run();
