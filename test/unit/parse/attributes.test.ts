// Builtin attributes: literals and their types, strings, dense elements, arrays, dictionaries, errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf } from './helpers.js';
import {
  AffineMapAttr, ArrayAttr, DenseArrayAttr, DenseElementsAttr, DenseResourceElementsAttr, DictionaryAttr, FloatAttr,
  IntegerAttr, IntegerSetAttr, OpaqueAttr, StridedLayoutAttr, StringAttr, SymbolRefAttr, TypeAttr, UnitAttr,
  type Attribute,
} from '../../../lib/ir/index.js';
import { fileResources } from '../../../lib/parse/index.js';

/** The attribute `name` of `"t.op"() {<dict>}`. */
function attrs(dict: string, prefix = ''): Map<string, Attribute> {
  const op = bodyOps(`${prefix}"t.op"() {${dict}} : () -> ()`)[0];
  return new Map(op.attributes.entries.map((e) => [e.name, e.value]));
}

test('integers: default i64, signless values read signed, unsigned stay unsigned, bool is i1', () => {
  const a = attrs('a = 42, b = 255 : i8, c = 255 : ui8, d = -1 : si4, e = true, f = 0x10 : index, g = -1 : i1');
  assert.is((a.get('a') as IntegerAttr).value, 42n);
  assert.is(String((a.get('a') as IntegerAttr).type.kind), 'integer');
  assert.is((a.get('b') as IntegerAttr).value, -1n);
  assert.is((a.get('c') as IntegerAttr).value, 255n);
  assert.is((a.get('d') as IntegerAttr).value, -1n);
  assert.ok((a.get('e') as IntegerAttr).isBool && (a.get('e') as IntegerAttr).value === 1n);
  assert.is((a.get('f') as IntegerAttr).value, 16n);
  assert.is((a.get('g') as IntegerAttr).value, 1n);
});

test('floats: default f64, rounding to the type, hex bit patterns', () => {
  const a = attrs('a = 1.5, b = 0.1 : f16, c = 0x7FC00000 : f32, d = 0x3C00 : f16, e = -2.5e-3 : f32, f = 1.0 : bf16');
  assert.is((a.get('a') as FloatAttr).value, 1.5);
  assert.is((a.get('b') as FloatAttr).value, 0.0999755859375);
  assert.ok(Number.isNaN((a.get('c') as FloatAttr).value));
  assert.is((a.get('d') as FloatAttr).value, 1);
  assert.is((a.get('e') as FloatAttr).value, Math.fround(-2.5e-3));
  assert.is((a.get('f') as FloatAttr).value, 1);
});

test('strings with escapes; raw bytes that are not UTF-8 are kept as surrogate escapes', () => {
  const a = attrs('a = "q\\"b\\\\n\\n\\t\\0A", b = "\\C3\\A9", c = "\\FF", d = "typed" : i32');
  assert.is((a.get('a') as StringAttr).value, 'q"b\\n\n\t\n');
  assert.is((a.get('b') as StringAttr).value, 'é');
  assert.is((a.get('c') as StringAttr).value, '\udcff');
  assert.is(String((a.get('d') as StringAttr).type.kind), 'integer');
});

test('arrays, dictionaries, units, types, symbol references', () => {
  const a = attrs('a = [1, "s", i32], b = {x, "y z" = 2}, c, d = (i32) -> f32, e = @a::@b::@c, f = @"my fn"');
  assert.ok(a.get('a') instanceof ArrayAttr && (a.get('a') as ArrayAttr).elements.length === 3);
  const b = a.get('b') as DictionaryAttr;
  assert.ok(b.get('x') instanceof UnitAttr && b.get('y z') instanceof IntegerAttr);
  assert.ok(a.get('c') instanceof UnitAttr);
  assert.ok(a.get('d') instanceof TypeAttr);
  const e = a.get('e') as SymbolRefAttr;
  assert.equal([e.root, ...e.nested], ['a', 'b', 'c']);
  assert.is((a.get('f') as SymbolRefAttr).root, 'my fn');
});

test('dense elements: splats, nested lists, hex blobs, complex, bool, strings', () => {
  const a = attrs(
    'a = dense<1.5> : tensor<4xf32>, b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>, c = dense<"0x0100000002000000"> : tensor<2xi32>, ' +
      'd = dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i16>>, e = dense<"0x05"> : tensor<3xi1>, f = dense<["a", "b"]> : tensor<2x!x.s>, ' +
      'g = dense<> : tensor<0xi32>, h = dense<true> : vector<2xi1>',
  );
  const d = (k: string): DenseElementsAttr => a.get(k) as DenseElementsAttr;
  assert.ok(d('a').isSplat);
  assert.equal(d('a').values, [1.5]);
  assert.equal(d('b').values, [1n, 2n, 3n, 4n]);
  assert.equal(d('c').values, [1n, 2n]);
  assert.equal(d('d').values, [[1n, 2n], [3n, 4n]]);
  assert.equal(d('e').values, [1n, 0n, 1n]);
  assert.equal(d('f').values, ['a', 'b']);
  assert.equal(d('g').values, []);
  assert.ok(d('h').isSplat);
});

test('dense arrays, strided layouts, affine maps and sets, opaque attributes, resources', () => {
  const a = attrs(
    'a = array<i32: 1, -2>, b = array<f32: 1.5>, c = array<i1: true, false>, d = array<i64>, e = strided<[?, 1], offset: 4>, ' +
      'f = affine_map<(d0)[s0] -> (d0 + s0)>, g = affine_set<(d0) : (d0 >= 0)>, h = #foo.bar<"x>"> : i32, i = dense_resource<blob> : tensor<2xi8>',
    '{-# dialect_resources: { builtin: { blob: "0x040000000102" } } #-}\n',
  );
  assert.equal((a.get('a') as DenseArrayAttr).values, [1n, -2n]);
  assert.equal((a.get('b') as DenseArrayAttr).values, [1.5]);
  assert.equal((a.get('c') as DenseArrayAttr).values, [1n, 0n]);
  assert.equal((a.get('d') as DenseArrayAttr).values, []);
  assert.equal((a.get('e') as StridedLayoutAttr).strides.length, 2);
  assert.ok(a.get('f') instanceof AffineMapAttr);
  assert.ok(a.get('g') instanceof IntegerSetAttr);
  const h = a.get('h') as OpaqueAttr;
  assert.ok(h.dialect === 'foo' && h.data === 'bar<"x>">' && h.type.kind === 'integer');
  assert.is((a.get('i') as DenseResourceElementsAttr).handle, 'blob');
});

test('the file metadata section is kept for the printer', () => {
  const { parse } = { parse: bodyOps };
  const ops = parse('{-# dialect_resources: { builtin: { k: "0x0400000001" } }, external_resources: { e: { s: "x" } } #-}\n"t.op"() : () -> ()');
  const top = ops[0].parentOp!;
  const res = fileResources.get(top)!;
  assert.is(res.dialect.get('builtin')!.get('k'), '0x0400000001');
  assert.is(res.external.get('e')!.get('s'), 'x');
});

test('a blob of several MiB parses (checked without a backtracking regex) and an odd digit count is an error', () => {
  const blob = '0x04000000' + '00'.repeat(5 << 20);
  const ops = bodyOps(`{-# dialect_resources: { builtin: { w: "${blob}" } } #-}\n"t.op"() : () -> ()`);
  assert.is(fileResources.get(ops[0].parentOp!)!.dialect.get('builtin')!.get('w')!.length, blob.length);
  assert.is(errorOf('{-# dialect_resources: { builtin: { b: "0x040000000" } } #-}'), "1:40: expected hex string blob for key 'b'");
});

test('attribute errors are worded and placed as MLIR 22 does', () => {
  assert.is(errorOf('"a.b"() {x = 300 : i8} : () -> ()'), '1:14: integer constant out of range for attribute');
  assert.is(errorOf('"a.b"() {x = -0 : i32} : () -> ()'), '1:15: integer constant out of range for attribute');
  assert.is(errorOf('"a.b"() {x = -1 : ui32} : () -> ()'), '1:15: negative integer literal not valid for unsigned integer type');
  assert.is(errorOf('"a.b"() {x = 1 : f32} : () -> ()'), '1:14: unexpected decimal integer literal for a floating point value | note 1:14: add a trailing dot to make the literal a float');
  assert.is(errorOf('"a.b"() {x = 1.5 : i32} : () -> ()'), '1:23: floating point value not valid for specified type');
  assert.is(errorOf('"a.b"() {x = -0x7F : f32} : () -> ()'), '1:15: hexadecimal float literal should not have a leading minus');
  assert.is(errorOf('"a.b"() {x = 0x7FC00000 : f16} : () -> ()'), '1:14: hexadecimal float constant out of range for type');
  assert.is(errorOf('"a.b"() {x = dense<[1,2]> : tensor<3xi32>} : () -> ()'), '1:14: inferred shape of elements literal ([2]) does not match type ([3])');
  assert.is(errorOf('"a.b"() {x = dense<[[1,2],[3]]> : tensor<2x2xi32>} : () -> ()'), '1:30: tensor literal is invalid; ranks are not consistent between elements');
  assert.is(errorOf('"a.b"() {x = dense<"0x0102"> : tensor<2xi1>} : () -> ()'), "1:14: elements hex data size is invalid for provided type: 'tensor<2xi1>'");
  assert.is(errorOf('"a.b"() {x = dense<1> : i32} : () -> ()'), '1:14: elements literal must be a shaped type');
  assert.is(errorOf('"a.b"() {x = dense<1.5> : tensor<2xi32>} : () -> ()'), '1:20: expected integer elements, but parsed floating-point');
  assert.is(errorOf('"a.b"() {x = array<i32: 1, 2.0>} : () -> ()'), '1:28: expected integer literal');
  assert.is(errorOf('"a.b"() {x = 1, x = 2} : () -> ()'), "1:17: duplicate key 'x' in dictionary attribute");
  assert.is(errorOf('"a.b"() {x = @a::b} : () -> ()'), '1:18: expected nested symbol reference identifier');
  assert.is(errorOf('"a.b"() {x = #nope} : () -> ()'), "1:19: undefined symbol alias id 'nope'");
  assert.is(errorOf('"a.b"() {x = #foo.bar<(]>} : () -> ()'), "1:22: unbalanced '(' character in pretty dialect name");
  assert.is(errorOf('"a.b"() {x = affine_map<(d0) -> (d1)>} : () -> ()'), '1:34: use of undeclared identifier');
  assert.is(errorOf('#a = 1\n#a = 2'), "2:1: redefinition of attribute alias id 'a'");
  assert.is(errorOf('{-# foo: {} #-}'), "1:5: unknown key 'foo' in file metadata dictionary");
  assert.is(errorOf('{-# dialect_resources: { builtin: { b: "0x01" } } #-}'), "1:40: expected hex string blob for key 'b' to encode alignment in first 4 bytes");
});

test.run();
