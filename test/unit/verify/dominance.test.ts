// Dominance and isolation: MLIR's messages and notes, SSA vs graph regions, unreachable blocks.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Block } from '../../../lib/ir/index.js';
import { at, check, describe, i32, makeContext, makeFunc, makeModule, op } from './build-ir.js';

test('use before definition in the same block: note says op in the same block', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const use = op(entry, 'test.use', 3);
  const def = op(entry, 'test.def', 4, { results: [i32(ctx)] });
  use.setOperands([def.result(0)]);
  op(entry, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), [
    '3: error: operand #0 does not dominate this use',
    '4: note: operand defined here (op in the same block)',
  ]);
});

test('use in a nested region of a value defined later in the parent: op in a parent region', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const wrap = op(entry, 'test.wrap', 3, { regions: 1 });
  const inner = wrap.regions[0].push(new Block());
  const use = op(inner, 'test.use', 4);
  const def = op(entry, 'test.def', 5, { results: [i32(ctx)] });
  use.setOperands([def.result(0)]);
  op(entry, 'func.return', 6);
  assert.equal(check(module).diags.flatMap(describe), [
    '4: error: operand #0 does not dominate this use',
    '5: note: operand defined here (op in a parent region)',
  ]);
});

test('use of a value defined in a nested region: op in a child region', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const wrap = op(entry, 'test.wrap', 3, { regions: 1 });
  const inner = wrap.regions[0].push(new Block());
  const def = op(inner, 'test.def', 4, { results: [i32(ctx)] });
  op(entry, 'test.use', 5, { operands: [def.result(0)] });
  op(entry, 'func.return', 6);
  assert.equal(check(module).diags.flatMap(describe), [
    '5: error: operand #0 does not dominate this use',
    '4: note: operand defined here (op in a child region)',
  ]);
});

test('an op using its own result from inside its region does not dominate the use', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const wrap = op(entry, 'test.wrap', 3, { regions: 1, results: [i32(ctx)] });
  const inner = wrap.regions[0].push(new Block());
  op(inner, 'test.use', 4, { operands: [wrap.result(0)] });
  op(inner, 'test.a', 5);
  op(inner, 'test.b', 6);
  op(entry, 'func.return', 7);
  // The region of an unregistered op with one block may be a graph region, but its own result
  // is still not available inside it: the enclosing op does not dominate what it encloses.
  assert.equal(check(module).diags.flatMap(describe)[0], '4: error: operand #0 does not dominate this use');
});

test('graph region of an unregistered op: uses before definitions are fine', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2);
  const graph = op(entry, 'test.graph', 3, { regions: 1 });
  const g = graph.regions[0].push(new Block());
  const use = op(g, 'test.use', 4);
  const def = op(g, 'test.def', 5, { results: [i32(ctx)] });
  use.setOperands([def.result(0)]);
  op(entry, 'func.return', 6);
  assert.is(check(module).ok, true);
});

test('module bodies are graph regions', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const use = op(body, 'test.use', 2);
  const def = op(body, 'test.def', 3, { results: [i32(ctx)] });
  use.setOperands([def.result(0)]);
  assert.is(check(module).ok, true);
});

test('multi-block regions of unregistered ops have SSA dominance', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const r = op(body, 'test.cfg', 2, { regions: 1 });
  const b0 = r.regions[0].push(new Block());
  const b1 = r.regions[0].push(new Block());
  const use = op(b0, 'test.use', 3);
  op(b0, 'test.br', 4, { successors: [b1] });
  const def = op(b1, 'test.def', 5, { results: [i32(ctx)] });
  op(b1, 'test.end', 6);
  use.setOperands([def.result(0)]);
  assert.equal(check(module).diags.flatMap(describe), [
    '3: error: operand #0 does not dominate this use',
    '5: note: operand defined here (op in the same region)',
  ]);
});

test('CFG dominance: a value from one branch is not available at the join', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const [left, right, join] = [1, 2, 3].map(() => fn.regions[0].push(new Block()));
  op(entry, 'test.cond_br', 3, { successors: [left, right] });
  const def = op(left, 'test.def', 4, { results: [i32(ctx)] });
  op(left, 'test.br', 5, { successors: [join] });
  op(right, 'test.br', 6, { successors: [join] });
  op(join, 'test.use', 7, { operands: [def.result(0)] });
  op(join, 'func.return', 8);
  assert.equal(check(module).diags.flatMap(describe), [
    '7: error: operand #0 does not dominate this use',
    '4: note: operand defined here (op in the same region)',
  ]);
});

test('CFG dominance: a value from a dominating block is available, and in loops', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const [header, latch, exit] = [1, 2, 3].map(() => fn.regions[0].push(new Block()));
  const def = op(entry, 'test.def', 3, { results: [i32(ctx)] });
  op(entry, 'test.br', 4, { successors: [header] });
  const h = op(header, 'test.def', 5, { results: [i32(ctx)] });
  op(header, 'test.cond_br', 6, { successors: [latch, exit] });
  op(latch, 'test.use', 7, { operands: [def.result(0), h.result(0)] });
  op(latch, 'test.br', 8, { successors: [header] });
  op(exit, 'test.use', 9, { operands: [h.result(0)] });
  op(exit, 'func.return', 10);
  assert.equal(check(module), { ok: true, diags: [] });
});

test('unreachable blocks are not checked, but values defined in them do not dominate reachable uses', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const [reachable, dead] = [1, 2].map(() => fn.regions[0].push(new Block()));
  op(entry, 'test.br', 3, { successors: [reachable] });
  const deadUse = op(dead, 'test.use', 4);
  const deadDef = op(dead, 'test.def', 5, { results: [i32(ctx)] });
  deadUse.setOperands([deadDef.result(0)]);
  op(dead, 'func.return', 6);
  op(reachable, 'test.use', 7, { operands: [deadDef.result(0)] });
  op(reachable, 'func.return', 8);
  assert.equal(check(module).diags.flatMap(describe), [
    '7: error: operand #0 does not dominate this use',
    '5: note: operand defined here (op in the same region)',
  ]);
});

test('block argument of a non-dominating block: note at the region op, with the block index', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { fn, entry } = makeFunc(body, 'f', 2);
  const [b1, b2] = [1, 2].map(() => fn.regions[0].push(new Block()));
  const arg = b2.addArgument(i32(ctx), at(ctx, 9));
  op(entry, 'test.br', 3, { successors: [b1] });
  op(b1, 'test.use', 4, { operands: [arg] });
  op(b1, 'func.return', 5);
  op(b2, 'func.return', 6);
  assert.equal(check(module).diags.flatMap(describe), [
    '4: error: operand #0 does not dominate this use',
    '2: note: operand defined as a block argument (block #2 in the same region)',
  ]);
});

test('isolated from above: using value defined outside the region, note at the isolated op', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'outer', 2);
  const def = op(entry, 'test.def', 3, { results: [i32(ctx)] });
  const wrap = op(entry, 'test.wrap', 4, { regions: 1 });
  const w = wrap.regions[0].push(new Block());
  const { entry: innerEntry } = makeFunc(w, 'inner', 5);
  op(innerEntry, 'test.use', 6, { operands: [def.result(0)] });
  op(innerEntry, 'func.return', 7);
  op(entry, 'func.return', 8);
  assert.equal(check(module).diags.flatMap(describe), [
    "6: error: 'test.use' op using value defined outside the region",
    '5: note: required by region isolation constraints',
  ]);
});

test('a function nested in a registered non-symbol-table op: symbol parent must have the SymbolTable trait', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'outer', 2);
  const { entry: inner } = makeFunc(entry, 'inner', 3);
  op(inner, 'func.return', 4);
  op(entry, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), ["3: error: 'func.func' op symbol's parent must have the SymbolTable trait"]);
});

test.run();
