// Operations built through the IR API print as mlir-opt prints them: SSA names, result
// groups, block labels and predecessor comments, pretty func/module forms, aliases, locations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import {
  AffineMapAttr, ArrayAttr, Block, DictionaryAttr, FileLineColLoc, FunctionType, IntegerAttr, IntegerType,
  MemRefType, NameLoc, Operation, StringAttr, DenseResourceElementsAttr, RankedTensorType, SymbolRefAttr, TypeAttr, UnitAttr, UnknownLoc, type Type, type Value,
} from '../../../lib/ir/index.js';
import { AffineMap, add, dim } from '../../../lib/affine/index.js';
import { printOperation, printOperationForDiagnostic, printOperationTo } from '../../../lib/print/index.js';

const ctx = createContext();
const i32 = IntegerType.get(ctx, 32);
const unknown = UnknownLoc.get(ctx);
const str = (s: string): StringAttr => StringAttr.get(ctx, s);

function moduleOp(): { module: Operation; body: Block } {
  const module = Operation.create({ name: 'builtin.module', location: FileLineColLoc.get(ctx, 't.mlir', 0, 0), regions: 1 });
  return { module, body: module.regions[0].push(new Block()) };
}

function funcOp(name: string, inputs: Type[], results: Type[], extra: { name: string; value: import('../../../lib/ir/index.js').Attribute }[] = []): Operation {
  return Operation.create({
    name: 'func.func',
    location: FileLineColLoc.get(ctx, 't.mlir', 1, 1),
    properties: [
      { name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, inputs, results)) },
      { name: 'sym_name', value: str(name) },
      ...extra,
    ],
    regions: 1,
  });
}

function op(name: string, operands: Value[], resultTypes: Type[], more: Partial<Parameters<typeof Operation.create>[0]> = {}): Operation {
  return Operation.create({ name, location: unknown, operands, resultTypes, ...more });
}

/** A function `@f(%arg0: i32) -> i32` with two blocks, a result group and a nested region. */
function sample(): Operation {
  const { module, body } = moduleOp();
  const fn = funcOp('f', [i32], [i32]);
  body.append(fn);
  const entry = fn.regions[0].push(new Block());
  const next = fn.regions[0].push(new Block());
  const arg = entry.addArgument(i32, FileLineColLoc.get(ctx, 't.mlir', 1, 10));
  const a = op('x.a', [arg], [i32], { attributes: [{ name: 'k', value: IntegerAttr.get(i32, 7) }, { name: 'u', value: UnitAttr.get(ctx) }] });
  entry.append(a);
  const two = op('x.two', [], [i32, i32]);
  entry.append(two);
  const nested = op('x.region', [], [], { regions: 1 });
  entry.append(nested);
  const inner = nested.regions[0].push(new Block());
  const q = inner.addArgument(i32, unknown);
  inner.append(op('x.use', [q, two.results[1]], [i32]));
  entry.append(op('x.br', [two.results[0]], [], { successors: [next] }));
  const barg = next.addArgument(i32, unknown);
  next.append(op('func.return', [barg], []));
  void a;
  return module;
}

test('custom form: func signature, %arg names, result groups, nested regions, successors, preds', () => {
  assert.fixture(printOperation(sample()), [
    'module {',
    '  func.func @f(%arg0: i32) -> i32 {',
    '    %0 = "x.a"(%arg0) {k = 7 : i32, u} : (i32) -> i32',
    '    %1:2 = "x.two"() : () -> (i32, i32)',
    '    "x.region"() ({',
    '    ^bb0(%arg1: i32):',
    '      %3 = "x.use"(%arg1, %1#1) : (i32, i32) -> i32',
    '    }) : () -> ()',
    '    "x.br"(%1#0)[^bb1] : (i32) -> ()',
    '  ^bb1(%2: i32):  // pred: ^bb0',
    '    return %2 : i32',
    '  }',
    '}',
    '',
  ].join('\n'));
});

test('generic form: properties, regions with entry labels, unique ids', () => {
  assert.fixture(printOperation(sample(), { generic: true }), [
    '"builtin.module"() ({',
    '  "func.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({',
    '  ^bb0(%arg0: i32):',
    '    %0 = "x.a"(%arg0) {k = 7 : i32, u} : (i32) -> i32',
    '    %1:2 = "x.two"() : () -> (i32, i32)',
    '    "x.region"() ({',
    '    ^bb0(%arg1: i32):',
    '      %3 = "x.use"(%arg1, %1#1) : (i32, i32) -> i32',
    '    }) : () -> ()',
    '    "x.br"(%1#0)[^bb1] : (i32) -> ()',
    '  ^bb1(%2: i32):  // pred: ^bb0',
    '    "func.return"(%2) : (i32) -> ()',
    '  }) : () -> ()',
    '}) : () -> ()',
    '',
  ].join('\n'));
});

test('debug info: trailing loc aliases, inline block argument locations, deferred definitions', () => {
  // A location that a block argument uses is defined up front, even if ops use it too.
  assert.fixture(printOperation(sample(), { debugInfo: true }), [
    '#loc2 = loc("t.mlir":1:10)',
    '#loc3 = loc(unknown)',
    'module {',
    '  func.func @f(%arg0: i32 loc("t.mlir":1:10)) -> i32 {',
    '    %0 = "x.a"(%arg0) {k = 7 : i32, u} : (i32) -> i32 loc(#loc3)',
    '    %1:2 = "x.two"() : () -> (i32, i32) loc(#loc3)',
    '    "x.region"() ({',
    '    ^bb0(%arg1: i32 loc(unknown)):',
    '      %3 = "x.use"(%arg1, %1#1) : (i32, i32) -> i32 loc(#loc3)',
    '    }) : () -> () loc(#loc3)',
    '    "x.br"(%1#0)[^bb1] : (i32) -> () loc(#loc3)',
    '  ^bb1(%2: i32 loc(unknown)):  // pred: ^bb0',
    '    return %2 : i32 loc(#loc3)',
    '  } loc(#loc1)',
    '} loc(#loc)',
    '#loc = loc("t.mlir":0:0)',
    '#loc1 = loc("t.mlir":1:1)',
    '',
  ].join('\n'));
});

test('external functions, visibility, argument and result attributes, attributes keyword', () => {
  const { module, body } = moduleOp();
  const dict = (name: string): DictionaryAttr => DictionaryAttr.get(ctx, [{ name, value: UnitAttr.get(ctx) }]);
  body.append(funcOp('ext', [i32, i32], [FunctionType.get(ctx, [], [])], [
    { name: 'sym_visibility', value: str('private') },
    { name: 'arg_attrs', value: ArrayAttr.get(ctx, [dict('a.b'), DictionaryAttr.get(ctx)]) },
  ]));
  const withRes = funcOp('r', [], [i32], [
    { name: 'sym_visibility', value: str('nested') },
    { name: 'res_attrs', value: ArrayAttr.get(ctx, [dict('c.d')]) },
    { name: 'no_inline', value: UnitAttr.get(ctx) },
  ]);
  body.append(withRes);
  assert.fixture(printOperation(module), [
    'module {',
    '  func.func private @ext(i32 {a.b}, i32) -> (() -> ())',
    '  func.func nested @r() -> (i32 {c.d}) attributes {no_inline}',
    '}',
    '',
  ].join('\n'));
});

test('func.call, call_indirect, constant names and unrealized_conversion_cast', () => {
  const { module, body } = moduleOp();
  const fnType = FunctionType.get(ctx, [i32], [i32]);
  const fn = funcOp('f', [i32], [i32]);
  body.append(fn);
  const entry = fn.regions[0].push(new Block());
  const arg = entry.addArgument(i32, unknown);
  const call = op('func.call', [arg], [i32], { properties: [{ name: 'callee', value: SymbolRefAttr.get(ctx, 'f') }] });
  const c1 = op('func.constant', [], [fnType], { properties: [{ name: 'value', value: SymbolRefAttr.get(ctx, 'f') }] });
  const c2 = op('func.constant', [], [fnType], { properties: [{ name: 'value', value: SymbolRefAttr.get(ctx, 'f') }] });
  const ind = op('func.call_indirect', [c2.results[0], call.results[0]], [i32], { attributes: [{ name: 'x.y', value: UnitAttr.get(ctx) }] });
  const cast = op('builtin.unrealized_conversion_cast', [ind.results[0]], [IntegerType.get(ctx, 64)]);
  for (const o of [call, c1, c2, ind, cast]) entry.append(o);
  entry.append(op('func.return', [call.results[0]], []));
  assert.fixture(printOperation(module), [
    'module {',
    '  func.func @f(%arg0: i32) -> i32 {',
    '    %0 = call @f(%arg0) : (i32) -> i32',
    '    %f = constant @f : (i32) -> i32',
    '    %f_0 = constant @f : (i32) -> i32',
    '    %1 = call_indirect %f_0(%0) {x.y} : (i32) -> i32',
    '    %2 = builtin.unrealized_conversion_cast %1 : i32 to i64',
    '    return %0 : i32',
    '  }',
    '}',
    '',
  ].join('\n'));
});

test('affine maps get #map aliases, numbered by first use; identity layouts vanish', () => {
  const { module, body } = moduleOp();
  const m1 = AffineMapAttr.get(ctx, AffineMap.get(1, 0, [add(dim(0), 1)]));
  const m2 = AffineMapAttr.get(ctx, AffineMap.get(1, 0, [add(dim(0), 2)]));
  body.append(op('x.a', [], [], { attributes: [{ name: 'm', value: m2 }] }));
  body.append(op('x.b', [], [MemRefType.get([4], i32, m1)], { attributes: [{ name: 'm', value: m2 }] }));
  body.append(op('x.c', [], [MemRefType.get([4], i32, AffineMapAttr.get(ctx, AffineMap.identity(1)))]));
  assert.fixture(printOperation(module), [
    '#map = affine_map<(d0) -> (d0 + 2)>',
    '#map1 = affine_map<(d0) -> (d0 + 1)>',
    'module {',
    '  "x.a"() {m = #map} : () -> ()',
    '  %0 = "x.b"() {m = #map} : () -> memref<4xi32, #map1>',
    '  %1 = "x.c"() : () -> memref<4xi32>',
    '}',
    '',
  ].join('\n'));
  assert.not.match(printOperation(module, { printLocalScope: true }), '#map');
});

test('name locations with unknown children print as plain names; chunks arrive in order', () => {
  const { module, body } = moduleOp();
  body.append(Operation.create({ name: 'x.a', location: NameLoc.get(ctx, 'n', unknown) }));
  const text = printOperation(module, { debugInfo: true });
  assert.ok(text.includes('#loc1 = loc("n")'));
  const chunks: string[] = [];
  printOperationTo(module, (c) => chunks.push(c), { debugInfo: true });
  assert.is(chunks.join(''), text);
});

test('diagnostic form: generic, numbered from the closest isolated ancestor, no final newline', () => {
  const module = sample();
  const fn = module.regions[0].blocks[0].first!;
  const use = fn.regions[0].blocks[0].operations[2].regions[0].blocks[0].first!;
  assert.is(printOperationForDiagnostic(use), '%3 = "x.use"(%arg1, %1#1) : (i32, i32) -> i32');
  assert.ok(printOperationForDiagnostic(fn).startsWith('"func.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({\n^bb0(%arg0: i32):\n  %0 = "x.a"'));
});

test('large prints arrive in several chunks that join to the same text', () => {
  const { module, body } = moduleOp();
  for (let i = 0; i < 3000; i++) body.append(op('x.op', [], [i32], { attributes: [{ name: 'i', value: IntegerAttr.get(i32, i) }] }));
  const chunks: string[] = [];
  printOperationTo(module, (c) => chunks.push(c));
  assert.ok(chunks.length > 1);
  assert.is(chunks.join(''), printOperation(module));
  assert.ok(chunks[0].startsWith('module {\n  %0 = "x.op"() {i = 0 : i32} : () -> i32\n'));
});

test('the resource section lists referenced builtin blobs and every external resource', () => {
  const { module, body } = moduleOp();
  const attr = DenseResourceElementsAttr.get(RankedTensorType.get([1], i32), 'blob1');
  body.append(op('x.a', [], [], { attributes: [{ name: 'a', value: attr }] }));
  const resources = {
    dialect: new Map([['builtin', new Map([['blob1', '0x0400000001000000'], ['unused', '0x04000000']])]]),
    external: new Map([['ext', new Map([['k', 'v'], ['flag', 'true']])]]),
  };
  assert.fixture(printOperation(module, { resources }), [
    'module {',
    '  "x.a"() {a = dense_resource<blob1> : tensor<1xi32>} : () -> ()',
    '}',
    '',
    '{-#',
    '  dialect_resources: {',
    '    builtin: {',
    '      blob1: "0x0400000001000000"',
    '    }',
    '  },',
    '  external_resources: {',
    '    ext: {',
    '      k: "v",',
    '      flag: true',
    '    }',
    '  }',
    '#-}',
    '',
  ].join('\n'));
});

test('Operation/Type toString use the printer', () => {
  assert.is(String(i32), 'i32');
  assert.is(String(IntegerAttr.get(i32, 3)), '3 : i32');
});

test('value numbers past the kept %N names print the same, in each of two functions', () => {
  // 5000 values: past the 4096 names the printer makes once and keeps across prints.
  const { module, body } = moduleOp();
  for (const name of ['a', 'b']) {
    const fn = funcOp(name, [i32], []);
    body.append(fn);
    const entry = fn.regions[0].push(new Block());
    let v: Value = entry.addArgument(i32, unknown);
    for (let i = 0; i < 5000; i++) {
      const o = op('x.step', [v], [i32]);
      entry.append(o);
      v = o.results[0];
    }
    entry.append(op('func.return', [], []));
  }
  ctx.allowUnregisteredDialects = true;
  const lines = printOperation(module).split('\n');
  const steps = lines.filter((l) => l.includes('"x.step"'));
  assert.is(steps.length, 10000);
  for (let i = 0; i < 10000; i++) {
    const n = i % 5000;
    const operand = n === 0 ? '%arg0' : `%${n - 1}`;
    assert.is(steps[i], `    %${n} = "x.step"(${operand}) : (i32) -> i32`);
  }
});

test.run();
