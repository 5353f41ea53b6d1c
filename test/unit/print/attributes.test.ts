// Builtin types, attributes and locations built through the IR API print as MLIR prints them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../dialects/registry.js';
import {
  AffineMapAttr, ArrayAttr, CallSiteLoc, ComplexType, DenseArrayAttr, DenseElementsAttr, DenseResourceElementsAttr,
  DictionaryAttr, FileLineColLoc, FloatAttr, FloatType, FunctionType, FusedLoc, IndexType, IntegerAttr, IntegerSetAttr,
  IntegerType, MemRefType, NameLoc, NoneType, OpaqueAttr, OpaqueType, RankedTensorType, StridedLayoutAttr, StringAttr,
  SymbolRefAttr, TupleType, type Type, TypeAttr, UnitAttr, UnknownLoc, UnrankedMemRefType, UnrankedTensorType, VectorType, kDynamic,
} from '../../../lib/ir/index.js';
import { AffineMap, IntegerSet, add, dim, mul, symbol } from '../../../lib/affine/index.js';
import { printAttribute, printType } from '../../../lib/print/index.js';

const ctx = createContext();
const i1 = IntegerType.get(ctx, 1);
const i8 = IntegerType.get(ctx, 8);
const i32 = IntegerType.get(ctx, 32);
const i64 = IntegerType.get(ctx, 64);
const f32 = FloatType.get(ctx, 'f32');
const f64 = FloatType.get(ctx, 'f64');
const index = IndexType.get(ctx);
const str = (s: string): StringAttr => StringAttr.get(ctx, s);

test('types', () => {
  const map = AffineMapAttr.get(ctx, AffineMap.get(1, 0, [add(dim(0), 1)]));
  const cases: Array<[Type, string]> = [
    [IntegerType.get(ctx, 7, 'signed'), 'si7'],
    [IntegerType.get(ctx, 64, 'unsigned'), 'ui64'],
    [index, 'index'],
    [FloatType.get(ctx, 'bf16'), 'bf16'],
    [FloatType.get(ctx, 'f8E4M3FN'), 'f8E4M3FN'],
    [NoneType.get(ctx), 'none'],
    [ComplexType.get(f32), 'complex<f32>'],
    [RankedTensorType.get([kDynamic, 4], f32), 'tensor<?x4xf32>'],
    [RankedTensorType.get([], f32, str('enc')), 'tensor<f32, "enc">'],
    [UnrankedTensorType.get(i8), 'tensor<*xi8>'],
    [MemRefType.get([4, kDynamic], f32, StridedLayoutAttr.get(ctx, kDynamic, [kDynamic, 1]), IntegerAttr.get(i64, 3)),
      'memref<4x?xf32, strided<[?, 1], offset: ?>, 3>'],
    [MemRefType.get([4], f32, AffineMapAttr.get(ctx, AffineMap.identity(1))), 'memref<4xf32>'],
    [MemRefType.get([4], f32, map), 'memref<4xf32, affine_map<(d0) -> (d0 + 1)>>'],
    [UnrankedMemRefType.get(f32, IntegerAttr.get(i64, 1)), 'memref<*xf32, 1>'],
    [VectorType.get([4, 8], f32, [false, true]), 'vector<4x[8]xf32>'],
    [VectorType.get([], f32), 'vector<f32>'],
    [TupleType.get(ctx, [i32, f32]), 'tuple<i32, f32>'],
    [TupleType.get(ctx, []), 'tuple<>'],
    [FunctionType.get(ctx, [i32], [i32, i32]), '(i32) -> (i32, i32)'],
    [FunctionType.get(ctx, [], [FunctionType.get(ctx, [], [])]), '() -> (() -> ())'],
    [FunctionType.get(ctx, [i32], [f32]), '(i32) -> f32'],
    [OpaqueType.get(ctx, 'foo', 'bar<1, 2>'), '!foo.bar<1, 2>'],
    [OpaqueType.get(ctx, 'foo', '"x y"'), '!foo<"x y">'],
  ];
  for (const [t, text] of cases) {
    assert.is(printType(t), text);
    assert.is(String(t), text);
  }
});

test('integers and floats', () => {
  assert.is(printAttribute(IntegerAttr.get(i32, -1)), '-1 : i32');
  assert.is(printAttribute(IntegerAttr.get(i64, 5)), '5 : i64');
  assert.is(printAttribute(IntegerAttr.get(index, 3)), '3 : index');
  assert.is(printAttribute(IntegerAttr.get(IntegerType.get(ctx, 8, 'unsigned'), 255)), '255 : ui8');
  assert.is(printAttribute(IntegerAttr.get(IntegerType.get(ctx, 8, 'signed'), -128)), '-128 : si8');
  assert.is(printAttribute(IntegerAttr.get(IntegerType.get(ctx, 64, 'unsigned'), (1n << 64n) - 1n)), '18446744073709551615 : ui64');
  assert.is(printAttribute(IntegerAttr.bool(ctx, true)), 'true');
  assert.is(printAttribute(IntegerAttr.get(i1, 0)), 'false');
  assert.is(printAttribute(FloatAttr.get(f32, 1)), '1.000000e+00 : f32');
  assert.is(printAttribute(FloatAttr.get(f64, -0)), '-0.000000e+00 : f64');
  assert.is(printAttribute(FloatAttr.get(f32, Infinity)), '0x7F800000 : f32');
});

test('strings, symbols, units, types, arrays and dictionaries', () => {
  assert.is(printAttribute(str('a\nb"\\\t\x01')), '"a\\0Ab\\22\\\\\\09\\01"');
  assert.is(printAttribute(str('héllo\x7f')), '"h\\C3\\A9llo\\7F"');
  assert.is(printAttribute(str('\udcff')), '"\\FF"');
  assert.is(printAttribute(StringAttr.get(ctx, 'x', i32)), '"x" : i32');
  assert.is(printAttribute(SymbolRefAttr.get(ctx, 'a b', ['b', 'c d'])), '@"a b"::@b::@"c d"');
  assert.is(printAttribute(SymbolRefAttr.get(ctx, '_x$.y')), '@_x$.y');
  assert.is(printAttribute(SymbolRefAttr.get(ctx, '9x')), '@"9x"');
  assert.is(printAttribute(UnitAttr.get(ctx)), 'unit');
  assert.is(printAttribute(TypeAttr.get(i32)), 'i32');
  const arr = ArrayAttr.get(ctx, [IntegerAttr.get(i64, 1), FloatAttr.get(f64, 2), IntegerAttr.get(i32, 1), UnitAttr.get(ctx), ArrayAttr.get(ctx, [])]);
  assert.is(printAttribute(arr), '[1, 2.000000e+00, 1 : i32, unit, []]');
  const dict = DictionaryAttr.get(ctx, [
    { name: 'b', value: IntegerAttr.get(i64, 1) },
    { name: 'a', value: UnitAttr.get(ctx) },
    { name: 'c d', value: DictionaryAttr.get(ctx) },
  ]);
  assert.is(printAttribute(dict), '{a, b = 1 : i64, "c d" = {}}');
});

test('affine maps and sets, strided layouts, opaque attributes', () => {
  const map = AffineMap.get(2, 1, [add(dim(0), symbol(0)), mul(dim(1), 2)]);
  assert.is(printAttribute(AffineMapAttr.get(ctx, map)), 'affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>');
  const set = IntegerSet.get(1, 1, [add(dim(0), mul(symbol(0), -1)), dim(0)], [false, true]);
  assert.is(printAttribute(IntegerSetAttr.get(ctx, set)), 'affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>');
  assert.is(printAttribute(StridedLayoutAttr.get(ctx, 0, [4, 1])), 'strided<[4, 1]>');
  assert.is(printAttribute(StridedLayoutAttr.get(ctx, 3, [])), 'strided<[], offset: 3>');
  assert.is(printAttribute(OpaqueAttr.get(ctx, 'foo', 'bar')), '#foo.bar');
  assert.is(printAttribute(OpaqueAttr.get(ctx, 'foo', '"x"')), '#foo<"x">');
  assert.is(printAttribute(OpaqueAttr.get(ctx, 'foo', 'bar<1>', i32)), '#foo.bar<1> : i32');
});

test('dense elements: splats, nested lists, complex, strings, empty, hex above 100 elements', () => {
  const t = (shape: number[], et: Type): RankedTensorType => RankedTensorType.get(shape, et);
  assert.is(printAttribute(DenseElementsAttr.get(t([4], i32), [1n])), 'dense<1> : tensor<4xi32>');
  assert.is(printAttribute(DenseElementsAttr.get(t([2, 2], i32), [1n, 2n, 3n, 4n])), 'dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>');
  assert.is(printAttribute(DenseElementsAttr.get(t([2], i1), [1n, 0n])), 'dense<[true, false]> : tensor<2xi1>');
  assert.is(printAttribute(DenseElementsAttr.get(t([2], f32), [1.5])), 'dense<1.500000e+00> : tensor<2xf32>');
  const c = ComplexType.get(f32);
  assert.is(printAttribute(DenseElementsAttr.get(t([2], c), [[1, 2], [3, 4]])), 'dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,4.000000e+00)]> : tensor<2xcomplex<f32>>');
  assert.is(printAttribute(DenseElementsAttr.get(t([0], i32), [])), 'dense<> : tensor<0xi32>');
  assert.is(printAttribute(DenseElementsAttr.get(t([2], OpaqueType.get(ctx, 'x', 's')), ['a', 'b'])), 'dense<["a", "b"]> : tensor<2x!x.s>');
  const big = Array.from({ length: 101 }, (_, i) => BigInt(i));
  assert.match(printAttribute(DenseElementsAttr.get(t([101], i32), big)), /^dense<"0x0000000001000000020000000300/);
  const bits = Array.from({ length: 101 }, (_, i) => BigInt(i % 3 ? 1 : 0));
  assert.is(printAttribute(DenseElementsAttr.get(t([101], i1), bits)), 'dense<"0xB66DDBB66DDBB66DDBB66DDB16"> : tensor<101xi1>');
  const i7 = IntegerType.get(ctx, 7);
  assert.match(printAttribute(DenseElementsAttr.get(t([101], i7), big.map((v) => (v >= 64n ? v - 128n : v)))), /3F404142/);
  assert.is(printAttribute(DenseResourceElementsAttr.get(t([4], i32), 'blob1')), 'dense_resource<blob1> : tensor<4xi32>');
});

test('dense arrays', () => {
  assert.is(printAttribute(DenseArrayAttr.get(i64, [1n, -2n])), 'array<i64: 1, -2>');
  assert.is(printAttribute(DenseArrayAttr.get(i1, [1n, 0n])), 'array<i1: true, false>');
  assert.is(printAttribute(DenseArrayAttr.get(f32, [1, Math.fround(0.1)])), 'array<f32: 1.000000e+00, 1.000000e-01>');
  assert.is(printAttribute(DenseArrayAttr.get(i32, [])), 'array<i32>');
});

test('locations print inline when they stand alone', () => {
  const file = FileLineColLoc.get(ctx, 'f.mlir', 1, 2);
  assert.is(printAttribute(UnknownLoc.get(ctx)), 'loc(unknown)');
  assert.is(printAttribute(file), 'loc("f.mlir":1:2)');
  assert.is(printAttribute(FileLineColLoc.get(ctx, 'f', 1, 2, 1, 5)), 'loc("f":1:2 to :5)');
  assert.is(printAttribute(FileLineColLoc.get(ctx, 'f', 1, 2, 3, 4)), 'loc("f":1:2 to 3:4)');
  assert.is(printAttribute(NameLoc.get(ctx, 'n', file)), 'loc("n"("f.mlir":1:2))');
  assert.is(printAttribute(NameLoc.get(ctx, 'n', UnknownLoc.get(ctx))), 'loc("n")');
  assert.is(printAttribute(CallSiteLoc.get(NameLoc.get(ctx, 'f'), file)), 'loc(callsite("f" at "f.mlir":1:2))');
  // FusedLoc.get drops unknown members, as MLIR does.
  assert.is(printAttribute(FusedLoc.get(ctx, [file, UnknownLoc.get(ctx)], str('m'))), 'loc(fused<"m">["f.mlir":1:2])');
});

test.run();
