// Unit tests of check generation: captures and uses of SSA names, labels, NEXT/EMPTY lines, escaping.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateChecks } from '../../../../lib/testing/update-checks/index.js';

test('a function: LABEL with arguments on SAME, one CHECK then NEXT lines', () => {
  const out = 'func.func @f(%arg0: i32) -> i32 {\n  %0 = arith.addi %arg0, %arg0 : i32\n\n  return %0 : i32\n}\n';
  assert.equal(generateChecks(out, 'CHECK'), [
    {
      func: 'f',
      lines: [
        'CHECK-LABEL: func.func @f(',
        'CHECK-SAME: [[ARG0:%.*]]: i32) -> i32 {',
        'CHECK:   [[VAL_0:%.*]] = arith.addi [[ARG0]], [[ARG0]] : i32',
        'CHECK-EMPTY:',
        'CHECK-NEXT:   return [[VAL_0]] : i32',
        'CHECK-NEXT: }',
      ],
    },
  ]);
});

test('names restart per function and stay unique within one', () => {
  const out = [
    'func.func @a(%val_0: i32, %arg0: f32) {',
    '  %0 = "x.op"(%val_0, %arg0) : (i32, f32) -> i32',
    '}',
    'func.func @b() {',
    '  %0:2 = "y.op"() : () -> (i32, i32)',
    '  "z.use"(%0#1) : (i32) -> ()',
    '}',
  ].join('\n');
  const [a, b] = generateChecks(out, 'P');
  assert.equal(a!.lines.slice(1, 3), ['P-SAME: [[VAL_0:%.*]]: i32, [[ARG0:%.*]]: f32) {', 'P:   [[VAL_0_1:%.*]] = "x.op"([[VAL_0]], [[ARG0]]) : (i32, f32) -> i32']);
  assert.equal(b!.lines, ['P-LABEL: func.func @b(', 'P-SAME: ) {', 'P:   [[VAL_0:%.*]]:2 = "y.op"() : () -> (i32, i32)', 'P-NEXT:   "z.use"([[VAL_0]]#1) : (i32) -> ()', 'P-NEXT: }']);
});

test('top-level text joins the first function, trailing text the last; blank lines start a new run', () => {
  const out = '#map = affine_map<(d0) -> (d0)>\nmodule {\n  func.func private @decl(i32)\n  func.func @g() {\n    return\n  }\n}\n\nafter\n';
  const blocks = generateChecks(out, 'CHECK');
  assert.equal(blocks.map((b) => b.func), ['decl', 'g']);
  assert.equal(blocks[0]!.lines, ['CHECK: #map = affine_map<(d0) -> (d0)>', 'CHECK-NEXT: module {', 'CHECK-LABEL: func.func private @decl(', 'CHECK-SAME: i32)']);
  assert.equal(blocks[1]!.lines.slice(-3), ['CHECK-NEXT:   }', 'CHECK-NEXT: }', 'CHECK: after']);
});

test('output without functions is one block; FileCheck syntax in the output is escaped', () => {
  assert.equal(generateChecks('a [[1]] {{x}}\nb\n// -----\nc\n', 'X'), [
    { lines: ['X: a {{\\[\\[}}1]] {{\\{\\{}}x}}', 'X-NEXT: b', 'X-NEXT: c'] },
  ]);
  assert.equal(generateChecks('', 'X'), []);
});

test.run();
