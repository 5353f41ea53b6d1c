// Type constraints keep their last answer: the same interned type gets it again without the
// predicate, and any other type (or the first question) is asked afresh.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import { FloatType, IndexType, IntegerType, type Type } from '../../../lib/ir/index.js';
import { SignlessIntegerLike, typeConstraint } from '../../../lib/dialect/constraints.js';

test('a constraint answers each type right, asking its predicate only when the type changes', () => {
  const ctx = createContext();
  const i32 = IntegerType.get(ctx, 32);
  const f32 = FloatType.get(ctx, 'f32');
  const asked: Type[] = [];
  const isI32 = typeConstraint('32-bit signless integer', (t) => (asked.push(t), t === i32));
  const answers = [i32, i32, f32, f32, i32, f32].map((t) => isI32.check(t));
  assert.equal(answers, [true, true, false, false, true, false]);
  assert.equal(asked, [i32, f32, i32, f32]);
});

test('the first question is asked whatever it is', () => {
  const anything = typeConstraint('any type', () => true);
  assert.is(anything.check(undefined as unknown as Type), true);
});

test('composed constraints agree with their parts on alternating types', () => {
  const ctx = createContext();
  const types = [IntegerType.get(ctx, 8), IndexType.get(ctx), FloatType.get(ctx, 'f16'), IntegerType.get(ctx, 8, 'signed')];
  const expected = [true, true, false, false];
  for (let round = 0; round < 3; round++) {
    assert.equal(types.map((t) => SignlessIntegerLike.check(t)), expected);
  }
});

test.run();
