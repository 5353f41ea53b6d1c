// Trait checks that live in lib/dialect, segment and region constraints, and the interface
// queries passes use (memory effects, purity, dead ops, call/callable data).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AnyTensor,
  AnyType,
  AnyVector,
  AttrSizedOperandSegments,
  Elementwise,
  I64Prop,
  Index,
  MemRead,
  Optional,
  Pure,
  RecursiveMemoryEffects,
  SameOperandsElementType,
  SameOperandsShape,
  SizedRegion,
  StrProp,
  TerminatedRegion,
  NoTerminator,
  Terminator,
  Variadic,
  defineDialect,
  defineOp,
  getInterface,
  getMemoryEffects,
  isMemoryEffectFree,
  isTriviallyDead,
  lookupOpDef,
  type CallInterface,
} from '../../../lib/dialect/index.js';
import type { Operation } from '../../../lib/ir/index.js';
import { contextWith, roundTrip } from './harness.js';

const ops = [
  defineOp({ name: 'ti.ew', operands: { a: AnyType, b: AnyType }, results: { r: AnyType }, traits: [Elementwise] }),
  defineOp({ name: 'ti.shape', operands: { a: AnyType, b: AnyType }, traits: [SameOperandsShape] }),
  defineOp({ name: 'ti.elt', operands: { a: AnyType, b: AnyType }, traits: [SameOperandsElementType] }),
  defineOp({ name: 'ti.seg', operands: { a: Optional(Index), b: Variadic(Index) }, traits: [AttrSizedOperandSegments] }),
  defineOp({ name: 'ti.region', regions: { body: SizedRegion(1) } }),
  defineOp({ name: 'ti.term', regions: { body: TerminatedRegion(['ti.done'], 1) }, traits: [NoTerminator] }),
  defineOp({ name: 'ti.done', traits: [Terminator] }),
  defineOp({ name: 'ti.other', traits: [Terminator] }),
  defineOp({ name: 'ti.vec', operands: { v: AnyVector, t: Variadic(AnyTensor) } }),
  defineOp({ name: 'ti.read', operands: { p: AnyType }, results: { r: AnyType }, interfaces: { memoryEffects: [MemRead('p')] } }),
  defineOp({ name: 'ti.pure', results: { r: Index }, traits: [Pure] }),
  defineOp({ name: 'ti.props', properties: { n: I64Prop }, attributes: { tag: StrProp } }),
  defineOp({ name: 'ti.wrap', regions: { body: SizedRegion(1) }, traits: [RecursiveMemoryEffects] }),
  defineOp({
    name: 'ti.call',
    operands: { args: Variadic(AnyType) },
    interfaces: { call: { callee: (op: Operation) => op.getAttr('callee')!, args: (op: Operation) => op.operands } },
  }),
];
const dialect = defineDialect({ name: 'ti', ops });

function errors(body: string, args = '%a: tensor<4xf32>, %b: tensor<8xf32>, %c: tensor<4xi32>, %i: index'): string[] {
  return roundTrip(contextWith(dialect), `func.func @f(${args}) {\n${body}\n  return\n}`).errors;
}

test('Elementwise: shapes of non-scalar operands and results agree', () => {
  assert.equal(errors('  %0 = "ti.ew"(%a, %b) : (tensor<4xf32>, tensor<8xf32>) -> tensor<4xf32>'), [
    "2:8: 'ti.ew' op all non-scalar operands/results must have the same shape and base type",
  ]);
  assert.equal(errors('  %0 = "ti.ew"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> f32'), [
    "2:8: 'ti.ew' op if an operand is non-scalar, then there must be at least one non-scalar result",
  ]);
  assert.equal(errors('  %0 = "ti.ew"(%a, %c) : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>'), []);
});

test('Elementwise after a scalar op of the kind still sees a non-scalar operand', () => {
  const scalar = '  %0 = "ti.ew"(%i, %i) : (index, index) -> index';
  assert.equal(errors(`${scalar}\n  %1 = "ti.ew"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> index`), [
    "3:8: 'ti.ew' op if an operand is non-scalar, then there must be at least one non-scalar result",
  ]);
});

test('property and attribute constraints are checked for each op, after ops of the kind that passed', () => {
  // The check skips the dictionaries of the last op that passed: a change in either is seen.
  const good = '  "ti.props"() <{n = 1 : i64}> {tag = "t"} : () -> ()';
  assert.equal(errors(`${good}\n${good}`), []);
  assert.equal(errors(`${good}\n  "ti.props"() <{n = 1 : i32}> {tag = "t"} : () -> ()`), [
    "3:3: 'ti.props' op attribute 'n' failed to satisfy constraint: 64-bit signless integer attribute",
  ]);
  assert.equal(errors(`${good}\n  "ti.props"() <{n = 1 : i64}> {tag = 2 : i64} : () -> ()`), [
    "3:3: 'ti.props' op attribute 'tag' failed to satisfy constraint: string attribute",
  ]);
});

test('SameOperandsShape and SameOperandsElementType', () => {
  assert.equal(errors('  "ti.shape"(%a, %b) : (tensor<4xf32>, tensor<8xf32>) -> ()'), ["2:3: 'ti.shape' op requires the same shape for all operands"]);
  assert.equal(errors('  "ti.elt"(%a, %c) : (tensor<4xf32>, tensor<4xi32>) -> ()'), ["2:3: 'ti.elt' op requires the same element type for all operands"]);
});

test('operand segments are checked against the operands', () => {
  assert.equal(errors('  "ti.seg"(%i, %i) <{operandSegmentSizes = array<i32: 1, 1>}> : (index, index) -> ()'), []);
  assert.equal(errors('  "ti.seg"(%i, %i) <{operandSegmentSizes = array<i32: 1, 2>}> : (index, index) -> ()'), [
    "2:3: 'ti.seg' op operand count (2) does not match with the total size (3) specified in attribute 'operandSegmentSizes'",
  ]);
  assert.equal(errors('  "ti.seg"(%i, %i) <{operandSegmentSizes = array<i32: 2, 0>}> : (index, index) -> ()'), [
    "2:3: 'ti.seg' op operand group starting at #0 requires 0 or 1 element, but found 2",
  ]);
  assert.equal(errors('  "ti.seg"(%i) : (index) -> ()'), ["2:3: 'ti.seg' op requires attribute 'operandSegmentSizes'"]);
});

test('region and variadic operand constraints', () => {
  assert.equal(errors('  "ti.region"() ({}) : () -> ()'), ["2:3: 'ti.region' op region #0 ('body') failed to verify constraint: region with 1 blocks"]);
  assert.equal(errors('  "ti.vec"(%a) : (tensor<4xf32>) -> ()'), ["2:3: 'ti.vec' op operand #0 must be vector of any type values, but got 'tensor<4xf32>'"]);
  assert.equal(errors('  "ti.vec"(%v, %a, %i) : (vector<2xf32>, tensor<4xf32>, index) -> ()', '%a: tensor<4xf32>, %i: index, %v: vector<2xf32>'), [
    "2:3: 'ti.vec' op operand #2 must be variadic of tensor of any type values, but got 'index'",
  ]);
});

test('terminator kinds of a region', () => {
  assert.equal(errors('  "ti.term"() ({\n    "ti.done"() : () -> ()\n  }) : () -> ()'), []);
  assert.equal(errors('  "ti.term"() ({\n    "ti.other"() : () -> ()\n  }) : () -> ()'), [
    "2:3: 'ti.term' op region #0 ('body') failed to verify constraint: region with 1 blocks ending in 'ti.done'",
  ]);
});

test('memory effects, purity and dead ops', () => {
  const r = roundTrip(
    contextWith(dialect),
    'func.func @f(%a: index) {\n  %0 = "ti.read"(%a) : (index) -> index\n  %1 = "ti.pure"() : () -> index\n  "ti.wrap"() ({\n    %2 = "ti.pure"() : () -> index\n    "ti.call"(%2) {callee = @g} : (index) -> ()\n  }) : () -> ()\n  return\n}',
  );
  const found = new Map<string, Operation>();
  r.module!.walk((op) => void found.set(op.name.name, op));
  const read = found.get('ti.read')!;
  assert.equal(getMemoryEffects(read)!.map((e) => [e.kind, e.value === read.operand(0), e.resource]), [['read', true, 'DefaultResource']]);
  assert.ok(isTriviallyDead(read));
  assert.ok(isMemoryEffectFree(found.get('ti.pure')!));
  assert.is(getMemoryEffects(found.get('ti.wrap')!), undefined);
  const call = getInterface<CallInterface>(found.get('ti.call')!, 'call')!;
  assert.is(call.callee(found.get('ti.call')!).toString(), '@g');
  assert.ok(found.get('ti.call')!.hasTrait('CallOpInterface'));
  assert.is(lookupOpDef(found.get('ti.call')!)?.name, 'ti.call');
  assert.is(lookupOpDef(found.get('func.return')!), undefined);
});

test.run();
