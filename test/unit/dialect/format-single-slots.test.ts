// Ops whose operand and result slots are all single read each slot's one type as the format
// plan says (singleSlotTypes), without typesOf's lists; a slot whose type is missing, or whose
// transform gives a list, is left to the general path and its messages.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AnyType, I64, SameTypeAs, TypeFrom, Variadic, defineDialect, defineOp } from '../../../lib/dialect/index.js';
import { checkFormat } from '../../../lib/dialect/format/check.js';
import { parseFormat } from '../../../lib/dialect/format/parse-format.js';
import { PropLayout, PState } from '../../../lib/dialect/format/parse-state.js';
import { singleSlotTypes } from '../../../lib/dialect/format/parse-types.js';
import { IntegerType, type MLIRContext, type Type } from '../../../lib/ir/index.js';
import { contextWith, roundTrip } from './harness.js';

const Same = defineOp({
  name: 'ss.same',
  operands: { x: AnyType, y: SameTypeAs('x') },
  results: { r: SameTypeAs('x') },
  assemblyFormat: '$x `,` $y attr-dict `:` type($r)',
});
/** The result is built (i64) whatever the operand. */
const Built = defineOp({
  name: 'ss.built',
  operands: { x: AnyType },
  results: { r: I64 },
  assemblyFormat: '$x attr-dict `:` type($x)',
});
/** A transform that gives a list, for a single slot: left to typesOf. */
const Listed = defineOp({
  name: 'ss.listed',
  operands: { x: AnyType },
  results: { r: TypeFrom('x', (t) => [t], 'result type is the operand type') },
  assemblyFormat: '$x attr-dict `:` type($x)',
});
const Many = defineOp({
  name: 'ss.many',
  operands: { xs: Variadic(AnyType) },
  assemblyFormat: '$xs attr-dict `:` type($xs)',
});
/** `functional-type` writes whole lists into single slots: a list of another length is an error. */
const Fn = defineOp({
  name: 'ss.fn',
  operands: { x: AnyType },
  results: { r: AnyType },
  assemblyFormat: '$x attr-dict `:` functional-type($x, $r)',
});
const dialect = defineDialect({ name: 'ss', ops: [Same, Built, Listed, Many, Fn] });

type SingleSlotOp = typeof Same | typeof Built | typeof Listed | typeof Many | typeof Fn;

function planOf(def: SingleSlotOp) {
  const format = def.spec.assemblyFormat!;
  return checkFormat(parseFormat(format, def.model), def.model);
}

/** The single-slot type readers of `def` (which must have them), and an empty parse state for them. */
function readersOf(def: SingleSlotOp, ctx: MLIRContext) {
  const plan = planOf(def);
  const types = singleSlotTypes(def.model, plan);
  assert.ok(types, def.name);
  return { types, state: new PState(def.model, new PropLayout(def.model, plan.elements), ctx) };
}

test('single slots read their types from the written slot, a built type, or a transform', () => {
  const ctx = contextWith(dialect);
  const i32 = IntegerType.get(ctx, 32);
  const { types: same, state: s } = readersOf(Same, ctx);
  // Nothing written yet: every slot's type is missing, for the general path to report.
  assert.is(same.operands[0](s), undefined);
  s.resultTypes[0] = [i32];
  assert.equal([same.operands[0](s), same.operands[1](s), same.results[0](s)], [i32, i32, i32]);

  const { types: built, state: b } = readersOf(Built, ctx);
  assert.is(built.results[0](b), IntegerType.get(ctx, 64) as Type);

  const { types: listed, state: l } = readersOf(Listed, ctx);
  l.operandTypes[0] = [i32];
  assert.is(listed.operands[0](l), i32);
  assert.is(listed.results[0](l), undefined);
});

test('variadic slots take the general path', () => {
  assert.is(singleSlotTypes(Many.model, planOf(Many)), null);
});

test('ops of single slots parse as before, including those the general path finishes', () => {
  const r = roundTrip(
    contextWith(dialect),
    'func.func @f(%a: i32, %b: i32) {\n  %0 = ss.same %a, %b : i32\n  %1 = ss.built %0 : i32\n  %2 = ss.listed %1 : i64\n  return\n}',
  );
  assert.equal(r.errors, []);
  assert.ok(r.generic.includes('"ss.same"(%arg0, %arg1) : (i32, i32) -> i32'), r.generic);
  assert.ok(r.generic.includes('"ss.built"(%0) : (i32) -> i64'), r.generic);
  assert.ok(r.generic.includes('"ss.listed"(%1) : (i64) -> i64'), r.generic);
  const bad = roundTrip(contextWith(dialect), 'func.func @f(%a: i32, %b: i64) {\n  %0 = ss.same %a, %b : i32\n  return\n}');
  assert.equal(bad.errors, ["2:20: use of value '%b' expects different type than prior uses: 'i32' vs 'i64'", '1:23: prior use here']);
});

test('a functional type with more types than single slots is reported, not cut to fit', () => {
  const ctx = contextWith(dialect);
  const fn = (body: string) => roundTrip(ctx, `func.func @f(%a: i32) {\n  ${body}\n  return\n}`);
  assert.equal(fn('%0 = ss.fn %a : (i32) -> i32').errors, []);
  assert.equal(fn('%0 = ss.fn %a : (i32, i64) -> i32').errors, ["2:14: custom op 'ss.fn' number of operands and types do not match: got 1 operands and 2 types"]);
  assert.equal(fn('%0 = ss.fn %a : (i32) -> (i32, i64)').errors, ['2:3: operation defines 2 results but was provided 1 to bind']);
});

test.run();
