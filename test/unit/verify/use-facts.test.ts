// The verifier's walk notes whether every operand is inside its isolated op and dominates its
// use; the IsolatedFromAbove and dominance checks walk again only when it saw otherwise, and
// then report the first failure in their own order.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Block, makeDialect, makeOpInfo } from '../../../lib/ir/index.js';
import { check, describe, i32, makeContext, makeFunc, makeModule, op } from './build-ir.js';

/** A context where `iso.two` is a registered isolated-from-above op (with any number of regions). */
function isoContext() {
  const ctx = makeContext();
  ctx.registerDialect('iso', () => makeDialect('iso', [makeOpInfo({ name: 'iso.two', traits: ['IsolatedFromAbove'] })]));
  return ctx;
}

test('an isolated op with two regions: a value of its first region used in its second is defined outside', () => {
  const ctx = isoContext();
  const { module, body } = makeModule(ctx);
  const two = op(body, 'iso.two', 2, { regions: 2 });
  const first = two.regions[0].push(new Block());
  const def = op(first, 'test.def', 3, { results: [i32(ctx)] });
  // Nested below an op of the second region, so that the walk reaches the use from the second region.
  const wrap = op(two.regions[1].push(new Block()), 'test.wrap', 4, { regions: 1 });
  op(wrap.regions[0].push(new Block()), 'test.use', 5, { operands: [def.result(0)] });
  assert.equal(check(module).diags.flatMap(describe), [
    "5: error: 'test.use' op using value defined outside the region",
    '2: note: required by region isolation constraints',
  ]);
});

test('uses in both regions of their own isolated op are inside', () => {
  const ctx = isoContext();
  const { module, body } = makeModule(ctx);
  const two = op(body, 'iso.two', 2, { regions: 2 });
  for (const region of two.regions) {
    const block = region.push(new Block());
    const def = op(block, 'test.def', 3, { results: [i32(ctx)] });
    const wrap = op(block, 'test.wrap', 4, { regions: 1 });
    op(wrap.regions[0].push(new Block()), 'test.use', 5, { operands: [def.result(0)] });
  }
  assert.equal(check(module), { ok: true, diags: [] });
});

test('of two outside uses, the one reported is the first in the IsolatedFromAbove walk: the block before nested regions', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'outer', 2);
  const a = op(entry, 'test.def', 3, { results: [i32(ctx)] });
  const b = op(entry, 'test.def', 4, { results: [i32(ctx)] });
  const { entry: inner } = makeFunc(op(entry, 'test.wrap', 5, { regions: 1 }).regions[0].push(new Block()), 'inner', 6);
  // The verifier's walk meets this use first (it enters test.wrap's region in place)...
  const wrap = op(inner, 'test.wrap', 7, { regions: 1 });
  op(wrap.regions[0].push(new Block()), 'test.use', 8, { operands: [a.result(0)] });
  // ...but MLIR's check walks the function's block before the regions nested in it.
  op(inner, 'test.use', 9, { operands: [b.result(0)] });
  op(inner, 'func.return', 10);
  op(entry, 'func.return', 11);
  assert.equal(check(module).diags.flatMap(describe), [
    "9: error: 'test.use' op using value defined outside the region",
    '6: note: required by region isolation constraints',
  ]);
});

test('a use nested below an op and not dominated is reported when the IsolatedFromAbove check passes', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const outer = op(entry, 'test.wrap', 3, { regions: 1 });
  const block = outer.regions[0].push(new Block());
  block.addArgument(i32(ctx), outer.location);
  // Two blocks: an SSA region even though test.wrap is unregistered.
  const wrap = op(block, 'test.wrap', 4, { regions: 1 });
  const [b0, b1] = [wrap.regions[0].push(new Block()), wrap.regions[0].push(new Block())];
  const late = op(b0, 'test.def', 5, { results: [i32(ctx)] });
  op(b0, 'test.br', 6, { successors: [b1] });
  const use = op(b1, 'test.use', 7, { operands: [block.arguments[0]] });
  op(b1, 'test.def', 8, { results: [i32(ctx)] });
  use.setOperands([block.arguments[0], late.result(0), b1.last!.result(0)]);
  op(b1, 'test.end', 9);
  op(entry, 'func.return', 10);
  assert.equal(check(module).diags.flatMap(describe), [
    '7: error: operand #2 does not dominate this use',
    '8: note: operand defined here (op in the same block)',
  ]);
});

test("a value of the block holding an isolated op, used directly in the op's region, is outside it", () => {
  const ctx = isoContext();
  const { module, body } = makeModule(ctx);
  const def = op(body, 'test.def', 2, { results: [i32(ctx)] });
  const two = op(body, 'iso.two', 3, { regions: 1 });
  op(two.regions[0].push(new Block()), 'test.use', 4, { operands: [def.result(0)] });
  assert.equal(check(module).diags.flatMap(describe), [
    "4: error: 'test.use' op using value defined outside the region",
    '3: note: required by region isolation constraints',
  ]);
});

test('a body using a value of its surrounding block: dominated in a graph region whatever the order, in an SSA block only when defined before', () => {
  for (const graph of [true, false]) {
    const ctx = makeContext();
    const { module, body } = makeModule(ctx);
    const { entry } = makeFunc(body, 'f', 2);
    // The body of an unregistered op with one block may be a graph region; a function's body is SSA.
    const surrounding = graph ? op(entry, 'test.graph', 3, { regions: 1 }).regions[0].push(new Block()) : entry;
    const wrap = op(surrounding, 'test.wrap', 4, { regions: 1 });
    const late = op(surrounding, 'test.def', 5, { results: [i32(ctx)] });
    op(wrap.regions[0].push(new Block()), 'test.use', 6, { operands: [late.result(0)] });
    op(entry, 'func.return', 7);
    const expected = graph ? [] : ['6: error: operand #0 does not dominate this use', '5: note: operand defined here (op in a parent region)'];
    assert.equal(check(module).diags.flatMap(describe), expected, graph ? 'graph' : 'ssa');
  }
});

test.run();
