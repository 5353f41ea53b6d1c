// The Chevrotain lexer and the hand-written scanner produce identical tokens; MLIR's lexer errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { Tok } from '../../../lib/parse/lexer.js';
import { lexRange } from '../../../lib/parse/chevrotain-lexer.js';
import { scanTokens } from '../../../lib/parse/scanner.js';
import { parse, describe } from './helpers.js';
import { printOperation } from '../../../lib/print/index.js';

const root = new URL('../../../../', import.meta.url).pathname;

const SAMPLES = [
  '%0:2 = "a.b"(%x#1, %y) <{p = 1}> ({^bb0(%a: i32): "t"() [^bb1] : () -> ()}) {k = 0x7FC00000 : f32} : (i32, i32) -> (i32, i64)',
  'tensor<4x8xf32> tensor<0xf32> tensor<?x4x[8]xf32> vector<[4]x8xi1> memref<*xf32> tensor<4 x ? x f32> 0xf32 0x 4x8',
  'func.func @"my fn"(%arg0: !foo.bar<a<b>>) -> (f32 {x.y}) attributes {a = @a::@b, b = 1.5e-3, c = -2., d = 3.e+2}',
  '{-# dialect_resources: { builtin: { k: "0x0400000001" } } #-} ... -> // comment\n#map = affine_map<(d0) -> (d0)>',
  '"esc \\" \\\\ \\n \\t \\0A" @_x.y$z ^bb-1 #a.b-c !t_1 %1 %a$b.c-d 123abc 1.5.3',
];

function corpus(): string[] {
  const texts: string[] = [...SAMPLES];
  for (const d of ['test/corpus/ir', 'test/corpus/invalid']) {
    const dir = root + d;
    if (existsSync(dir)) for (const f of readdirSync(dir)) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
  }
  return texts;
}

test('the scanner and the Chevrotain lexer agree token for token', () => {
  for (const text of corpus()) {
    const a = lexRange(text, 0, text.length);
    const b = scanTokens(text, 0, text.length);
    assert.equal(b, a, text.slice(0, 80));
  }
});

test('dimension lists are one token only right after tensor<, memref<, vector<', () => {
  const kinds = (s: string): [Tok, string][] => scanTokens(s, 0, s.length).tokens.map((t) => [t.kind, t.image]);
  assert.equal(kinds('tensor<0xf32>')[2], [Tok.DimList, '0x']);
  assert.equal(kinds('vector<[4]x8xf32>')[2], [Tok.DimList, '[4]x8x']);
  assert.equal(kinds('memref<*xf32>')[2], [Tok.DimList, '*x']);
  assert.equal(kinds('tensor< 4 x ? x f32>')[2], [Tok.DimList, '4 x ? x ']);
  assert.equal(kinds('{a = 0xf32}')[3], [Tok.Integer, '0xf32']);
  assert.equal(kinds('0xi32')[0], [Tok.Integer, '0']);
  assert.equal(kinds('tensor<f32>')[2], [Tok.BareId, 'f32']);
});

test('lexer errors are worded and placed as MLIR reports them', () => {
  const err = (s: string): [number, string] => {
    const e = scanTokens(s, 0, s.length).error!;
    const c = lexRange(s, 0, s.length).error!;
    assert.equal(e, c);
    return [e.offset, e.message];
  };
  assert.equal(err('x $'), [2, 'unexpected character']);
  assert.equal(err('"ab\\qc"'), [3, 'unknown escape in string literal']);
  assert.equal(err('"ab\ncd"'), [3, `expected '"' in string literal`]);
  assert.equal(err('"abc'), [4, `expected '"' in string literal`]);
  // Longer than the scanner's shared buffer, so the window's codes end right after their zeros
  // (an unterminated string at the end of input once read past them and never stopped).
  assert.equal(err(`"${'a'.repeat(70000)}`), [70001, `expected '"' in string literal`]);
  assert.equal(err('% x'), [0, 'invalid SSA name']);
  assert.equal(err('^ '), [0, 'invalid block name']);
  assert.equal(err('# '), [0, 'invalid attribute name']);
  assert.equal(err('! '), [0, 'invalid type identifier']);
  assert.equal(err('@1'), [1, "@ identifier expected to start with letter or '_'"]);
  assert.equal(err('..'), [1, 'expected three consecutive dots for an ellipsis']);
  assert.equal(err('/x'), [0, 'unexpected character']);
});

test('tokens never span lines, so windows can end at any newline', () => {
  const text = corpus().join('\n');
  const whole = scanTokens(text, 0, text.length);
  const parts: typeof whole.tokens = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start + 100);
    const end = nl < 0 ? text.length : nl + 1;
    const r = scanTokens(text, start, end);
    parts.push(...r.tokens);
    if (r.error) break;
    start = end;
  }
  assert.equal(parts, whole.tokens);
});

test('a whole parse with the Chevrotain lexer gives the same IR as with the scanner', () => {
  for (const text of corpus().slice(SAMPLES.length)) {
    const a = parse(text);
    const b = parse(text, { lexer: lexRange });
    assert.is(a.op === undefined, b.op === undefined);
    assert.equal(b.diagnostics.map(describe), a.diagnostics.map(describe));
    if (a.op && b.op) assert.is(printOperation(b.op, { generic: true, debugInfo: true }), printOperation(a.op, { generic: true, debugInfo: true }));
  }
});

test.run();
