// The comparison, logical and where ops: interpreter values (broadcasting, NaN, integers), the
// convert-graph-to-tensor lowering checked in the interpreter on random inputs, verifier messages.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eval1 } from './harness.js';
import { assertLoweringPreserves } from './to-tensor-harness.js';
import { parse } from './harness.js';

const pair = `
  %a = graph.constant dense<[1.0, 2.0, 0x7FC00000, 4.0]> : tensor<4xf32>
  %b = graph.constant dense<[[2.0], [1.0]]> : tensor<2x1xf32>`;

test('comparisons broadcast, give i1, and are false with a NaN', () => {
  const cmp = (op: string) => eval1(`${pair}\n  %r = graph.${op} %a, %b : tensor<4xf32>, tensor<2x1xf32>`, 'tensor<2x4xi1>');
  assert.equal(cmp('equal').values, [0, 1, 0, 0, 1, 0, 0, 0]);
  assert.equal(cmp('less').values, [1, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal(cmp('greater').values, [0, 0, 0, 1, 0, 1, 0, 1]);
  assert.equal(cmp('less_equal').values, [1, 1, 0, 0, 1, 0, 0, 0]);
  assert.equal(cmp('greater_equal').values, [0, 1, 0, 1, 1, 1, 0, 1]);
  assert.equal(cmp('less').shape, [2, 4]);
});

test('integer comparisons are signed', () => {
  const r = eval1(`
  %a = graph.constant dense<[-3, 0, 7]> : tensor<3xi64>
  %b = graph.constant dense<2> : tensor<i64>
  %r = graph.less %a, %b : tensor<3xi64>, tensor<i64>`, 'tensor<3xi1>');
  assert.equal(r.values, [1, 1, 0]);
});

test('not, and, or, xor; where broadcasts condition and both values', () => {
  const bools = `
  %p = graph.constant dense<[true, false, true, false]> : tensor<4xi1>
  %q = graph.constant dense<[true, true, false, false]> : tensor<4xi1>`;
  const logic = (op: string) => eval1(`${bools}\n  %r = graph.${op} %p, %q : tensor<4xi1>, tensor<4xi1>`, 'tensor<4xi1>').values;
  assert.equal(logic('and'), [1, 0, 0, 0]);
  assert.equal(logic('or'), [1, 1, 1, 0]);
  assert.equal(logic('xor'), [0, 1, 1, 0]);
  assert.equal(eval1(`${bools}\n  %r = graph.not %p : tensor<4xi1>`, 'tensor<4xi1>').values, [0, 1, 0, 1]);
  const w = eval1(`
  %c = graph.constant dense<[[true], [false]]> : tensor<2x1xi1>
  %x = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = graph.constant dense<-1.0> : tensor<f32>
  %r = graph.where %c, %x, %y : tensor<2x1xi1>, tensor<3xf32>, tensor<f32>`, 'tensor<2x3xf32>');
  assert.equal(w.values, [1, 2, 3, -1, -1, -1]);
});

test('the lowering computes what the ops do (random inputs, broadcasting)', () => {
  const fn = (args: string, body: string, type: string) => `func.func @main(${args}) -> ${type} {\n${body}\n  return %r : ${type}\n}`;
  for (const op of ['equal', 'less', 'greater', 'less_equal', 'greater_equal']) {
    assertLoweringPreserves(fn('%a: tensor<2x3xf32>, %b: tensor<3xf32>', `  %r = graph.${op} %a, %b : tensor<2x3xf32>, tensor<3xf32>`, 'tensor<2x3xi1>'), [0, 1]);
    assertLoweringPreserves(fn('%a: tensor<4xi32>, %b: tensor<1xi32>', `  %r = graph.${op} %a, %b : tensor<4xi32>, tensor<1xi32>`, 'tensor<4xi1>'), [0, 1]);
  }
  for (const op of ['and', 'or', 'xor']) {
    assertLoweringPreserves(fn('%a: tensor<2x3xi1>, %b: tensor<2x1xi1>', `  %r = graph.${op} %a, %b : tensor<2x3xi1>, tensor<2x1xi1>`, 'tensor<2x3xi1>'), [0, 1]);
  }
  assertLoweringPreserves(fn('%a: tensor<5xi1>', '  %r = graph.not %a : tensor<5xi1>', 'tensor<5xi1>'), [0, 1]);
  assertLoweringPreserves(
    fn('%c: tensor<2x1xi1>, %a: tensor<3xf32>, %b: tensor<2x3xf32>', '  %r = graph.where %c, %a, %b : tensor<2x1xi1>, tensor<3xf32>, tensor<2x3xf32>', 'tensor<2x3xf32>'),
    [0, 1, 2],
  );
  // A comparison feeding a where: the i1 tensor between two TEs.
  assertLoweringPreserves(
    fn('%a: tensor<4xf32>, %b: tensor<4xf32>', '  %c = graph.greater %a, %b : tensor<4xf32>, tensor<4xf32>\n  %r = graph.where %c, %a, %b : tensor<4xi1>, tensor<4xf32>, tensor<4xf32>', 'tensor<4xf32>'),
  );
});

test('item reads the one element of a tensor as the scalar an scf.if takes', () => {
  const r = eval1(`
  %a = graph.constant dense<[3.0]> : tensor<1xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %c = graph.greater %a, %b : tensor<1xf32>, tensor<f32>
  %i = graph.item %c : tensor<1xi1>
  %r = scf.if %i -> (tensor<1xf32>) {
    scf.yield %a : tensor<1xf32>
  } else {
    %n = graph.neg %a : tensor<1xf32>
    scf.yield %n : tensor<1xf32>
  }`, 'tensor<1xf32>');
  assert.equal(r.values, [3]);
});

test('item lowers to tensor.extract, so a dynamic scf.if on a comparison lowers with its branches', () => {
  const after = assertLoweringPreserves(`func.func @main(%a: tensor<2x3xf32>, %b: tensor<1x1xf32>) -> tensor<2x3xf32> {
  %z = graph.constant dense<0.0> : tensor<1x1xf32>
  %c = graph.greater %b, %z : tensor<1x1xf32>, tensor<1x1xf32>
  %i = graph.item %c : tensor<1x1xi1>
  %r = scf.if %i -> (tensor<2x3xf32>) {
    %e = graph.exp %a : tensor<2x3xf32>
    scf.yield %e : tensor<2x3xf32>
  } else {
    %n = graph.neg %a : tensor<2x3xf32>
    scf.yield %n : tensor<2x3xf32>
  }
  return %r : tensor<2x3xf32>
}`, [0, 1, 2, 3, 4, 5]);
  const extracts: string[] = [];
  after.walk((op) => void (op.name.name === 'tensor.extract' && extracts.push(op.operand(1).definingOp!.name.name)));
  assert.equal(extracts, ['arith.constant']);
});

test('the verifier names the operand that does not fit', () => {
  const error = (body: string) => {
    try {
      parse(`func.func @f(%a: tensor<3xf32>, %b: tensor<3xi32>, %c: tensor<3xf32>, %d: tensor<2xf32>) {\n${body}\n  return\n}`);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  assert.match(error('  %r = graph.less %a, %b : tensor<3xf32>, tensor<3xi32>'), "rhs has element type 'i32', but lhs has 'f32'");
  assert.match(error('  %r = graph.where %a, %a, %a : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>'), "operand #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<3xf32>'");
  assert.match(error('  %r = graph.and %a, %a : tensor<3xf32>, tensor<3xf32>'), 'operand #0 must be statically shaped tensor of 1-bit');
  assert.match(error('  %r = graph.equal %a, %d : tensor<3xf32>, tensor<2xf32>'), 'operands are not broadcast-compatible');
  assert.match(error('  %r = graph.item %d : tensor<2xf32>'), "'graph.item' op input must have exactly one element, but 'tensor<2xf32>' has 2");
});

test.run();
