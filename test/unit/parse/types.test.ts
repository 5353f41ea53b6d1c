// Builtin types: interning, shapes and dims, layouts and memory spaces, aliases, dialect types, errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf, parse } from './helpers.js';
import {
  ComplexType, FloatType, FunctionType, IndexType, IntegerType, MemRefType, OpaqueType, RankedTensorType, TupleType,
  UnrankedMemRefType, UnrankedTensorType, VectorType, IntegerAttr, StridedLayoutAttr, kDynamic, type Type,
} from '../../../lib/ir/index.js';

/** The result types of one op `"t.op"() : () -> (<types>)`. */
function types(text: string, prefix = ''): Type[] {
  return bodyOps(`${prefix}"t.op"() : () -> (${text})`)[0].resultTypes;
}

test('scalar types are interned: equal means identical', () => {
  const [a, b, c, d, e, f] = types('i32, i32, si8, ui1, index, bf16');
  assert.ok(a === b && a instanceof IntegerType && a.width === 32 && a.isSignless);
  assert.ok(c instanceof IntegerType && c.signedness === 'signed' && c.width === 8);
  assert.ok(d instanceof IntegerType && d.signedness === 'unsigned' && d.width === 1);
  assert.ok(e instanceof IndexType);
  assert.ok(f instanceof FloatType && f.name === 'bf16');
  assert.ok(types('i0')[0] instanceof IntegerType);
  assert.is((types('f8E4M3FN, tf32')[0] as FloatType).name, 'f8E4M3FN');
});

test('shaped types: static, dynamic, scalable, unranked, zero-sized, spaced dims', () => {
  const [t, u, v, m, z, s] = types('tensor<4x?xf32>, tensor<*xi8>, vector<2x[4]xf32>, memref<*xf32, 1>, tensor<0xf32>, tensor<4 x 8 x i1>');
  assert.ok(t instanceof RankedTensorType);
  assert.equal((t as RankedTensorType).shape, [4, kDynamic]);
  assert.ok(u instanceof UnrankedTensorType);
  assert.ok(v instanceof VectorType);
  assert.equal((v as VectorType).scalableDims, [false, true]);
  assert.ok(m instanceof UnrankedMemRefType && m.memorySpace instanceof IntegerAttr);
  assert.equal((z as RankedTensorType).shape, [0]);
  assert.equal((s as RankedTensorType).shape, [4, 8]);
  assert.ok(types('tensor<f32>')[0] instanceof RankedTensorType);
});

test('memref layouts and memory spaces; identity maps and space 0 are dropped as in MLIR', () => {
  const [a, b, c, d] = types('memref<4x4xf32, strided<[4, 1], offset: ?>, 3>, memref<4xf32, affine_map<(d0) -> (d0)>>, memref<4xf32, 0>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>');
  const ma = a as MemRefType;
  assert.ok(ma.layout instanceof StridedLayoutAttr);
  assert.is((ma.layout as StridedLayoutAttr).offset, kDynamic);
  assert.equal((ma.memorySpace as IntegerAttr).value, 3n);
  assert.is((b as MemRefType).layout, null);
  assert.is((c as MemRefType).memorySpace, null);
  assert.ok((d as MemRefType).layout !== null);
});

test('function, tuple, complex, none types and aliases', () => {
  const [f, t, c, n] = types('(i32, f32) -> (), tuple<i32, tuple<>>, complex<f64>, !a', '!a = none\n');
  assert.ok(f instanceof FunctionType && f.inputs.length === 2 && f.results.length === 0);
  assert.ok(t instanceof TupleType && t.types.length === 2);
  assert.ok(c instanceof ComplexType);
  assert.is(n.kind, 'none');
  const [r] = types('(i32) -> (i32) -> i32'.replace('-> (i32) -> i32', '-> i32'));
  assert.ok(r instanceof FunctionType);
});

test('unregistered dialect types keep their text, when allowed', () => {
  const [a, b] = types('!foo.bar<a<b>, "x>">, !foo<abc>');
  assert.ok(a instanceof OpaqueType && a.dialect === 'foo' && a.data === 'bar<a<b>, "x>">');
  assert.ok(b instanceof OpaqueType && b.data === 'abc');
  assert.match(parse('func.func private @f(!foo.bar)', { strict: true }).diagnostics[0].message, /type created with unregistered dialect/);
});

test('type errors are worded as MLIR 22 words them', () => {
  assert.is(errorOf('"a.b"() : () -> (vector<0xf32>)'), '1:18: vector types must have positive constant sizes but got 0');
  assert.is(errorOf('"a.b"() : () -> (vector<?xf32>)'), '1:25: expected non-function type');
  assert.is(errorOf('"a.b"() : () -> (tensor<4x[4]xf32>)'), '1:27: expected non-function type');
  assert.is(errorOf('"a.b"() : () -> (tensor<4xf32)'), "1:30: expected '>' in tensor type");
  assert.is(errorOf('"a.b"() : () -> (memref<4xf32, 1, 2>)'), '1:36: multiple memory spaces specified in memref type');
  assert.is(errorOf('"a.b"() : () -> (tensor<*xf32, 1>)'), '1:34: cannot apply encoding to unranked tensor');
  assert.is(errorOf('"a.b"() : () -> (memref<*xf32, strided<[1]>>)'), '1:44: cannot have affine map for unranked memref type');
  assert.is(errorOf('"a.b"() : () -> (complex<tensor<f32>>)'), '1:26: invalid element type for complex');
  assert.is(errorOf('"a.b"() : () -> (i16777216)'), '1:18: integer bitwidth is limited to 16777215 bits');
  assert.is(errorOf('"a.b"() : () -> (!nope)'), "1:23: undefined symbol alias id 'nope'");
  assert.is(errorOf('!t = i32\n!t = i64'), "2:1: redefinition of type alias id 't'");
  assert.is(errorOf('"a.b"() : () -> (vector<2xcomplex<f32>>)'), "1:18: failed to verify 'elementType': VectorElementTypeInterface instance");
});

test.run();
