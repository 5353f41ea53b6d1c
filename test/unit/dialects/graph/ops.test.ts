// The graph op definitions as an API: builders infer result types from the shape rules, views
// read attributes with their defaults, and the verifier reports a rule's message on the op.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { Block, FloatType, RankedTensorType, UnknownLoc } from '../../../../lib/ir/index.js';
import { verify } from '../../../../lib/verify/index.js';
import { parse } from './harness.js';
import { Conv2dOp, GemmOp, MatmulOp, ReduceMeanOp, SoftmaxOp, SplitOp, TransposeOp } from '../../../../dialects/graph/index.js';

function setup() {
  const ctx = createContext();
  ctx.getOrLoadDialect('graph');
  ctx.printOpOnDiagnostic = false;
  const f32 = FloatType.get(ctx, 'f32');
  const t = (...shape: number[]) => RankedTensorType.get(shape, f32);
  const loc = UnknownLoc.get(ctx);
  const block = new Block();
  const arg = (type: RankedTensorType) => block.addArgument(type, loc);
  return { t, loc, arg };
}

test('create infers result types: matmul, gemm with transposes, conv2d, split', () => {
  const { t, loc, arg } = setup();
  const m = MatmulOp.create(loc, { operands: { lhs: arg(t(2, 4, 8)), rhs: arg(t(8, 16)) } });
  assert.is(String(m.result(0).type), 'tensor<2x4x16xf32>');
  const g = GemmOp.create(loc, { operands: { a: arg(t(8, 4)), b: arg(t(16, 8)) }, properties: { transA: true, transB: true, alpha: 0.5 } });
  assert.is(String(g.result(0).type), 'tensor<4x16xf32>');
  assert.is(GemmOp.view(g).beta, 1);
  const c = Conv2dOp.create(loc, { operands: { input: arg(t(1, 3, 32, 32)), weight: arg(t(16, 3, 3, 3)) }, properties: { strides: [2, 2], pads: [1, 1, 1, 1] } });
  assert.is(String(c.result(0).type), 'tensor<1x16x16x16xf32>');
  assert.equal(Conv2dOp.view(c).dilations, [1, 1]);
  const s = SplitOp.create(loc, { operands: { input: arg(t(4, 6)) }, properties: { axis: -1, sizes: [2, 4] } });
  assert.equal(s.resultTypes.map(String), ['tensor<4x2xf32>', 'tensor<4x4xf32>']);
  const r = ReduceMeanOp.create(loc, { operands: { input: arg(t(2, 3, 4)) }, properties: { axes: [1], keepdims: true } });
  assert.is(String(r.result(0).type), 'tensor<2x1x4xf32>');
});

test('a built op whose shapes do not fit gets the rule message from the verifier', () => {
  const module = parse('func.func @f(%a: tensor<2x3xf32>) {\n  return\n}');
  const body = module.regions[0].blocks[0].operations[0].regions[0].blocks[0];
  const x = body.arguments[0];
  const loc = module.location;
  const ret = body.operations[0];
  for (const op of [
    TransposeOp.create(loc, { operands: { input: x }, properties: { perm: [0, 0] } }),
    SoftmaxOp.create(loc, { operands: { input: x }, properties: { axis: 2 } }),
  ]) body.insertBefore(op, ret);
  const { result, diagnostics } = module.context.diagnostics.collect(() => verify(module));
  assert.is(result, false);
  const messages = diagnostics.map((d) => d.message);
  assert.ok(messages.includes("'graph.transpose' op perm [0, 0] is not a permutation of 0..1"), messages.join('\n'));
});

test.run();
