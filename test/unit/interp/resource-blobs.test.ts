// dense_resource blobs: the codec round-trips every element type a blob holds, and graph.constant / arith.constant read their blobs (a missing one is an error at the op).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, IntegerType, MLIRContext } from '../../../lib/ir/index.js';
import { TensorValue, decodeResourceBlob, encodeResourceBlob, wrapInt } from '../../../lib/interp/index.js';
import { run } from './harness.js';

const ctx = new MLIRContext();

test('blobs round-trip f32, f64, f16, bf16 and i1/i8/i32/i64 elements, with the alignment as prefix', () => {
  const cases: [string, FloatType | IntegerType, (number | bigint)[]][] = [
    ['f32', FloatType.get(ctx, 'f32'), [1, -2.5, 0.1, Infinity]],
    ['f64', FloatType.get(ctx, 'f64'), [0.1, -1e300]],
    ['f16', FloatType.get(ctx, 'f16'), [1.5, -65504, 2 ** -14]],
    ['bf16', FloatType.get(ctx, 'bf16'), [3, -0.5]],
    ['i1', IntegerType.get(ctx, 1), [1n, 0n]],
    ['i8', IntegerType.get(ctx, 8), [-128n, 127n]],
    ['i32', IntegerType.get(ctx, 32), [-7n, 2147483647n]],
    ['i64', IntegerType.get(ctx, 64), [-9007199254740993n, 5n]],
  ];
  for (const [name, type, values] of cases) {
    const hex = encodeResourceBlob(type, values);
    const align = { f32: '04', f64: '08', f16: '02', bf16: '02', i1: '01', i8: '01', i32: '04', i64: '08' }[name];
    assert.is(hex.slice(0, 10), `0x${align}000000`, name);
    const buffer = decodeResourceBlob(type, hex, values.length);
    if (typeof buffer === 'string') throw new Error(buffer);
    const got = Array.from({ length: values.length }, (_, i) => buffer.get(i));
    const expected = name === 'f32' ? values.map((v) => Math.fround(Number(v))) : name === 'i1' ? values.map((v) => wrapInt(BigInt(v), 1)) : values;
    assert.equal(got, expected, name);
  }
  assert.is(encodeResourceBlob(FloatType.get(ctx, 'f32'), [1, 2]), '0x040000000000803F00000040');
});

test('a blob whose size does not match its type is refused', () => {
  assert.match(String(decodeResourceBlob(FloatType.get(ctx, 'f32'), '0x040000000000803F', 2)), 'holds 4 bytes of elements, not 8');
});

const module = (w1: string) => `
func.func @main() -> (tensor<3xf32>, tensor<2xi64>) {
  %0 = graph.constant dense_resource<w0> : tensor<3xf32>
  %1 = arith.constant dense_resource<${w1}> : tensor<2xi64>
  return %0, %1 : tensor<3xf32>, tensor<2xi64>
}
{-#
  dialect_resources: {
    builtin: {
      w0: "0x040000000000803F0000004000004040",
      w1: "0x0800000001000000000000000300000000000000"
    }
  }
#-}
`;

test('graph.constant and arith.constant read their dense_resource blobs', () => {
  const r = run(module('w1'), []);
  assert.is(r.errors, '');
  const [a, b] = r.results as TensorValue[];
  assert.equal(Array.from(a.data.array as Float32Array), [1, 2, 3]);
  assert.equal([b.data.get(0), b.data.get(1)], [1n, 3n]);
});

test('a dense_resource whose blob is missing is an error at the constant', () => {
  const r = run(module('nope'), []);
  assert.is(r.results, undefined);
  assert.match(r.errors, "test.mlir:4:8: error: dense_resource blob 'nope' is missing from the file's resources");
});

test.run();
