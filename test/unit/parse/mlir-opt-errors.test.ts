// Differential: the first diagnostic of each invalid (or valid) input matches mlir-opt 22's, position and words.
// Skips when mlir-opt is not installed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from './helpers.js';
import { FileLineColLoc } from '../../../lib/ir/index.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';

/** Inputs, mostly invalid, each checked as one file. */
const CASES: string[] = [
  "\"a.b\"() : () -> () $",
  "\"a.b\"(%x) : (i32) -> ()",
  "\"a.b\"(",
  "%0 = \"a.b\"() : () -> (i32)",
  "%0 = \"a.b\"() : () -> (i32)",
  "\"a.b\"() : () -> ()",
  "\"a.b\"() {v = \"a\\qb\"} : () -> ()",
  "\"a.b\"() {v = \"ab",
  "%0 = \"a.b\"() : () -> ()",
  "%0:2 = \"a.b\"() : () -> (i32)",
  "%0:0 = \"a.b\"() : () -> (i32)",
  "\"a.b\"() : (i32) -> ()",
  "\"a.b\"() : i32",
  "\"a.b\"()",
  "\"a.b\"() {x = #nope} : () -> ()",
  "\"a.b\"() {x = 300 : i8} : () -> ()",
  "\"a.b\"() {x = 1 : f32} : () -> ()",
  "\"a.b\"() {x = 1.5 : i32} : () -> ()",
  "\"a.b\"() {x = dense<[1,2]> : tensor<3xi32>} : () -> ()",
  "\"a.b\"() {x = dense<[[1,2],[3]]> : tensor<2x2xi32>} : () -> ()",
  "\"a.b\"() : () -> (vector<0xf32>)",
  "\"a.b\"() : () -> (vector<?xf32>)",
  "\"a.b\"() : () -> (tensor<4x[4]xf32>)",
  "\"a.b\"() : () -> (tensor<4xf32)",
  "\"a.b\"() : () -> (memref<4xf32, 1, 2>)",
  "\"a.b\"() : () -> (complex<tensor<f32>>)",
  "\"a.b\"() : () -> (i0)",
  "\"a.b\"() : () -> (i16777216)",
  "\"a.b\"() {x = array<i32: 1, 2.0>} : () -> ()",
  "\"a.b\"() {x = array<f32>, y = array<i3: 1>} : () -> ()",
  "\"a.b\"() {x = strided<[1, 0]>} : () -> ()",
  "\"a.b\"() {x = @a::b} : () -> ()",
  "\"a.b\"() {x = loc(foo)} : () -> ()",
  "\"a.b\"() : () -> () loc(#foo)",
  "\"a.b\"() : () -> () loc(\"x\":1)",
  "#a = 1",
  "#a = 2",
  "!t = i32",
  "!t = i64",
  "\"a.b\"() {x = 1, x = 2} : () -> ()",
  "\"a.b\"() ({ ^bb0: \"a.c\"() [^bb2] : () -> () }) : () -> ()",
  "\"a.b\"() ({ ^bb0: \"a.c\"() : () -> () ^bb0: \"a.d\"() : () -> () }) : () -> ()",
  "\"a.b\"(%x, %x) : (i32, f32) -> ()",
  "func.func @f(%a: i32, %a: i32) { return }",
  "func.func @f(%a: i32, i32)",
  "func.func @f(i32, %a: i32)",
  "func.func f()",
  "func.func @f() -> i32 attributes {function_type = i32}",
  "func.func @f() {}",
  "func.func @f() { %0 = call @g() : () -> i32 %1 = func.call_indirect %0() : i32 return }",
  "func.func @f() { bar }",
  "func.func @f() { unrealized_conversion_cast to i32 }",
  "foo.op",
  "\"a.b\"() {x = -0 : i32} : () -> ()",
  "\"a.b\"() {x = -1 : ui32} : () -> ()",
  "\"a.b\"() {x = 0x7FC00000 : f16} : () -> ()",
  "\"a.b\"() {x = -0x7F : f32} : () -> ()",
  "\"a.b\"() {x = dense<\"0x0102\"> : tensor<2xi1>} : () -> ()",
  "\"a.b\"() {x = dense<1> : i32} : () -> ()",
  "\"a.b\"() {x = dense<1> : tensor<?xi32>} : () -> ()",
  "\"a.b\"() {x = dense<> : tensor<2xi32>} : () -> ()",
  "\"a.b\"() {x = dense<1.5> : tensor<2xi32>} : () -> ()",
  "\"a.b\"() {x = dense<(1, 2, 3)> : tensor<2xcomplex<i32>>} : () -> ()",
  "\"a.b\"() {x = affine_map<(d0) -> (d1)>} : () -> ()",
  "\"a.b\"() {x = affine_map<(d0) -> (d0)} : () -> ()",
  "\"a.b\"() ({ ^bb0(%x: i32): \"a.c\"(%x) : (f32) -> () }) : () -> ()",
  "\"a.b\"() ({ \"a.c\"(%y) : (f32) -> () }) : () -> ()",
  "\"a.b\"() : () -> (!foo<\"x)",
  "\"a.b\"() {x = #foo.bar<(]>} : () -> ()",
  "\"a.b\"() {x = #foo.bar<(>} : () -> ()",
  "\"a.b\"() : () -> (tensor<*xf32, 1>)",
  "\"a.b\"() : () -> (memref<*xf32, strided<[1]>>)",
  "\"a.b\"() : () -> (tuple<i32, none>, none, index, f8E4M3FN)",
  "%x = \"a.b\"() : () -> i32 \"a.c\"(%x#1) : (i32) -> ()",
  "\"a.b\"()[^bb1] : () -> ()",
  "\"a.b\"() <{x = 1}> {x = 2} : () -> ()",
  "{-# foo: {} #-}",
  "{-# dialect_resources: { builtin: { b: \"0x01\" } } #-}",
  "{-# dialect_resources: { func: { b: \"0x01\" } } #-}",
  "module { module { \"a.b\"() : () -> () } } loc(#x)",
  "\"a.b\"() : () -> ()  // trailing",
  "@",
  "%",
  "^",
  "...",
  "\"a.b\"() : () -> (tensor<4x?xf32, #foo.enc>, vector<[4]x8xf32>, memref<?x4xf32, strided<[?, 1], offset: ?>, 3>)",
  "%0 = \"a.b\"() : () -> (i1) \"a.c\"() {v = 0.1 : f16, w = -1.0e10 : bf16, z = 1.0 : f8E4M3FN} : () -> ()",
  "\"a.b\"() : () -> ()\n\"a.c\"(",
  "\"a.b\"() ({\n  \"a.c\"() : () -> ()\n// comment\n",
  "func.func @f() {\n  %0 = \"t.x\"() : () -> i32\n  return %0\n}",
  "func.func @f(%a: i32) -> i32 {\n  return %a : f32\n}",
  "func.func @f() {\n  call @g(%x) : (i32) -> ()\n  return\n}",
  "func.func @f() -> {\n}",
  "func.func @f(%a i32)",
  "func.func @f(%a: i32 {a = }) { return }",
  "\"a.b\"() {a = [1, 2} : () -> ()",
  "\"a.b\"() {a = } : () -> ()",
  "\"a.b\"() {a = 1 : } : () -> ()",
  "\"a.b\"() : () -> (tensor<>)",
  "\"a.b\"() : () -> (tensor<4x>)",
  "\"a.b\"() : () -> (memref<4xf32, foo>)",
  "\"a.b\"() : (i32 -> ()",
  "%x = \"a.b\"() : () -> i32\n%y = \"a.c\"(%x) : (i32) -> f32\n\"a.d\"(%x, %y) : (i32, i32) -> ()",
  "\"a.b\"() ({\n^bb0(%x: i32, %x: i32):\n  \"a.c\"() : () -> ()\n}) : () -> ()",
  "\"a.b\"() ({\n^bb0(%x i32):\n}) : () -> ()",
  "\"a.b\"() ({\n^bb0:\n^bb1(%x: i32):\n  \"a.br\"()[^bb1(%x)] : () -> ()\n}) : () -> ()",
  "module {\n  func.func @f() {\n    return\n  }\n",
  "module @a @b {}",
  "module attributes {} }",
  "\"a.b\"() <{a = 1} : () -> ()",
  "\"a.b\"() ({ \"a.c\"() : () -> () ) : () -> ()",
  "#a = loc(\"x\":1:1)\n\"a.b\"() : () -> () loc(#a.b)",
  "\"a.b\"() : () -> () loc(#a)\n#a = 1",
  "!a = i32\n\"a.b\"() : () -> (!a.b)",
  "\"a.b\"() : () -> (tuple<i32)",
  "\"a.b\"() {a = affine_map<(d0) -> (d0 + )>} : () -> ()",
  "\"a.b\"() {a = affine_set<(d0) : ()>} : () -> ()",
  "\"a.b\"() {a = \"\\\"} : () -> ()",
  "\"a.b\"() {a = strided<[1, x]>} : () -> ()",
  "{-# dialect_resources: { nope: { a: \"0x04000000\" } } #-}",
  "%0 = \"a.b\"() : () -> (i32, i32)\n\"a.c\"(%0#5) : (i32) -> ()",
  "\"a.b\"(%0#x) : (i32) -> ()"
];

/** mlir-opt's first `error`/`warning` line without the file name, or '' when it accepted the input. */
function mlirFirstDiagnostic(file: string): string {
  const r = spawnSync(MLIR_OPT, ['--allow-unregistered-dialect', file, '-o', '/dev/null'], { encoding: 'utf8' });
  const line = (r.stderr ?? '').split('\n').find((l) => / (error|warning): /.test(l));
  return line ? line.slice(line.indexOf(':') + 1) : '';
}

function dlcFirstDiagnostic(text: string): string {
  const r = parse(text);
  const d = r.diagnostics[0];
  if (!d) return '';
  const l = d.location as FileLineColLoc;
  return `${l.line}:${l.column}: ${d.severity}: ${d.message}`;
}

test('the first diagnostic matches mlir-opt for each case', () => {
  if (!existsSync(MLIR_OPT)) return;
  const dir = mkdtempSync(join(tmpdir(), 'dlc-parse-'));
  const mismatches: string[] = [];
  CASES.forEach((text, i) => {
    const file = join(dir, `c${i}.mlir`);
    writeFileSync(file, `${text}\n`);
    const want = mlirFirstDiagnostic(file);
    const got = dlcFirstDiagnostic(`${text}\n`);
    // A case mlir-opt accepts may still fail its verifier, which runs after parsing: only compare parse results.
    if (want !== got && !(want !== '' && got === '' && !/expected|invalid|unexpected|undefined|redefinition|use of/.test(want))) {
      mismatches.push(`${JSON.stringify(text)}\n  mlir-opt: ${want}\n  dlc:      ${got}`);
    }
  });
  assert.equal(mismatches, []);
});

test.run();
