// A test dialect declared in a few lines gets parsing, printing and verification for free.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AnyType,
  Commutative,
  Index,
  Optional,
  UnitProp,
  Variadic,
  defineDialect,
  defineOp,
  isPure,
} from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';
import { binaryInt, compareInt } from './fixtures.js';
import { makeOpInfo, type OpInfo, type OpResult, type Operation, type Value } from '../../../lib/ir/index.js';

const Add = defineOp({ name: 'td.add', ...binaryInt, traits: [...binaryInt.traits, Commutative] });
const Sub = defineOp({ name: 'td.sub', ...binaryInt });
const Cmp = defineOp({ name: 'td.cmp', ...compareInt('td::CmpPredicate') });
const Yield = defineOp({
  name: 'td.yield',
  operands: { values: Variadic(AnyType) },
  assemblyFormat: 'attr-dict ($values^ `:` type($values))?',
});
const Maybe = defineOp({
  name: 'td.maybe',
  operands: { index: Optional(Index) },
  properties: { fast: UnitProp },
  assemblyFormat: '(`at` $index^)? (`fast` $fast^)? attr-dict',
});

const dialect = defineDialect({ name: 'td', ops: [Add, Sub, Cmp, Yield, Maybe] });

function fn(body: string): string {
  return `func.func @f(%arg0: i32, %arg1: i32, %arg2: index) {\n${body}\n  return\n}`;
}

test('an op record keeps every hook it is given (a hook added to OpInfo must be listed here to compile)', () => {
  const hooks: Required<Omit<OpInfo, 'traits'>> = {
    name: 'td.all',
    propertyNames: ['p'],
    defaultDialect: 'td',
    verifyInvariants: () => true,
    complete: () => {},
    populateDefaultProperties: () => {},
    verify: () => true,
    verifyRegions: () => true,
    verifySymbolUses: () => true,
    parse: () => {},
    print: () => {},
  };
  const info: OpInfo = makeOpInfo({ ...hooks, traits: ['Pure'] });
  for (const [key, value] of Object.entries(hooks)) assert.is(info[key as keyof typeof hooks], value, key);
  assert.equal([...info.traits], ['Pure']);
});

test('every OpInfo has the same properties in the same order, so that all share one shape', () => {
  const bare = makeOpInfo({ name: 'td.bare' });
  const keys = Object.keys(bare);
  for (const def of [Add, Cmp, Yield, Maybe]) {
    assert.equal(Object.keys(def.info), keys, def.name);
    assert.is(Object.getPrototypeOf(def.info), Object.getPrototypeOf(bare), def.name);
    def.complete();
    assert.equal(Object.keys(def.info), keys, `${def.name}, completed`);
  }
  assert.equal(Object.keys(makeOpInfo({ name: 'td.hooks', verify: () => true, parse: () => {}, defaultDialect: 'td' })), keys);
});

test('custom forms round-trip exactly', () => {
  const ctx = contextWith(dialect);
  const src = [
    '  %0 = td.add %arg0, %arg1 : i32',
    '  %1 = td.sub %0, %arg1 {tag = 1 : i64} : i32',
    '  %2 = td.cmp slt, %arg0, %1 : i32',
    '  td.yield',
    '  td.yield %0, %2 : i32, i1',
    '  td.maybe',
    '  td.maybe at %arg2 fast',
  ].join('\n');
  const r = roundTrip(ctx, fn(src));
  assert.equal(r.errors, []);
  assert.ok(r.verified);
  assert.is(r.printed, fn(src));
});

test('the generic form carries properties', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, fn('  %2 = td.cmp ne, %arg0, %arg1 : i32\n  td.maybe fast'));
  assert.match(r.generic, '"td.cmp"(%arg0, %arg1) <{predicate = 1 : i64}> : (i32, i32) -> i1');
  assert.match(r.generic, '"td.maybe"() <{fast}> : () -> ()');
});

test('views read operands, results and properties by name', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, fn('  %2 = td.cmp slt, %arg0, %arg1 : i32\n  td.maybe at %arg2'));
  const ops: Operation[] = [];
  r.module!.walk((op) => void ops.push(op));
  const cmp = Cmp.view(ops.find((o) => Cmp.is(o))!);
  assert.is(cmp.predicate, 'slt');
  assert.is(cmp.lhs.type.toString(), 'i32');
  assert.is(cmp.result.type.toString(), 'i1');
  const maybe = Maybe.match(ops.find((o) => Maybe.is(o))!)!;
  assert.ok(maybe.index);
  assert.is(maybe.fast, false);
  assert.ok(isPure(cmp.op));
  assert.not.ok(isPure(maybe.op));
});

test('verifier messages come from the constraints, in MLIR words', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, 'func.func @f(%a: f32) {\n  %0 = "td.add"(%a, %a) : (f32, f32) -> f32\n  return\n}');
  assert.equal(r.errors, ["2:8: 'td.add' op operand #0 must be signless-integer-like, but got 'f32'"]);
  const r2 = roundTrip(ctx, 'func.func @f(%a: i32) {\n  %0 = "td.add"(%a, %a, %a) : (i32, i32, i32) -> i32\n  return\n}');
  assert.equal(r2.errors, ["2:8: 'td.add' op expected 2 operands, but found 3"]);
  const r3 = roundTrip(ctx, 'func.func @f(%a: i32, %b: i64) {\n  %0 = "td.add"(%a, %b) : (i32, i64) -> i32\n  return\n}');
  assert.equal(r3.errors, ["2:8: 'td.add' op requires the same type for all operands and results"]);
  const r4 = roundTrip(ctx, 'func.func @f(%a: i32, %b: i64) {\n  %0 = "td.cmp"(%a, %b) <{predicate = 0 : i64}> : (i32, i64) -> i1\n  return\n}');
  assert.equal(r4.errors, ["2:8: 'td.cmp' op failed to verify that all of {lhs, rhs} have same type"]);
  const r5 = roundTrip(ctx, 'func.func @f(%a: i32) {\n  %0 = "td.cmp"(%a, %a) : (i32, i32) -> i1\n  return\n}');
  assert.equal(r5.errors, ["2:8: 'td.cmp' op requires attribute 'predicate'"]);
  const r6 = roundTrip(ctx, 'func.func @f(%a: i32) {\n  %0 = "td.cmp"(%a, %a) <{predicate = 7 : i64}> : (i32, i32) -> i1\n  return\n}');
  assert.equal(r6.errors, ["2:8: 'td.cmp' op attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2"]);
});

test('a bad enum keyword is a parse error listing the cases', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, fn('  %2 = td.cmp sgt, %arg0, %arg1 : i32'));
  assert.equal(r.errors, ["2:15: custom op 'td.cmp' expected td::CmpPredicate to be one of: eq, ne, slt"]);
});

test('views are typed from the spec (checked by tsc)', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, fn('  %2 = td.cmp slt, %arg0, %arg1 : i32\n  td.yield %2 : i1\n  td.maybe'));
  const ops: Operation[] = [];
  r.module!.walk((op) => void ops.push(op));
  const cmp = Cmp.view(ops.find((o) => Cmp.is(o))!);
  const predicate: 'eq' | 'ne' | 'slt' = cmp.predicate;
  const lhs: Value = cmp.lhs;
  const result: OpResult = cmp.result;
  const values: Value[] = Yield.view(ops.find((o) => Yield.is(o))!).values;
  const maybe = Maybe.view(ops.find((o) => Maybe.is(o))!);
  const index: Value | undefined = maybe.index;
  const fast: boolean = maybe.fast;
  // @ts-expect-error: not a field of td.cmp
  void cmp.values;
  assert.equal([predicate, lhs === cmp.op.operand(0), result.index, values.length, index, fast], ['slt', true, 0, 1, undefined, false]);
});

test.run();
