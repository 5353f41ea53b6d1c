// Generated kernels compute exactly what the compiled-body path computes: TEs of every kind
// the generator takes (contractions, windows, reversed and broadcast maps, reshapes through
// floordiv/mod, f16 and f64, comparisons and selects, every combiner, rank 0) run both ways
// on the same random inputs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { KERNELS_STATE } from '../../../../dialects/tensor/interp-compute.js';
import { Interpreter, TensorValue, findFunction, functionSignature, makeInputs, runFunction, type RtValue } from '../../../../lib/interp/index.js';
import { parseSourceString } from '../../../../lib/parse/index.js';
import { verify } from '../../../../lib/verify/index.js';

const SOURCE = `func.func @main(%a: tensor<6x5xf32>, %b: tensor<5x4xf32>, %h: tensor<6x5xf16>, %d: tensor<5xf64>)
    -> (tensor<6x4xf32>, tensor<6x5xf32>, tensor<6xf16>, tensor<6xf16>, tensor<f64>, tensor<6x5xf32>, tensor<3x2xf32>, tensor<5x6xf32>, tensor<2x4xf32>) {
  %mm = tensor.compute [i: 6, j: 4, k: 5 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<6x5xf32>, tensor<5x4xf32>) -> tensor<6x4xf32> {
  ^bb0(%x: f32, %y: f32):
    %p = arith.mulf %x, %y : f32
    tensor.yield %p : f32
  }
  %ew = tensor.compute [i: 6, j: 5] (%a[5 - i, 4 - j], %d[j]) -> [i, j] : (tensor<6x5xf32>, tensor<5xf64>) -> tensor<6x5xf32> {
  ^bb0(%x: f32, %y: f64):
    %z = arith.constant 0.0 : f32
    %c = arith.cmpf ogt, %x, %z : f32
    %e = math.exp %x : f32
    %s = arith.select %c, %x, %e : f32
    %t = math.tanh %s : f32
    %m = arith.maximumf %t, %x : f32
    %n = arith.negf %m : f32
    tensor.yield %n : f32
  }
  %hm:2 = tensor.compute [i: 6, j: 5 reduce] (%h[i, j]) -> [i] max, [i] mul init(2.0 : f16) : (tensor<6x5xf16>) -> (tensor<6xf16>, tensor<6xf16>) {
  ^bb0(%x: f16):
    %y = arith.addf %x, %x : f16
    %q = arith.divf %y, %x : f16
    tensor.yield %x, %q : f16, f16
  }
  %dm = tensor.compute [i: 5 reduce] (%d[i]) -> [] min : (tensor<5xf64>) -> tensor<f64> {
  ^bb0(%x: f64):
    %r = arith.remf %x, %x : f64
    %s = arith.addf %x, %r : f64
    tensor.yield %s : f64
  }
  %bc = tensor.compute [i: 6, j: 5] (%b[2, 3], %a[i, 0]) -> [j * 0 + i, j] : (tensor<5x4xf32>, tensor<6x5xf32>) -> tensor<6x5xf32> {
  ^bb0(%x: f32, %y: f32):
    %s = arith.subf %x, %y : f32
    tensor.yield %s : f32
  }
  %win = tensor.compute [i: 3, j: 2, k: 2 reduce, l: 3 reduce] (%a[i * 2 + k, j * 2 + l]) -> [i, j] add : (tensor<6x5xf32>) -> tensor<3x2xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %rs = tensor.compute [i: 30] (%a[i floordiv 5, i mod 5]) -> [i floordiv 6, i mod 6] : (tensor<6x5xf32>) -> tensor<5x6xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %rm = tensor.compute [i: 2, j: 4, k: 15 reduce] (%a[(i * 15 + k) floordiv 5, k mod 5], %b[k floordiv 3, j]) -> [i, j] add
      : (tensor<6x5xf32>, tensor<5x4xf32>) -> tensor<2x4xf32> {
  ^bb0(%x: f32, %y: f32):
    %p = arith.mulf %x, %y : f32
    tensor.yield %p : f32
  }
  return %mm, %ew, %hm#0, %hm#1, %dm, %bc, %win, %rs, %rm
      : tensor<6x4xf32>, tensor<6x5xf32>, tensor<6xf16>, tensor<6xf16>, tensor<f64>, tensor<6x5xf32>, tensor<3x2xf32>, tensor<5x6xf32>, tensor<2x4xf32>
}`;

/**
 * Runs `@main` of `source` on random inputs without kernels and with them, asserts that the
 * results are the same bit for bit, and returns the inputs, the results and what each TE's
 * kernel slot held (a function, or undefined where the other path ran).
 */
function runBothWays(source: string, seed: number): { args: readonly RtValue[]; results: TensorValue[]; kernels: string[] } {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  const module = parseSourceString(source, { context: ctx, filename: 't.mlir' })!;
  assert.ok(verify(module));
  const args = makeInputs(functionSignature(findFunction(module, 'main')!).inputs, { seed });
  const slow = new Interpreter();
  slow.state.set(KERNELS_STATE, false);
  const fast = new Interpreter();
  const { result, diagnostics } = ctx.diagnostics.collect(() => [runFunction(module, 'main', args, { interpreter: slow }), runFunction(module, 'main', args, { interpreter: fast })]);
  assert.equal(diagnostics.map((d) => d.message), []);
  const [a, b] = result as [TensorValue[], TensorValue[]];
  a.forEach((t, r) => assert.equal(Array.from(b[r].data.array as Float32Array), Array.from(t.data.array as Float32Array), `result #${r}`));
  const kernels = [...(fast.state.get(KERNELS_STATE) as Map<unknown, unknown>).values()].map((k) => typeof k);
  return { args, results: a, kernels };
}

test('kernels and compiled bodies agree bit for bit', () => {
  const { results, kernels } = runBothWays(SOURCE, 7);
  assert.is(results.length, 9);
  // Every TE of this function took the kernel path.
  assert.equal(kernels, Array(8).fill('function'));
});

const INDEX_SOURCE = `func.func @main(%a: tensor<4x3xf32>, %b: tensor<2x3xf32>) -> (tensor<4x7xf32>, tensor<6x3xf32>, tensor<2x5xf16>, tensor<3xf32>) {
  %pad = tensor.compute [i: 4, j: 7] (%a[i, (j - 2) mod 3]) -> [i, j] : (tensor<4x3xf32>) -> tensor<4x7xf32> {
  ^bb0(%x: f32):
    %j = tensor.index 1 : index
    %c2 = arith.constant 2 : index
    %c5 = arith.constant 5 : index
    %lo = arith.cmpi sge, %j, %c2 : index
    %hi = arith.cmpi slt, %j, %c5 : index
    %in = arith.andi %lo, %hi : i1
    %z = arith.constant -1.5 : f32
    %v = arith.select %in, %x, %z : f32
    tensor.yield %v : f32
  }
  %cat = tensor.compute [i: 6, j: 3] (%a[i mod 4, j], %b[i mod 2, j]) -> [i, j] : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<6x3xf32> {
  ^bb0(%x: f32, %y: f32):
    %i = tensor.index 0 : index
    %c4 = arith.constant 4 : index
    %first = arith.cmpi slt, %i, %c4 : index
    %v = arith.select %first, %x, %y : f32
    tensor.yield %v : f32
  }
  %iota = tensor.compute [i: 2, j: 5] () -> [i, j] : () -> tensor<2x5xf16> {
    %i = tensor.index 0 : index
    %j = tensor.index 1 : index
    %c700 = arith.constant 700 : index
    %t = arith.muli %i, %c700 : index
    %s = arith.subi %j, %t : index
    %n = arith.index_cast %s : index to i32
    %f = arith.sitofp %n : i32 to f16
    tensor.yield %f : f16
  }
  %big = tensor.compute [i: 3] () -> [i] : () -> tensor<3xf32> {
    %i = tensor.index 0 : index
    %c = arith.constant 1073741824 : index
    %t = arith.muli %i, %c : index
    %u = arith.muli %t, %c : index
    %n = arith.index_cast %u : index to i64
    %f = arith.sitofp %n : i64 to f32
    tensor.yield %f : f32
  }
  return %pad, %cat, %iota, %big : tensor<4x7xf32>, tensor<6x3xf32>, tensor<2x5xf16>, tensor<3xf32>
}`;

test('index arithmetic in bodies: pad and concat masks, iota; bounds past 2^52 take the other path', () => {
  const { args, results, kernels } = runBothWays(INDEX_SOURCE, 3);
  const x = Array.from((args[0] as TensorValue).data.array as Float32Array);
  assert.equal(Array.from(results[0].data.array as Float32Array).slice(0, 7), [-1.5, -1.5, x[0], x[1], x[2], -1.5, -1.5]);
  assert.equal(Array.from(results[2].data.array as Float32Array), [0, 1, 2, 3, 4, -700, -699, -698, -697, -696]);
  assert.equal(Array.from(results[3].data.array as Float32Array), [0, 2 ** 60, 2 ** 61]);
  assert.equal(kernels, ['function', 'function', 'function', 'undefined']);
});

test.run();
