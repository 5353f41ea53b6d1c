// Tests of the greedy driver: dead-op removal, folding, constant de-duplication and hoisting, patterns, limits.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { IntegerAttr, UnitAttr, UnknownLoc, type MLIRContext, type Value } from '../../../lib/ir/index.js';
import { applyPatternsGreedily, definePattern, RewritePatternSet, canonicalizationPatternsOf, FrozenPatternSet, type RewriterListener } from '../../../lib/rewrite/index.js';
import { testContext, makeModule, makeFunc, op, i32, names } from '../pass/fixtures.js';
import { registerTestDialect, constant } from './test-dialect.js';

function setup() {
  const ctx = testContext();
  registerTestDialect(ctx);
  const { module } = makeModule(ctx);
  const { func, body, b } = makeFunc(ctx, module, 'f', [i32(ctx)], [i32(ctx)]);
  const loc = UnknownLoc.get(ctx);
  const int = (n: number) => IntegerAttr.get(i32(ctx), n);
  return { ctx, module, func, body, b, loc, int };
}

const canon = () => new FrozenPatternSet([], { provider: canonicalizationPatternsOf });

test('an op without results whose fold answers [] changed in place and stays', () => {
  const { func, body, b } = setup();
  op(b, 'tst.mark', [body.arguments[0]], []);
  op(b, 'func.return', [body.arguments[0]]);
  const r = applyPatternsGreedily(func, canon());
  assert.ok(r.converged);
  assert.ok(r.changed);
  assert.equal(names(body), ['tst.mark', 'func.return']);
  assert.ok(body.first!.getAttr('marked'));
});

test('folds constants, removes dead ops, de-duplicates and hoists constants', () => {
  const { func, body, b, loc, int } = setup();
  const x = op(b, 'tst.sink', [body.arguments[0]], [i32(b.context)]).result(0);
  const c1 = constant(b, int(1), loc);
  const c2 = constant(b, int(2), loc);
  const sum = op(b, 'tst.add', [c1, c2], [i32(b.context)]).result(0);
  op(b, 'tst.add', [c1, c1], [i32(b.context)]); // dead
  const c3 = constant(b, int(3), loc);
  const y = op(b, 'tst.add', [x, sum], [i32(b.context)]).result(0);
  const z = op(b, 'tst.add', [y, c3], [i32(b.context)]).result(0);
  op(b, 'func.return', [z]);
  const r = applyPatternsGreedily(func, canon());
  assert.ok(r.converged);
  assert.ok(r.changed);
  assert.equal(names(body), ['tst.const', 'tst.sink', 'tst.add', 'tst.add', 'func.return']);
  const first = body.first!;
  assert.is((first.getAttr('value') as IntegerAttr).value, 3n);
  // 1 + 2 folded to 3 and merged with the existing 3.
  const adds = body.operations.filter((o) => o.name.name === 'tst.add');
  assert.is(adds[0].operand(1), first.result(0));
  assert.is(adds[1].operand(1), first.result(0));
});

test('x + 0 folds to x; patterns apply (neg of neg)', () => {
  const { func, body, b, loc, int } = setup();
  const arg = body.arguments[0];
  const zero = constant(b, int(0), loc);
  const s = op(b, 'tst.add', [arg, zero], [i32(b.context)]).result(0);
  const n1 = op(b, 'tst.neg', [s], [i32(b.context)]).result(0);
  const n2 = op(b, 'tst.neg', [n1], [i32(b.context)]).result(0);
  const ret = op(b, 'func.return', [n2]);
  const r = applyPatternsGreedily(func, canon());
  assert.ok(r.converged);
  assert.equal(names(body), ['func.return']);
  assert.is(ret.operand(0), arg);
});

test('effectful and unregistered ops are not dead', () => {
  const { func, body, b } = setup();
  op(b, 'tst.sink', [body.arguments[0]], [i32(b.context)]);
  op(b, 'other.op', [], [i32(b.context)]);
  op(b, 'func.return', [body.arguments[0]]);
  const r = applyPatternsGreedily(func, canon());
  assert.not.ok(r.changed);
  assert.equal(names(body), ['tst.sink', 'other.op', 'func.return']);
});

test('a rewrite loop is stopped and the pattern named', () => {
  const { ctx, func, body, b } = setup();
  op(b, 'tst.sink', [body.arguments[0]], [i32(ctx)], { n: IntegerAttr.get(i32(ctx), 0) });
  op(b, 'func.return', [body.arguments[0]]);
  const flip = definePattern({
    name: 'flip-forever',
    root: 'tst.sink',
    matchAndRewrite(o, rewriter) {
      const n = (o.getAttr('n') as IntegerAttr).value;
      rewriter.modifyOpInPlace(o, () => o.setAttr('n', IntegerAttr.get(i32(ctx), 1n - n)));
      return true;
    },
  });
  const r = applyPatternsGreedily(func, new RewritePatternSet().add(flip).freeze(), { maxIterations: 3 });
  assert.not.ok(r.converged);
  // Each rewrite re-queues the op, so the first iteration never ends on its own: it is cut short.
  assert.is(r.iterations, 1);
  assert.ok(r.runaway);
  assert.equal(r.activePatterns, ['flip-forever']);
});

test('listeners see inserts, modifications and erasures; bottom-up order works', () => {
  const { func, body, b, loc, int } = setup();
  const c1 = constant(b, int(1), loc);
  const c2 = constant(b, int(2), loc);
  const s = op(b, 'tst.add', [c1, c2], [i32(b.context)]).result(0);
  op(b, 'func.return', [s]);
  const events: string[] = [];
  const listener: RewriterListener = {
    notifyOperationInserted: (o) => void events.push(`insert ${o.name.name}`),
    notifyOperationErased: (o) => void events.push(`erase ${o.name.name}`),
    notifyOperationModified: (o) => void events.push(`modify ${o.name.name}`),
  };
  const r = applyPatternsGreedily(func, canon(), { topDown: false, listener });
  assert.ok(r.converged);
  assert.equal(names(body), ['tst.const', 'func.return']);
  assert.equal(events.slice(0, 4), ['insert tst.const', 'modify func.return', 'erase tst.add', 'erase tst.const']);
});

test('fold disabled and maxNumRewrites', () => {
  const { func, body, b, loc, int } = setup();
  const c1 = constant(b, int(1), loc);
  const s = op(b, 'tst.add', [c1, c1], [i32(b.context)]).result(0);
  op(b, 'func.return', [s]);
  applyPatternsGreedily(func, canon(), { fold: false });
  assert.equal(names(body), ['tst.const', 'tst.add', 'func.return']);
});

test('a run cut short leaves nothing marked for the next: every op is queued again', () => {
  const { func, body, b } = setup();
  const arg = body.arguments[0];
  let v: Value = arg;
  for (let i = 0; i < 4; i++) v = op(b, 'tst.neg', [v], [i32(b.context)]).result(0);
  const ret = op(b, 'func.return', [v]);
  const first = applyPatternsGreedily(func, canon(), { maxNumRewrites: 1, maxIterations: 1, fold: false });
  assert.not.ok(first.converged);
  // The one rewrite replaced the second neg by `arg`; the first, now dead, was still queued when the run stopped.
  assert.equal(names(body).filter((n) => n === 'tst.neg').length, 3);
  assert.ok(applyPatternsGreedily(func, canon()).converged);
  assert.equal(names(body), ['func.return']);
  assert.is(ret.operand(0), arg);
});

test('trait folds: a commutative op moves its constant operands last, in place', () => {
  const { func, body, b, loc, int } = setup();
  const c = constant(b, int(5), loc);
  const s = op(b, 'tst.add', [c, body.arguments[0]], [i32(b.context)]);
  op(b, 'func.return', [s.result(0)]);
  assert.ok(applyPatternsGreedily(func, canon()).converged);
  assert.is(s.operand(0), body.arguments[0]);
  assert.is(s.operand(1), c);
});

test('expensive checks catch a pattern that claims success without changing the IR', () => {
  const { func, body, b } = setup();
  op(b, 'tst.sink', [body.arguments[0]], [i32(b.context)]);
  op(b, 'func.return', [body.arguments[0]]);
  const liar = definePattern({ name: 'liar', root: 'tst.sink', matchAndRewrite: () => true });
  const sneaky = definePattern({
    name: 'sneaky',
    root: 'tst.sink',
    matchAndRewrite(o) {
      o.setAttr('touched', IntegerAttr.get(i32(b.context), 1));
      return false;
    },
  });
  assert.throws(() => applyPatternsGreedily(func, new RewritePatternSet().add(liar).freeze(), { expensiveChecks: true }), /pattern 'liar' returned success but did not change the IR/);
  assert.throws(() => applyPatternsGreedily(func, new RewritePatternSet().add(sneaky).freeze(), { expensiveChecks: true }), /pattern 'sneaky' returned failure but changed the IR/);
});

/** A pattern that splits the block after a `tst.sink` once, leaving the tail (with the return) unreachable. */
const splitAfterSink = (ctx: MLIRContext) =>
  new RewritePatternSet()
    .add(
      definePattern({
        name: 'split-after-sink',
        root: 'tst.sink',
        matchAndRewrite(o, rewriter) {
          if (o.getAttr('split') || !o.next) return false;
          rewriter.modifyOpInPlace(o, () => o.setAttr('split', UnitAttr.get(ctx)));
          rewriter.splitBlock(o.parent!, o.next);
          return true;
        },
      }),
    )
    .freeze();

test('a block a pattern adds to a region of one block is simplified: the unreachable tail is erased', () => {
  // Every region has one block when the worklist is seeded, so region simplification learns of
  // the new block only from the rewriter's notification.
  const { ctx, func, body, b } = setup();
  op(b, 'tst.sink', [body.arguments[0]], [i32(ctx)]);
  op(b, 'func.return', [body.arguments[0]]);
  const blocksWhenErased: number[] = [];
  const r = applyPatternsGreedily(func, splitAfterSink(ctx), {
    listener: { notifyBlockErased: () => void blocksWhenErased.push(func.regions[0].blocks.length) },
  });
  assert.ok(r.converged);
  // Erased in the iteration that split the block; the second finds nothing to do.
  assert.is(r.iterations, 2);
  assert.equal(blocksWhenErased, [2]);
  assert.is(func.regions[0].blocks.length, 1);
  assert.equal(names(body), ['tst.sink']);
});

test('with region simplification disabled, the unreachable tail stays', () => {
  const { ctx, func, b, body } = setup();
  op(b, 'tst.sink', [body.arguments[0]], [i32(ctx)]);
  op(b, 'func.return', [body.arguments[0]]);
  applyPatternsGreedily(func, splitAfterSink(ctx), { regionSimplify: 'disabled' });
  assert.is(func.regions[0].blocks.length, 2);
});

test.run();
