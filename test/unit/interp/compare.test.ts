// compareValues and checkSameResults: tolerances, the first mismatch's index, memref outputs, failures.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, MLIRContext, RankedTensorType } from '../../../lib/ir/index.js';
import { TensorValue, checkSameResults, compareValues, findFunction, functionSignature, makeInputs } from '../../../lib/interp/index.js';
import { parse } from './harness.js';

const ctx = new MLIRContext();
const type = RankedTensorType.get([2, 2], FloatType.get(ctx, 'f32'));
const tensor = (xs: number[]) => {
  const t = TensorValue.zeros(type);
  xs.forEach((x, i) => t.data.set(i, x));
  return t;
};

test('scalars and tensors within tolerance, NaN equal to NaN', () => {
  assert.is(compareValues(1, 1 + 1e-7), undefined);
  assert.is(compareValues(1, 1.1), 'expected 1, got 1.1');
  assert.is(compareValues(1, 1.1, { rtol: 0.2 }), undefined);
  assert.is(compareValues(NaN, NaN), undefined);
  assert.is(compareValues(3n, 3n), undefined);
  assert.is(compareValues(3n, 4n), 'expected 3, got 4');
  assert.is(compareValues(tensor([1, 2, 3, 4]), tensor([1, 2, 3, 4])), undefined);
  assert.is(compareValues(tensor([1, 2, 3, 4]), tensor([1, 2, 5, 6])), 'at [1, 0]: expected 3, got 5 (2 elements differ)');
  assert.match(compareValues(tensor([1, 2, 3, 4]), 1)!, 'expected a tensor, got a scalar');
});

const sum = `
  func.func @main(%a: index, %b: index, %m: memref<2xindex>) -> index {
    %c0 = "test.const"() {value = 0 : index} : () -> index
    %s = "test.addi"(%a, %b) : (index, index) -> index
    memref.store %s, %m[%c0] : memref<2xindex>
    return %s : index
  }`;

test('checkSameResults: the same program agrees with itself on random inputs', () => {
  const r = checkSameResults(parse(sum), parse(sum), { seed: 5 });
  assert.ok(r.ok, r.message);
});

test('checkSameResults takes given inputs instead of random ones', () => {
  // With b = 0, returning a + b or a cannot be told apart.
  const before = parse(sum);
  const [, , buffer] = makeInputs(functionSignature(findFunction(before, 'main')!).inputs, { mode: 'zeros' });
  const r = checkSameResults(before, parse(sum.replace('return %s', 'return %a')), { inputs: [3n, 0n, buffer] });
  assert.ok(r.ok, r.message);
});

test('checkSameResults reports a different result and a different memref output', () => {
  const wrongResult = sum.replace('return %s', 'return %a');
  const r1 = checkSameResults(parse(sum), parse(wrongResult), { seed: 1 });
  assert.not.ok(r1.ok);
  assert.match(r1.message, /^result #0 differs expected \d+, got \d+$/);
  const wrongStore = sum.replace('memref.store %s', 'memref.store %a');
  const r2 = checkSameResults(parse(sum), parse(wrongStore), { seed: 1 });
  assert.match(r2.message, /^memref argument #2 differs after the run at \[0\]: expected \d+, got \d+$/);
});

test('checkSameResults reports a runtime error of either program and a missing entry', () => {
  const broken = sum.replace('memref.store %s, %m[%c0]', 'memref.store %s, %m[%c9]').replace('%c0 = "test.const"() {value = 0 : index}', '%c9 = "test.const"() {value = 9 : index}');
  const r = checkSameResults(parse(sum), parse(broken));
  assert.not.ok(r.ok);
  assert.match(r.message, 'the transformed program failed:\ntest.mlir:5:5: error: index [9] is out of bounds');
  assert.match(checkSameResults(parse(sum), parse(sum), { entry: 'nope' }).message, "no function named '@nope'");
});

test('checkSameResults passes tensors as memrefs to a bufferized program and compares them by elements', () => {
  const tensors = 'func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> { return %t : tensor<4xf32> }';
  const memrefs = `func.func @main(%m: memref<4xf32>) -> memref<4xf32> {
    return %m : memref<4xf32>
  }`;
  const r = checkSameResults(parse(tensors), parse(memrefs), { seed: 2 });
  assert.ok(r.ok, r.message);
  const zeroed = `func.func @main(%m: memref<4xf32>) -> memref<4xf32> {
    %z = memref.alloc() : memref<4xf32>
    return %z : memref<4xf32>
  }`;
  assert.match(checkSameResults(parse(tensors), parse(zeroed), { seed: 2 }).message, /^result #0 differs at \[\d\]: expected -?[\d.]+, got 0/);
});

test.run();
