// defineOp leaves the model of the spec (and its checks), the trait names, the assembly format,
// the view class and the verifiers for the op's first use.
// Here: every op dlc ships completes (a malformed format in any dialect fails the suite here, as
// it failed at load time when definitions were eager), and an op used before completion
// behaves as one completed up front.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AnyType, AttrSizedOperandSegments, I32Prop, Optional, Pure, Variadic, defineDialect, defineOp, type OpSpec } from '../../../lib/dialect/index.js';
import { lookupOpDefByInfo } from '../../../lib/dialect/registry.js';
import { createContext } from '../../../dialects/registry.js';
import { contextWith, roundTrip, verifyMessages } from './harness.js';
import { IntegerAttr, IntegerType, Operation, UnknownLoc } from '../../../lib/ir/index.js';

test('every op of every registered dialect completes its definition', () => {
  const ctx = createContext();
  const failures: string[] = [];
  let completed = 0;
  for (const name of ctx.registeredDialects) {
    for (const info of ctx.getOrLoadDialect(name)!.ops.values()) {
      const def = lookupOpDefByInfo(info);
      if (!def) continue;
      try {
        def.complete();
        completed++;
      } catch (e) {
        failures.push((e as Error).message);
      }
    }
  }
  assert.equal(failures, []);
  // The dialects define well over a hundred ops with defineOp; none were skipped silently.
  assert.ok(completed > 100, `only ${completed} ops completed`);
});

test('a spec is checked, and its trait names worked out, on first use, not when defined', () => {
  // Defining a malformed op throws nothing yet: a tool defines every op and a file uses a few.
  const clash = defineOp({ name: 'lz.clash', operands: { x: AnyType }, results: { x: AnyType } });
  assert.throws(() => clash.info.traits, /op 'lz.clash': 'x' names both an operand and a result/);
  assert.throws(() => clash.complete(), /'x' names both an operand and a result/);
  const segmented = defineOp({
    name: 'lz.segmented',
    operands: { a: Optional(AnyType), b: Variadic(AnyType) },
    properties: { tag: I32Prop },
    traits: [Pure, AttrSizedOperandSegments],
  });
  // A plain field from the spec, which the parser reads per op: no model built for it.
  assert.equal(segmented.info.propertyNames, ['tag', 'operandSegmentSizes']);
  assert.equal([...segmented.info.traits], ['ZeroRegions', 'ZeroResults', 'ZeroSuccessors', 'VariadicOperands', 'OpInvariants', 'Pure', 'NoMemoryEffect', 'AlwaysSpeculatable', 'AttrSizedOperandSegments']);
  assert.is(segmented.info.traits, segmented.info.traits);
});

const pairSpec = {
  name: 'lz.pair',
  operands: { values: Variadic(AnyType) },
  results: { out: AnyType },
  properties: { tag: I32Prop },
  assemblyFormat: '$values attr-dict `:` type($values) `->` type($out)',
} as const satisfies OpSpec;

/** A dialect with the same op; `eager` completes it before any use. */
function pairDialect(eager: boolean) {
  const seen: number[] = [];
  const Pair = defineOp(pairSpec, {
    verify: (v) => {
      seen.push(v.values.length);
      return v.values.length > 0 || (v.op.emitOpError('needs a value'), false);
    },
  });
  if (eager) Pair.complete();
  return { Pair, seen, dialect: defineDialect({ name: 'lz', ops: [Pair] }) };
}

const SOURCE = `func.func @f(%a: i32, %b: f32) {
  %0 = lz.pair %a, %b {tag = 3 : i32} : i32, f32 -> i64
  %1 = "lz.pair"() <{tag = 4 : i32}> : () -> i64
  return
}`;

test('an op used before completion parses, verifies and prints as one completed up front', () => {
  const lazy = pairDialect(false);
  const eager = pairDialect(true);
  const hooksBefore = lazy.Pair.info.verifyInvariants;
  const a = roundTrip(contextWith(lazy.dialect), SOURCE);
  const b = roundTrip(contextWith(eager.dialect), SOURCE);
  assert.equal(a.errors, ["3:8: 'lz.pair' op needs a value"]);
  assert.equal(a.errors, b.errors);
  assert.is(a.text, b.text);
  assert.is(a.generic, b.generic);
  assert.equal(lazy.seen, eager.seen);
  // The first use put the real hooks in place of the stand-ins.
  assert.is.not(lazy.Pair.info.verifyInvariants, hooksBefore);
});

test('a builder and a view complete the op on first use', () => {
  const { Pair, dialect } = pairDialect(false);
  const standIn = Pair.info.verifyInvariants;
  const ctx = contextWith(dialect);
  const i64 = IntegerType.get(ctx, 64);
  const loc = UnknownLoc.get(ctx);
  const src = Pair.create(loc, { resultTypes: [i64], properties: { tag: 1 } });
  const op = Pair.create(loc, { operands: { values: [src.result(0), src.result(0)] }, resultTypes: [i64], properties: { tag: 7 } });
  const view = Pair.view(op);
  // The view's class is built on first use, and the real hooks replace the stand-ins with it.
  assert.is.not(Pair.info.verifyInvariants, standIn);
  assert.is(view.values.length, 2);
  assert.is(view.out, op.result(0));
  assert.is(view.tag, 7);
  assert.is(Pair.match(src)?.values.length, 0);
});

test('an op first used by the verifier is verified with its real hooks, kept on its name', () => {
  const { Pair, dialect, seen } = pairDialect(false);
  const standIn = Pair.info.verifyInvariants;
  const ctx = contextWith(dialect);
  const i64 = IntegerType.get(ctx, 64);
  const loc = UnknownLoc.get(ctx);
  // Created generically: nothing has completed the op before verify.
  const op = Operation.create({ name: 'lz.pair', location: loc, resultTypes: [i64], properties: [{ name: 'tag', value: IntegerAttr.get(IntegerType.get(ctx, 32), 1) }] });
  assert.is(Pair.info.verifyInvariants, standIn);
  assert.equal(verifyMessages(op), ["'lz.pair' op needs a value"]);
  assert.is.not(Pair.info.verifyInvariants, standIn);
  assert.equal(seen, [0]);
  // The compiled checks call the real hooks, not stand-ins that look them up per op: a hook
  // put on the record afterwards is not called.
  Pair.info.verifyInvariants = () => (assert.unreachable('a stand-in looked the hook up again'), false);
  assert.equal(verifyMessages(op), ["'lz.pair' op needs a value"]);
  assert.ok(op.name.verifierChecks);
});


test('an op whose definition checks nothing passes through its stand-in, and has no invariant check once complete', () => {
  const Free = defineOp({ name: 'lz.free', operands: { x: Variadic(AnyType) } });
  const ctx = contextWith(defineDialect({ name: 'lz', ops: [Free] }));
  const op = Operation.create({ name: 'lz.free', location: UnknownLoc.get(ctx) });
  assert.is(Free.info.verifyInvariants!(op), true);
  assert.is(Free.info.verifyInvariants, undefined);
  assert.equal(verifyMessages(op), []);
});

test.run();
