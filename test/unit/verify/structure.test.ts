// Structural verification: terminators, blocks, successors, entry blocks, unregistered dialects.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Block, UnitAttr } from '../../../lib/ir/index.js';
import { at, check, describe, i32, makeContext, makeFunc, makeModule, op } from './build-ir.js';

test('a well-formed module with a function verifies without diagnostics', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2, [i32(ctx)], [i32(ctx)]);
  op(entry, 'func.return', 3, { operands: [entry.arguments[0]] });
  assert.equal(check(module), { ok: true, diags: [] });
});

test('an empty block of a function: empty block: expect at least a terminator, at the function', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  makeFunc(body, 'f', 2);
  const r = check(module);
  assert.is(r.ok, false);
  assert.equal(r.diags.flatMap(describe), ['2: error: empty block: expect at least a terminator']);
});

test('a registered non-terminator last in a block: block with no terminator, has <op>', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  op(entry, 'builtin.unrealized_conversion_cast', 3, { results: [i32(ctx)] });
  const r = check(module);
  assert.is(r.ok, false);
  assert.match(r.diags[0].message, /^block with no terminator, has /);
  assert.is(describe(r.diags[0])[0].slice(0, 3), '3: ');
});

test('an unregistered op may end a block: it might be a terminator', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  op(entry, 'test.foo', 3);
  assert.is(check(module).ok, true);
});

test('a terminator that is not last: must be the last operation in the parent block', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  op(entry, 'func.return', 3);
  op(entry, 'test.foo', 4);
  const r = check(module);
  assert.equal(r.diags.flatMap(describe), ["3: error: 'func.return' op must be the last operation in the parent block"]);
});

test('func.return outside a function: expects parent op', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  op(body, 'func.return', 2);
  assert.equal(check(module).diags.flatMap(describe), ["2: error: 'func.return' op expects parent op 'func.func'"]);
});

test('an op with successors in the middle of a block: must terminate its parent block', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const next = fn.regions[0].push(new Block());
  op(entry, 'test.br', 3, { successors: [next] });
  op(entry, 'test.br', 4, { successors: [next] });
  op(next, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), ['3: error: operation with block successors must terminate its parent block']);
});

test('a branch back to the entry block: entry block of region may not have predecessors, at the region op', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  op(entry, 'test.br', 3, { successors: [entry] });
  assert.equal(check(module).diags.flatMap(describe), ['2: error: entry block of region may not have predecessors']);
});

test('a branch into another region: branching to block of a different region', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const second = fn.regions[0].push(new Block());
  op(second, 'func.return', 9);
  const wrapper = op(entry, 'test.wrap', 3, { regions: 1 });
  const inner = wrapper.regions[0].push(new Block());
  const inner2 = wrapper.regions[0].push(new Block());
  op(inner, 'test.br', 4, { successors: [second] });
  op(inner2, 'test.end', 5);
  op(entry, 'test.br', 6, { successors: [second] });
  assert.equal(check(module).diags.flatMap(describe), ["4: error: 'test.br' op branching to block of a different region"]);
});

test('unregistered dialect without allowUnregisteredDialects: created with unregistered dialect', () => {
  const ctx = makeContext(false);
  const { module, body } = makeModule(ctx);
  op(body, 'test.foo', 2);
  const [d] = check(module).diags;
  assert.is(
    d.message,
    "'test.foo' op created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used",
  );
});

test('unknown op of a registered dialect: unregistered operation found in dialect', () => {
  const ctx = makeContext(true);
  const { module, body } = makeModule(ctx);
  op(body, 'func.nope', 2);
  assert.equal(check(module).diags.flatMap(describe), ["2: error: unregistered operation 'func.nope' found in dialect ('func') that does not allow unknown operations"]);
});

test('ops of an allowed unregistered dialect let through do not let through ops of other dialects', () => {
  const ctx = makeContext(true);
  const { module, body } = makeModule(ctx);
  op(body, 'test.a', 2);
  const holder = op(body, 'test.b', 3, { regions: 1 });
  const inner = holder.regions[0].push(new Block());
  op(inner, 'test.c', 4);
  op(inner, 'func.nope', 5);
  assert.equal(check(module).diags.flatMap(describe), ["5: error: unregistered operation 'func.nope' found in dialect ('func') that does not allow unknown operations"]);
  // Refused, the first unregistered op is reported.
  ctx.allowUnregisteredDialects = false;
  assert.equal(check(module).diags.length, 1);
  assert.match(check(module).diags[0].message, "'test.a' op created with unregistered dialect");
});

test('module with a region argument: region should have no arguments', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  body.addArgument(i32(ctx), at(ctx, 1));
  assert.equal(check(module).diags.flatMap(describe), ["1: error: 'builtin.module' op region should have no arguments"]);
});

test('module with two blocks: expects region #0 to have 0 or 1 blocks', () => {
  const ctx = makeContext();
  const { module } = makeModule(ctx);
  module.regions[0].push(new Block());
  assert.equal(check(module).diags.flatMap(describe), ["1: error: 'builtin.module' op expects region #0 to have 0 or 1 blocks"]);
});

test('module with an empty region: region with 1 blocks', () => {
  const ctx = makeContext();
  const { module } = makeModule(ctx);
  module.regions[0].blocks[0].erase();
  assert.equal(check(module).diags.flatMap(describe), ["1: error: 'builtin.module' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks"]);
});

test('module with a result: requires zero results (count traits come first)', () => {
  const ctx = makeContext();
  const { body } = makeModule(ctx);
  const bad = op(body, 'builtin.module', 2, { results: [i32(ctx)], regions: 1 });
  bad.regions[0].push(new Block());
  assert.equal(check(body.parentOp!).diags.flatMap(describe), ["2: error: 'builtin.module' op requires zero results"]);
});

test('module attribute without a dialect prefix: can only contain attributes with dialect-prefixed names', () => {
  const ctx = makeContext();
  const { module } = makeModule(ctx);
  module.setAttr('foo', UnitAttr.get(ctx));
  assert.equal(check(module).diags.flatMap(describe), ["1: error: 'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'foo'"]);
});

test('unrealized_conversion_cast without results: expected at least one result for cast operation', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  op(body, 'builtin.unrealized_conversion_cast', 2);
  assert.equal(check(module).diags.flatMap(describe), ["2: error: 'builtin.unrealized_conversion_cast' op expected at least one result for cast operation"]);
});

test('every function is verified: one error per broken function', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  makeFunc(body, 'a', 2);
  makeFunc(body, 'b', 3);
  assert.equal(check(module).diags.flatMap(describe), ['2: error: empty block: expect at least a terminator', '3: error: empty block: expect at least a terminator']);
});

test('within one function, verification stops at the first error', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'a', 2);
  op(entry, 'func.return', 3);
  op(entry, 'func.return', 4);
  op(entry, 'test.x', 5);
  assert.is(check(module).diags.length, 1);
});

test('deeply nested regions verify without exhausting the stack', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  let block = body;
  for (let i = 0; i < 20000; i++) {
    const o = op(block, 'test.nest', 2, { regions: 1 });
    block = o.regions[0].push(new Block());
  }
  assert.is(check(module).ok, true);
});

test('10,000 nested modules (isolated ops in isolated ops) verify without exhausting the stack', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  let block = body;
  for (let i = 0; i < 10000; i++) {
    const m = op(block, 'builtin.module', 2, { regions: 1 });
    block = m.regions[0].push(new Block());
  }
  op(block, 'func.return', 3);
  assert.equal(check(module).diags.flatMap(describe), ["3: error: 'func.return' op expects parent op 'func.func'"]);
});

test.run();
