// The scanner's window buffer and the token stream: windows, long lines, non-ASCII text, buffer
// growth, in-place spelling checks and resetTo give the tokens of one scan of the whole text.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Tok, type Token } from '../../../lib/parse/lexer.js';
import { lexRange } from '../../../lib/parse/chevrotain-lexer.js';
import { SCANNER_WARM_UP, scanTokens, warmUpScanner } from '../../../lib/parse/scanner.js';
import { TokenStream } from '../../../lib/parse/token-stream.js';

/** Every token of `ts` from its current position, read as the parser reads them. */
function drain(ts: TokenStream): Token[] {
  const tokens: Token[] = [];
  while (ts.kind() !== Tok.Eof && ts.kind() !== Tok.Error) {
    const offset = ts.offset();
    const image = ts.image();
    assert.is(ts.end(), offset + image.length);
    assert.ok(ts.isSpelled(image), image);
    tokens.push({ kind: ts.kind(), offset, image });
    ts.advance();
  }
  return tokens;
}

/** Asserts that the scanner and the Chevrotain lexer agree on `text`, errors included. */
function agree(text: string): void {
  assert.equal(scanTokens(text, 0, text.length), lexRange(text, 0, text.length), text.slice(0, 60));
}

const LINE = '  %3 = "test.op"(%a, %b) <{v = 0x1F : i8, w = 1.5e-3 : f32, s = "q\\"\\0A"}> : (tensor<4x?x[8]xf32>) -> !t.x<4x4>\n';

test('the stream over many windows gives the tokens of one scan of the whole text', () => {
  const text = `{-# k: {} #-}\n${LINE.repeat(2000)}func.func @"f g"() -> memref<*xf32> ... // end`;
  assert.ok(text.length > 4 * (1 << 15));
  assert.equal(drain(new TokenStream(text)), scanTokens(text, 0, text.length).tokens);
  agree(text);
});

test('the scanner warm-up text lexes without errors and has a token of every kind', () => {
  const { tokens, error } = scanTokens(SCANNER_WARM_UP, 0, SCANNER_WARM_UP.length);
  assert.is(error, undefined);
  const kinds = new Set(tokens.map((t) => t.kind));
  for (let kind = Tok.BareId; kind <= Tok.FileMetaEnd; kind++) assert.ok(kinds.has(kind), `token kind ${kind}`);
  agree(SCANNER_WARM_UP);
  warmUpScanner();
});

test('non-ASCII characters keep offsets in strings and comments and are lexer errors elsewhere', () => {
  agree('"héllo 日本 😀" // ü ß\n%x = "a"() {s = "é"} : () -> ()');
  agree('%x = "a"() é');
  agree('@"ñame" 😀');
  const text = `${'// é\n'.repeat(20000)}%x = "日本"`;
  assert.equal(drain(new TokenStream(text)), scanTokens(text, 0, text.length).tokens);
  const error = new TokenStream('"ok" ü');
  assert.is(error.kind(), Tok.String);
  error.advance();
  assert.is(error.kind(), Tok.Error);
  assert.equal(error.lexError, { offset: 5, message: 'unexpected character' });
});

test('a line longer than the reused window buffer, and more tokens than the buffers start with', () => {
  const longString = `%x = "a"() {s = "${'x'.repeat(200000)}"} : () -> ()\n%y`;
  agree(longString);
  assert.equal(drain(new TokenStream(longString)), scanTokens(longString, 0, longString.length).tokens);
  const manyTokens = `[${'1, '.repeat(30000)}2]`;
  agree(manyTokens);
  assert.is(scanTokens(manyTokens, 0, manyTokens.length).tokens.length, 60003);
});

test('a dimension list is recognised when its look-back crosses the start of a window', () => {
  const text = 'tensor<\n4x8xf32> vector<\n  [4]x?xi1> memref<\n*xf32> x<\n4x8>\n';
  const whole = scanTokens(text, 0, text.length).tokens;
  const byLine: Token[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start) + 1;
    byLine.push(...scanTokens(text, start, end).tokens);
    start = end;
  }
  assert.equal(byLine, whole);
  assert.equal(whole.filter((t) => t.kind === Tok.DimList).map((t) => t.image), ['4x8x', '[4]x?x', '*x']);
  agree(text);
});

test('isSpelled compares the current token with a word in place', () => {
  const ts = new TokenStream('loc locx "loc" lo');
  assert.ok(ts.isSpelled('loc'));
  assert.not.ok(ts.isSpelled('lo'));
  assert.not.ok(ts.isSpelled('locx'));
  ts.advance();
  assert.ok(ts.isSpelled('locx'));
  ts.advance();
  assert.not.ok(ts.isSpelled('loc'));
  assert.ok(ts.isSpelled('"loc"'));
  ts.advance();
  ts.advance();
  assert.is(ts.kind(), Tok.Eof);
  assert.not.ok(ts.isSpelled(''));
});

test('resetTo reuses the tokens at a token boundary and lexes again inside a token', () => {
  const text = '%a = "x.y"() : () -> i32 // c\n#map<(d0) -> (d0)> f32';
  const whole = scanTokens(text, 0, text.length).tokens;
  const ts = new TokenStream(text);
  ts.advance();
  const arrow = text.indexOf('->');
  ts.resetTo(arrow);
  assert.equal(drain(ts), whole.filter((t) => t.offset >= arrow));
  // Inside `#map<...>`: the stream lexes again from there, as after a raw scanner.
  const inside = text.indexOf('(d0)') + 1;
  const again = new TokenStream(text);
  again.kind();
  again.resetTo(inside);
  assert.equal(drain(again), scanTokens(text, inside, text.length).tokens);
  // Past everything lexed so far.
  const late = new TokenStream(`${LINE.repeat(1000)}f16`);
  late.resetTo(late.source.length - 3);
  assert.equal(late.image(), 'f16');
});

test('peeking ahead across a window boundary and an error at the end', () => {
  const text = `${LINE.repeat(400)}%z = $`;
  const ts = new TokenStream(text);
  const all = scanTokens(text, 0, text.length);
  assert.equal(all.error, { offset: text.length - 1, message: 'unexpected character' });
  for (let k = 0; k < all.tokens.length; k += 997) {
    assert.is(ts.kind(k), all.tokens[k].kind);
    assert.is(ts.offset(k), all.tokens[k].offset);
  }
  assert.is(ts.kind(all.tokens.length), Tok.Error);
  assert.is(ts.offset(all.tokens.length), text.length - 1);
  assert.equal(ts.lexError, all.error);
});

test('the next window is lexed while tokens are left ahead, so a lookahead of up to 64 tokens lexes nothing', () => {
  const text = LINE.repeat(1000);
  let windows = 0;
  const ts = new TokenStream(text, (source, start, end) => {
    windows++;
    return lexRange(source, start, end);
  });
  ts.kind();
  const total = scanTokens(text, 0, text.length).tokens.length;
  for (let read = 0; read + 64 <= total; read++) {
    const before = windows;
    ts.end(63);
    assert.is(windows, before, `token ${read}`);
    ts.advance();
  }
  assert.ok(windows > 10);
});

test('the codes of a very long line are released by the windows after it', () => {
  const longLine = `%x = "a"() {s = "${'x'.repeat(1 << 20)}"} : () -> ()\n`;
  const text = LINE.repeat(200) + longLine + LINE.repeat(500);
  const ts = new TokenStream(text);
  const normal = (): void => assert.ok(ts.codes.length <= 1 << 16, `${ts.codes.length} codes`);
  normal();
  while (ts.offset() < text.indexOf('"x')) ts.advance();
  assert.ok(ts.codes.length > 1 << 20);
  const after = text.length - LINE.length * 400;
  while (ts.offset() < after) ts.advance();
  normal();
  assert.equal(drain(ts), scanTokens(text, after, text.length).tokens);
});

test.run();
