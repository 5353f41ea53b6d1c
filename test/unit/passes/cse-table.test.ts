// Tests of CSE's scoped table: operands read without allocation (commutative ones by hash id),
// hash chains, replacement of an equal op, and scopes that forget what they added.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testContext, makeModule, makeFunc, op, i32 } from '../pass/fixtures.js';
import { OperandKey, ScopedTable } from '../../../lib/passes/cse-table.js';
import type { Operation } from '../../../lib/ir/index.js';

function setup() {
  const ctx = testContext();
  const { module } = makeModule(ctx);
  const t = i32(ctx);
  const { body, b } = makeFunc(ctx, module, 'f', [t, t, t], [t]);
  const [x, y, z] = body.arguments;
  return { b, t, x, y, z };
}

/** A table with one scope open. */
function openTable(): ScopedTable {
  const table = new ScopedTable();
  table.push();
  return table;
}

const lookup = (table: ScopedTable, o: Operation, commutative = false, hash = 7) => table.find(hash, o, new OperandKey().read(o, commutative));
const add = (table: ScopedTable, o: Operation, equal: Operation | undefined, commutative = false, hash = 7) => table.add(hash, o, new OperandKey().read(o, commutative), equal);

test('equal ops are found, different ones sharing a hash are not', () => {
  const { b, t, x, y } = setup();
  const table = openTable();
  const a = op(b, 'x.add', [x, y], [t]);
  add(table, a, undefined);
  assert.is(lookup(table, op(b, 'x.add', [x, y], [t])), a);
  assert.is(lookup(table, op(b, 'x.add', [y, x], [t])), undefined);
  assert.is(lookup(table, op(b, 'x.sub', [x, y], [t])), undefined);
  const c = op(b, 'x.sub', [x, y], [t]);
  add(table, c, undefined);
  assert.is(lookup(table, op(b, 'x.sub', [x, y], [t])), c);
  assert.is(lookup(table, op(b, 'x.add', [x, y], [t])), a);
});

test('a commutative op matches with its operands swapped; three or more operands are sorted', () => {
  const { b, t, x, y, z } = setup();
  const table = openTable();
  const a = op(b, 'x.add', [x, y], [t]);
  add(table, a, undefined, true);
  assert.is(lookup(table, op(b, 'x.add', [y, x], [t]), true), a);
  const k = op(b, 'x.sum', [z, x, y], [t]);
  add(table, k, undefined, true);
  assert.is(lookup(table, op(b, 'x.sum', [y, z, x], [t]), true), k);
  assert.is(lookup(table, op(b, 'x.sum', [y, z, x], [t]), false), undefined);
});

test('an equal op added in an inner scope replaces the known one; leaving that scope forgets the structure', () => {
  const { b, t, x, y } = setup();
  const table = openTable();
  const other = op(b, 'x.other', [x], [t]);
  add(table, other, undefined);
  const outer = op(b, 'x.load', [x, y], [t]);
  add(table, outer, undefined);
  table.push();
  const inner = op(b, 'x.load', [x, y], [t]);
  add(table, inner, lookup(table, inner));
  assert.is(lookup(table, op(b, 'x.load', [x, y], [t])), inner);
  table.pop();
  assert.is(lookup(table, op(b, 'x.load', [x, y], [t])), undefined);
  assert.is(lookup(table, op(b, 'x.other', [x], [t])), other);
  table.pop();
  assert.is(lookup(table, op(b, 'x.other', [x], [t])), undefined);
});

test('the operands are those of the op when it was added', () => {
  const { b, t, x, y } = setup();
  const table = openTable();
  const a = op(b, 'x.neg', [x], [t]);
  add(table, a, undefined);
  a.setOperand(0, y);
  assert.is(lookup(table, op(b, 'x.neg', [x], [t])), a);
  assert.is(lookup(table, op(b, 'x.neg', [y], [t])), undefined);
});

test.run();
