// The directives of the declarative assembly format, each round-tripped through lib/parse and
// lib/print: else groups, functional-type, operands, prop-dict, defaults, custom directives,
// implicit terminators, symbols, successors, dense arrays, types as properties.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FunctionType, SymbolRefAttr, Type, Value } from '../../../lib/ir/index.js';
import {
  AnySuccessor,
  AttrSizedResultSegments,
  FlatSymbolRefProp,
  AnyFunctionType,
  TypeFrom,
  AnyType,
  DenseI64ArrayProp,
  I32,
  I64Prop,
  Index,
  Optional,
  SingleBlockImplicitTerminator,
  SizedRegion,
  StrEnumProp,
  StrProp,
  SymbolNameProp,
  Terminator,
  TypeProp,
  Variadic,
  VariadicSuccessor,
  IsolatedFromAbove,
  NoTerminator,
  defineDialect,
  defineOp,
  populateDefaultProperties,
  type CustomDirective,
} from '../../../lib/dialect/index.js';
import { contextWith, roundTrip } from './harness.js';
import { definePattern } from '../../../lib/rewrite/pattern.js';
import { canonicalizationPatternsOf, foldOp } from '../../../lib/rewrite/op-hooks.js';

const Else = defineOp({ name: 'tf.else', operands: { x: Optional(Index) }, assemblyFormat: '(`some` $x^) : (`none`)? attr-dict' });
const Call = defineOp({
  name: 'tf.call',
  operands: { args: Variadic(AnyType) },
  results: { res: Variadic(AnyType) },
  assemblyFormat: '$args attr-dict `:` functional-type($args, results)',
});
const All = defineOp({ name: 'tf.all', operands: { a: AnyType, rest: Variadic(AnyType) }, assemblyFormat: 'operands attr-dict `:` type(operands)' });
const PropDict = defineOp({
  name: 'tf.pd',
  operands: { x: AnyType },
  properties: { n: I64Prop, mode: StrEnumProp('tf::Mode', ['fast', 'slow']).withDefault('slow') },
  assemblyFormat: '$x prop-dict attr-dict `:` type($x)',
});
const Defaults = defineOp({
  name: 'tf.defaults',
  properties: { level: I64Prop.withDefault(2), note: StrProp.optional() },
  assemblyFormat: 'attr-dict',
});
/** A hand-written parse hook that pushes no properties: the parser adds the defaults it left out. */
const HandDefaults = defineOp({
  name: 'tf.hand_defaults',
  properties: { level: I64Prop.withDefault(2) },
  parse: (p, state) => void state.attributes.push(...p.parseOptionalAttrDict()),
  print: () => {},
});
const pair: CustomDirective = {
  parse(p, args) {
    p.parsePunct('[');
    args.slots[0].value = p.parseOperand();
    p.parsePunct('|');
    args.slots[1].value = p.parseOperand();
    p.parsePunct(']');
  },
  print(p, _op, args) {
    p.write('[');
    p.printOperand(args[0] as Value);
    p.write(' | ');
    p.printOperand(args[1] as Value);
    p.write(']');
  },
};
const Custom = defineOp({ name: 'tf.pair', operands: { a: I32, b: I32 }, assemblyFormat: 'custom<Pair>($a, $b) attr-dict' });
const Scope = defineOp({
  name: 'tf.scope',
  regions: { body: SizedRegion(1) },
  traits: [SingleBlockImplicitTerminator('tf.end')],
  assemblyFormat: '$body attr-dict',
});
const End = defineOp({ name: 'tf.end', operands: { values: Variadic(AnyType) }, traits: [Terminator], assemblyFormat: 'attr-dict ($values^ `:` type($values))?' });
const Sym = defineOp({ name: 'tf.sym', properties: { sym_name: SymbolNameProp }, assemblyFormat: '$sym_name attr-dict' });
const Switch = defineOp({
  name: 'tf.switch',
  operands: { flag: Index },
  successors: { default: AnySuccessor, cases: VariadicSuccessor },
  traits: [Terminator],
  assemblyFormat: '$flag `,` $default `,` `[` $cases `]` attr-dict',
});
const Perm = defineOp({
  name: 'tf.perm',
  operands: { x: AnyType },
  results: { r: AnyType },
  properties: { permutation: DenseI64ArrayProp, to: TypeProp() },
  assemblyFormat: '$x $permutation `to` $to attr-dict `:` type($x) `->` type($r)',
});
const Iso = defineOp({
  name: 'tf.iso',
  regions: { body: SizedRegion(1) },
  traits: [IsolatedFromAbove, NoTerminator],
  assemblyFormat: 'attr-dict-with-keyword $body',
});
const Tight = defineOp({ name: 'tf.tight', operands: { x: Index }, assemblyFormat: '`(` $x `)` `<` `>` `:` `{` `}` `` `->` attr-dict' });
const identPattern = definePattern({ name: 'tf-ident', root: 'tf.ident', matchAndRewrite: () => false });
const Fold = defineOp(
  {
    name: 'tf.ident',
    operands: { x: I32 },
    results: { r: I32 },
    assemblyFormat: '$x attr-dict',
    canonicalize: [identPattern],
  },
  {
    fold: (v) => v.x,
    verify(v) {
      if (v.op.getAttr('bad')) {
        v.op.emitOpError("must not carry 'bad'");
        return false;
      }
      return true;
    },
  },
);

const fnType = (t: Type) => t as FunctionType;
const CallIndirect = defineOp({
  name: 'tf.call_indirect',
  operands: {
    callee: AnyFunctionType,
    callee_operands: Variadic(TypeFrom('callee', (t) => fnType(t).inputs, 'callee input types match argument types')),
  },
  results: { results: Variadic(TypeFrom('callee', (t) => fnType(t).results, 'callee result types match result types')) },
  assemblyFormat: '$callee `(` $callee_operands `)` attr-dict `:` type($callee)',
});

const Use = defineOp(
  { name: 'tf.use', properties: { callee: FlatSymbolRefProp }, assemblyFormat: '$callee attr-dict' },
  {
    verifySymbolUses(v, lookup) {
      if (lookup(v.op, v.op.getAttr('callee') as SymbolRefAttr)) return true;
      v.op.emitOpError(`'@${v.callee}' does not reference a valid function`);
      return false;
    },
  },
);

const TwoResults = defineOp({
  name: 'tf.two',
  results: { first: Variadic(AnyType), second: Variadic(AnyType) },
  traits: [AttrSizedResultSegments],
  assemblyFormat: 'attr-dict `:` `(` type($first) `)` `(` type($second) `)`',
});

const dialect = defineDialect({
  name: 'tf',
  ops: [Else, Call, All, PropDict, Defaults, Custom, Scope, End, Sym, Switch, Perm, Iso, Tight, Fold, CallIndirect, Use, TwoResults, HandDefaults],
  customDirectives: { Pair: pair },
});

function inFunc(body: string): string {
  return `func.func @f(%arg0: i32, %arg1: index, %arg2: i64) {\n${body}\n  return\n}`;
}

function same(body: string): void {
  const r = roundTrip(contextWith(dialect), inFunc(body));
  assert.equal(r.errors, []);
  assert.ok(r.verified);
  assert.fixture(r.printed, inFunc(body));
}

test('else groups', () => same('  tf.else some %arg1\n  tf.else none'));
// An empty variadic still gets its leading space, as in MLIR's generated printers.
test('functional-type with variadic operands and results', () => same('  %0:2 = tf.call %arg0, %arg2 : (i32, i64) -> (i64, i32)\n  tf.call  : () -> ()'));
test('operands and type(operands)', () => same('  tf.all %arg0, %arg1, %arg2 : i32, index, i64'));
test('prop-dict, with defaults elided', () => same('  tf.pd %arg0 <{n = 3 : i64}> : i32\n  tf.pd %arg0 <{mode = "fast", n = 3 : i64}> : i32'));
test('default-valued properties are elided from attr-dict, others printed', () => same('  tf.defaults\n  tf.defaults {level = 3 : i64, note = "x"}'));
test('custom directives registered on the dialect', () => same('  tf.pair [%arg0 | %arg0]'));
test('an op completed before its dialect binds the custom directives still calls them', () => {
  const Early = defineOp({ name: 'te.pair', operands: { a: I32, b: I32 }, assemblyFormat: 'custom<Pair>($a, $b) attr-dict' });
  Early.complete();
  const early = defineDialect({ name: 'te', ops: [Early], customDirectives: { Pair: pair } });
  const body = '  te.pair [%arg0 | %arg0]';
  const r = roundTrip(contextWith(early), inFunc(body));
  assert.equal(r.errors, []);
  assert.fixture(r.printed, inFunc(body));
});
test('implicit terminators are left out and put back', () => {
  same('  tf.scope {\n    tf.else none\n  }');
  same('  tf.scope {\n    tf.end %arg0 : i32\n  }');
  const r = roundTrip(contextWith(dialect), inFunc('  tf.scope {\n  }'));
  assert.match(r.generic, '"tf.end"() : () -> ()');
});
test('symbol names', () => same('  tf.sym @thing'));
test('a successor and a variadic successor list', () => {
  const src = 'func.func @g(%arg0: index) {\n  tf.switch %arg0, ^bb1, [^bb1, ^bb2]\n^bb1:  // 2 preds: ^bb0, ^bb0\n  return\n^bb2:  // pred: ^bb0\n  return\n}';
  const r = roundTrip(contextWith(dialect), src);
  assert.equal(r.errors, []);
  assert.fixture(r.printed, src);
});
test('dense arrays and types as properties, keyword and arrow literals', () => same('  %0 = tf.perm %arg0 [1, 0] to f32 : i32 -> i64'));
test('attr-dict-with-keyword before a region', () => same('  tf.iso attributes {x} {\n    tf.else none\n  }'));
test('punctuation spacing follows MLIR: none after ( < {, none before ) > }, `` glues', () => same('  tf.tight(%arg1) <> : {}->'));

test('a variadic group whose types all come from another value (TypesMatchWith with a list)', () => {
  const src = 'func.func @g(%arg0: (i32, index) -> (i64, i1), %arg1: i32, %arg2: index) {\n  %0:2 = tf.call_indirect %arg0(%arg1, %arg2) : (i32, index) -> (i64, i1)\n  return\n}';
  const r = roundTrip(contextWith(dialect), src);
  assert.equal(r.errors, []);
  assert.fixture(r.printed, src);
  const bad = roundTrip(contextWith(dialect), src.replace('%0:2 = tf.call_indirect %arg0(%arg1, %arg2) : (i32, index) -> (i64, i1)', '%0 = "tf.call_indirect"(%arg0, %arg1, %arg1) : ((i32, index) -> (i64, i1), i32, i32) -> i64'));
  assert.equal(bad.errors, ["2:8: 'tf.call_indirect' op failed to verify that callee input types match argument types"]);
});

test('symbol uses are checked through the hook, by the symbol table verifier', () => {
  same('  tf.use @f');
  const r = roundTrip(contextWith(dialect), inFunc('  tf.use @nope'));
  assert.equal(r.errors, ["2:3: 'tf.use' op '@nope' does not reference a valid function"]);
});

test('result segments: two variadic result groups', () => {
  same('  %0:3 = tf.two : (i32) (i64, f32)');
  const r = roundTrip(contextWith(dialect), inFunc('  %0:3 = tf.two : (i32) (i64, f32)'));
  assert.match(r.generic, '<{resultSegmentSizes = array<i32: 1, 2>}>');
  const op = r.module!.regions[0].entry!.first!.regions[0].entry!.first!;
  assert.equal(TwoResults.view(op).second.map((v) => v.type.toString()), ['i64', 'f32']);
});

test('fold, verify and canonicalize hooks are carried on the definition', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, inFunc('  %0 = tf.ident %arg0'));
  const op = r.module!.regions[0].entry!.first!.regions[0].entry!.first!;
  assert.is(Fold.fold!(op, [undefined]), op.operand(0));
  assert.equal(Fold.canonicalize, [identPattern]);
  // The rewriter sees both without a second registration.
  assert.equal(foldOp(op), [op.operand(0)]);
  assert.equal(canonicalizationPatternsOf(op.name), [identPattern]);
  const bad = roundTrip(ctx, inFunc('  %0 = tf.ident %arg0 {bad}'));
  assert.equal(bad.errors, ["2:8: 'tf.ident' op must not carry 'bad'"]);
});

test('the generic-form parser fills in defaulted properties, as MLIR does', () => {
  const r = roundTrip(contextWith(dialect), inFunc('  "tf.defaults"() : () -> ()'));
  const op = r.module!.regions[0].entry!.first!.regions[0].entry!.first!;
  assert.is(op.getProp('level')!.toString(), '2 : i64');
  assert.is(Defaults.view(op).level, 2);
  op.setProp('level', undefined);
  populateDefaultProperties(op);
  assert.is(op.getProp('level')!.toString(), '2 : i64');
});

test('custom forms get their defaulted properties: from the format, or from the parser after a hand-written hook', () => {
  const r = roundTrip(contextWith(dialect), inFunc('  tf.defaults\n  tf.hand_defaults'));
  assert.equal(r.errors, []);
  const [format, hand] = r.module!.regions[0].entry!.first!.regions[0].entry!.operations;
  assert.is(format.getProp('level')!.toString(), '2 : i64');
  assert.is(hand.getProp('level')!.toString(), '2 : i64');
});

test('defaults are filled in after an op of the kind that lacked none', () => {
  // The populator skips a properties dictionary it saw complete: ops after it still get theirs.
  const r = roundTrip(
    contextWith(dialect),
    inFunc('  "tf.defaults"() <{level = 5 : i64}> : () -> ()\n  "tf.defaults"() : () -> ()\n  "tf.defaults"() <{note = "n"}> : () -> ()'),
  );
  const ops = r.module!.regions[0].entry!.first!.regions[0].entry!.operations;
  assert.equal(
    ops.slice(0, 3).map((op) => op.properties.toString()),
    ['{level = 5 : i64}', '{level = 2 : i64}', '{level = 2 : i64, note = "n"}'],
  );
});

test('property constraints in the generic form', () => {
  const ctx = contextWith(dialect);
  const r = roundTrip(ctx, inFunc('  "tf.pd"(%arg0) <{n = 1 : i32}> : (i32) -> ()'));
  assert.equal(r.errors, ["2:3: 'tf.pd' op attribute 'n' failed to satisfy constraint: 64-bit signless integer attribute"]);
  const r2 = roundTrip(ctx, inFunc('  "tf.pd"(%arg0) <{n = 1, mode = "medium"}> : (i32) -> ()'));
  assert.equal(r2.errors, ["2:3: 'tf.pd' op attribute 'mode' failed to satisfy constraint: allowed string cases: 'fast', 'slow'"]);
});

test.run();
