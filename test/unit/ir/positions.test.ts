// Positions: a context numbers the offsets of parsed texts, and makes an op's location from its position when asked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DictionaryAttr, FileLineColLoc, MLIRContext, Operation, type PositionSource } from '../../../lib/ir/index.js';

/** A source of `length` offsets whose offset k is at line k of `file`, with the offsets asked for. */
function source(ctx: MLIRContext, file: string, asked: number[] = []): PositionSource {
  return {
    locationAt(offset) {
      asked.push(offset);
      return FileLineColLoc.get(ctx, file, offset, 1);
    },
  };
}

test('each source gets its own range of positions; a position gives the location of its offset in its source', () => {
  const ctx = new MLIRContext();
  const a = ctx.reservePositions(10, source(ctx, 'a'));
  const b = ctx.reservePositions(0, source(ctx, 'b'));
  const c = ctx.reservePositions(5, source(ctx, 'c'));
  assert.equal([a, b, c], [0, 11, 12]);
  const where = (p: number) => {
    const l = ctx.locationOfPosition(p) as FileLineColLoc;
    return `${l.file}:${l.line}`;
  };
  assert.equal([17, 0, 10, 11, 12, 3].map(where), ['c:5', 'a:0', 'a:10', 'b:0', 'c:0', 'a:3']);
});

test('a position the context never handed out is refused with a message, not a crash deep inside', () => {
  const ctx = new MLIRContext();
  assert.throws(() => ctx.locationOfPosition(5), /no source text holds position 5/);
  ctx.reservePositions(10, source(ctx, 'a'));
  assert.throws(() => ctx.locationOfPosition(11), /no source text holds position 11/);
  assert.throws(() => ctx.locationOfPosition(-1), /no source text holds position -1/);
});

test('positions stay small integers: a source that would pass 2^30 gets none', () => {
  const ctx = new MLIRContext();
  assert.is(ctx.reservePositions(2 ** 30, source(ctx, 'big')), -1);
  assert.is(ctx.reservePositions(2 ** 30 - 2, source(ctx, 'a')), 0);
  assert.is(ctx.reservePositions(1, source(ctx, 'b')), -1);
  assert.is(ctx.reservePositions(0, source(ctx, 'c')), 2 ** 30 - 1);
});

test('an op created with a position makes its location once, when first read; a set location replaces it', () => {
  const ctx = new MLIRContext();
  const asked: number[] = [];
  const base = ctx.reservePositions(100, source(ctx, 'f', asked));
  const none = DictionaryAttr.get(ctx, []);
  const op = new Operation(ctx.getOperationName('t.x'), base + 42, none, none, [], [], [], []);
  assert.is(op.context, ctx);
  assert.equal(asked, []);
  const loc = op.location as FileLineColLoc;
  assert.equal([loc.file, loc.line, op.location === loc], ['f', 42, true]);
  assert.equal(asked, [42]);
  const other = FileLineColLoc.get(ctx, 'g', 1, 2);
  op.location = other;
  assert.is(op.location, other);
});

test.run();
