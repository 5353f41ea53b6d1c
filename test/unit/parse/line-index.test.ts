// Columns count UTF-8 bytes, as MLIR's do (llvm::SourceMgr works on the file's bytes).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { errorOf, bodyOps } from './helpers.js';
import { LineIndex } from '../../../lib/parse/line-index.js';
import { FileLineColLoc } from '../../../lib/ir/index.js';

test('an error after non-ASCII text on its line reports a byte column (mlir-opt: 1:30)', () => {
  assert.is(errorOf('"test.a"() {s = "\u00e9", q = [1, %x]} : () -> ()'), '1:30: expected attribute value');
});

test('op locations after multi-byte characters count bytes; other lines are unaffected', () => {
  const ops = bodyOps('"test.a"() {s = "\u2713"} : () -> () ; "test.b"() : () -> ()\n"test.c"() : () -> ()'.replace(' ; ', '\n  '));
  const columns = ops.map((op) => (op.location instanceof FileLineColLoc ? `${op.location.line}:${op.location.column}` : '?'));
  assert.equal(columns, ['1:1', '2:3', '3:1']);
});

test('queries on one line, forward and back, before and after a multi-byte character', () => {
  const text = 'ab\u00e9cd\u2713e\nx\u00e9y';
  const index = new LineIndex(text);
  assert.equal(index.lineCol(1), { line: 1, column: 2 });
  assert.equal(index.lineCol(4), { line: 1, column: 6 }); // 'd', after the 2-byte é
  assert.equal(index.lineCol(2), { line: 1, column: 3 }); // é itself starts at byte 3
  assert.equal(index.lineCol(6), { line: 1, column: 10 }); // 'e', after the 3-byte ✓
  assert.equal(index.lineCol(9), { line: 2, column: 2 });
  assert.equal(index.lineCol(10), { line: 2, column: 4 });
  assert.equal(index.lineCol(0), { line: 1, column: 1 });
});

test('queries in any order across lines, as for the locations of ops read after a parse', () => {
  const text = 'a\u00e9b\n\n  cd\nx\u2713y\nlast';
  const forward = [...Array(text.length + 1).keys()].map((offset) => new LineIndex(text, 3, 5).lineCol(offset));
  const index = new LineIndex(text, 3, 5);
  // Every offset, jumping back and forth (7 and the length + 1 are coprime).
  const order = [...Array(text.length + 1).keys()].map((k) => (k * 7) % (text.length + 1)).reverse();
  for (const offset of order) assert.equal(index.lineCol(offset), forward[offset], `offset ${offset}`);
  assert.equal(forward[3], { line: 3, column: 9 }); // the newline ends line 3 (the chunk's first, from column 5)
  assert.equal(forward[5], { line: 5, column: 1 });
  assert.equal(forward[12], { line: 6, column: 5 }); // 'y', after the 3-byte ✓
});

test.run();
