// Variadic successors, variadic regions and VariadicOfVariadic operands: typed views, a custom
// directive that writes them, segment checks, and the branch interface that forwards sub-lists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  AnySuccessor,
  AnyType,
  AttrSizedOperandSegments,
  DenseI32ArrayProp,
  SizedRegion,
  Terminator,
  Variadic,
  VariadicOfVariadic,
  VariadicRegion,
  VariadicSuccessor,
  defineDialect,
  defineOp,
  getSuccessorOperands,
  type CustomDirective,
} from '../../../lib/dialect/index.js';
import type { Block, Region, Type, UnresolvedOperand, Value } from '../../../lib/ir/index.js';
import { contextWith, roundTrip } from './harness.js';

// `^a(%x : i32), ^b, ^c(%y, %z : i32, i32)`: one destination list, one operand list per destination.
const destList: CustomDirective = {
  parse(p, { slots }) {
    const dests: Block[] = [];
    const operands: UnresolvedOperand[][] = [];
    const types: Type[][] = [];
    do {
      dests.push(p.parseSuccessor());
      const hasUses = p.parseOptionalPunct('(');
      operands.push(hasUses ? p.parseOperandList() : []);
      types.push(hasUses ? p.parseColonTypeList() : []);
      if (hasUses) p.parsePunct(')');
    } while (p.parseOptionalPunct(','));
    [slots[0].value, slots[1].value, slots[2].value] = [dests, operands, types];
  },
  print(p, _op, [dests, operands]) {
    (dests as readonly Block[]).forEach((b, i) => {
      if (i) p.write(', ');
      p.printSuccessorAndUseList(b, (operands as readonly (readonly Value[])[])[i]);
    });
  },
};

const JumpOp = defineOp({
  name: 'vs.jump',
  operands: { first: Variadic(AnyType), rest: VariadicOfVariadic(AnyType, 'rest_sizes') },
  properties: { rest_sizes: DenseI32ArrayProp },
  successors: { head: AnySuccessor, tail: VariadicSuccessor },
  traits: [AttrSizedOperandSegments, Terminator],
  interfaces: { branch: { successorOperands: { head: 'first', tail: 'rest' } } },
  assemblyFormat: '$head (`(` $first^ `:` type($first) `)`)? `or` custom<DestList>($tail, $rest, type($rest)) attr-dict',
});
const MultiOp = defineOp({ name: 'vs.multi', regions: { first: SizedRegion(1), others: VariadicRegion(SizedRegion(1)) }, assemblyFormat: '$first `and` $others attr-dict' });
const dialect = defineDialect({ name: 'vs', ops: [JumpOp, MultiOp], customDirectives: { DestList: destList } });

const SOURCE = `func.func @f(%a: i32, %b: i32) {
  vs.jump ^bb1(%a : i32) or ^bb2, ^bb3(%a, %b : i32, i32)
^bb1(%x: i32):
  return
^bb2:
  return
^bb3(%y: i32, %z: i32):
  return
}`;

test('a custom directive writes a variadic successor and its VariadicOfVariadic operands', () => {
  const r = roundTrip(contextWith(dialect), SOURCE);
  assert.equal(r.errors, []);
  assert.match(r.printed, 'vs.jump ^bb1(%arg0 : i32) or ^bb2, ^bb3(%arg0, %arg1 : i32, i32)\n');
  assert.match(r.generic, 'operandSegmentSizes = array<i32: 1, 2>, rest_sizes = array<i32: 0, 2>');
});

test('typed views: Block[] for variadic successors, Value[][] for VariadicOfVariadic, Region[] for variadic regions', () => {
  const r = roundTrip(contextWith(dialect), SOURCE);
  let jump = undefined as ReturnType<typeof JumpOp.view> | undefined;
  r.module!.walk((op) => void (jump ??= JumpOp.match(op)));
  const tail: Block[] = jump!.tail;
  const rest: Value[][] = jump!.rest;
  const head: Block = jump!.head;
  assert.is(tail.length, 2);
  assert.equal(rest.map((l) => l.length), [0, 2]);
  assert.is(head, jump!.op.successors[0]);
  const multi = roundTrip(contextWith(dialect), '"vs.multi"() ({\n}, {\n}, {\n}) : () -> ()');
  const view = MultiOp.view(multi.module!.regions[0].entry!.first!);
  const others: Region[] = view.others;
  assert.is(others.length, 2);
});

test('the branch interface forwards the i-th sub-list to the i-th block of a variadic successor', () => {
  const r = roundTrip(contextWith(dialect), SOURCE);
  let jump = undefined as ReturnType<typeof JumpOp.view> | undefined;
  r.module!.walk((op) => void (jump ??= JumpOp.match(op)));
  const op = jump!.op;
  assert.equal(getSuccessorOperands(op, 0), [op.operand(0)]);
  assert.equal(getSuccessorOperands(op, 1), []);
  assert.equal(getSuccessorOperands(op, 2), [op.operand(1), op.operand(2)]);
  assert.is(getSuccessorOperands(op, 3), undefined);
});

test('sub-list sizes must cover the group, and forwarded operands must match the blocks', () => {
  const ctx = () => contextWith(dialect);
  const generic = (sizes: string, ops = '%a, %a, %b', types = 'i32, i32, i32') =>
    roundTrip(ctx(), SOURCE.replace(/ {2}vs\.jump .*/, `  "vs.jump"(${ops}) [^bb1, ^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 2>, rest_sizes = array<i32: ${sizes}>}> : (${types}) -> ()`)).errors;
  assert.equal(generic('0, 2'), []);
  assert.equal(generic('0, 1'), ["2:3: 'vs.jump' op rest count (2) does not match with the total size (1) specified in attribute 'rest_sizes'"]);
  assert.equal(generic('1, 1'), ['2:3: branch has 1 operands for successor #1, but target block has 0']);
});

test('VariadicOfVariadic needs its size property and a custom directive', () => {
  assert.throws(() => defineOp({ name: 'vs.bad', operands: { x: VariadicOfVariadic(AnyType, 'sizes') } }).complete(), /needs a property 'sizes'/);
  assert.throws(
    () => defineOp({ name: 'vs.bad2', operands: { x: VariadicOfVariadic(AnyType, 'sizes') }, properties: { sizes: DenseI32ArrayProp }, assemblyFormat: '$x attr-dict `:` type($x)' }).complete(),
    /can only be written by a custom<...> directive/,
  );
});

test.run();
