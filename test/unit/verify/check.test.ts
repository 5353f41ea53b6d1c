// Check composition: inOrder, and stepsOf, which the verifier uses to run an op's checks as one flat list.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { makeDialect, makeOpInfo, type MLIRContext, type Operation } from '../../../lib/ir/index.js';
import { inOrder, stepsOf, type Check } from '../../../lib/verify/check.js';
import { check, describe, makeContext, makeModule, op } from './build-ir.js';

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

test.run();
