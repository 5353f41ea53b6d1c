// Tests of sccp: constants propagate through folds and replace values; unknown values stay.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { IntegerAttr, UnknownLoc } from '../../../lib/ir/index.js';
import { PassManager } from '../../../lib/pass/index.js';
import { sccpPass } from '../../../lib/passes/index.js';
import { testContext, makeModule, makeFunc, op, i32, names } from '../pass/fixtures.js';
import { registerTestDialect, constant } from '../rewrite/test-dialect.js';

test('folds of constants become constants; ops that become dead go; the rest stays', () => {
  const ctx = testContext();
  registerTestDialect(ctx);
  const loc = UnknownLoc.get(ctx);
  const { module } = makeModule(ctx);
  const { body, b } = makeFunc(ctx, module, 'f', [i32(ctx)]);
  const int = (n: number) => IntegerAttr.get(i32(ctx), n);
  const c1 = constant(b, int(1), loc);
  const c2 = constant(b, int(2), loc);
  const s = op(b, 'tst.add', [c1, c2], [i32(ctx)]).result(0);
  const t = op(b, 'tst.add', [s, s], [i32(ctx)]).result(0);
  const u = op(b, 'tst.add', [t, body.arguments[0]], [i32(ctx)]).result(0);
  const sink = op(b, 'tst.sink', [t, u], [i32(ctx)]);
  op(b, 'func.return');
  const pm = new PassManager(ctx, 'builtin.module');
  pm.addPass(sccpPass);
  assert.ok(pm.run(module));
  const c6 = sink.operand(0).definingOp!;
  assert.is(c6.name.name, 'tst.const');
  assert.is((c6.getAttr('value') as IntegerAttr).value, 6n);
  assert.is(sink.operand(1), u);
  // As mlir-opt: constants 6, 3, 2, 1 at the top (each new one goes first), originals replaced.
  assert.equal(names(body), ['tst.const', 'tst.const', 'tst.const', 'tst.const', 'tst.add', 'tst.sink', 'func.return']);
  assert.equal(body.operations.slice(0, 4).map((o) => (o.getAttr('value') as IntegerAttr).value), [6n, 3n, 2n, 1n]);
});

test.run();
