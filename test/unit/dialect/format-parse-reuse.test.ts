// The compiled format parser reuses its per-op state (property slots, one-element operand and
// type lists, named-attribute entries) from one op of a kind to the next, and nested ops of the
// same kind each take their own. These tests parse runs of the same op whose values change from
// op to op, and nests of one op, and check that each op got exactly its own text's values; the
// properties dictionary, reused while an op kind's values repeat, never crosses contexts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AnyType, I64Prop, NoTerminator, SizedRegion, StrEnumProp, defineDialect, defineOp } from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';
import type { Operation } from '../../../lib/ir/index.js';

const Nest = defineOp({
  name: 'ru.nest',
  operands: { x: AnyType },
  results: { r: AnyType },
  properties: { level: I64Prop.withDefault(0), mode: StrEnumProp('ru::Mode', ['a', 'b']).withDefault('a') },
  regions: { body: SizedRegion(1) },
  traits: [NoTerminator],
  assemblyFormat: '$x (`level` $level^)? prop-dict $body attr-dict `:` type($x) `->` type($r)',
});
const dialect = defineDialect({ name: 'ru', ops: [Nest] });

function generic(body: string): string {
  const r = roundTrip(contextWith(dialect), `func.func @f(%a: i32, %b: i64) {\n${body}\n  return\n}`);
  assert.equal(r.errors, []);
  assert.ok(r.verified);
  return r.generic;
}

test('a run of one op kind: flags, discardable attributes and types do not carry over', () => {
  const g = generic(
    [
      '  %0 = arith.addi %a, %a overflow<nsw> : i32',
      '  %1 = arith.addi %b, %b : i64',
      '  %2 = arith.addi %0, %0 overflow<nuw> {tag = 1 : i32} : i32',
      '  %3 = arith.addi %2, %0 : i32',
    ].join('\n'),
  );
  const ops = g.split('\n').filter((l) => l.includes('"arith.addi"'));
  assert.equal(ops.length, 4);
  assert.ok(ops[0].includes('#arith.overflow<nsw>') && ops[0].includes('(i32, i32) -> i32'), ops[0]);
  assert.ok(ops[1].includes('#arith.overflow<none>') && ops[1].includes('(i64, i64) -> i64'), ops[1]);
  assert.ok(ops[2].includes('#arith.overflow<nuw>') && ops[2].includes('tag = 1 : i32'), ops[2]);
  assert.ok(ops[3].includes('#arith.overflow<none>') && !ops[3].includes('tag'), ops[3]);
  assert.ok(ops[3].includes('(%2, %0)'), ops[3]);
});

test('nested ops of one kind each keep their own operands, properties and types', () => {
  const g = generic(
    [
      '  %0 = ru.nest %a level 1 <{mode = "b"}> {',
      '    %1 = ru.nest %b {',
      '      %2 = ru.nest %a level 3 {',
      '        %3 = arith.addi %a, %a : i32',
      '      } : i32 -> i64',
      '    } {inner} : i64 -> i32',
      '  } : i32 -> index',
    ].join('\n'),
  );
  const ops = g.split('\n').filter((l) => l.includes('"ru.nest"'));
  assert.equal(ops.length, 3);
  assert.ok(ops[0].includes('(%arg0)') && ops[0].includes('level = 1 : i64') && ops[0].includes('mode = "b"'), ops[0]);
  assert.ok(ops[1].includes('(%arg1)') && ops[1].includes('level = 0 : i64') && ops[1].includes('mode = "a"'), ops[1]);
  assert.ok(ops[2].includes('(%arg0)') && ops[2].includes('level = 3 : i64') && ops[2].includes('mode = "a"'), ops[2]);
  assert.match(g, /}\) {inner} : \(i64\) -> i32/);
  assert.match(g, /}\) : \(i32\) -> index/);
  assert.match(g, /}\) : \(i32\) -> i64/);
});

test('the interned properties dictionary is reused only within one context', () => {
  const text = 'func.func @f(%a: i32) {\n  %0 = arith.addi %a, %a : i32\n  return\n}';
  const first = roundTrip(contextWith(dialect), text).module!;
  const second = roundTrip(contextWith(dialect), text).module!;
  const addOf = (m: Operation): Operation => {
    let found: Operation | undefined;
    m.walk((o) => {
      if (o.name.name === 'arith.addi') found = o;
    });
    return found!;
  };
  for (const m of [first, second]) {
    const op = addOf(m);
    assert.is(op.properties.context, m.context);
    assert.is(String(op.properties.get('overflowFlags')), '#arith.overflow<none>');
  }
  assert.is.not(addOf(first).properties, addOf(second).properties);
});

test.run();
