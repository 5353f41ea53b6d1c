// The arith dialect's interpreter implementations: every op run through dlc's interpreter on
// scalars and tensors/vectors, runtime errors at the op, constants of f16/bf16 rounded.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../interp/harness.js';
import { TensorValue, type RtValue } from '../../../../lib/interp/index.js';
import { arithOps } from '../../../../dialects/arith/ops.js';
import { arithInterpreter } from '../../../../dialects/arith/interp.js';

/** Runs a one-op function `(%a: T, %b: T) -> R` whose body is `body`. */
function binary(body: string, type: string, result: string, args: RtValue[]): { results?: readonly RtValue[]; errors: string } {
  return run(`func.func @main(%a: ${type}, %b: ${type}) -> ${result} {
      %r = ${body}
      return %r : ${result}
    }`, args);
}

const one = (r: { results?: readonly RtValue[]; errors: string }): RtValue => {
  assert.is(r.errors, '');
  return r.results![0];
};

const elements = (v: RtValue): (number | bigint)[] => {
  assert.instance(v, TensorValue);
  const t = v as TensorValue;
  return Array.from({ length: t.data.length }, (_, i) => t.data.get(i));
};

test('every arith op has an implementation', () => {
  const impls = arithInterpreter();
  for (const def of arithOps) assert.ok(impls[def.name], def.name);
});

test('integer ops wrap at their width', () => {
  assert.is(one(binary('arith.addi %a, %b : i8', 'i8', 'i8', [127n, 1n])), -128n);
  assert.is(one(binary('arith.muli %a, %b : i16', 'i16', 'i16', [300n, 300n])), 90000n - 65536n);
  assert.is(one(binary('arith.subi %a, %b : i64', 'i64', 'i64', [-(2n ** 63n), 1n])), 2n ** 63n - 1n);
  assert.is(one(binary('arith.addi %a, %b : i1', 'i1', 'i1', [1n, 1n])), 0n);
  assert.is(one(binary('arith.addi %a, %b overflow<nsw> : i8', 'i8', 'i8', [127n, 1n])), -128n);
  assert.is(one(binary('arith.shli %a, %b : index', 'index', 'index', [1n, 63n])), -(2n ** 63n));
});

test('signed and unsigned division and remainder', () => {
  assert.is(one(binary('arith.divsi %a, %b : i32', 'i32', 'i32', [-7n, 2n])), -3n);
  assert.is(one(binary('arith.divui %a, %b : i32', 'i32', 'i32', [-7n, 2n])), 2147483644n);
  assert.is(one(binary('arith.floordivsi %a, %b : i32', 'i32', 'i32', [-7n, 2n])), -4n);
  assert.is(one(binary('arith.ceildivsi %a, %b : i32', 'i32', 'i32', [-7n, 2n])), -3n);
  assert.is(one(binary('arith.remsi %a, %b : i32', 'i32', 'i32', [-7n, 2n])), -1n);
  assert.is(one(binary('arith.remui %a, %b : i8', 'i8', 'i8', [-1n, 10n])), 5n);
});

test('integer division by zero and signed overflow are runtime errors at the op', () => {
  const r = binary('arith.divsi %a, %b : i32', 'i32', 'i32', [1n, 0n]);
  assert.is(r.results, undefined);
  assert.match(r.errors, /test\.mlir:2:\d+: error: integer division by zero/);
  assert.match(binary('arith.remui %a, %b : i8', 'i8', 'i8', [1n, 0n]).errors, /integer division by zero/);
  assert.match(binary('arith.divsi %a, %b : i8', 'i8', 'i8', [-128n, -1n]).errors, /signed integer division overflow/);
  const t = run(`func.func @main() -> tensor<2x2xi32> {
      %a = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
      %b = arith.constant dense<[[1, 1], [0, 1]]> : tensor<2x2xi32>
      %r = arith.divui %a, %b : tensor<2x2xi32>
      return %r : tensor<2x2xi32>
    }`, []);
  assert.match(t.errors, /test\.mlir:4:\d+: error: integer division by zero \(element \[1, 0\]\)/);
});

test('cmpi and cmpf predicates, NaN unordered', () => {
  assert.is(one(binary('arith.cmpi ult, %a, %b : i32', 'i32', 'i1', [5n, -1n])), 1n);
  assert.is(one(binary('arith.cmpi slt, %a, %b : i32', 'i32', 'i1', [5n, -1n])), 0n);
  assert.is(one(binary('arith.cmpf oeq, %a, %b : f32', 'f32', 'i1', [NaN, NaN])), 0n);
  assert.is(one(binary('arith.cmpf une, %a, %b : f32', 'f32', 'i1', [NaN, 1])), 1n);
  assert.is(one(binary('arith.cmpf uno, %a, %b : f64', 'f64', 'i1', [NaN, 1])), 1n);
  assert.is(one(binary('arith.cmpf ord, %a, %b : f64', 'f64', 'i1', [0, -0])), 1n);
});

test('float ops round to f16 and bf16; maximumf vs maxnumf', () => {
  assert.is(one(binary('arith.addf %a, %b : f16', 'f16', 'f16', [2048, 1])), 2048);
  assert.is(one(binary('arith.addf %a, %b : bf16', 'bf16', 'bf16', [256, 1])), 256);
  assert.is(one(binary('arith.divf %a, %b : f16', 'f16', 'f16', [1, 3])), 0.333251953125);
  assert.is(one(binary('arith.mulf %a, %b : f16', 'f16', 'f16', [256, 256])), Infinity);
  assert.is(one(binary('arith.remf %a, %b : f32', 'f32', 'f32', [-5.5, 2])), -1.5);
  assert.ok(Number.isNaN(one(binary('arith.maximumf %a, %b : f32', 'f32', 'f32', [NaN, 1])) as number));
  assert.is(one(binary('arith.maxnumf %a, %b : f32', 'f32', 'f32', [NaN, 1])), 1);
  assert.ok(Object.is(one(binary('arith.minimumf %a, %b : f32', 'f32', 'f32', [0, -0])), -0));
  assert.ok(Object.is(one(binary('arith.addf %a, %b fastmath<fast> : f32', 'f32', 'f32', [-0, -0])), -0));
});

test('casts: ext, trunc, index_cast, int <-> float, truncf rounding modes, bitcast', () => {
  const cast = (op: string, from: string, to: string, x: RtValue, mode = ''): RtValue =>
    one(run(`func.func @main(%a: ${from}) -> ${to} {
        %r = ${op} %a${mode} : ${from} to ${to}
        return %r : ${to}
      }`, [x]));
  assert.is(cast('arith.extsi', 'i8', 'i32', -1n), -1n);
  assert.is(cast('arith.extui', 'i8', 'i32', -1n), 255n);
  assert.is(cast('arith.extsi', 'i1', 'i8', 1n), -1n);
  assert.is(cast('arith.trunci', 'i32', 'i8', 511n), -1n);
  assert.is(cast('arith.index_cast', 'index', 'i32', 2n ** 32n + 7n), 7n);
  assert.is(cast('arith.index_cast', 'i32', 'index', -1n), -1n);
  assert.is(cast('arith.index_castui', 'i32', 'index', -1n), 4294967295n);
  assert.is(cast('arith.sitofp', 'i32', 'f16', 4097n), 4096);
  assert.is(cast('arith.uitofp', 'i8', 'f32', -1n), 255);
  assert.is(cast('arith.sitofp', 'i64', 'f32', 2n ** 60n + 2n ** 36n + 1n), 2 ** 60 + 2 ** 37);
  assert.is(cast('arith.fptosi', 'f32', 'i8', 300), 127n);
  assert.is(cast('arith.fptosi', 'f32', 'i32', -2.5), -2n);
  assert.is(cast('arith.fptoui', 'f32', 'i8', -3), 0n);
  assert.is(cast('arith.truncf', 'f32', 'f16', Math.fround(0.1)), 0.0999755859375);
  assert.is(cast('arith.truncf', 'f32', 'bf16', Math.fround(0.1)), 0.10009765625);
  assert.is(cast('arith.truncf', 'f32', 'f16', 1e5, ' toward_zero'), 65504);
  assert.is(cast('arith.truncf', 'f32', 'f16', 1e5), Infinity);
  assert.is(cast('arith.extf', 'f16', 'f32', 0.0999755859375), 0.0999755859375);
  assert.is(cast('arith.bitcast', 'f16', 'i16', 1), 0x3c00n);
  assert.is(cast('arith.bitcast', 'i16', 'bf16', 0x3f80n), 1);
  assert.is(cast('arith.bitcast', 'f16', 'bf16', 1), bitsOfF16AsBf16(0x3c00));
  assert.is(cast('arith.bitcast', 'f32', 'i32', -1.5), -1077936128n);
});

/** bf16 value of bit pattern `bits` (the top half of an f32). */
function bitsOfF16AsBf16(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16);
  return view.getFloat32(0);
}

test('constants: scalars of every kind, f16 rounded, dense tensors and splats', () => {
  const r = run(`func.func @main() -> (i1, index, f16, bf16, tensor<3xf16>, tensor<2x2xi8>, vector<2xf32>) {
      %t = arith.constant true
      %i = arith.constant -3 : index
      %h = arith.constant 0.1 : f16
      %b = arith.constant 0.1 : bf16
      %d = arith.constant dense<[0.1, 1.0, 70000.0]> : tensor<3xf16>
      %s = arith.constant dense<-1> : tensor<2x2xi8>
      %v = arith.constant dense<[1.5, 2.5]> : vector<2xf32>
      return %t, %i, %h, %b, %d, %s, %v : i1, index, f16, bf16, tensor<3xf16>, tensor<2x2xi8>, vector<2xf32>
    }`, []);
  assert.is(r.errors, '');
  const [t, i, h, b, d, s, v] = r.results!;
  assert.is(t, 1n);
  assert.is(i, -3n);
  assert.is(h, 0.0999755859375);
  assert.is(b, 0.10009765625);
  assert.equal(elements(d), [0.0999755859375, 1, Infinity]);
  assert.equal(elements(s), [-1n, -1n, -1n, -1n]);
  assert.equal(elements(v), [1.5, 2.5]);
});

test('f16 dense constants are rounded once from the written value (no double rounding through f32)', () => {
  // 1 + 2^-11 + 2^-40 is above the f16 tie 1 + 2^-11: f16 gives 1 + 2^-10; through f32 it would be the tie, rounded to 1.
  const r = run(`func.func @main() -> (tensor<2xf16>, f16) {
      %d = arith.constant dense<[1.0004882812509095, 1.0]> : tensor<2xf16>
      %s = arith.constant 1.0004882812509095 : f16
      return %d, %s : tensor<2xf16>, f16
    }`, []);
  assert.is(r.errors, '');
  assert.equal(elements(r.results![0]), [1 + 2 ** -10, 1]);
  assert.is(r.results![1], 1 + 2 ** -10);
});

test('elementwise ops on tensors and vectors, select with scalar and shaped conditions', () => {
  const r = run(`func.func @main(%c: i1) -> (tensor<2xi8>, vector<2xi1>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
      %a = arith.constant dense<[100, -100]> : tensor<2xi8>
      %s = arith.addi %a, %a : tensor<2xi8>
      %x = arith.constant dense<[1.0, 0x7FC00000]> : vector<2xf32>
      %y = arith.constant dense<[2.0, 2.0]> : vector<2xf32>
      %lt = arith.cmpf ult, %x, %y : vector<2xf32>
      %p = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
      %q = arith.constant dense<[3.0, 4.0]> : tensor<2xf32>
      %m = arith.constant dense<[true, false]> : tensor<2xi1>
      %e = arith.select %m, %p, %q : tensor<2xi1>, tensor<2xf32>
      %w = arith.select %c, %p, %q : tensor<2xf32>
      %n = arith.negf %p : tensor<2xf32>
      return %s, %lt, %e, %w, %n : tensor<2xi8>, vector<2xi1>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
    }`, [0n]);
  assert.is(r.errors, '');
  const [s, lt, e, w, n] = r.results!;
  assert.equal(elements(s), [-56n, 56n]);
  assert.equal(elements(lt), [1n, 1n]);
  assert.equal(elements(e), [1, 4]);
  assert.equal(elements(w), [3, 4]);
  assert.equal(elements(n), [-1, -2]);
});

test('casts of tensors keep the shape and change the element type', () => {
  const r = run(`func.func @main() -> (tensor<2xf16>, tensor<2xi64>) {
      %a = arith.constant dense<[0.1, 3.9]> : tensor<2xf32>
      %h = arith.truncf %a : tensor<2xf32> to tensor<2xf16>
      %i = arith.fptosi %a : tensor<2xf32> to tensor<2xi32>
      %e = arith.extsi %i : tensor<2xi32> to tensor<2xi64>
      return %h, %e : tensor<2xf16>, tensor<2xi64>
    }`, []);
  assert.is(r.errors, '');
  assert.equal(elements(r.results![0]), [0.0999755859375, 3.900390625]);
  assert.equal(elements(r.results![1]), [0n, 3n]);
});

test.run();
