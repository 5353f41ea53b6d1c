// The arith and math op definitions as an API: typed views, builders, purity, result names and
// the constant materialiser the folder uses.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { AddIOp, CmpIOp, ConstantOp, SelectOp, TruncFOp, materializeArithConstant } from '../../../../dialects/arith/index.js';
import { FmaOp } from '../../../../dialects/math/index.js';
import { Builder, FloatAttr, FloatType, IntegerAttr, IntegerType, StringAttr, type Operation } from '../../../../lib/ir/index.js';
import { isPure } from '../../../../lib/dialect/index.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { printOperation } from '../../../../lib/print/index.js';

function parse(body: string, args: string): { ops: Operation[]; text: string } {
  const ctx = createContext();
  const module = parseSourceString(`func.func @f(${args}) {\n${body}\n  return\n}`, { context: ctx, filename: 't.mlir' })!;
  const ops: Operation[] = [];
  module.walk((op: Operation) => void ops.push(op));
  return { ops, text: printOperation(module) };
}

test('views read operands and decoded properties', () => {
  const { ops } = parse('  %0 = arith.cmpi ule, %a, %b : i32\n  %1 = arith.addi %a, %b overflow<nsw> : i32\n  %2 = arith.truncf %x upward : f64 to f32', '%a: i32, %b: i32, %x: f64');
  const cmp = ops.find((o) => CmpIOp.is(o))!;
  assert.is(CmpIOp.view(cmp).predicate, 'ule');
  assert.is(CmpIOp.view(cmp).rhs, cmp.operand(1));
  assert.is(AddIOp.view(ops.find((o) => AddIOp.is(o))!).overflowFlags, 'nsw');
  assert.is(TruncFOp.view(ops.find((o) => TruncFOp.is(o))!).roundingmode, 'upward');
  assert.ok(isPure(cmp));
});

test('result names follow MLIR: %c0, %c1_i32, %true, %cst', () => {
  const { text } = parse('  %0 = arith.constant 0 : index\n  %1 = arith.constant 1 : i32\n  %2 = arith.constant true\n  %3 = arith.constant 1.0 : f32\n  %4 = arith.constant -3 : i8', '');
  for (const name of ['%c0 =', '%c1_i32 =', '%true =', '%cst =', '%c-3_i8 =']) assert.ok(text.includes(name), `${name} in\n${text}`);
});

test('builders infer result types: cmpi gives i1 of the operand shape; select and fma their operand type', () => {
  const { ops } = parse('  %0 = arith.constant 1.0 : f32', '%a: vector<4xi32>, %c: i1, %x: f32');
  const fn = ops.find((o) => o.name.name === 'func.func')!;
  const [a, c, x] = fn.regions[0].blocks[0].arguments;
  const loc = fn.location;
  assert.is(String(CmpIOp.create(loc, { operands: { lhs: a, rhs: a }, properties: { predicate: 'eq' } }).result(0).type), 'vector<4xi1>');
  assert.is(String(SelectOp.create(loc, { operands: { condition: c, true_value: x, false_value: x }, resultTypes: [x.type] }).result(0).type), 'f32');
  assert.is(String(FmaOp.create(loc, { operands: { a: x, b: x, c: x } }).result(0).type), 'f32');
});

test('the materialiser builds arith.constant for typed values of the requested type only', () => {
  const ctx = createContext();
  const b = new Builder(ctx);
  const i32 = IntegerType.get(ctx, 32);
  const f32 = FloatType.get(ctx, 'f32');
  const loc = parse('', '').ops[0].location;
  const c = materializeArithConstant(b, IntegerAttr.get(i32, 7), i32, loc);
  assert.ok(c && ConstantOp.is(c));
  assert.is(materializeArithConstant(b, IntegerAttr.get(i32, 7), f32, loc), undefined);
  assert.is(materializeArithConstant(b, StringAttr.get(ctx, 'x'), i32, loc), undefined);
  assert.ok(materializeArithConstant(b, FloatAttr.get(f32, 0.5), f32, loc));
});

test.run();
