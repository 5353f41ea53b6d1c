// The printer's byte buffer gives back exactly the text written into it, in chunks of about
// 64K characters, whatever the characters: ASCII, Latin-1, beyond Latin-1, surrogates.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OutputBuffer } from '../../../lib/print/output.js';

/** Writes `pieces` (flushing as the printer does after each), closes, and returns the chunks handed out. */
function chunksOf(pieces: readonly string[]): string[] {
  const chunks: string[] = [];
  const out = new OutputBuffer((c) => chunks.push(c));
  for (const p of pieces) {
    out.write(p);
    out.maybeFlush();
  }
  out.close();
  return chunks;
}

test('short and long ASCII pieces come back in order', () => {
  const pieces = ['%0', ' = ', '"test.op"', '(', ')', ' : ', '(tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>', '\n'];
  assert.is(chunksOf(pieces).join(''), pieces.join(''));
});

test('characters beyond ASCII survive, short or long, alone or among ASCII', () => {
  const pieces = [
    'a', 'é', 'plain text', 'ÿ\u0080', '\u0100', 'x', '日本語', 'abc', '\ud83d\ude00', '\udcff',
    `a long piece ending in a wide character, ${'z'.repeat(40)}\u4e2d`, `a long Latin-1 piece ${'y'.repeat(40)}é`,
    'done',
  ];
  assert.is(chunksOf(pieces).join(''), pieces.join(''));
});

test('text is handed out in chunks of about 64K characters', () => {
  const line = `    %12 = "test.op"(%11) {note = "r12"} : (i32) -> i32\n`;
  const pieces = Array.from({ length: 5000 }, (_, i) => (i % 100 === 7 ? line.replace('r12', 'ré') : line));
  const chunks = chunksOf(pieces);
  assert.is(chunks.join(''), pieces.join(''));
  assert.ok(chunks.length > 3);
  for (const c of chunks.slice(0, -1)) assert.ok(c.length > 1 << 16 && c.length < (1 << 16) + line.length + 1, `chunk of ${c.length}`);
});

test('a piece larger than the buffer is kept whole', () => {
  const big = 'q'.repeat(300_000);
  assert.is(chunksOf(['start ', big, ' end', 'ü'.repeat(100_000)]).join(''), `start ${big} end${'ü'.repeat(100_000)}`);
});

test('a closed print gives its buffer to the next, and a print under way keeps its own', () => {
  // An op printed into each diagnostic note allocated a 128 KiB buffer apiece.
  const kept: OutputBuffer[] = [];
  const before = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 500; i++) {
    const out = new OutputBuffer(() => {});
    out.write(`"test.op"() : () -> ()`);
    out.close();
    kept.push(out);
  }
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(grown < 50 * (1 << 17), `${grown} bytes for 500 prints one after another`);
  const texts = ['', '', ''];
  const outer = new OutputBuffer((c) => (texts[0] += c));
  outer.write('outer begins; ');
  const nested = new OutputBuffer((c) => (texts[1] += c));
  nested.write('nested');
  outer.write('outer goes on; ');
  nested.close();
  const next = new OutputBuffer((c) => (texts[2] += c));
  next.write('next');
  outer.write('outer ends');
  next.close();
  outer.close();
  assert.equal(texts, ['outer begins; outer goes on; outer ends', 'nested', 'next']);
});

test('nothing written hands out nothing', () => {
  assert.equal(chunksOf([]), []);
});

test.run();
