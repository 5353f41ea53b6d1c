// func and symbol verification: signatures, returns, calls, constants, symbol tables, MLIR's messages.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ArrayAttr, Block, DictionaryAttr, FunctionType, StringAttr, SymbolRefAttr, TypeAttr, UnitAttr } from '../../../lib/ir/index.js';
import type { MLIRContext, NamedAttribute, Operation, Value } from '../../../lib/ir/index.js';
import type { Type } from '../../../lib/ir/types.js';
// Installs the type and attribute printers that the messages quote.
import '../../../lib/print/index.js';
import { verify } from '../../../lib/verify/index.js';
import { at, check, describe, i32, i64, makeContext, makeFunc, makeModule, op } from './build-ir.js';

const callee = (ctx: MLIRContext, name: string): NamedAttribute => ({ name: 'callee', value: SymbolRefAttr.get(ctx, name) });

/** A module with `func.func private @callee(i32) -> i32` and a function `@caller(i32, i64)` to fill. */
function withCallee(ctx: MLIRContext): { module: Operation; entry: Block } {
  const { module, body } = makeModule(ctx);
  makeFunc(body, 'callee', 2, [i32(ctx)], [i32(ctx)], [{ name: 'sym_visibility', value: StringAttr.get(ctx, 'private') }]).entry.erase();
  const { entry } = makeFunc(body, 'caller', 3, [i32(ctx), i64(ctx)]);
  return { module, entry };
}

test('a call that matches its callee verifies', () => {
  const ctx = makeContext();
  const { module, entry } = withCallee(ctx);
  op(entry, 'func.call', 4, { operands: [entry.arguments[0]], results: [i32(ctx)], props: [callee(ctx, 'callee')] });
  op(entry, 'func.return', 5);
  assert.equal(check(module), { ok: true, diags: [] });
});

test('func.call of an unknown symbol: does not reference a valid function', () => {
  const ctx = makeContext();
  const { module, entry } = withCallee(ctx);
  op(entry, 'func.call', 4, { props: [callee(ctx, 'missing')] });
  op(entry, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), ["4: error: 'func.call' op 'missing' does not reference a valid function"]);
});

test('func.call operand count, operand type, result count and result type', () => {
  const cases: [(ctx: MLIRContext, e: Block) => Partial<Parameters<typeof op>[3]>, string[]][] = [
    [() => ({ results: [] }), ["4: error: 'func.call' op incorrect number of operands for callee"]],
    [(_, e) => ({ operands: [e.arguments[1]], results: [] }), ["4: error: 'func.call' op operand type mismatch: expected operand type 'i32', but provided 'i64' for operand number 0"]],
    [(_, e) => ({ operands: [e.arguments[0]], results: [] }), ["4: error: 'func.call' op incorrect number of results for callee"]],
    [
      (ctx, e) => ({ operands: [e.arguments[0]], results: [i64(ctx)] }),
      ["4: error: 'func.call' op result type mismatch at index 0", "4: note:       op result types: 'i64'", "4: note: function result types: 'i32'"],
    ],
  ];
  for (const [init, expected] of cases) {
    const ctx = makeContext();
    const { module, entry } = withCallee(ctx);
    op(entry, 'func.call', 4, { ...init(ctx, entry), props: [callee(ctx, 'callee')] });
    op(entry, 'func.return', 5);
    assert.equal(check(module).diags.flatMap(describe), expected);
  }
});

test('func.call without callee: requires attribute', () => {
  const ctx = makeContext();
  const { module, entry } = withCallee(ctx);
  op(entry, 'func.call', 4);
  op(entry, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), ["4: error: 'func.call' op requires attribute 'callee'"]);
});

test('symbol uses are checked after the functions: a broken function hides its bad calls', () => {
  const ctx = makeContext();
  const { module, entry } = withCallee(ctx);
  op(entry, 'func.call', 4, { props: [callee(ctx, 'missing')] });
  op(entry, 'func.return', 5, { operands: [entry.arguments[0]] });
  assert.equal(check(module).diags.flatMap(describe), ["5: error: 'func.return' op has 1 operands, but enclosing function (@caller) returns 0"]);
});

test('func.return type mismatch', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2, [i32(ctx)], [i64(ctx)]);
  op(entry, 'func.return', 3, { operands: [entry.arguments[0]] });
  assert.equal(check(module).diags.flatMap(describe), ["3: error: type of return operand 0 ('i32') doesn't match function result type ('i64') in function @f"]);
});

test('entry block arguments against function_type', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const { entry } = makeFunc(body, 'f', 2, [i32(ctx)]);
  entry.insertArgument(0, i64(ctx), at(ctx, 2));
  op(entry, 'func.return', 3);
  const { entry: e2 } = makeFunc(body, 'g', 4, [i32(ctx)]);
  e2.eraseArgument(0);
  e2.addArgument(i64(ctx), at(ctx, 4));
  op(e2, 'func.return', 5);
  assert.equal(check(module).diags.flatMap(describe), [
    "2: error: 'func.func' op entry block must have 1 arguments to match function signature",
    "4: error: 'func.func' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')",
  ]);
});

test('public declarations, bad visibility, missing attributes, arg_attrs', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  makeFunc(body, 'decl', 2).entry.erase();
  const vis = makeFunc(body, 'vis', 3, [], [], [{ name: 'sym_visibility', value: StringAttr.get(ctx, 'foo') }]);
  op(vis.entry, 'func.return', 3);
  op(body, 'func.func', 4, { regions: 1, props: [{ name: 'sym_name', value: StringAttr.get(ctx, 'n') }] });
  op(body, 'func.func', 5, {
    regions: 1,
    props: [
      { name: 'sym_name', value: StringAttr.get(ctx, 'b') },
      { name: 'function_type', value: TypeAttr.get(i32(ctx)) },
    ],
  });
  const args = makeFunc(body, 'args', 6, [i32(ctx)], [], [{ name: 'arg_attrs', value: ArrayAttr.get(ctx, [DictionaryAttr.get(ctx, [{ name: 'foo', value: UnitAttr.get(ctx) }])]) }]);
  op(args.entry, 'func.return', 6);
  const count = makeFunc(body, 'count', 7, [i32(ctx)], [], [{ name: 'arg_attrs', value: ArrayAttr.get(ctx, [DictionaryAttr.get(ctx), DictionaryAttr.get(ctx)]) }]);
  op(count.entry, 'func.return', 7);
  assert.equal(check(module).diags.flatMap(describe), [
    "2: error: 'func.func' op symbol declaration cannot have public visibility",
    `3: error: 'func.func' op visibility expected to be one of ["public", "private", "nested"], but got "foo"`,
    "4: error: 'func.func' op requires attribute 'function_type'",
    "5: error: 'func.func' op attribute 'function_type' failed to satisfy constraint: type attribute of function type",
    "6: error: 'func.func' op arguments may only have dialect attributes",
    "7: error: 'func.func' op expects argument attribute array to have the same number of elements as the number of function arguments, got 2, but expected 1",
  ]);
});

test('redefinition of a symbol: error at the second, note at the first', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const priv = [{ name: 'sym_visibility', value: StringAttr.get(ctx, 'private') }];
  makeFunc(body, 'a', 2, [], [], priv).entry.erase();
  makeFunc(body, 'a', 3, [], [], priv).entry.erase();
  assert.equal(check(module).diags.flatMap(describe), ["3: error: redefinition of symbol named 'a'", '2: note: see existing symbol definition here']);
});

test('func.constant: undefined function and mismatched type', () => {
  const ctx = makeContext();
  const { module, entry } = withCallee(ctx);
  const fnType = FunctionType.get(ctx, [i32(ctx)], [i32(ctx)]);
  op(entry, 'func.constant', 4, { results: [fnType], props: [{ name: 'value', value: SymbolRefAttr.get(ctx, 'callee') }] });
  op(entry, 'func.return', 5);
  assert.is(check(module).ok, true);
  const ctx2 = makeContext();
  const m2 = withCallee(ctx2);
  op(m2.entry, 'func.constant', 4, { results: [FunctionType.get(ctx2, [], [])], props: [{ name: 'value', value: SymbolRefAttr.get(ctx2, 'g') }] });
  op(m2.entry, 'func.return', 5);
  assert.equal(check(m2.module).diags.flatMap(describe), ["4: error: 'func.constant' op reference to undefined function 'g'"]);
  const ctx3 = makeContext();
  const m3 = withCallee(ctx3);
  op(m3.entry, 'func.constant', 4, { results: [FunctionType.get(ctx3, [], [])], props: [{ name: 'value', value: SymbolRefAttr.get(ctx3, 'callee') }] });
  op(m3.entry, 'func.return', 5);
  assert.equal(check(m3.module).diags.flatMap(describe), ["4: error: 'func.constant' op reference to function with mismatched type"]);
});

test('func.call_indirect: callee type, inputs, results', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const fnType = FunctionType.get(ctx, [i32(ctx)], [i32(ctx)]);
  const mk = (line: number, operands: (e: Block) => Value[], results: Type[]): void => {
    const { entry } = makeFunc(body, `f${line}`, line, [fnType, i32(ctx)]);
    op(entry, 'func.call_indirect', line, { operands: operands(entry), results });
    op(entry, 'func.return', line);
  };
  mk(2, (e) => [e.arguments[0], e.arguments[1]], [i32(ctx)]);
  mk(3, (e) => [e.arguments[0]], [i32(ctx)]);
  mk(4, (e) => [e.arguments[0], e.arguments[1]], [i64(ctx)]);
  mk(5, (e) => [e.arguments[1]], []);
  mk(6, () => [], []);
  assert.equal(check(module).diags.flatMap(describe), [
    "3: error: 'func.call_indirect' op failed to verify that callee input types match argument types",
    "4: error: 'func.call_indirect' op failed to verify that callee result types match result types",
    "5: error: 'func.call_indirect' op operand #0 must be function type, but got 'i32'",
    "6: error: 'func.call_indirect' op expected 1 or more operands, but found 0",
  ]);
});

test('nested symbol references resolve through nested symbol tables', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const inner = op(body, 'builtin.module', 2, { regions: 1, props: [{ name: 'sym_name', value: StringAttr.get(ctx, 'm') }] });
  const innerBody = inner.regions[0].push(new Block());
  makeFunc(innerBody, 'g', 3, [], [], [{ name: 'sym_visibility', value: StringAttr.get(ctx, 'private') }]).entry.erase();
  const { entry } = makeFunc(body, 'f', 4);
  op(entry, 'func.call', 5, { props: [{ name: 'callee', value: SymbolRefAttr.get(ctx, 'm', ['g']) }] });
  op(entry, 'func.return', 6);
  // func.call's callee must be flat, as in MLIR.
  assert.equal(check(module).diags.flatMap(describe), ["5: error: 'func.call' op attribute 'callee' failed to satisfy constraint: flat symbol reference attribute"]);
});

test('symbol uses are found wherever they nest: in a region op, in a nested table, and without recursion', () => {
  const ctx = makeContext();
  const { module, body } = makeModule(ctx);
  const inner = op(body, 'builtin.module', 2, { regions: 1, props: [{ name: 'sym_name', value: StringAttr.get(ctx, 'm') }] });
  const { entry } = makeFunc(inner.regions[0].push(new Block()), 'f', 3);
  const wrap = op(entry, 'test.wrap', 4, { regions: 1 });
  op(wrap.regions[0].push(new Block()), 'func.call', 5, { props: [callee(ctx, 'missing')] });
  op(entry, 'func.return', 6);
  const missing = ["5: error: 'func.call' op 'missing' does not reference a valid function"];
  assert.equal(check(module).diags.flatMap(describe), missing);
  // Without recursion the nested ops are not verified, but the module's symbol table still walks them.
  const { result, diagnostics } = ctx.diagnostics.collect(() => verify(inner, { recursive: false }));
  assert.equal([result, diagnostics.flatMap(describe)], [false, missing]);
});

test.run();
