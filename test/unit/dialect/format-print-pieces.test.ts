// The format printer joins the constant texts of a compiled format (literals, spaces) into the
// step of the element that follows them, so that each step writes one piece of text before
// its element and a run of literals is written at once.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { joinPieces, plain, type Element, type Step } from '../../../lib/dialect/format/print.js';
import type { OpAsmPrinter, Operation } from '../../../lib/ir/index.js';

/** A printer that records its writes, and the op the steps are run on (never read). */
function recorder(): { p: OpAsmPrinter; writes: string[] } {
  const writes: string[] = [];
  return { p: { write: (s: string) => writes.push(s) } as unknown as OpAsmPrinter, writes };
}
const op = {} as Operation;
const step =
  (text: string): Step =>
  (_op, p) =>
    p.write(text);
const element = (text: string): Element => plain(step(text));

test('texts before an element are joined into its step', () => {
  const steps = joinPieces([' ', element('%0'), ',', ' ', element('%1'), ' :', ' ', element('i32')]);
  assert.is(steps.length, 3);
  const { p, writes } = recorder();
  for (const s of steps) s(op, p);
  assert.equal(writes, [' ', '%0', ', ', '%1', ' : ', 'i32']);
});

test('texts after the last element make a step of their own', () => {
  const steps = joinPieces([element('x'), ' ', ')', ']']);
  assert.is(steps.length, 2);
  const { p, writes } = recorder();
  for (const s of steps) s(op, p);
  assert.equal(writes, ['x', ' )]']);
});

test('an element with no text before it is its own step', () => {
  const x = step('x');
  assert.equal(joinPieces([plain(x)]), [x]);
  assert.equal(joinPieces([]), []);
});

test.run();
