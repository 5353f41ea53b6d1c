// graph folds: constant folding gives what the interpreter computes, stops above FOLD_LIMIT
// elements for non-splats, and the identities keep types right.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { printOperation } from '../../../../lib/print/index.js';
import { FrozenPatternSet } from '../../../../lib/rewrite/pattern.js';
import { canonicalizationPatternsOf } from '../../../../lib/rewrite/op-hooks.js';
import { applyPatternsGreedily } from '../../../../lib/rewrite/greedy.js';
import { TensorValue, checkSameResults, runFunction } from '../../../../lib/interp/index.js';
import { FOLD_LIMIT } from '../../../../dialects/graph/index.js';
import type { Operation } from '../../../../lib/ir/index.js';
import { main, parse } from './harness.js';

/** `module` canonicalised in place. */
function canonicalizeModule(module: Operation): Operation {
  applyPatternsGreedily(module, new FrozenPatternSet([], { provider: canonicalizationPatternsOf }));
  return module;
}

/** The canonicalised module of `text`. */
const canonicalize = (text: string) => canonicalizeModule(parse(text));

/** A 1-D f32 constant 0, 1, ..., n-1. */
const iota = (n: number) => `graph.constant dense<[${Array.from({ length: n }, (_, i) => `${i}.0`).join(', ')}]> : tensor<${n}xf32>`;

test('non-splat constants fold up to FOLD_LIMIT elements, not beyond', () => {
  for (const [n, folds] of [[FOLD_LIMIT, true], [FOLD_LIMIT + 1, false]] as const) {
    const text = main(`  %a = ${iota(n)}\n  %r = graph.add %a, %a : tensor<${n}xf32>, tensor<${n}xf32>`, `tensor<${n}xf32>`);
    const out = printOperation(canonicalize(text));
    assert.is(out.includes('graph.add'), !folds, `n = ${n}`);
  }
});

test('folded values equal the interpreter on the unfolded program (f32, f16, transcendental)', () => {
  const programs = [
    main(`  %a = graph.constant dense<[0.1, -2.5, 3.75]> : tensor<3xf32>
  %b = graph.constant dense<[[0.3], [7.0]]> : tensor<2x1xf32>
  %c = graph.mul %a, %b : tensor<3xf32>, tensor<2x1xf32>
  %d = graph.gelu %c : tensor<2x3xf32>
  %e = graph.sigmoid %d : tensor<2x3xf32>
  %r = graph.pow %e, %b : tensor<2x3xf32>, tensor<2x1xf32>`, 'tensor<2x3xf32>'),
    main(`  %a = graph.constant dense<[1.0, 0.333, 1000.0]> : tensor<3xf16>
  %b = graph.constant dense<[0.0004882, 3.0, 0.125]> : tensor<3xf16>
  %c = graph.add %a, %b : tensor<3xf16>, tensor<3xf16>
  %d = graph.div %c, %b : tensor<3xf16>, tensor<3xf16>
  %r = graph.tanh %d : tensor<3xf16>`, 'tensor<3xf16>'),
    main(`  %a = graph.constant dense<[-1.5, 2.5, 7.9]> : tensor<3xf32>
  %b = graph.cast %a : tensor<3xf32> to tensor<3xi32>
  %c = graph.cast %b : tensor<3xi32> to tensor<3xf16>
  %t = graph.reshape %c : tensor<3xf16> to tensor<1x3xf16>
  %r = graph.transpose %t perm = [1, 0] : tensor<1x3xf16>`, 'tensor<3x1xf16>'),
  ];
  for (const text of programs) {
    const before = parse(text);
    const after = canonicalizeModule(before.clone());
    const printed = printOperation(after);
    assert.not.match(printed, /graph\.(add|mul|div|gelu|sigmoid|pow|tanh|cast|reshape|transpose)/, printed);
    const r = checkSameResults(before, after, { rtol: 0, atol: 0 });
    assert.ok(r.ok, r.message);
  }
});

test('identities only where the type is kept: x * 1 of the same shape, not a broadcasting one', () => {
  const keep = printOperation(canonicalize(`func.func @f(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %one = graph.constant dense<1.0> : tensor<1x3xf32>
  %r = graph.mul %one, %x : tensor<1x3xf32>, tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}`));
  assert.match(keep, 'return %arg0');
  const grow = printOperation(canonicalize(`func.func @f(%x: tensor<3xf32>) -> tensor<2x3xf32> {
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %r = graph.mul %x, %one : tensor<3xf32>, tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}`));
  assert.match(grow, 'graph.mul');
  const sub = printOperation(canonicalize(`func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  %zero = graph.constant dense<0.0> : tensor<3xf32>
  %r = graph.sub %zero, %x : tensor<3xf32>, tensor<3xf32>
  return %r : tensor<3xf32>
}`));
  assert.match(sub, 'graph.sub', '0 - x is not x');
});

test('a dense_resource constant is no fold input: the ops on it stay, and the program still runs', () => {
  const module = canonicalize(`${main(`  %a = graph.constant dense_resource<w> : tensor<2xf32>
  %b = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %c = graph.add %a, %b : tensor<2xf32>, tensor<2xf32>
  %r = graph.relu %c : tensor<2xf32>`, 'tensor<2xf32>')}
{-#
  dialect_resources: { builtin: { w: "0x040000000000803F000080C0" } }
#-}`);
  assert.match(printOperation(module), /graph\.add[\s\S]*graph\.relu/);
  const { result } = module.context.diagnostics.collect(() => runFunction(module, 'main', []));
  assert.equal(Array.from((result![0] as TensorValue).data.array as Float32Array), [2, 0]);
});

test.run();
