// memref implementations: allocation, loads and stores through views, globals, and the runtime errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from './harness.js';
import { MemRefValue, TensorValue, makeInputs } from '../../../lib/interp/index.js';
import { parse } from './harness.js';
import { functionSignature, findFunction } from '../../../lib/interp/index.js';

const contents = (m: MemRefValue) => {
  const out: (number | bigint)[] = [];
  const walk = (prefix: number[], d: number) => {
    if (d === m.shape.length) return out.push(m.allocation.data.get(m.position(prefix)!));
    for (let i = 0; i < m.shape[d]; i++) walk([...prefix, i], d + 1);
  };
  walk([], 0);
  return out;
};

test('store through a subview, read back with load, dim and copy', () => {
  const r = run(`
    func.func @main(%v: index, %c0: index, %c1: index) -> (memref<2x3xindex>, index, index) {
      %m = memref.alloc() : memref<2x3xindex>
      %s = memref.subview %m[1, 1] [1, 2] [1, 1] : memref<2x3xindex> to memref<2xindex, strided<[1], offset: 4>>
      memref.store %v, %s[%c1] : memref<2xindex, strided<[1], offset: 4>>
      %x = memref.load %m[%c1, %c0] : memref<2x3xindex>
      %y = memref.load %m[%c1, %c1] : memref<2x3xindex>
      %d = memref.dim %m, %c1 : memref<2x3xindex>
      %copy = memref.alloc() : memref<2x3xindex>
      memref.copy %m, %copy : memref<2x3xindex> to memref<2x3xindex>
      return %copy, %y, %d : memref<2x3xindex>, index, index
    }`, [7n, 0n, 1n]);
  assert.is(r.errors, '');
  const [m, y, d] = r.results!;
  assert.equal(contents(m as MemRefValue), [0n, 0n, 0n, 0n, 0n, 7n]);
  assert.equal([y, d], [0n, 3n]);
});

test('dynamic alloc, reinterpret_cast, cast and globals', () => {
  const r = run(`
    memref.global "private" constant @g : memref<4xi32> = dense<[1, 2, 3, 4]>
    func.func @main(%n: index, %c1: index, %c0: index) -> (i32, index) {
      %g = memref.get_global @g : memref<4xi32>
      %v = memref.reinterpret_cast %g to offset: [0], sizes: [2, 2], strides: [2, 1] : memref<4xi32> to memref<2x2xi32>
      %x = memref.load %v[%c1, %c1] : memref<2x2xi32>
      %m = memref.alloc(%n) : memref<?xi32>
      %s = memref.cast %m : memref<?xi32> to memref<5xi32>
      %d = memref.dim %s, %c0 : memref<5xi32>
      return %x, %d : i32, index
    }`, [5n, 1n, 0n]);
  assert.is(r.errors, '');
  assert.equal(r.results, [4n, 5n]);
  const bad = run(`
    func.func @main(%n: index, %c2: index) -> index {
      %m = memref.alloc(%n) : memref<?xi32>
      %d = memref.dim %m, %c2 : memref<?xi32>
      %s = memref.cast %m : memref<?xi32> to memref<5xi32>
      return %d : index
    }`, [4n, 0n]);
  assert.match(bad.errors, /test.mlir:5:12: error: cannot cast a memref of shape \[4\] to 'memref<5xi32>'/);
});

test('out-of-bounds load and use after dealloc are errors at the op', () => {
  const oob = run(`
    func.func @main(%i: index) -> f32 {
      %m = memref.alloc() : memref<4xf32>
      %x = memref.load %m[%i] : memref<4xf32>
      return %x : f32
    }`, [4n]);
  assert.match(oob.errors, /test.mlir:4:12: error: index \[4\] is out of bounds for a memref of shape \[4\]/);
  const freed = run(`
    func.func @main(%i: index) -> f32 {
      %m = memref.alloc() : memref<4xf32>
      memref.dealloc %m : memref<4xf32>
      %x = memref.load %m[%i] : memref<4xf32>
      return %x : f32
    }`, [0n]);
  assert.match(freed.errors, /test.mlir:5:12: error: use of deallocated memory/);
  const twice = run(`
    func.func @main() {
      %m = memref.alloc() : memref<4xf32>
      memref.dealloc %m : memref<4xf32>
      memref.dealloc %m : memref<4xf32>
      return
    }`, []);
  assert.match(twice.errors, /test.mlir:5:7: error: memref deallocated twice/);
  const constant = run(`
    memref.global "private" constant @g : memref<2xindex> = dense<[1, 2]>
    func.func @main(%i: index) {
      %g = memref.get_global @g : memref<2xindex>
      memref.store %i, %g[%i] : memref<2xindex>
      return
    }`, [0n]);
  assert.match(constant.errors, /test.mlir:5:7: error: write to a constant memref.global/);
  const mutable = run(`
    memref.global "private" @g : memref<2xindex> = dense<[1, 2]>
    func.func @main(%i: index) -> index {
      %g = memref.get_global @g : memref<2xindex>
      memref.store %i, %g[%i] : memref<2xindex>
      %again = memref.get_global @g : memref<2xindex>
      %x = memref.load %again[%i] : memref<2xindex>
      return %x : index
    }`, [1n]);
  assert.equal([mutable.errors, mutable.results], ['', [1n]]);
  const escaped = run(`
    func.func @stack() -> memref<2xf32> {
      %m = memref.alloca() : memref<2xf32>
      return %m : memref<2xf32>
    }
    func.func @main(%i: index) -> f32 {
      %m = call @stack() : () -> memref<2xf32>
      %x = memref.load %m[%i] : memref<2xf32>
      return %x : f32
    }`, [0n]);
  assert.match(escaped.errors, /test.mlir:8:12: error: use of deallocated memory \(memory of memref.alloca lives until its function returns\)/);
});

test('random inputs are deterministic and follow the types', () => {
  const m = parse('func.func @main(%a: tensor<2x?xf16>, %b: memref<3xi8>, %c: index, %d: i1) { return }');
  const types = functionSignature(findFunction(m, 'main')!).inputs;
  const a = makeInputs(types, { seed: 3 });
  const b = makeInputs(types, { seed: 3 });
  const t = a[0] as TensorValue;
  assert.equal(t.shape, [2, 4]);
  assert.equal([...t.data.array], [...(b[0] as TensorValue).data.array]);
  assert.ok([...t.data.array].every((x) => Number.isInteger((x as number) * 64) && Math.abs(x as number) <= 2));
  assert.is((a[1] as MemRefValue).shape[0], 3);
  assert.ok(typeof a[2] === 'bigint' && (a[3] === 0n || a[3] === 1n));
  const zeros = makeInputs(types, { mode: 'zeros' });
  assert.ok([...(zeros[0] as TensorValue).data.array].every((x) => x === 0));
});

test.run();
