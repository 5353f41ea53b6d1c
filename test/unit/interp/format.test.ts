// Printing runtime values: shortest round-tripping floats per type, unsigned integers, summaries.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, IntegerType, MLIRContext, RankedTensorType } from '../../../lib/ir/index.js';
import { TensorValue, formatScalar, formatValue } from '../../../lib/interp/index.js';

const ctx = new MLIRContext();
const f32 = FloatType.get(ctx, 'f32');
const f16 = FloatType.get(ctx, 'f16');

test('floats print as the shortest decimal of their type', () => {
  assert.is(formatScalar(Math.fround(0.1), f32), '0.1');
  assert.is(formatScalar(0.1, FloatType.get(ctx, 'f64')), '0.1');
  assert.is(formatScalar(0.0999755859375, f16), '0.1');
  assert.is(formatScalar(0.333251953125, f16), '0.3333');
  assert.is(formatScalar(65504, f16), '65504');
  assert.equal([NaN, Infinity, -Infinity].map((x) => formatScalar(x, f32)), ['nan', 'inf', '-inf']);
});

test('integers print signed, unsigned types as unsigned', () => {
  assert.is(formatScalar(-1n, IntegerType.get(ctx, 8)), '-1');
  assert.is(formatScalar(-1n, IntegerType.get(ctx, 8, 'unsigned')), '255');
});

test('tensor summaries show 8 values and a checksum; full shows all', () => {
  const type = RankedTensorType.get([10], IntegerType.get(ctx, 8, 'unsigned'));
  const t = TensorValue.zeros(type);
  for (let k = 0; k < 10; k++) t.data.set(k, BigInt(k - 1));
  assert.is(formatValue(t, type), 'tensor<10xui8> shape=[10] dtype=ui8 checksum=291 values=[255, 0, 1, 2, 3, 4, 5, 6, ...]');
  assert.match(formatValue(t, type, true), 'values=[255, 0, 1, 2, 3, 4, 5, 6, 7, 8]');
  assert.is(formatValue(3n, IntegerType.get(ctx, 32)), 'i32 3');
});

test.run();
