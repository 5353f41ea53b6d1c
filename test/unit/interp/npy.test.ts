// .npy files: every dtype the IR has round-trips, headers are what NumPy writes, bad files are rejected.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FloatType, IndexType, IntegerType, MLIRContext, type Type } from '../../../lib/ir/index.js';
import { npyDtype, npyToBuffer, readNpy, writeNpy } from '../../../lib/interp/index.js';

const ctx = new MLIRContext();
const f = (name: 'f16' | 'bf16' | 'f32' | 'f64') => FloatType.get(ctx, name);
const i = (w: number, s: 'signless' | 'unsigned' = 'signless') => IntegerType.get(ctx, w, s);

function roundTrip(type: Type, shape: number[], values: (number | bigint)[]): (number | bigint)[] {
  const bytes = writeNpy(type, shape, (k) => values[k]);
  const array = readNpy(bytes);
  assert.equal(array.shape, shape);
  const buffer = npyToBuffer(array, type);
  return Array.from({ length: buffer.length }, (_, k) => buffer.get(k));
}

test('dtypes of the IR types', () => {
  assert.equal(
    [f('f16'), f('bf16'), f('f32'), f('f64'), i(1), i(8), i(16), i(32), i(64), IndexType.get(ctx), i(8, 'unsigned'), i(4)].map(npyDtype),
    ['<f2', '<f4', '<f4', '<f8', '|b1', '|i1', '<i2', '<i4', '<i8', '<i8', '|u1', undefined],
  );
});

test('values round-trip for every dtype', () => {
  assert.equal(roundTrip(f('f16'), [2, 2], [1.5, -65504, 2 ** -24, Infinity]), [1.5, -65504, 2 ** -24, Infinity]);
  assert.equal(roundTrip(f('bf16'), [2], [0.5, -3]), [0.5, -3]);
  assert.equal(roundTrip(f('f64'), [1], [0.1]), [0.1]);
  assert.equal(roundTrip(i(1), [3], [1n, 0n, 1n]), [1n, 0n, 1n]);
  assert.equal(roundTrip(i(8), [2], [-128n, 127n]), [-128n, 127n]);
  assert.equal(roundTrip(i(8, 'unsigned'), [1], [-6n]), [-6n]);
  assert.equal(roundTrip(i(64), [2], [-(2n ** 63n), 2n ** 63n - 1n]), [-(2n ** 63n), 2n ** 63n - 1n]);
  assert.equal(roundTrip(i(32), [], [-7n]), [-7n]);
});

test('the header is NumPy format 1.0, padded to 64 bytes', () => {
  const bytes = writeNpy(f('f32'), [2, 3], () => 0);
  const header = Buffer.from(bytes.subarray(10, 10 + (bytes[8] | (bytes[9] << 8)))).toString('latin1');
  assert.is(header, `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }${' '.repeat(header.length - 60)}\n`);
  assert.is((10 + header.length) % 64, 0);
  assert.match(Buffer.from(writeNpy(f('f32'), [5], () => 0)).toString('latin1'), "'shape': (5,)");
});

test('bad files and mismatched dtypes are errors with reasons', () => {
  assert.throws(() => readNpy(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])), /bad magic/);
  const fortran = Buffer.from(writeNpy(f('f32'), [2], () => 0)).toString('latin1').replace('False', 'True ');
  assert.throws(() => readNpy(Buffer.from(fortran, 'latin1')), /Fortran-order/);
  const full = writeNpy(f('f32'), [4], () => 1);
  const truncated = full.subarray(0, full.length - 10);
  assert.throws(() => readNpy(truncated), /holds 6 bytes, the shape needs 16/);
  assert.throws(() => npyToBuffer(readNpy(writeNpy(f('f32'), [1], () => 1)), f('f64')), /expected dtype '<f8' for element type 'f64', got '<f4'/);
});

test.run();
