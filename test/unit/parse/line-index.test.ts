// Columns count UTF-8 bytes, as MLIR's do (llvm::SourceMgr works on the file's bytes).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { errorOf, bodyOps } from './helpers.js';
import { LineIndex } from '../../../lib/parse/line-index.js';
import { TokenStream } from '../../../lib/parse/token-stream.js';
import { Tok } from '../../../lib/parse/lexer.js';
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

test('with the scanner codes, a parse-like walk gets the positions of the string reading', () => {
  const text = '  %0 = "a.b"() {s = "\u00e9\u2713"} : () -> ()\n    %1 = "a.c"(%0) : (i32) -> ()\n'.repeat(3000);
  const ts = new TokenStream(text);
  const withCodes = new LineIndex(text, 1, 1, ts);
  const plain = new LineIndex(text);
  let n = 0;
  for (; ts.kind() !== Tok.Eof; ts.advance(), n++) {
    const offset = ts.offset();
    assert.equal(withCodes.lineCol(offset), plain.lineCol(offset), `token ${n}`);
    // Now and then a query back on the line, as a block argument's or a note's location.
    if (n % 7 === 0) assert.equal(withCodes.lineCol(offset - 1), plain.lineCol(offset - 1));
  }
  assert.ok(n > 20000);
});

test.run();
