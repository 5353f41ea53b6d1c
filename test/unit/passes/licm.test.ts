// Tests of loop-invariant-code-motion on a small loop op (scf.for comes later): what moves and what stays.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Builder, IntegerAttr, UnknownLoc } from '../../../lib/ir/index.js';
import { PassManager } from '../../../lib/pass/index.js';
import { licmPass } from '../../../lib/passes/index.js';
import { testContext, makeModule, makeFunc, op, i32, names } from '../pass/fixtures.js';
import { registerTestDialect, constant } from '../rewrite/test-dialect.js';

test('pure ops whose operands come from outside the loop are hoisted, chains included', () => {
  const ctx = testContext();
  registerTestDialect(ctx);
  const loc = UnknownLoc.get(ctx);
  const { module } = makeModule(ctx);
  const { body, b } = makeFunc(ctx, module, 'f', [i32(ctx)]);
  const x = body.arguments[0];
  const loop = b.create({ name: 'tst.loop', location: loc, regions: 1 });
  const lb = new Builder(ctx);
  const iv = lb.createBlock(loop.regions[0], [i32(ctx)], undefined, loc).arguments[0];
  const c = constant(lb, IntegerAttr.get(i32(ctx), 1), loc);
  const inv = op(lb, 'tst.add', [x, c], [i32(ctx)]).result(0);
  const inv2 = op(lb, 'tst.neg', [inv], [i32(ctx)]).result(0);
  const variant = op(lb, 'tst.add', [iv, inv2], [i32(ctx)]).result(0);
  op(lb, 'tst.sink', [variant], [i32(ctx)]);
  op(lb, 'tst.sink', [x], [i32(ctx)]);
  op(b, 'func.return');
  const pm = new PassManager(ctx, 'builtin.module');
  pm.addPass(licmPass);
  assert.ok(pm.run(module));
  assert.equal(names(body), ['tst.const', 'tst.add', 'tst.neg', 'tst.loop', 'func.return']);
  assert.equal(names(loop.regions[0].blocks[0]), ['tst.add', 'tst.sink', 'tst.sink']);
  assert.is(pm.passes[0].statistics.get('num-hoisted'), 3);
});

test.run();
