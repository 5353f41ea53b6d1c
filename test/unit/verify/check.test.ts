// Check composition: inOrder, and stepsOf, which the verifier uses to run an op's checks as one flat list.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UnitAttr, makeDialect, makeOpInfo, type MLIRContext, type Operation, type Type } from '../../../lib/ir/index.js';
import { inOrder, stepsOf, typesOnly, type Check } from '../../../lib/verify/check.js';
import { check, describe, i32, i64, makeContext, makeModule, op } from './build-ir.js';

/** A check that records its name in `ran` and returns `ok`. */
function step(ran: string[], name: string, ok = true): Check {
  return () => {
    ran.push(name);
    return ok;
  };
}

test('stepsOf splices inOrder compositions, nested ones too, in order', () => {
  const ran: string[] = [];
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((n) => step(ran, n));
  assert.equal(stepsOf(a), [a]);
  assert.equal(stepsOf(inOrder([a, inOrder([b, c])!, inOrder([d, inOrder([e])!])!])!), [a, b, c, d, e]);
  // A composition of one is the check itself.
  assert.equal(stepsOf(inOrder([a])!), [a]);
});

/** A context with the `tc` dialect, whose ops' hooks are compositions that record what ran. */
function testContext(ran: string[]): MLIRContext {
  const ctx = makeContext();
  const fail = (name: string): Check => (o: Operation) => {
    ran.push(name);
    o.emitOpError(`${name} failed`);
    return false;
  };
  ctx.registerDialect('tc', () =>
    makeDialect('tc', [
      makeOpInfo({
        name: 'tc.op',
        traits: ['OpInvariants', 'ZeroRegions'],
        verifyInvariants: inOrder([step(ran, 'inv1'), inOrder([step(ran, 'inv2'), fail('inv3')])!, step(ran, 'inv4')])!,
        verify: inOrder([step(ran, 'verify1'), step(ran, 'verify2')])!,
      }),
      makeOpInfo({ name: 'tc.ok', traits: ['ZeroRegions'], verifyInvariants: inOrder([step(ran, 'ok1'), step(ran, 'ok2'), step(ran, 'ok3')])!, verify: step(ran, 'ok4') }),
    ]),
  );
  return ctx;
}

test('composed hooks run step by step, stopping at the first that fails', () => {
  const ran: string[] = [];
  const ctx = testContext(ran);
  const { module, body } = makeModule(ctx);
  op(body, 'tc.ok', 2);
  op(body, 'tc.op', 3);
  assert.equal(check(module).diags.flatMap(describe), ["3: error: 'tc.op' op inv3 failed"]);
  assert.equal(ran, ['ok1', 'ok2', 'ok3', 'ok4', 'inv1', 'inv2', 'inv3']);
});

/**
 * A context with the `tk` dialect: `tk.same` has SameOperandsAndResultType, a typesOnly check
 * that counts its runs in `typeRuns`, and a verify that fails for ops with a `bad` attribute.
 */
function typedContext(typeRuns: { n: number }): MLIRContext {
  const ctx = makeContext();
  const counted = typesOnly(() => {
    typeRuns.n++;
    return true;
  });
  const noBad: Check = (o) => {
    if (!o.attributes.get('bad')) return true;
    o.emitOpError('is bad');
    return false;
  };
  ctx.registerDialect('tk', () => makeDialect('tk', [makeOpInfo({ name: 'tk.same', traits: ['SameOperandsAndResultType'], verifyInvariants: counted, verify: noBad })]));
  return ctx;
}

/** Verifies a module of one `tk.same` op with operands of `operands` and results of `results`, in `ctx`; returns the errors. */
function verifySame(ctx: MLIRContext, operands: Type[], results: Type[], bad = false): string[] {
  const { module, body } = makeModule(ctx);
  const values = operands.map((t, i) => op(body, 'test.def', 2 + i, { results: [t] }).result(0));
  op(body, 'tk.same', 9, { operands: values, results, attrs: bad ? [{ name: 'bad', value: UnitAttr.get(ctx) }] : [] });
  return check(module).diags.flatMap(describe);
}

test('checks that read only types are skipped for the types of the last op that passed, and only for those', () => {
  const typeRuns = { n: 0 };
  const ctx = typedContext(typeRuns);
  const sameError = ["9: error: 'tk.same' op requires the same type for all operands and results"];
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i32(ctx)]), []);
  assert.equal(typeRuns.n, 1);
  // The same types again: the typesOnly checks are left out, the others still run.
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i32(ctx)]), []);
  assert.equal(typeRuns.n, 1);
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i32(ctx)], true), ["9: error: 'tk.same' op is bad"]);
  // Other types, in any position or count, run every check.
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i64(ctx)]), sameError);
  assert.equal(verifySame(ctx, [i64(ctx), i32(ctx)], [i32(ctx)]), sameError);
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx), i64(ctx)], [i32(ctx)]), sameError);
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i32(ctx), i64(ctx)]), sameError);
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], [i32(ctx)]), []);
  assert.equal(verifySame(ctx, [], [i32(ctx)]), ["9: error: 'tk.same' op expected 1 or more operands, but found 0"]);
  assert.equal(verifySame(ctx, [i32(ctx), i32(ctx)], []), ["9: error: 'tk.same' op expected 1 or more results"]);
  // An op that failed is not remembered: the same types fail again.
  assert.equal(verifySame(ctx, [i64(ctx), i64(ctx)], [i32(ctx)]), sameError);
  assert.equal(verifySame(ctx, [i64(ctx), i64(ctx)], [i32(ctx)]), sameError);
  // An op whose types passed but whose other checks failed is not remembered either.
  const before = typeRuns.n;
  assert.equal(verifySame(ctx, [i64(ctx)], [i64(ctx)], true), ["9: error: 'tk.same' op is bad"]);
  assert.equal(verifySame(ctx, [i64(ctx)], [i64(ctx)]), []);
  assert.equal(typeRuns.n, before + 2);
});

test.run();
