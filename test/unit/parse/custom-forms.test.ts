// The pretty forms of builtin.module, builtin.unrealized_conversion_cast and the func ops.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf, parse } from './helpers.js';
import { ArrayAttr, DictionaryAttr, FunctionType, StringAttr, SymbolRefAttr, TypeAttr } from '../../../lib/ir/index.js';

test('func.func: visibility, named arguments with attributes, results with attributes, attributes, body', () => {
  const [f] = bodyOps(
    'func.func private @f(%a: i32 {x.y}, %b: f32) -> (i32 {r.s}, f32) attributes {q.z} {\n  return %a, %b : i32, f32\n}',
    { strict: true },
  );
  assert.is(f.name.name, 'func.func');
  assert.is((f.getProp('sym_name') as StringAttr).value, 'f');
  assert.is((f.getProp('sym_visibility') as StringAttr).value, 'private');
  const ft = (f.getProp('function_type') as TypeAttr).value as FunctionType;
  assert.equal([ft.inputs.length, ft.results.length], [2, 2]);
  const argAttrs = f.getProp('arg_attrs') as ArrayAttr;
  assert.ok((argAttrs.elements[0] as DictionaryAttr).has('x.y') && (argAttrs.elements[1] as DictionaryAttr).size === 0);
  assert.ok(((f.getProp('res_attrs') as ArrayAttr).elements[0] as DictionaryAttr).has('r.s'));
  assert.ok(f.attributes.has('q.z'));
  const entry = f.regions[0].blocks[0];
  assert.is(entry.arguments.length, 2);
  const ret = entry.first!;
  assert.is(ret.name.name, 'func.return');
  assert.is(ret.operand(1), entry.arguments[1]);
});

test('func.func external declarations take bare types; the body region is empty', () => {
  const [f] = bodyOps('func.func private @ext(i32 {a.b}, f32) -> i32', { strict: true });
  assert.is(f.regions[0].blocks.length, 0);
  assert.ok(f.getProp('arg_attrs') instanceof ArrayAttr);
  assert.is(f.getProp('res_attrs'), undefined);
});

test('func.call, func.call_indirect, func.constant; ops inside func.func may omit `func.`', () => {
  const [, g] = bodyOps(
    'func.func private @f(i32) -> i32\nfunc.func @g(%a: i32) -> i32 {\n  %c = constant @f : (i32) -> i32\n  %0 = func.call @f(%a) {n.m} : (i32) -> i32\n' +
      '  %1 = call_indirect %c(%0) : (i32) -> i32\n  return %1 : i32\n}',
    { strict: true },
  );
  const [c, call, ind, ret] = g.regions[0].blocks[0].operations;
  assert.is(c.name.name, 'func.constant');
  assert.is((c.getProp('value') as SymbolRefAttr).root, 'f');
  assert.is((call.getProp('callee') as SymbolRefAttr).root, 'f');
  assert.ok(call.attributes.has('n.m'));
  assert.is(ind.operand(0), c.result(0));
  assert.is(ind.operand(1), call.result(0));
  assert.is(ret.operand(0), ind.result(0));
});

test('builtin.module and unrealized_conversion_cast, with or without the builtin prefix', () => {
  const m = parse('module @outer attributes {a.b} {\n  builtin.module {\n  }\n  %0 = unrealized_conversion_cast to i32\n  %1:2 = builtin.unrealized_conversion_cast %0 : i32 to i64, f32 {t.u}\n}', { strict: true }).op!;
  assert.is((m.getProp('sym_name') as StringAttr).value, 'outer');
  assert.ok(m.attributes.has('a.b'));
  const [inner, c0, c1] = m.regions[0].blocks[0].operations;
  assert.is(inner.regions[0].blocks.length, 1);
  assert.is(c0.numOperands, 0);
  assert.is(c1.operand(0), c0.result(0));
  assert.is(c1.numResults, 2);
});

test('custom form errors are prefixed with the op name where MLIR prefixes them', () => {
  assert.is(errorOf('func.func f()'), "1:11: custom op 'func.func' expected valid '@'-identifier for symbol name");
  assert.is(errorOf('func.func @f() {}'), "1:16: custom op 'func.func' expected non-empty function body");
  assert.is(
    errorOf('func.func @f() -> i32 attributes {function_type = i32}'),
    "1:23: custom op 'func.func' 'function_type' is an inferred attribute and should not be specified in the explicit attribute dictionary",
  );
  assert.is(errorOf('func.func @f() { bar }'), "1:18: custom op 'bar' is unknown (tried 'func.bar' as well)");
  assert.is(errorOf('func.func @f(%a: i32) { %0 = unrealized_conversion_cast %a : i32 to i64\n return }'), "1:30: custom op 'unrealized_conversion_cast' is unknown (tried 'func.unrealized_conversion_cast' as well)");
  assert.is(errorOf('%0 = builtin.unrealized_conversion_cast  : i32'), "1:42: custom op 'builtin.unrealized_conversion_cast' expected 'to'");
  assert.is(errorOf('func.func @g(%a: i32) { return %a : i32, i32 }'), "1:32: custom op 'func.return' number of operands and types do not match: got 1 operands and 2 types");
  assert.is(errorOf('func.func @g(%f: (i32) -> i32, %a: i32) -> i32 { %0 = func.call_indirect %f(%a) : i32\n return %0 : i32 }'), "1:83: custom op 'func.call_indirect' invalid kind of type specified: expected builtin.function, but found 'i32'");
  assert.is(errorOf('func.func @g(%a: i32) { %0 = func.call "f"(%a) : (i32) -> i32\n return }'), "1:40: custom op 'func.call' invalid kind of attribute specified");
  assert.is(errorOf('func.func @f(%a: i32, i32)'), "1:23: custom op 'func.func' expected SSA identifier");
  assert.is(errorOf('func.func @f(i32, %a: i32)'), "1:19: custom op 'func.func' expected type instead of SSA identifier");
  assert.match(errorOf('foo.op'), /^1:1: Dialect `foo' not found for custom op 'foo.op'  \| note 1:1: Available dialects: (\w+, )*builtin, (\w+, )*func\b.* ; for more info/);
});

test.run();
