// Interning of the builtin scalar attributes and dictionaries: equal values give one object, different ones never do.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import { DictionaryAttr, FloatAttr, IndexType, IntegerAttr, IntegerType, FloatType, StringAttr, type NamedAttribute } from '../../../lib/ir/index.js';

test('an integer given as a number or a bigint is one attribute, past the doubles\' exact range too', () => {
  const ctx = createContext();
  const i64 = IntegerType.get(ctx, 64);
  assert.is(IntegerAttr.get(i64, 7), IntegerAttr.get(i64, 7n));
  assert.is(IntegerAttr.get(i64, -0), IntegerAttr.get(i64, 0n));
  assert.is(IntegerAttr.get(i64, Number.MAX_SAFE_INTEGER), IntegerAttr.get(i64, BigInt(Number.MAX_SAFE_INTEGER)));
  assert.is(IntegerAttr.get(i64, 2 ** 60), IntegerAttr.get(i64, 1n << 60n));
  assert.is.not(IntegerAttr.get(i64, 2n ** 53n + 1n), IntegerAttr.get(i64, 2 ** 53));
  assert.is(IntegerAttr.get(i64, 5).value, 5n);
  assert.is.not(IntegerAttr.get(i64, 5), IntegerAttr.get(IndexType.get(ctx), 5));
  assert.throws(() => IntegerAttr.get(i64, 1.5));
});

test('floats: -0 and 0 are two attributes, NaN one, each type its own', () => {
  const ctx = createContext();
  const f32 = FloatType.get(ctx, 'f32');
  const f64 = FloatType.get(ctx, 'f64');
  assert.is.not(FloatAttr.get(f64, -0), FloatAttr.get(f64, 0));
  assert.ok(Object.is(FloatAttr.get(f64, -0).value, -0));
  assert.is(FloatAttr.get(f64, NaN), FloatAttr.get(f64, 0 / 0));
  assert.is(FloatAttr.get(f32, 0.1), FloatAttr.get(f32, Math.fround(0.1)));
  assert.is.not(FloatAttr.get(f32, 1.5), FloatAttr.get(f64, 1.5));
});

test('strings: one attribute per text and type; a text that reads as a number is still a string', () => {
  const ctx = createContext();
  const i32 = IntegerType.get(ctx, 32);
  assert.is(StringAttr.get(ctx, 'r4'), StringAttr.get(ctx, ['r', '4'].join('')));
  assert.is.not(StringAttr.get(ctx, 'r4'), StringAttr.get(ctx, 'r4', i32));
  assert.is.not(StringAttr.get(ctx, '1'), StringAttr.get(ctx, '01'));
  assert.is(StringAttr.get(ctx, '1').value, '1');
});

test('dictionaries: equal entries give one dictionary, any difference another, over many dictionaries', () => {
  const ctx = createContext();
  const i64 = IntegerType.get(ctx, 64);
  const made = new Map<string, DictionaryAttr>();
  for (let i = 0; i < 3000; i++) {
    const entries: NamedAttribute[] = [{ name: `k${i % 7}`, value: IntegerAttr.get(i64, i % 500) }];
    if (i % 3) entries.push({ name: 'z', value: StringAttr.get(ctx, `s${i % 11}`) });
    const key = entries.map((e) => `${e.name}=${String(e.value)}`).join(',');
    const dict = DictionaryAttr.get(ctx, entries);
    const before = made.get(key);
    if (before) assert.is(dict, before);
    else made.set(key, dict);
  }
  assert.is(new Set(made.values()).size, made.size);
  // Unsorted and duplicate input, and the order of the same entries, make no difference.
  const a = IntegerAttr.get(i64, 1);
  const b = IntegerAttr.get(i64, 2);
  assert.is(DictionaryAttr.get(ctx, [{ name: 'y', value: a }, { name: 'x', value: b }]), DictionaryAttr.get(ctx, [{ name: 'x', value: b }, { name: 'y', value: a }]));
  assert.is(DictionaryAttr.get(ctx, [{ name: 'x', value: a }, { name: 'x', value: b }]), DictionaryAttr.get(ctx, [{ name: 'x', value: b }]));
});

test('a dictionary keeps copies of its entries: changing the objects given later changes nothing', () => {
  const ctx = createContext();
  const i64 = IntegerType.get(ctx, 64);
  const entry = { name: 'x', value: IntegerAttr.get(i64, 1) };
  const dict = DictionaryAttr.get(ctx, [entry]);
  entry.value = IntegerAttr.get(i64, 2);
  assert.is(dict.get('x'), IntegerAttr.get(i64, 1));
  assert.is(DictionaryAttr.get(ctx, [{ name: 'x', value: IntegerAttr.get(i64, 1) }]), dict);
});

test.run();
