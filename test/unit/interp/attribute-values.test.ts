// Runtime values of constant attributes: integers in canonical form, floats rounded once to their type.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DenseElementsAttr, FloatAttr, FloatType, IntegerAttr, IntegerType, MLIRContext, RankedTensorType } from '../../../lib/ir/index.js';
import { TensorValue, attributeValue } from '../../../lib/interp/index.js';

const ctx = new MLIRContext();

test('integers are canonical for their width', () => {
  assert.is(attributeValue(IntegerAttr.get(IntegerType.get(ctx, 8), 255n)), -1n);
  assert.is(attributeValue(IntegerAttr.get(IntegerType.get(ctx, 1), 1n)), 1n);
});

test('f16 dense elements and float attributes are rounded once from the written double', () => {
  const f16 = FloatType.get(ctx, 'f16');
  // Just above the tie between 1 and 1 + 2^-10: rounding through f32 first would make it the tie (and then 1).
  const x = 1 + 2 ** -11 + 2 ** -40;
  const t = attributeValue(DenseElementsAttr.get(RankedTensorType.get([2], f16), [x, 0.1])) as TensorValue;
  assert.equal([t.data.get(0), t.data.get(1)], [1 + 2 ** -10, 0.0999755859375]);
  assert.is(attributeValue(FloatAttr.get(f16, x)), 1 + 2 ** -10);
});

test.run();
