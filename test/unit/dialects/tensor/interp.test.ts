// The interpreter on tensor expressions: values of a matmul, a strided padded convolution,
// softmax as its four TEs, layout maps, multi-output reductions, pad and take, checked
// against values computed here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { registerAllInterpreters } from '../../../../dialects/interp-registry.js';
import {
  Rng, TensorValue, findFunction, functionSignature, lookupImpl, runFunction, type RtValue,
} from '../../../../lib/interp/index.js';
import type { Operation, RankedTensorType } from '../../../../lib/ir/index.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { verify } from '../../../../lib/verify/index.js';

/** Parses and verifies `source` (asserting that it verifies). */
function load(source: string): Operation {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const module = parseSourceString(source, { context: ctx, filename: 't.mlir' });
    return module && verify(module) ? module : undefined;
  });
  assert.ok(result, diagnostics.map((d) => d.message).join('\n'));
  return result!;
}

/** Runs `@main`; returns its results and the diagnostics of the run. */
function run(module: Operation, args: readonly RtValue[]): { results: TensorValue[]; errors: string[] } {
  const { result, diagnostics } = module.context.diagnostics.collect(() => runFunction(module, 'main', args));
  return { results: (result ?? []) as TensorValue[], errors: diagnostics.map((d) => d.message) };
}

/** Argument #i of `@main` as a tensor holding `values` (f32: rounded; integers: bigints). */
function arg(module: Operation, i: number, values: readonly number[]): TensorValue {
  const type = functionSignature(findFunction(module, 'main')!).inputs[i] as RankedTensorType;
  const t = TensorValue.zeros(type);
  values.forEach((v, k) => t.data.set(k, t.data.isFloat ? Math.fround(v) : BigInt(v)));
  return t;
}

/** `n` values that are multiples of 1/8 in [-2, 2): sums and products of a few stay exact in f32. */
function randoms(n: number, seed: number): number[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => (rng.nextU32() % 32) / 8 - 2);
}

function values(t: TensorValue): number[] {
  return Array.from({ length: t.data.length }, (_, i) => Number(t.data.get(i)));
}

function assertClose(actual: readonly number[], expected: readonly number[], tol = 1e-6): void {
  assert.is(actual.length, expected.length);
  actual.forEach((a, i) => {
    if (!(Math.abs(a - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])))) assert.unreachable(`element ${i}: expected ${expected[i]}, got ${a}`);
  });
}

test('matmul: a contraction TE with an add combiner', () => {
  const m = load(`func.func @main(%a: tensor<5x7xf32>, %b: tensor<7x3xf32>) -> tensor<5x3xf32> {
  %c = tensor.compute [i: 5, j: 3, k: 7 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<5x7xf32>, tensor<7x3xf32>) -> tensor<5x3xf32> {
  ^bb0(%x: f32, %y: f32):
    %p = arith.mulf %x, %y : f32
    tensor.yield %p : f32
  }
  return %c : tensor<5x3xf32>
}`);
  const A = randoms(35, 1);
  const B = randoms(21, 2);
  const { results, errors } = run(m, [arg(m, 0, A), arg(m, 1, B)]);
  assert.equal(errors, []);
  const expected: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 7; k++) acc = Math.fround(acc + Math.fround(A[i * 7 + k] * B[k * 3 + j]));
      expected.push(acc);
    }
  }
  assert.equal(values(results[0]), expected);
});

test('conv2d with stride 2 and padding 1: tensor.pad, then a reduction TE with the window in its maps', () => {
  // x: N=1, C=2, 5x5; w: F=3, C=2, 3x3; stride 2, pad 1 -> 3x3 output, plus a bias.
  const m = load(`func.func @main(%x: tensor<1x2x5x5xf32>, %w: tensor<3x2x3x3xf32>, %bias: tensor<3xf32>) -> tensor<1x3x3x3xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x2x5x5xf32> to tensor<1x2x7x7xf32>
  %c = tensor.compute [n: 1, f: 3, oh: 3, ow: 3, c: 2 reduce, kh: 3 reduce, kw: 3 reduce]
      (%p[n, c, 2*oh + kh, 2*ow + kw], %w[f, c, kh, kw]) -> [n, f, oh, ow] add
      : (tensor<1x2x7x7xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x3x3xf32> {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %b : f32
    tensor.yield %m : f32
  }
  %r = tensor.compute [n: 1, f: 3, oh: 3, ow: 3] (%c[n, f, oh, ow], %bias[f]) -> [n, f, oh, ow]
      : (tensor<1x3x3x3xf32>, tensor<3xf32>) -> tensor<1x3x3x3xf32> {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    tensor.yield %s : f32
  }
  return %r : tensor<1x3x3x3xf32>
}`);
  const X = randoms(50, 3);
  const W = randoms(54, 4);
  const bias = [0.5, -1, 0.25];
  const { results, errors } = run(m, [arg(m, 0, X), arg(m, 1, W), arg(m, 2, bias)]);
  assert.equal(errors, []);
  const expected: number[] = [];
  for (let f = 0; f < 3; f++) {
    for (let oh = 0; oh < 3; oh++) {
      for (let ow = 0; ow < 3; ow++) {
        let acc = 0;
        for (let c = 0; c < 2; c++) {
          for (let kh = 0; kh < 3; kh++) {
            for (let kw = 0; kw < 3; kw++) {
              const h = oh * 2 + kh - 1;
              const v = ow * 2 + kw - 1;
              const x = h >= 0 && h < 5 && v >= 0 && v < 5 ? X[c * 25 + h * 5 + v] : 0;
              acc = Math.fround(acc + Math.fround(x * W[((f * 2 + c) * 3 + kh) * 3 + kw]));
            }
          }
        }
        expected.push(Math.fround(acc + bias[f]));
      }
    }
  }
  assert.equal(values(results[0]), expected);
});

test('softmax as its TEs: max-reduce, sub-exp, sum-reduce, divide', () => {
  const m = load(`func.func @main(%x: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %max = tensor.compute [i: 4, j: 6 reduce] (%x[i, j]) -> [i] max : (tensor<4x6xf32>) -> tensor<4xf32> {
  ^bb0(%a: f32):
    tensor.yield %a : f32
  }
  %e = tensor.compute [i: 4, j: 6] (%x[i, j], %max[i]) -> [i, j] : (tensor<4x6xf32>, tensor<4xf32>) -> tensor<4x6xf32> {
  ^bb0(%a: f32, %m: f32):
    %d = arith.subf %a, %m : f32
    %ex = math.exp %d : f32
    tensor.yield %ex : f32
  }
  %sum = tensor.compute [i: 4, j: 6 reduce] (%e[i, j]) -> [i] add : (tensor<4x6xf32>) -> tensor<4xf32> {
  ^bb0(%a: f32):
    tensor.yield %a : f32
  }
  %y = tensor.compute [i: 4, j: 6] (%e[i, j], %sum[i]) -> [i, j] : (tensor<4x6xf32>, tensor<4xf32>) -> tensor<4x6xf32> {
  ^bb0(%a: f32, %s: f32):
    %q = arith.divf %a, %s : f32
    tensor.yield %q : f32
  }
  return %y : tensor<4x6xf32>
}`);
  const X = randoms(24, 5);
  const { results, errors } = run(m, [arg(m, 0, X)]);
  assert.equal(errors, []);
  const expected: number[] = [];
  for (let i = 0; i < 4; i++) {
    const row = X.slice(i * 6, i * 6 + 6);
    const mx = Math.max(...row);
    const ex = row.map((v) => Math.exp(v - mx));
    const s = ex.reduce((a, b) => a + b, 0);
    expected.push(...ex.map((v) => v / s));
  }
  assertClose(values(results[0]), expected, 1e-6);
  for (let i = 0; i < 4; i++) assertClose([values(results[0]).slice(i * 6, i * 6 + 6).reduce((a, b) => a + b, 0)], [1], 1e-6);
});

test('layout maps: transpose, reshape through floordiv/mod, broadcast, offset slice, reverse', () => {
  const m = load(`func.func @main(%a: tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<4x2x3xf32>, tensor<2xf32>, tensor<3xf32>) {
  %t = tensor.compute [i: 3, j: 2] (%a[j, i]) -> [i, j] : (tensor<2x3xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %r = tensor.compute [i: 6] (%a[i floordiv 3, i mod 3]) -> [i floordiv 2, i mod 2] : (tensor<2x3xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %b = tensor.compute [i: 4, j: 2, k: 3] (%a[j, k]) -> [i, j, k] : (tensor<2x3xf32>) -> tensor<4x2x3xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %s = tensor.compute [i: 2] (%a[1, i + 1]) -> [i] : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %v = tensor.compute [i: 3] (%a[0, 2 - i]) -> [i] : (tensor<2x3xf32>) -> tensor<3xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %t, %r, %b, %s, %v : tensor<3x2xf32>, tensor<3x2xf32>, tensor<4x2x3xf32>, tensor<2xf32>, tensor<3xf32>
}`);
  const { results, errors } = run(m, [arg(m, 0, [1, 2, 3, 4, 5, 6])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [1, 4, 2, 5, 3, 6]);
  assert.equal(values(results[1]), [1, 2, 3, 4, 5, 6]);
  assert.equal(values(results[2]), [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
  assert.equal(values(results[3]), [5, 6]);
  assert.equal(values(results[4]), [3, 2, 1]);
});

test('several outputs with their own combiners and initial values', () => {
  const m = load(`func.func @main(%a: tensor<2x3xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %r:4 = tensor.compute [i: 2, j: 3 reduce] (%a[i, j]) -> [i] max, [i] min, [i] mul, [i] add init(1.0e+01 : f32)
      : (tensor<2x3xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  ^bb0(%x: f32):
    tensor.yield %x, %x, %x, %x : f32, f32, f32, f32
  }
  return %r#0, %r#1, %r#2, %r#3 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}`);
  const { results, errors } = run(m, [arg(m, 0, [1, -2, 3, 0.5, 4, -1])]);
  assert.equal(errors, []);
  assert.equal(results.map(values), [[3, 4], [-2, -1], [-6, -2], [12, 13.5]]);
});

test('an all-negative max reduction starts from -inf, not zero', () => {
  const m = load(`func.func @main(%a: tensor<3xf32>) -> tensor<f32> {
  %r = tensor.compute [i: 3 reduce] (%a[i]) -> [] max : (tensor<3xf32>) -> tensor<f32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  return %r : tensor<f32>
}`);
  assert.equal(values(run(m, [arg(m, 0, [-3, -1, -2])]).results[0]), [-1]);
});

test('integer TEs: wrap-around add reduction in i8, select and cmpi through the arith implementations', () => {
  registerAllInterpreters();
  if (!lookupImpl('arith.cmpi')) return;
  const m = load(`func.func @main(%a: tensor<4xi8>) -> (tensor<i8>, tensor<4xi8>) {
  %s = tensor.compute [i: 4 reduce] (%a[i]) -> [] add : (tensor<4xi8>) -> tensor<i8> {
  ^bb0(%x: i8):
    tensor.yield %x : i8
  }
  %r = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xi8>) -> tensor<4xi8> {
  ^bb0(%x: i8):
    %z = arith.constant 0 : i8
    %neg = arith.cmpi slt, %x, %z : i8
    %m = arith.subi %z, %x : i8
    %abs = arith.select %neg, %m, %x : i8
    tensor.yield %abs : i8
  }
  return %s, %r : tensor<i8>, tensor<4xi8>
}`);
  const { results, errors } = run(m, [arg(m, 0, [100, 100, -3, 7])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [-52]);
  assert.equal(values(results[1]), [100, 100, 3, 7]);
});

test('iota through tensor.index and index casts', () => {
  registerAllInterpreters();
  if (!lookupImpl('arith.index_cast')) return;
  const m = load(`func.func @main() -> tensor<2x3xf32> {
  %c = tensor.compute [i: 2, j: 3] () -> [i, j] : () -> tensor<2x3xf32> {
    %i = tensor.index 0 : index
    %j = tensor.index 1 : index
    %c3 = arith.constant 3 : index
    %t = arith.muli %i, %c3 : index
    %s = arith.addi %t, %j : index
    %n = arith.index_cast %s : index to i32
    %f = arith.sitofp %n : i32 to f32
    tensor.yield %f : f32
  }
  return %c : tensor<2x3xf32>
}`);
  const { results, errors } = run(m, []);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [0, 1, 2, 3, 4, 5]);
});

test('a body with a nested region runs through the interpreter, tensor.index included', () => {
  registerAllInterpreters();
  if (!lookupImpl('arith.index_cast')) return;
  const m = load(`func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %r = tensor.compute [i: 4] (%a[i]) -> [i] : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%x: f32):
    %z = arith.constant 0.0 : f32
    %neg = arith.cmpf olt, %x, %z : f32
    %abs = scf.if %neg -> (f32) {
      %n = arith.negf %x : f32
      scf.yield %n : f32
    } else {
      scf.yield %x : f32
    }
    %i = tensor.index 0 : index
    %k = arith.index_cast %i : index to i32
    %f = arith.sitofp %k : i32 to f32
    %s = arith.addf %abs, %f : f32
    tensor.yield %s : f32
  }
  return %r : tensor<4xf32>
}`);
  const { results, errors } = run(m, [arg(m, 0, [-1.5, 2, -0.25, 0])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [1.5, 3, 2.25, 3]);
});

test('a runtime error in a body is reported at the body op', () => {
  registerAllInterpreters();
  if (!lookupImpl('arith.divsi')) return;
  const m = load(`func.func @main(%a: tensor<2xi32>) -> tensor<2xi32> {
  %r = tensor.compute [i: 2] (%a[i]) -> [i] : (tensor<2xi32>) -> tensor<2xi32> {
  ^bb0(%x: i32):
    %z = arith.constant 0 : i32
    %d = arith.divsi %x, %z : i32
    tensor.yield %d : i32
  }
  return %r : tensor<2xi32>
}`);
  const { diagnostics } = m.context.diagnostics.collect(() => runFunction(m, 'main', [arg(m, 0, [1, 2])]));
  assert.is(diagnostics.length, 1);
  assert.match(diagnostics[0].message, 'division by zero');
  assert.is((diagnostics[0].location as unknown as { line: number }).line, 5);
});

test('tensor.pad with a value computed from the index (the slow path through the region)', () => {
  registerAllInterpreters();
  if (!lookupImpl('arith.index_cast')) return;
  const m = load(`func.func @main(%a: tensor<2xf32>) -> tensor<5xf32> {
  %p = tensor.pad %a low[1] high[2] {
  ^bb0(%i: index):
    %n = arith.index_cast %i : index to i32
    %f = arith.sitofp %n : i32 to f32
    %neg = arith.negf %f : f32
    tensor.yield %neg : f32
  } : tensor<2xf32> to tensor<5xf32>
  return %p : tensor<5xf32>
}`);
  const { results, errors } = run(m, [arg(m, 0, [7, 8])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [-0, 7, 8, -3, -4]);
});

test('tensor.take gathers rows and columns, negative indices from the end, out of range is an error', () => {
  const m = load(`func.func @main(%data: tensor<3x2xf32>, %rows: tensor<2x2xi64>, %cols: tensor<3xi32>) -> (tensor<2x2x2xf32>, tensor<3x3xf32>) {
  %r = tensor.take %data[%rows] axis 0 : (tensor<3x2xf32>, tensor<2x2xi64>) -> tensor<2x2x2xf32>
  %c = tensor.take %data[%cols] axis 1 : (tensor<3x2xf32>, tensor<3xi32>) -> tensor<3x3xf32>
  return %r, %c : tensor<2x2x2xf32>, tensor<3x3xf32>
}`);
  const data = arg(m, 0, [1, 2, 3, 4, 5, 6]);
  const { results, errors } = run(m, [data, arg(m, 1, [2, 0, -1, 1]), arg(m, 2, [1, 0, -2])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [5, 6, 1, 2, 5, 6, 3, 4]);
  assert.equal(values(results[1]), [2, 1, 1, 4, 3, 3, 6, 5, 5]);
  const bad = run(m, [data, arg(m, 1, [3, 0, 0, 0]), arg(m, 2, [0, 0, 0])]);
  assert.equal(bad.errors, ['index 3 is out of range for axis 0 of size 3']);
});

test('tensor.empty gives a tensor of its type', () => {
  const m = load(`func.func @main() -> tensor<2x3xf16> {
  %e = tensor.empty() : tensor<2x3xf16>
  return %e : tensor<2x3xf16>
}`);
  const { results, errors } = run(m, []);
  assert.equal(errors, []);
  assert.equal(results[0].shape, [2, 3]);
});

test('f16 TEs round every result to f16', () => {
  const m = load(`func.func @main(%a: tensor<3xf16>) -> tensor<f16> {
  %r = tensor.compute [i: 3 reduce] (%a[i]) -> [] add : (tensor<3xf16>) -> tensor<f16> {
  ^bb0(%x: f16):
    %y = arith.mulf %x, %x : f16
    tensor.yield %y : f16
  }
  return %r : tensor<f16>
}`);
  // 2049 is not an f16 (spacing 2 above 2048): 2048 + 1 rounds to even, 2048.
  const { results, errors } = run(m, [arg(m, 0, [32, 32, 1])]);
  assert.equal(errors, []);
  assert.equal(values(results[0]), [2048]);
});

test.run();
