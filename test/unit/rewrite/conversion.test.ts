// Tests of dialect conversion: legality, pattern application, type and signature conversion, casts, rollback, failure.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { IntegerType, UnknownLoc, type Operation, type MLIRContext } from '../../../lib/ir/index.js';
import { printOperation } from '../../../lib/print/index.js';
import {
  ConversionTarget,
  TypeConverter,
  applyFullConversion,
  applyPartialConversion,
  defineConversionPattern,
  functionSignatureConversion,
  isFunctionSignatureLegal,
  typeConversionPattern,
} from '../../../lib/rewrite/index.js';
import { testContext, makeModule, makeFunc, op, i32, names } from '../pass/fixtures.js';
import { registerTestDialect } from './test-dialect.js';

function setup() {
  const ctx = testContext();
  registerTestDialect(ctx);
  const { module } = makeModule(ctx);
  const { body, b } = makeFunc(ctx, module, 'f', [i32(ctx)], [i32(ctx)]);
  const n = op(b, 'tst.neg', [body.arguments[0]], [i32(ctx)]).result(0);
  const s = op(b, 'tst.add', [n, body.arguments[0]], [i32(ctx)]).result(0);
  op(b, 'func.return', [s]);
  return { ctx, module, body };
}

const negToAdd = defineConversionPattern({
  name: 'neg-to-add',
  root: 'tst.neg',
  matchAndRewrite(o, [x], rw) {
    const add = rw.create({ name: 'tst.add', location: o.location, operands: [x, x], resultTypes: [x.type] });
    rw.replaceOp(o, add.results);
    return true;
  },
});

test('partial conversion rewrites illegal ops and keeps the rest', () => {
  const { module, body } = setup();
  const target = new ConversionTarget().addIllegalOp('tst.neg').addLegalOp('tst.add');
  const r = applyPartialConversion(module, target, [negToAdd]);
  assert.ok(r.ok);
  assert.equal(names(body), ['tst.add', 'tst.add', 'func.return']);
  assert.is(body.operations[1].operand(0), body.operations[0].result(0));
});

test('a pattern whose result is not legal is rolled back and the next one tried', () => {
  const { module, body } = setup();
  const toSink = defineConversionPattern({
    name: 'neg-to-sink',
    root: 'tst.neg',
    benefit: 2,
    matchAndRewrite(o, [x], rw) {
      const s = rw.create({ name: 'tst.sink', location: o.location, operands: [x], resultTypes: [x.type] });
      rw.replaceOp(o, s.results);
      return true;
    },
  });
  const target = new ConversionTarget().addIllegalOp('tst.neg', 'tst.sink').addLegalOp('tst.add');
  assert.ok(applyPartialConversion(module, target, [toSink, negToAdd]).ok);
  assert.equal(names(body), ['tst.add', 'tst.add', 'func.return']);
});

test('failure names each op and leaves the IR unchanged', () => {
  const { ctx, module } = setup();
  const before = printOperation(module);
  const target = new ConversionTarget().addIllegalOp('tst.neg', 'tst.add');
  const { result, diagnostics } = ctx.diagnostics.collect(() => applyPartialConversion(module, target, [negToAdd]));
  assert.not.ok(result.ok);
  assert.equal(
    diagnostics.map((d) => d.message),
    ["failed to legalize operation 'tst.neg' that was explicitly marked illegal", "failed to legalize operation 'tst.add' that was explicitly marked illegal"],
  );
  assert.is(printOperation(module), before);
});

test('full conversion requires every op to be legal', () => {
  const { ctx, module } = setup();
  const target = new ConversionTarget().addLegalOp('tst.add', 'func.func', 'func.return');
  const { result, diagnostics } = ctx.diagnostics.collect(() => applyFullConversion(module, target, []));
  assert.not.ok(result.ok);
  assert.is(diagnostics[0].message, "failed to legalize operation 'tst.neg'");
  target.addIllegalOp('tst.neg');
  assert.ok(applyFullConversion(module, target, [negToAdd]).ok);
});

function widen(ctx: MLIRContext): TypeConverter {
  const i64 = IntegerType.get(ctx, 64);
  return new TypeConverter().addConversion((t) => t).addConversion((t) => (t === i32(ctx) ? i64 : undefined));
}

test('type conversion of a function: signature, block arguments, ops and return', () => {
  const { ctx, module, body } = setup();
  const tc = widen(ctx);
  const legal = (o: Operation) => tc.isLegalOp(o);
  const target = new ConversionTarget()
    .addDynamicallyLegalOp('func.func', (o) => isFunctionSignatureLegal(o, tc))
    .addDynamicallyLegalOp(['func.return', 'tst.add', 'tst.neg'], legal);
  const patterns = [functionSignatureConversion(tc), ...['func.return', 'tst.add', 'tst.neg'].map((n) => typeConversionPattern(tc, n))];
  const r = applyPartialConversion(module, target, patterns);
  assert.ok(r.ok);
  const text = printOperation(module);
  assert.match(text, 'func.func @f(%arg0: i64) -> i64');
  assert.match(text, '"tst.add"(%0, %arg0) : (i64, i64) -> i64');
  assert.not.match(text, 'unrealized_conversion_cast');
  assert.not.match(text, 'i32');
  assert.ok(body.parent === null, 'the old entry block was replaced');
});

test('users left unconverted keep a cast to the old type', () => {
  const { ctx, module } = setup();
  const tc = widen(ctx);
  const target = new ConversionTarget().addDynamicallyLegalOp('tst.neg', (o) => tc.isLegalOp(o));
  const r = applyPartialConversion(module, target, [typeConversionPattern(tc, 'tst.neg')]);
  assert.ok(r.ok);
  const text = printOperation(module, { generic: true });
  assert.match(text, '"builtin.unrealized_conversion_cast"(%arg0) : (i32) -> i64');
  assert.match(text, '"tst.neg"(%0) : (i64) -> i64');
  assert.match(text, '"builtin.unrealized_conversion_cast"(%1) : (i64) -> i32');
});

test.run();
