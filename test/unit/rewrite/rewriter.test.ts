// Tests of PatternRewriter: each mutation keeps use-lists right and notifies the listener.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UnknownLoc, Block } from '../../../lib/ir/index.js';
import { PatternRewriter, type RewriterListener } from '../../../lib/rewrite/index.js';
import { testContext, makeModule, makeFunc, op, i32, names } from '../pass/fixtures.js';

function setup() {
  const ctx = testContext();
  const { module } = makeModule(ctx);
  const { func, body, b } = makeFunc(ctx, module, 'f', [i32(ctx)]);
  const events: string[] = [];
  const listener: RewriterListener = {
    notifyOperationInserted: (o, prev) => void events.push(`${prev ? 'move' : 'insert'} ${o.name.name}`),
    notifyOperationModified: (o) => void events.push(`modify ${o.name.name}`),
    notifyOperationReplaced: (o) => void events.push(`replace ${o.name.name}`),
    notifyOperationErased: (o) => void events.push(`erase ${o.name.name}`),
    notifyBlockInserted: () => void events.push('block-insert'),
    notifyBlockErased: () => void events.push('block-erase'),
  };
  const rw = new PatternRewriter(ctx, listener);
  return { ctx, func, body, b, rw, events, loc: UnknownLoc.get(ctx) };
}

test('replaceOp redirects uses, erases the op, and notifies in order', () => {
  const { body, b, rw, events, ctx } = setup();
  const a = op(b, 't.a', [body.arguments[0]], [i32(ctx)]);
  const user = op(b, 't.user', [a.result(0), a.result(0)]);
  rw.replaceOp(a, [body.arguments[0]]);
  assert.equal(names(body), ['t.user']);
  assert.is(user.operand(0), body.arguments[0]);
  assert.is(user.operand(1), body.arguments[0]);
  assert.equal(events, ['replace t.a', 'modify t.user', 'modify t.user', 'erase t.a']);
  assert.throws(() => rw.replaceOp(user, [body.arguments[0]]), /has 0 results but 1 replacement/);
});

test('eraseOp notifies nested ops before their parent', () => {
  const { b, rw, events, ctx, loc } = setup();
  const outer = b.create({ name: 't.outer', location: loc, regions: 1 });
  const inner = new PatternRewriter(ctx);
  inner.createBlock(outer.regions[0]);
  op(inner, 't.inner');
  rw.eraseOp(outer);
  assert.equal(events, ['erase t.inner', 'erase t.outer']);
});

test('create, modifyOpInPlace, moves', () => {
  const { body, b, rw, events, ctx, loc } = setup();
  const x = op(b, 't.x');
  const y = op(b, 't.y');
  rw.setInsertionPointBefore(x);
  rw.create({ name: 't.new', location: loc, resultTypes: [i32(ctx)] });
  rw.modifyOpInPlace(y, () => y.setAttr('k', undefined));
  rw.moveOpBefore(y, x);
  rw.moveOpAfter(x, y);
  assert.equal(names(body), ['t.new', 't.y', 't.x']);
  assert.equal(events, ['insert t.new', 'modify t.y', 'move t.y', 'move t.x']);
});

test('splitBlock, mergeBlocks and inlineBlockBefore move ops and replace block arguments', () => {
  const { func, body, b, rw, ctx, loc } = setup();
  const first = op(b, 't.first');
  const second = op(b, 't.second', [body.arguments[0]]);
  const tail = rw.splitBlock(body, second);
  assert.equal(names(body), ['t.first']);
  assert.equal(names(tail), ['t.second']);
  assert.is(func.regions[0].blocks.length, 2);
  const argBlock = new Block();
  const arg = argBlock.addArgument(i32(ctx), loc);
  func.regions[0].push(argBlock);
  const third = rw.create({ name: 't.third', location: loc, operands: [arg] });
  third.remove();
  argBlock.append(third);
  rw.mergeBlocks(argBlock, tail, [body.arguments[0]]);
  assert.equal(names(tail), ['t.second', 't.third']);
  assert.is(third.operand(0), body.arguments[0]);
  rw.inlineBlockBefore(tail, body, first, []);
  assert.equal(names(body), ['t.second', 't.third', 't.first']);
  assert.is(func.regions[0].blocks.length, 1);
});

test('inlineRegionBefore moves blocks between regions', () => {
  const { func, b, rw, ctx, loc } = setup();
  const holder = b.create({ name: 't.holder', location: loc, regions: 1 });
  const inner = new PatternRewriter(ctx);
  inner.createBlock(holder.regions[0]);
  op(inner, 't.body');
  rw.inlineRegionBefore(holder.regions[0], func.regions[0], 1);
  assert.is(holder.regions[0].blocks.length, 0);
  assert.equal(names(func.regions[0].blocks[1]), ['t.body']);
  rw.eraseBlock(func.regions[0].blocks[1]);
  assert.is(func.regions[0].blocks.length, 1);
});

test.run();
