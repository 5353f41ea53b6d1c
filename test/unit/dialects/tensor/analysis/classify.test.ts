// TensorClassification as passes query it: through the analysis manager, per TE and per edge.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../../dialects/registry.js';
import { parseSourceString } from '../../../../../lib/parse/index.js';
import { AnalysisManager } from '../../../../../lib/pass/index.js';
import type { Operation } from '../../../../../lib/ir/index.js';
import { TensorClassification } from '../../../../../dialects/tensor/analysis/classify.js';

const SOURCE = `
func.func @f(%a: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %m = tensor.compute [i: 4, j: 8, k: 8 reduce] (%a[i, k], %w[k, j]) -> [i, j] add : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.mulf %x, %y : f32
    tensor.yield %0 : f32
  }
  %t = tensor.compute [i: 8, j: 4] (%m[j, i]) -> [i, j] : (tensor<4x8xf32>) -> tensor<8x4xf32> {
  ^bb0(%x: f32):
    tensor.yield %x : f32
  }
  %g = tensor.compute [i: 4, j: 8] (%m[i, j], %t[j, i]) -> [i, j] : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x8xf32> {
  ^bb0(%x: f32, %y: f32):
    %0 = arith.addf %x, %y : f32
    tensor.yield %0 : f32
  }
  return %g : tensor<4x8xf32>
}`;

function fn(): Operation {
  const ctx = createContext();
  const module = parseSourceString(SOURCE, { context: ctx, filename: 'f.mlir' })!;
  return module.regions[0].blocks[0].first!;
}

test('nodes and edges, cached by the analysis manager', () => {
  const f = fn();
  const am = new AnalysisManager(f);
  const classes = am.get(TensorClassification);
  assert.is(am.get(TensorClassification), classes);
  // %g reads %t transposed: its least regular non-broadcast read makes it a shuffle.
  assert.equal(classes.nodes.map((n) => n.kind), ['many-to-many', 'shuffle', 'shuffle']);
  assert.equal(classes.nodes[2].inputKinds, ['one-to-one', 'shuffle']);
  const [m, t, g] = classes.nodes.map((n) => n.te.op);
  assert.is(classes.node(t)!.index, 1);
  assert.equal(classes.edgesFrom(m).map((e) => [e.consumer.index, e.operand]), [[1, 0], [2, 0]]);
  const into = classes.edgesInto(g);
  assert.equal(into.map((e) => e.combined), ['many-to-many', 'shuffle']);
  assert.equal(into.map((e) => e.reuse), [1, 1]);
  // The transposed read of %t needs parts other parts of %t computed; the aligned read of %m does not.
  assert.equal(into.map((e) => e.globalSync), [false, true]);
  assert.is(classes.edgesInto(t)[0].combined, 'many-to-many');
});

test.run();
