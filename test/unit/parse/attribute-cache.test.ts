// Bracketed attributes looked up by their text: the same attributes, errors and positions as a fresh parse.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf } from './helpers.js';
import { ArrayAttr, DictionaryAttr } from '../../../lib/ir/index.js';

test('a repeated array or dictionary gives the interned attribute a fresh parse gives', () => {
  const ops = bodyOps(
    '#a = [7]\n"t.a"() <{p = {x = [1, #a]}}> {q = ["s", 2 : i8]} : () -> ()\n' +
      '"t.b"() <{p = {x = [1, #a]}}> {q = ["s", 2 : i8]} : () -> ()\n' +
      '"t.c"() <{p = {x = [1, #a] }}> {q = ["s", 2 : i16]} : () -> ()',
  );
  const [a, b, c] = ops;
  assert.is(b.properties, a.properties);
  assert.is(b.attributes, a.attributes);
  // Other text: a space (the same attribute) or another type (another attribute).
  assert.is(c.properties, a.properties);
  assert.is.not(c.attributes, a.attributes);
  const q = c.getAttr('q') as ArrayAttr;
  assert.is(String(q.elements[1]), '2 : i16');
  assert.ok(a.properties.get('p') instanceof DictionaryAttr);
});

test('text that continues past a cached attribute is parsed, not taken from the cache', () => {
  const ops = bodyOps('"t.a"() {q = [1]} : () -> ()\n"t.b"() {q = [1], r = [1]} : () -> ()');
  assert.is(ops[1].attributes.entries.length, 2);
  assert.is(errorOf('"t.a"() {q = [1]} : () -> ()\n"t.b"() {q = [1] : () -> ()'), "2:17: expected '}' in attribute dictionary");
});

test('a cached attribute nested deeper than where it was parsed still meets the nesting limit', () => {
  // 299 regions deep, the inner `[` of `[[1]]` is the 301st level.
  const depth = 299;
  const deep = (line1: string): string =>
    `${line1}\n${'"t.r"() ({\n'.repeat(depth)}"t.b"() {a = [[1]]} : () -> ()\n${'}) : () -> ()\n'.repeat(depth)}`;
  const cold = errorOf(deep('"t.a"() {a = [[2]]} : () -> ()'));
  const warm = errorOf(deep('"t.a"() {a = [[1]]} : () -> ()'));
  assert.ok(cold.endsWith('exceeded maximum nesting depth of 300'), cold);
  assert.is(warm, cold);
});

test('names read again from the table of attribute names are the names, and still checked for duplicates', () => {
  const ops = bodyOps('"t.a"() {x = 1, "y" = 2, x.y = 3} : () -> ()\n"t.b"() {x.y, x = 4, "y" = 5} : () -> ()');
  assert.equal(ops[1].attributes.entries.map((e) => e.name), ['x', 'x.y', 'y']);
  assert.is(String(ops[1].attributes.get('x')), '4 : i64');
  assert.is(errorOf('"t.a"() {x = 1, y = 2} : () -> ()\n"t.b"() {y = 1, x = 2, y = 3} : () -> ()'), "2:24: duplicate key 'y' in dictionary attribute");
  assert.is(errorOf('"t.a"() {x = 1} : () -> ()\n"t.b"() {x = 1, "x" = 2} : () -> ()'), "2:17: duplicate key 'x' in dictionary attribute");
});

test.run();
