// Use-lists, replaceAllUsesWith, erase with use checks, block arguments and predecessors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Block, IntegerType, MLIRContext, Operation, Region, UnknownLoc, type Value } from '../../../lib/ir/index.js';

const ctx = new MLIRContext();
ctx.allowUnregisteredDialects = true;
const loc = UnknownLoc.get(ctx);
const i32 = IntegerType.get(ctx, 32);

function mk(name: string, operands: Value[] = [], results = 1): Operation {
  return Operation.create({ name, location: loc, operands, resultTypes: Array.from({ length: results }, () => i32) });
}

test('uses, users, hasOneUse and useEmpty follow operand changes', () => {
  const a = mk('t.a');
  const b = mk('t.b');
  const u1 = mk('t.u', [a.result(), a.result()]);
  assert.is(a.result().uses.length, 2);
  assert.equal(a.result().users, [u1]);
  assert.is(a.result().hasOneUse(), false);
  u1.setOperand(0, b.result());
  assert.is(a.result().hasOneUse(), true);
  assert.is(b.result().hasOneUse(), true);
  u1.setOperands([]);
  assert.is(a.result().useEmpty, true);
  assert.is(b.result().useEmpty, true);
});

test('replaceAllUsesWith moves every use; replaceUsesWithIf only the chosen ones', () => {
  const a = mk('t.a');
  const b = mk('t.b');
  const users = [mk('t.u', [a.result()]), mk('t.u', [a.result()]), mk('t.v', [a.result()])];
  a.result().replaceUsesWithIf(b.result(), (use) => use.owner.name.name === 't.v');
  assert.is(b.result().uses.length, 1);
  a.result().replaceAllUsesWith(b.result());
  assert.is(a.result().useEmpty, true);
  assert.is(b.result().uses.length, 3);
  assert.ok(users.every((u) => u.operand(0) === b.result()));
  a.result().replaceAllUsesWith(a.result());
});

test('erase refuses while results are used outside, and unlinks nested uses', () => {
  const block = new Block();
  const a = mk('t.a');
  const user = mk('t.u', [a.result()]);
  block.append(a);
  block.append(user);
  assert.throws(() => a.erase(), /still used by 't.u'/);
  user.erase();
  assert.is(a.result().useEmpty, true);
  a.erase();
  assert.is(block.empty, true);
});

test('a refused erase leaves the op and its operands untouched', () => {
  const a = mk('t.a');
  const b = mk('t.b', [a.result()]);
  mk('t.u', [b.result()]);
  assert.throws(() => b.erase(), /still used/);
  assert.is(b.operand(0), a.result());
  assert.is(a.result().hasOneUse(), true);
});

test('erasing an op whose results are used only inside it succeeds', () => {
  const outer = Operation.create({ name: 't.outer', location: loc, regions: 1, resultTypes: [i32] });
  const inner = outer.regions[0].push(new Block());
  const def = mk('t.def');
  inner.append(def);
  inner.append(mk('t.use', [def.result()]));
  const holder = new Block();
  holder.append(outer);
  outer.erase();
  assert.is(def.result().useEmpty, true);
  assert.is(holder.empty, true);
});

test('block arguments: insert renumbers, erase refuses while used', () => {
  const b = new Block();
  const x = b.addArgument(i32, loc);
  const y = b.insertArgument(0, i32, loc);
  assert.equal([y.index, x.index], [0, 1]);
  const user = mk('t.u', [x]);
  assert.throws(() => b.eraseArgument(1), /still has uses/);
  user.setOperands([]);
  b.eraseArgument(0);
  assert.is(x.index, 0);
});

test('operand, result and successor lists of every length hold their values in order, each slot with its index and use', () => {
  const defs = mk('t.defs', [], 5).results;
  const blocks = [new Block(), new Block(), new Block()];
  for (let n = 0; n <= 5; n++) {
    const op = Operation.create({ name: 't.op', location: loc, operands: defs.slice(0, n), resultTypes: Array(n).fill(i32), successors: blocks.slice(0, n % 4) });
    assert.equal([op.numOperands, op.operands, op.operandSlots.map((s) => s.index)], [n, defs.slice(0, n), [...Array(n).keys()]]);
    assert.ok(op.operandSlots.every((s, i) => s.owner === op && defs[i].uses.includes(s)));
    assert.equal([op.numResults, op.results.map((r) => [r.index, r.owner === op, r.type === i32])], [n, [...Array(n).keys()].map((i) => [i, true, true])]);
    assert.equal([op.successors, op.successorSlots.map((s) => s.index)], [blocks.slice(0, n % 4), [...Array(n % 4).keys()]]);
    op.setOperands(defs.slice(0, 5 - n));
    assert.equal([op.operands, op.operandSlots.map((s) => s.index)], [defs.slice(0, 5 - n), [...Array(5 - n).keys()]]);
    op.dropAllReferences();
  }
  assert.ok(defs.every((d) => d.useEmpty) && blocks.every((b) => b.hasNoPredecessors));
});

test('empty blocks and regions share one empty list, which their first insertion never writes to', () => {
  const [a, b] = [new Block(), new Block()];
  const x = a.insertArgument(0, i32, loc);
  const y = a.addArgument(i32, loc);
  const w = a.insertArgument(1, i32, loc);
  assert.equal(a.arguments, [x, w, y]);
  assert.equal(a.arguments.map((v) => v.index), [0, 1, 2]);
  assert.equal([b.arguments.length, new Block().arguments.length], [0, 0]);
  const [r, s] = [new Region(), new Region()];
  const [b1, b2, b3] = [new Block(), new Block(), new Block()];
  r.push(b2);
  r.insertAt(0, b1);
  r.push(b3);
  assert.equal(r.blocks, [b1, b2, b3]);
  assert.equal([s.blocks.length, s.entry, new Region().empty], [0, null, true]);
  r.removeBlock(b2);
  assert.equal([r.blocks, b2.parent], [[b1, b3], null]);
  s.takeBody(r);
  assert.equal([s.blocks, r.blocks.length, b1.parent === s], [[b1, b3], 0, true]);
});

test('predecessors track successor slots; replaceAllUsesWith redirects branches', () => {
  const b1 = new Block();
  const b2 = new Block();
  const br = Operation.create({ name: 't.br', location: loc, successors: [b1, b1] });
  assert.is(b1.predecessors.length, 2);
  b1.replaceAllUsesWith(b2);
  assert.is(b1.hasNoPredecessors, true);
  assert.equal(br.successors, [b2, b2]);
  assert.throws(() => b2.erase(), /predecessors/);
});

test('blocks: O(1) insertion anywhere and order queries', () => {
  const b = new Block();
  const [x, y, z] = [mk('t.x'), mk('t.y'), mk('t.z')];
  b.append(z);
  b.prepend(x);
  b.insertBefore(y, z);
  assert.equal(b.operations.map((o) => o.name.name), ['t.x', 't.y', 't.z']);
  assert.is(x.isBeforeInBlock(z), true);
  z.moveBefore(x);
  assert.is(z.isBeforeInBlock(x), true);
  assert.is(b.size, 3);
  assert.throws(() => b.append(x), /already in a block/);
});

test.run();
