// Recent texts of a TextCache: found by comparing them at the cursor, only where the same tokens are there.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf } from './helpers.js';
import { TextCache } from '../../../lib/parse/text-cache.js';
import { TokenStream } from '../../../lib/parse/token-stream.js';

/** A cache over `source`, and a look-up of its recent texts at the token that starts at `offset`. */
function cacheOf<T>(source: string): { cache: TextCache<T>; findAt: (offset: number) => number } {
  const ts = new TokenStream(source);
  const cache = new TextCache<T>(ts);
  const findAt = (offset: number): number => {
    ts.resetTo(offset);
    assert.is(ts.offset(), offset);
    return cache.findRecent(offset);
  };
  return { cache, findAt };
}

test('a recent text is found where the source has it, and only there', () => {
  const source = '(i32) -> i32 (i32) -> i32 (i32) -> i3 (i64) -> i32 (i32) -> i32x';
  const { cache, findAt } = cacheOf<string>(source);
  assert.is(findAt(0), -1);
  cache.addRecent('(i32) -> i32', 5, { value: 'f', levels: 0 });
  cache.addRecent('(i32) -> i3', 5, { value: 'g', levels: 0 });
  const at = (offset: number): string | undefined => {
    const slot = findAt(offset);
    return slot < 0 ? undefined : cache.recentParsed(slot).value;
  };
  assert.is(at(13), 'f');
  assert.is(at(26), 'g');
  // The same characters as `(i32) -> i3`, but its last token goes on: `i32`.
  assert.is(at(0), 'f');
  // The same length and tokens, other characters.
  assert.is(at(38), undefined);
  // A text whose last token goes on past the recent one (`i32x`).
  assert.is(at(51), undefined);
});

test('the oldest recent text makes way for a new one', () => {
  const texts = ['[1]', '[2]', '[3]', '[4]', '[5]'];
  const source = texts.join(' ');
  const { cache, findAt } = cacheOf<number>(source);
  texts.forEach((text, i) => cache.addRecent(text, 3, { value: i, levels: 0 }));
  const found = texts.map((_, i) => findAt(4 * i) >= 0);
  assert.equal(found, [false, true, true, true, true]);
});

test('types and attributes met many times are the ones a fresh parse gives', () => {
  const lines = (i: number): string[] => [
    `%a${i} = "t.a"(%arg0, %arg0) <{f = #t.o<none>}> : (i32, i32) -> i32`,
    `%b${i} = "t.b"(%arg0) {a = [1, "s"]} : (i32) -> !t.a`,
    '"t.c"(%arg0) : (i32) -> ()',
  ];
  const text = `"t.f"() ({\n^bb0(%arg0: i32):\n${[0, 1, 2, 3].flatMap(lines).join('\n')}\n}) : () -> ()`;
  const ops = bodyOps(text)[0].regions[0].blocks[0].operations;
  assert.is(ops.length, 12);
  for (let i = 3; i < 12; i++) {
    assert.is(ops[i].properties, ops[i % 3].properties);
    assert.is(ops[i].attributes, ops[i % 3].attributes);
    assert.equal(ops[i].results.map((r) => r.type), ops[i % 3].results.map((r) => r.type));
  }
  assert.is(String(ops[4].result(0).type), '!t.a');
});

test('text that starts like a recent one but goes on is parsed, not taken from the cache', () => {
  const warm = (t: string): string => [0, 1, 2].map((i) => `%w${i} = "t.w"() : () -> ${t}\n`).join('');
  const last = (text: string): string => {
    const ops = bodyOps(text);
    return String(ops[ops.length - 1].result(0).type);
  };
  assert.is(last(`${warm('i3')}%0 = "t.a"() : () -> i32`), 'i32');
  assert.is(last(`${warm('!t.a')}%0 = "t.a"() : () -> !t.a<1>`), '!t.a<1>');
  assert.is(last(`${warm('((!t.f) -> !t.a)')}%0 = "t.a"() : () -> ((!t.f) -> !t.a<1>)`), '(!t.f) -> !t.a<1>');
  const attrs = bodyOps(`${'"t.w"() {q = [1]} : () -> ()\n'.repeat(3)}"t.b"() {q = [1], r = [1]} : () -> ()`);
  assert.is(attrs[3].attributes.entries.length, 2);
  assert.is(errorOf(`${'"t.w"() {q = [1]} : () -> ()\n'.repeat(3)}"t.b"() {q = [1] : () -> ()`), "4:17: expected '}' in attribute dictionary");
});

test('a recent type still meets the nesting limit deeper down', () => {
  // 299 regions deep, the inner `tuple<` of `tuple<tuple<i32>>` is the 301st level.
  const depth = 299;
  const warm = [0, 1, 2].map((i) => `%w${i} = "t.w"() : () -> tuple<tuple<i32>>`).join('\n');
  const deep = (first: string, levels: number): string =>
    `${first}\n${'"t.r"() ({\n'.repeat(levels)}%1 = "t.b"() : () -> tuple<tuple<i32>>\n${'}) : () -> ()\n'.repeat(levels)}`;
  const cold = errorOf(deep('%0 = "t.a"() : () -> tuple<tuple<i64>>', depth));
  assert.ok(cold.endsWith('exceeded maximum nesting depth of 300'), cold);
  // Two lines more above it: the same error two lines further down.
  assert.is(errorOf(deep(warm, depth)), cold.replace(/^\d+/, (line) => String(Number(line) + 2)));
  assert.is(bodyOps(deep(warm, depth - 1)).length, 4);
});

test.run();
