// The convert-graph-to-tensor pass as a pass: registered by name, leaves non-graph ops alone,
// and an op it cannot lower fails the conversion with an error naming it, the IR unchanged.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { printOperation } from '../../../../lib/print/index.js';
import { lookupPassOrPipeline } from '../../../../lib/pass/index.js';
import { applyPartialConversion } from '../../../../lib/rewrite/index.js';
import { registerDialectPasses } from '../../../../dialects/passes.js';
import { graphToTensorPatterns, graphToTensorTarget } from '../../../../dialects/graph/to-tensor/index.js';
import { lowered, opNames, parse } from './to-tensor-harness.js';

const program = `func.func @main(%a: tensor<2x3xf32>, %k: f32) -> (tensor<2x3xf32>, f32) {
  %0 = graph.softmax %a : tensor<2x3xf32>
  %1 = graph.relu %0 : tensor<2x3xf32>
  %2 = arith.addf %k, %k : f32
  return %1, %2 : tensor<2x3xf32>, f32
}`;

test('registered for pipelines and flags under its name', () => {
  registerDialectPasses();
  assert.ok(lookupPassOrPipeline('convert-graph-to-tensor'));
});

test('graph ops become TEs; other ops stay as they were', () => {
  assert.equal(opNames(lowered(parse(program))), [...Array(5).fill('tensor.compute'), 'arith.addf']);
});

test('an op no pattern lowers fails the conversion with an error naming it, and nothing changes', () => {
  const module = parse(program);
  const before = printOperation(module);
  const patterns = graphToTensorPatterns().filter((p) => p.root !== 'graph.softmax');
  const { result, diagnostics } = module.context.diagnostics.collect(() => applyPartialConversion(module, graphToTensorTarget(), patterns));
  assert.not.ok(result.ok);
  assert.equal(
    diagnostics.map((d) => d.message),
    ["failed to legalize operation 'graph.softmax' that was explicitly marked illegal"],
  );
  assert.is(printOperation(module), before);
});

test.run();
