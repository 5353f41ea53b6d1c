// SSA names keyed by number (`%12`) or by spelling, and the span table that interns spellings.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf } from './helpers.js';
import { ssaKey } from '../../../lib/parse/ssa-scopes.js';
import { SpanTable } from '../../../lib/parse/span-table.js';
import { TokenStream } from '../../../lib/parse/token-stream.js';
import { Tok } from '../../../lib/parse/lexer.js';
import { OperationParser } from '../../../lib/parse/operations.js';
import { createContext } from '../../../dialects/registry.js';

test('only plain numbered names are keyed by their number', () => {
  assert.is(ssaKey('%0'), 0);
  assert.is(ssaKey('%12'), 12);
  assert.is(ssaKey('%1234567'), 1234567);
  // A leading zero is another name (`%01` is not `%1`), long numbers and other names stay strings.
  assert.is(ssaKey('%01'), '%01');
  assert.is(ssaKey('%00'), '%00');
  assert.is(ssaKey('%12345678'), '%12345678');
  assert.is(ssaKey('%1a'), '%1a');
  assert.is(ssaKey('%arg0'), '%arg0');
});

test('numbered and spelled names that look alike are different values', () => {
  const ops = bodyOps(
    '%1 = "t.a"() : () -> i32\n%01 = "t.b"() : () -> i32\n%12345678 = "t.c"() : () -> i32\n' +
      '"t.use"(%1, %01, %12345678) : (i32, i32, i32) -> ()',
  );
  const use = ops[3];
  assert.is(use.operand(0), ops[0].result(0));
  assert.is(use.operand(1), ops[1].result(0));
  assert.is(use.operand(2), ops[2].result(0));
});

test('numbered names: results of groups, forward references, nested scopes', () => {
  const ops = bodyOps(
    '"t.use"(%3, %2#1) : (i32, f32) -> ()\n%2:2 = "t.two"() : () -> (i32, f32)\n%3 = "t.one"() : () -> i32\n' +
      '"t.r"() ({\n  %4 = "t.in"(%3) : (i32) -> i32\n  "t.y"(%4) : (i32) -> ()\n}) : () -> ()\n' +
      '%4 = "t.out"(%2) : (i32) -> i32',
  );
  const [use, two, one, r, out] = ops;
  assert.is(use.operand(0), one.result(0));
  assert.is(use.operand(1), two.result(1));
  const inner = r.regions[0].blocks[0].first!;
  assert.is(inner.operand(0), one.result(0));
  // `%4` of the region is gone when the region closes: the outer `%4` is a new definition.
  assert.is(out.operand(0), two.result(0));
  assert.ok(inner.result(0).hasOneUse());
});

test('errors name numbered values as written', () => {
  assert.is(errorOf('%7 = "a.b"() : () -> (i32)\n%7 = "a.b"() : () -> (i32)'), "2:1: redefinition of SSA value '%7' | note 1:1: previously defined here");
  assert.is(errorOf('"a.b"(%5, %5) : (i32, f32) -> ()'), "1:11: use of value '%5' expects different type than prior uses: 'f32' vs 'i32' | note 1:7: prior use here");
  assert.is(errorOf('"a.b"(%5) : (i32) -> ()\n%5 = "a.c"() : () -> f32'), "2:1: definition of SSA value '%5#0' has type 'f32' | note 1:7: previously used here with type 'i32'");
  assert.is(errorOf('"a.b"(%5#1) : (i32) -> ()\n%5:2 = "a.c"() : () -> (i32, f32)'), "2:1: definition of SSA value '%5#1' has type 'f32' | note 1:7: previously used here with type 'i32'");
  assert.is(errorOf('%9 = "a.b"() : () -> i32 "a.c"(%9#1) : (i32) -> ()'), '1:32: reference to invalid result number');
  assert.is(errorOf('"a.b"(%01) : (i32) -> ()\n%1 = "a.c"() : () -> i32'), '1:7: use of undeclared SSA value name');
});

test('the span table finds a span by its text, without the caller slicing it', () => {
  const source = 'arith.addi arith.addi arith.subi';
  const table = new SpanTable<number>(source);
  const miss = table.find(0, 10);
  assert.ok(miss < 0);
  table.set(miss, source.slice(0, 10), 1);
  const hit = table.find(11, 21);
  assert.ok(hit >= 0);
  assert.is(table.key(hit), 'arith.addi');
  assert.is(table.value(hit), 1);
  // A different text (here of the same length) is not found, whatever slot it hashes to.
  assert.ok(table.find(22, 32) < 0);
  assert.ok(table.find(11, 20) < 0);
});

test('the span table over the scanner codes finds what the string lookup finds, and only that', () => {
  const long = `"${'x'.repeat(70)}"`;
  const line = `arith.addi "é" "è" ${long} %a arith.addi\n`;
  // Many windows: early spans are looked up in the codes, again later with the codes moved on.
  const source = line.repeat(2000);
  const ts = new TokenStream(source);
  const table = new SpanTable<number>(source, ts);
  const misses = new Map<string, number>();
  for (; ts.kind() !== Tok.Eof; ts.advance()) {
    const text = ts.image();
    const slot = table.find(ts.offset(), ts.end());
    if (slot >= 0) {
      assert.is(table.key(slot), text);
    } else {
      misses.set(text, (misses.get(text) ?? 0) + 1);
      table.set(slot, text, 0);
    }
  }
  // Each ASCII spelling, the long one (compared as a string) too, misses once. 'é' and 'è'
  // have the same codes (128 for a non-ASCII character), so they share a slot and replace
  // each other, but neither is ever found for the other.
  assert.equal([...misses].filter(([, n]) => n === 1).map(([text]) => text), ['arith.addi', long, '%a']);
  assert.is(misses.get('"é"'), 2000);
  assert.is(misses.get('"è"'), 2000);
  // The string path (for a span the codes no longer cover) hashes to the same slots.
  for (const text of ['arith.addi', long, '%a', '"è"']) {
    const at = source.indexOf(text);
    const slot = table.find(at, at + text.length);
    assert.ok(slot >= 0, text);
    assert.is(table.key(slot), text);
  }
});

test('a parser of a short source makes small span tables, of a long one the largest', () => {
  const tiny = new OperationParser(createContext(), 'i32', { filename: 't.mlir' });
  assert.is(tiny.types.table.slots, 16);
  assert.is(tiny.bracketedAttributes.table.slots, 16);
  assert.is(tiny.attributeNames.slots, 16);
  const long = new OperationParser(createContext(), '"t.op"() : () -> ()\n'.repeat(200), { filename: 't.mlir' });
  assert.is(long.types.table.slots, 512);
  assert.is(new SpanTable('x'.repeat(100)).slots, 32);
});

test('a small span table finds its keys and misses other texts, however they collide', () => {
  const names = Array.from({ length: 40 }, (_, i) => `%v${i}`);
  const source = names.join(' ');
  const ts = new TokenStream(source);
  const table = new SpanTable<number>(source, ts);
  assert.ok(table.slots < 512);
  let offset = 0;
  const spans = names.map((name) => {
    const span = [offset, offset + name.length] as const;
    offset += name.length + 1;
    return span;
  });
  spans.forEach(([start, end], i) => {
    const slot = table.find(start, end);
    if (slot < 0) table.set(slot, names[i], i);
  });
  // Each span is found as its own text or missed (its slot taken by a later one), never as another.
  spans.forEach(([start, end], i) => {
    const slot = table.find(start, end);
    if (slot >= 0) assert.is(table.value(slot), i);
  });
  const [lastStart, lastEnd] = spans[spans.length - 1];
  assert.ok(table.find(lastStart, lastEnd) >= 0);
});

test.run();
