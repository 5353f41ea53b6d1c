// tensor.compute as an API: the accessors on parsed TEs, the builder, and the printed form of what it builds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import {
  ComputeOp, accessMap, buildCompute, combinerIdentity, computeBody, computeBounds, computeCombiners, computeInits, computeIterators,
  explicitInits, indexingMaps, inputMaps, outputMaps, parallelDims, reductionDims, yieldedValues,
} from '../../../../dialects/tensor/index.js';
import { add, constant, dim, floorDiv, mul } from '../../../../lib/affine/index.js';
import { Builder, FloatAttr, FloatType, IntegerAttr, IntegerType, RankedTensorType, UnknownLoc, type Operation } from '../../../../lib/ir/index.js';
import { printOperation } from '../../../../lib/print/index.js';
import { roundTrip, verifyMessages } from '../../dialect/harness.js';
import { opsByName } from '../cf/ops-by-name.js';

const MATMUL = `func.func @f(%a: tensor<8x4xf32>, %b: tensor<4x6xf32>) -> (tensor<8x6xf32>, tensor<8xf32>) {
  %c = tensor.compute [i: 8, j: 6, k: 4 reduce] (%a[i, k], %b[k, j]) -> [i, j] add : (tensor<8x4xf32>, tensor<4x6xf32>) -> tensor<8x6xf32> {
  ^bb0(%x: f32, %y: f32):
    %m = arith.mulf %x, %y : f32
    tensor.yield %m : f32
  }
  %r:2 = tensor.compute [i: 8, j: 6 reduce] (%c[i, j]) -> [i] max, [i] add init(1.0 : f32) : (tensor<8x6xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  ^bb0(%x: f32):
    tensor.yield %x, %x : f32, f32
  }
  return %c, %r#0 : tensor<8x6xf32>, tensor<8xf32>
}`;

function computes(source: string): Operation[] {
  const ops: Operation[] = [];
  opsByName(source).get('func.func')!.walk((op) => void (ComputeOp.is(op) && ops.push(op)));
  return ops;
}

test('accessors read the domain, maps and combiners of a contraction', () => {
  const [mm] = computes(MATMUL);
  assert.equal(computeBounds(mm), [8, 6, 4]);
  assert.equal(computeIterators(mm), ['parallel', 'parallel', 'reduction']);
  assert.equal(reductionDims(mm), [2]);
  assert.equal(parallelDims(mm), [0, 1]);
  assert.equal(computeCombiners(mm), ['add']);
  assert.is(indexingMaps(mm).length, 3);
  assert.equal(inputMaps(mm).map(String), ['(d0, d1, d2) -> (d0, d2)', '(d0, d1, d2) -> (d2, d1)']);
  assert.equal(outputMaps(mm).map(String), ['(d0, d1, d2) -> (d0, d1)']);
  assert.is(computeBody(mm).arguments.length, 2);
  assert.is(yieldedValues(mm)[0].definingOp?.name.name, 'arith.mulf');
  assert.is((computeInits(mm)[0] as FloatAttr).value, 0);
});

test('initial values: explicit where given, else the identity of the combiner', () => {
  const [, red] = computes(MATMUL);
  assert.equal(computeCombiners(red), ['max', 'add']);
  assert.is(explicitInits(red)[0], undefined);
  assert.is((explicitInits(red)[1] as FloatAttr).value, 1);
  assert.equal(computeInits(red).map((a) => (a as FloatAttr).value), [-Infinity, 1]);
});

test('combiner identities per element type', () => {
  const ctx = createContext();
  const f16 = FloatType.get(ctx, 'f16');
  const i8 = IntegerType.get(ctx, 8);
  assert.is((combinerIdentity('mul', f16) as FloatAttr).value, 1);
  assert.is((combinerIdentity('min', f16) as FloatAttr).value, Infinity);
  assert.is((combinerIdentity('max', i8) as IntegerAttr).value, -128n);
  assert.is((combinerIdentity('min', i8) as IntegerAttr).value, 127n);
  assert.is(combinerIdentity('none', i8), undefined);
  const i1 = IntegerType.get(ctx, 1);
  assert.equal([combinerIdentity('max', i1), combinerIdentity('min', i1)].map((a) => (a as IntegerAttr).value), [0n, 1n]);
});

test('accessMap: numbers are dims, expressions pass through', () => {
  assert.is(String(accessMap(3, [0, 2])), '(d0, d1, d2) -> (d0, d2)');
  assert.is(String(accessMap(2, [add(mul(dim(0), 2), dim(1)), constant(0)])), '(d0, d1) -> (d0 * 2 + d1, 0)');
});

/** A verified module with one function `@g(%a: <argType>)` whose body is a bare return, and a builder before it. */
function scaffold(argType: string) {
  const module = opsByName(`func.func @g(%a: ${argType}) {
  return
}`).get('builtin.module')!;
  const entry = module.regions[0].entry!.first!.regions[0].entry!;
  const b = new Builder(module.context);
  b.setInsertionPointBefore(entry.last!);
  return { module, entry, b, ctx: module.context, loc: UnknownLoc.get(module.context) };
}

test('buildCompute builds a verified TE that prints as the custom form', () => {
  const { module, entry, b, ctx, loc } = scaffold('tensor<12xf32>');
  const f32 = FloatType.get(ctx, 'f32');
  const te = buildCompute(b, loc, {
    inputs: [entry.arguments[0]],
    resultTypes: [RankedTensorType.get([3, 4], f32)],
    bounds: [12],
    inputMaps: [accessMap(1, [0])],
    outputMaps: [accessMap(1, [floorDiv(dim(0), 4), add(dim(0), mul(floorDiv(dim(0), 4), -4))])],
    body: (bb, [x]) => {
      const two = bb.create({ name: 'arith.constant', location: loc, resultTypes: [f32], properties: [{ name: 'value', value: FloatAttr.get(f32, 2) }] });
      return [bb.create({ name: 'arith.mulf', location: loc, operands: [x, two.result(0)], resultTypes: [f32] }).result(0)];
    },
  });
  assert.is(te.parent, entry);
  assert.is(te.next, entry.last);
  assert.is(b.insertionPoint?.before, entry.last);
  assert.equal(verifyMessages(module), []);
  const text = printOperation(module);
  assert.match(text, 'tensor.compute [i: 12] (%arg0[i]) -> [i floordiv 4, i mod 4] : (tensor<12xf32>) -> tensor<3x4xf32> {');
  assert.is(computeBody(te).last!.name.name, 'tensor.yield');
});

test('buildCompute with a reduction, combiners and an explicit initial value', () => {
  const { module, entry, b, ctx, loc } = scaffold('tensor<4x5xf32>');
  const f32 = FloatType.get(ctx, 'f32');
  const te = buildCompute(b, loc, {
    inputs: [entry.arguments[0]],
    resultTypes: [RankedTensorType.get([4], f32), RankedTensorType.get([4], f32)],
    bounds: [4, 5],
    iterators: ['parallel', 'reduction'],
    inputMaps: [accessMap(2, [0, 1])],
    outputMaps: [accessMap(2, [0]), accessMap(2, [0])],
    combiners: ['add', 'max'],
    inits: [FloatAttr.get(f32, 10), undefined],
    body: (_bb, [x]) => [x, x],
  });
  assert.equal(verifyMessages(module), []);
  assert.match(printOperation(module), '-> [i] add init(1.000000e+01 : f32), [i] max : (tensor<4x5xf32>) -> (tensor<4xf32>, tensor<4xf32>)');
  assert.equal(computeInits(te).map((a) => (a as FloatAttr).value), [10, -Infinity]);
});

test('an op with malformed properties (generic input that fails to verify) still prints', () => {
  const r = roundTrip(createContext(), `func.func @f(%a: tensor<4xf32>) {
  %c = "tensor.compute"(%a) <{bounds = 3 : i64, indexing_maps = [1, 2], combiners = [3], iterators = 5}> ({
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return
}`);
  assert.not.ok(r.verified);
  assert.match(r.printed, 'tensor.compute [] (%arg0[]) -> [] : (tensor<4xf32>) -> tensor<4xf32>');
  assert.equal(indexingMaps(r.module!.regions[0].entry!.first!.regions[0].entry!.first!), []);
});

test.run();
