// arith folds against computed expectations (no mlir-opt needed): wrap-around at each width,
// signed/unsigned division and remainders, shifts, NaN comparisons, casts, and the identities.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { printOperation } from '../../../../lib/print/index.js';
import { FrozenPatternSet } from '../../../../lib/rewrite/pattern.js';
import { canonicalizationPatternsOf } from '../../../../lib/rewrite/op-hooks.js';
import { applyPatternsGreedily } from '../../../../lib/rewrite/greedy.js';
import { cmpFPredicateNames, cmpIPredicateNames, cmpf, cmpi } from '../../../../lib/interp/scalar/index.js';

/** Canonicalises `body` (the ops of a function returning `%r : type`) and gives the return line. */
function fold(body: string, type: string, args = ''): string {
  const ctx = createContext();
  const src = `func.func @f(${args}) -> ${type} {\n${body}\n  return %r : ${type}\n}`;
  const module = parseSourceString(src, { context: ctx, filename: 't.mlir' });
  assert.ok(module, `did not parse:\n${src}`);
  applyPatternsGreedily(module!, new FrozenPatternSet([], { provider: canonicalizationPatternsOf }));
  const text = printOperation(module!);
  const ret = /return (%[\w-]+)/.exec(text)![1];
  const def = new RegExp(`${ret} = (.*)`).exec(text);
  return def ? def[1] : ret;
}

const binary = (op: string, a: string, b: string, t: string) => fold(`  %a = arith.constant ${a} : ${t}\n  %b = arith.constant ${b} : ${t}\n  %r = arith.${op} %a, %b : ${t}`, t);

test('integer arithmetic wraps at the width, as APInt', () => {
  assert.is(binary('addi', '127', '1', 'i8'), 'arith.constant -128 : i8');
  assert.is(binary('muli', '16', '16', 'i8'), 'arith.constant 0 : i8');
  assert.is(binary('subi', '-32768', '1', 'i16'), 'arith.constant 32767 : i16');
  assert.is(binary('addi', '9223372036854775807', '1', 'i64'), 'arith.constant -9223372036854775808 : i64');
  assert.is(binary('addi', '9223372036854775807', '1', 'index'), 'arith.constant -9223372036854775808 : index');
});

test('signed and unsigned division round as MLIR, and division by zero or MIN / -1 stays', () => {
  assert.is(binary('divsi', '-7', '2', 'i32'), 'arith.constant -3 : i32');
  assert.is(binary('divui', '-7', '2', 'i32'), 'arith.constant 2147483644 : i32');
  assert.is(binary('ceildivsi', '7', '2', 'i32'), 'arith.constant 4 : i32');
  assert.is(binary('ceildivsi', '-7', '-2', 'i32'), 'arith.constant 4 : i32');
  assert.is(binary('ceildivui', '7', '2', 'i32'), 'arith.constant 4 : i32');
  assert.is(binary('floordivsi', '-7', '2', 'i32'), 'arith.constant -4 : i32');
  assert.is(binary('remsi', '-7', '2', 'i32'), 'arith.constant -1 : i32');
  assert.is(binary('remui', '-7', '2', 'i8'), 'arith.constant 1 : i8');
  assert.match(binary('divsi', '5', '0', 'i32'), /^arith\.divsi/);
  assert.match(binary('divsi', '-128', '-1', 'i8'), /^arith\.divsi/);
  assert.match(binary('ceildivsi', '-128', '3', 'i8'), /^arith\.ceildivsi/);
});

test('shifts, bitwise ops, min and max', () => {
  assert.is(binary('shli', '1', '7', 'i8'), 'arith.constant -128 : i8');
  assert.is(binary('shrsi', '-128', '7', 'i8'), 'arith.constant -1 : i8');
  assert.is(binary('shrui', '-128', '7', 'i8'), 'arith.constant 1 : i8');
  assert.match(binary('shli', '1', '8', 'i8'), /^arith\.shli/);
  assert.is(binary('xori', '-1', '5', 'i16'), 'arith.constant -6 : i16');
  assert.is(binary('minui', '-1', '5', 'i32'), 'arith.constant 5 : i32');
  assert.is(binary('minsi', '-1', '5', 'i32'), 'arith.constant -1 : i32');
  assert.is(binary('maxui', '-1', '5', 'i32'), 'arith.constant -1 : i32');
});

test('float ops round to the type; NaN compares unordered; -0 equals +0', () => {
  assert.is(binary('addf', '0.1', '0.2', 'f32'), 'arith.constant 3.000000e-01 : f32');
  assert.is(binary('addf', '0.1', '0.2', 'f64'), 'arith.constant 0.30000000000000004 : f64');
  assert.is(binary('divf', '1.0', '0.0', 'f32'), 'arith.constant 0x7F800000 : f32');
  assert.is(binary('minimumf', '-0.0', '0.0', 'f32'), 'arith.constant -0.000000e+00 : f32');
  assert.is(binary('maxnumf', '0x7FC00000', '2.0', 'f32'), 'arith.constant 2.000000e+00 : f32');
  const cmp = (p: string, a: string, b: string) => fold(`  %a = arith.constant ${a} : f32\n  %b = arith.constant ${b} : f32\n  %r = arith.cmpf ${p}, %a, %b : f32`, 'i1');
  assert.is(cmp('oeq', '0x7FC00000', '1.0'), 'arith.constant false');
  assert.is(cmp('une', '0x7FC00000', '1.0'), 'arith.constant true');
  assert.is(cmp('uno', '0x7FC00000', '1.0'), 'arith.constant true');
  assert.is(cmp('oeq', '-0.0', '0.0'), 'arith.constant true');
  const cmpi = (p: string) => fold(`  %a = arith.constant -1 : i8\n  %b = arith.constant 1 : i8\n  %r = arith.cmpi ${p}, %a, %b : i8`, 'i1');
  assert.is(cmpi('slt'), 'arith.constant true');
  assert.is(cmpi('ult'), 'arith.constant false');
});

test('casts of constants extend, truncate and convert as MLIR; out-of-range conversions stay', () => {
  const cast = (v: string, from: string, op: string, to: string) => fold(`  %a = arith.constant ${v} : ${from}\n  %r = arith.${op} %a : ${from} to ${to}`, to);
  assert.is(cast('-1', 'i8', 'extsi', 'i32'), 'arith.constant -1 : i32');
  assert.is(cast('-1', 'i8', 'extui', 'i32'), 'arith.constant 255 : i32');
  assert.is(cast('300', 'i32', 'trunci', 'i8'), 'arith.constant 44 : i8');
  assert.is(cast('-1', 'i32', 'uitofp', 'f32'), 'arith.constant 4.2949673E+9 : f32');
  assert.is(cast('-2.75', 'f32', 'fptosi', 'i32'), 'arith.constant -2 : i32');
  assert.match(cast('300.0', 'f32', 'fptosi', 'i8'), /^arith\.fptosi/);
  assert.is(cast('1.0', 'f32', 'bitcast', 'i32'), 'arith.constant 1065353216 : i32');
  assert.is(cast('-1', 'i32', 'index_castui', 'index'), 'arith.constant 4294967295 : index');
  assert.match(cast('0.1', 'f64', 'truncf', 'f32'), /^arith\.truncf/);
});

test('identities fold without constants: x+0, x*1, x*0, x-x, x&x, x|x, x^x, select', () => {
  const id = (body: string, t = 'i32') => fold(body, t, '%x: i32, %c: i1');
  assert.is(id('  %z = arith.constant 0 : i32\n  %r = arith.addi %x, %z : i32'), '%arg0');
  assert.is(id('  %o = arith.constant 1 : i32\n  %r = arith.muli %x, %o : i32'), '%arg0');
  assert.is(id('  %z = arith.constant 0 : i32\n  %r = arith.muli %x, %z : i32'), 'arith.constant 0 : i32');
  assert.is(id('  %r = arith.subi %x, %x : i32'), 'arith.constant 0 : i32');
  assert.is(id('  %r = arith.andi %x, %x : i32'), '%arg0');
  assert.is(id('  %r = arith.ori %x, %x : i32'), '%arg0');
  assert.is(id('  %r = arith.xori %x, %x : i32'), 'arith.constant 0 : i32');
  assert.is(id('  %t = arith.constant true\n  %z = arith.constant 0 : i32\n  %r = arith.select %t, %x, %z : i32'), '%arg0');
  assert.is(id('  %t = arith.constant true\n  %f = arith.constant false\n  %r = arith.select %c, %t, %f : i1', 'i1'), '%arg1');
  assert.is(id('  %r = arith.cmpi sle, %x, %x : i32', 'i1'), 'arith.constant true');
});

test('every cmpi/cmpf predicate folds as the scalar semantics compare (signed/unsigned, NaN, a value with itself)', () => {
  const i1 = (b: boolean) => `arith.constant ${b}`;
  const compare = (op: string, a: string, b: string, t: string) => fold(`  %a = arith.constant ${a} : ${t}\n  %b = arith.constant ${b} : ${t}\n  %r = arith.${op} %a, %b : ${t}`, 'i1');
  for (const p of cmpIPredicateNames) {
    for (const [a, b] of [[-1n, 1n], [5n, 5n], [-128n, 127n], [3n, -3n]]) {
      assert.is(compare(`cmpi ${p},`, String(a), String(b), 'i8'), i1(cmpi(p, a, b, 8)), `cmpi ${p} ${a} ${b}`);
    }
    assert.is(fold(`  %r = arith.cmpi ${p}, %x, %x : i32`, 'i1', '%x: i32'), i1(cmpi(p, 7n, 7n, 32)), `cmpi ${p} %x %x`);
  }
  for (const p of cmpFPredicateNames) {
    for (const [a, b] of [[1.5, 2], [2, 2], [0, -0], [NaN, 1]]) {
      const lit = (x: number) => (Number.isNaN(x) ? '0x7FC00000' : x.toFixed(1));
      assert.is(compare(`cmpf ${p},`, lit(a), lit(b), 'f32'), i1(cmpf(p, a, b)), `cmpf ${p} ${a} ${b}`);
    }
  }
});

test.run();
