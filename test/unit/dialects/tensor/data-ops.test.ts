// tensor.pad and tensor.take as an API: static and dynamic padding amounts, take's result shape.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PadOp, TakeOp, padAmounts, takeShape } from '../../../../dialects/tensor/index.js';
import { opsByName } from '../cf/ops-by-name.js';

const SOURCE = `func.func @f(%t: tensor<2x3xf32>, %n: index, %ids: tensor<4xi64>) {
  %cst = arith.constant 0.0 : f32
  %p = tensor.pad %t low[%n, 1] high[2, 0] {
  ^bb0(%i: index, %j: index):
    tensor.yield %cst : f32
  } : tensor<2x3xf32> to tensor<?x4xf32>
  %r = tensor.take %t[%ids] axis 1 : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<2x4xf32>
  return
}`;

test('padAmounts: static amounts as numbers, dynamic ones undefined', () => {
  const pad = opsByName(SOURCE).get('tensor.pad')!;
  assert.equal(padAmounts(pad), { low: [undefined, 1], high: [2, 0] });
  const v = PadOp.view(pad);
  assert.is(v.low.length, 1);
  assert.is(v.high.length, 0);
  assert.is(v.nofold, false);
});

test('takeShape: data dims around the axis, the indices dims in its place', () => {
  assert.equal(takeShape([10, 4], [2, 3], 0), [2, 3, 4]);
  assert.equal(takeShape([10, 4, 5], [7], 1), [10, 7, 5]);
  assert.equal(takeShape([10], [], 0), []);
  const take = TakeOp.view(opsByName(SOURCE).get('tensor.take')!);
  assert.is(take.axis, 1);
  assert.is(String(take.indices.type), 'tensor<4xi64>');
});

test.run();
