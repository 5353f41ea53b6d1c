// The memref dialect: memory effects per op, cast compatibility, static index lists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createContext } from '../../../../dialects/registry.js';
import { castCompatible, SubViewOp } from '../../../../dialects/memref/index.js';
import { DYNAMIC, staticValues } from '../../../../dialects/memref/syntax.js';
import { getMemoryEffects, isPure } from '../../../../lib/dialect/index.js';
import { MemRefType, UnrankedMemRefType, FloatType, IntegerType, kDynamic } from '../../../../lib/ir/index.js';
import { opsByName } from '../cf/ops-by-name.js';

const SOURCE = `func.func @f(%m: memref<8x8xf32>, %i: index) {
  %a = memref.alloc(%i) : memref<?xf32>
  %b = memref.alloca() : memref<4xf32>
  %v = memref.load %m[%i, %i] : memref<8x8xf32>
  memref.store %v, %a[%i] : memref<?xf32>
  memref.copy %b, %b : memref<4xf32> to memref<4xf32>
  %s = memref.subview %m[%i, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  %c = memref.cast %b : memref<4xf32> to memref<?xf32>
  memref.dealloc %a : memref<?xf32>
  return
}`;

const ops = () => opsByName(SOURCE);

test('memory effects come from the definitions', () => {
  const found = ops();
  const kinds = (name: string) => getMemoryEffects(found.get(name)!)!.map((e) => `${e.kind}:${e.resource}`);
  assert.equal(kinds('memref.alloc'), ['allocate:DefaultResource']);
  assert.equal(kinds('memref.alloca'), ['allocate:AutomaticAllocationScopeResource']);
  assert.equal(kinds('memref.load'), ['read:DefaultResource']);
  assert.equal(kinds('memref.store'), ['write:DefaultResource']);
  assert.equal(kinds('memref.copy'), ['read:DefaultResource', 'write:DefaultResource']);
  assert.equal(kinds('memref.dealloc'), ['free:DefaultResource']);
  assert.ok(isPure(found.get('memref.subview')!));
  assert.ok(isPure(found.get('memref.cast')!));
});

test('subview keeps dynamic entries as int64 min beside its operands', () => {
  const v = SubViewOp.view(ops().get('memref.subview')!);
  assert.equal(staticValues(v.op.getAttr('static_offsets')), [DYNAMIC, 0n]);
  assert.is(v.offsets.length, 1);
});

test('cast compatibility: dims, element types, unranked on one side only', () => {
  const ctx = createContext();
  const f32 = FloatType.get(ctx, 'f32');
  const m = (shape: number[]) => MemRefType.get(shape, f32);
  assert.ok(castCompatible(m([4]), m([kDynamic])));
  assert.not.ok(castCompatible(m([4]), m([8])));
  assert.not.ok(castCompatible(m([4]), MemRefType.get([4], IntegerType.get(ctx, 32))));
  assert.ok(castCompatible(m([4]), UnrankedMemRefType.get(f32)));
  assert.not.ok(castCompatible(UnrankedMemRefType.get(f32), UnrankedMemRefType.get(f32)));
});

test.run();
