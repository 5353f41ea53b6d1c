// Integer literals checked in doubles (short spellings) agree with the bigint check they stand in for.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import { IndexType, IntegerType } from '../../../lib/ir/index.js';
import { checkedInteger, checkedIntegerValue } from '../../../lib/parse/dense.js';
import { bodyOps, errorOf } from './helpers.js';

test('short spellings give what the bigint check gives for the same value spelled long', () => {
  const ctx = createContext();
  const types: (IndexType | IntegerType)[] = [IndexType.get(ctx)];
  for (const width of [0, 1, 2, 7, 8, 16, 31, 32, 33, 48, 51, 52, 53, 54, 63, 64, 128]) {
    for (const signedness of ['signless', 'signed', 'unsigned'] as const) types.push(IntegerType.get(ctx, width, signedness));
  }
  const values = new Set<number>([0, 1, 2, 3, 9, 10, 99, 999_999_999_999_999, 0xfffffffffffff]);
  for (let k = 0; k <= 52; k++) for (const d of [-1, 0, 1]) if (2 ** k + d >= 0) values.add(2 ** k + d);
  let checked = 0;
  for (const type of types) {
    for (const v of values) {
      for (const spelling of [String(v), `0x${v.toString(16)}`]) {
        if (spelling.length > 15) continue;
        // Leading zeros make the spelling long enough for the bigint path; the value is the same.
        const long = spelling.startsWith('0x') ? `0x${spelling.slice(2).padStart(20, '0')}` : spelling.padStart(20, '0');
        for (const negative of [false, true]) {
          const fast = checkedIntegerValue(type, negative, spelling);
          assert.ok(fast === undefined || typeof fast === 'number', spelling);
          const slow = checkedInteger(type, negative, long);
          assert.is(fast === undefined ? undefined : BigInt(fast as number), slow, `${String(type)} ${negative ? '-' : ''}${spelling}`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 10_000);
});

test('integer attributes parse to the same values and errors by either path', () => {
  const [op] = bodyOps('"t.a"() {a = 255 : i8, b = -128 : i8, c = 4294967295 : ui32, d = 9007199254740993 : i64, e = -1 : i1, f = 0x7f : si8} : () -> ()');
  assert.is(op.getAttr('a')?.toString(), '-1 : i8');
  assert.is(op.getAttr('b')?.toString(), '-128 : i8');
  assert.is(op.getAttr('c')?.toString(), '4294967295 : ui32');
  assert.is(op.getAttr('d')?.toString(), '9007199254740993 : i64');
  assert.is(op.getAttr('e')?.toString(), 'true');
  assert.is(op.getAttr('f')?.toString(), '127 : si8');
  assert.is(errorOf('"t.a"() {a = 256 : i8} : () -> ()'), '1:14: integer constant out of range for attribute');
  assert.is(errorOf('"t.a"() {a = 128 : si8} : () -> ()'), '1:14: integer constant out of range for attribute');
  assert.is(errorOf('"t.a"() {a = -0 : i8} : () -> ()'), '1:15: integer constant out of range for attribute');
});

test.run();
