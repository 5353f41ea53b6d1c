// Bad input never throws: each case is one diagnostic with a location, and parsing returns undefined.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, describe } from './helpers.js';
import { FileLineColLoc } from '../../../lib/ir/index.js';

const VALID = `func.func private @ext(i32) -> i32
func.func @f(%arg0: i32, %t: tensor<4x?xf32>) -> i32 attributes {a.b = [1, "x", dense<1.0> : tensor<2xf32>]} {
  %0 = func.call @ext(%arg0) : (i32) -> i32
  %1:2 = "t.pair"(%0, %t) {k = 0x7FC00000 : f32} : (i32, tensor<4x?xf32>) -> (i32, f32) loc("x.mlir":3:4)
  "t.br"(%1#0)[^bb1] : (i32) -> ()
^bb1:
  return %1#0 : i32
}
`;

/** Parses `text` and checks the failure is exactly one located error, without an exception. */
function expectOneError(text: string, pattern?: RegExp): string {
  let r: ReturnType<typeof parse> | undefined;
  try {
    r = parse(text);
  } catch (e) {
    assert.unreachable(`parse threw: ${(e as Error).stack}`);
  }
  assert.is(r!.op, undefined);
  const errors = r!.diagnostics.filter((d) => d.severity === 'error');
  assert.is(errors.length, 1, r!.diagnostics.map(describe).join('\n'));
  assert.ok(errors[0].location instanceof FileLineColLoc);
  assert.not.match(errors[0].message, /internal parser error/);
  if (pattern) assert.match(errors[0].message, pattern);
  return describe(errors[0]);
}

/** A deterministic byte generator, so that a failure can be reproduced. */
function pseudoRandom(n: number, seed: number): string {
  let x = seed >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += String.fromCharCode(x >>> 24);
  }
  return out;
}

test('the sample is valid', () => {
  const r = parse(VALID);
  assert.ok(r.op, r.diagnostics.map(describe).join('\n'));
});

test('every truncation of a valid file fails cleanly (or is itself valid)', () => {
  for (let cut = 1; cut < VALID.length; cut++) {
    const r = parse(VALID.slice(0, cut));
    if (r.op) continue;
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    assert.is(errors.length, 1, `cut ${cut}: ${r.diagnostics.map(describe).join('\n')}`);
    assert.not.match(errors[0].message, /internal parser error/, `cut ${cut}`);
  }
});

test('random bytes', () => {
  for (let seed = 1; seed <= 50; seed++) {
    const r = parse(pseudoRandom(2000, seed));
    assert.is(r.op, undefined);
    assert.is(r.diagnostics.filter((d) => d.severity === 'error').length, 1);
  }
  for (let seed = 1; seed <= 50; seed++) {
    const text = VALID.split('').map((c, i) => ((i * 7919 + seed * 104729) % 97 === 0 ? pseudoRandom(1, seed + i) : c)).join('');
    try {
      parse(text);
    } catch (e) {
      assert.unreachable(`mutated sample ${seed} threw: ${(e as Error).message}`);
    }
  }
});

test('10,000-deep nested regions, arrays and types hit the nesting limit, not the stack', () => {
  const depth = 10000;
  expectOneError(`${'"t.r"() ({\n'.repeat(depth)}${'}) : () -> ()\n'.repeat(depth)}`, /nesting depth/);
  expectOneError(`"t.r"() {a = ${'['.repeat(depth)}${']'.repeat(depth)}} : () -> ()`, /nesting depth/);
  expectOneError(`"t.r"() : () -> (${'tensor<'.repeat(depth)}f32${'>'.repeat(depth)})`, /nesting depth/);
  // Dialect attribute bodies are kept as text, so deep nesting there is fine.
  assert.ok(parse(`"t.r"() {a = #x.y${'<'.repeat(depth)}${'>'.repeat(depth)}} : () -> ()`).op);
  // Nesting that stays under the limit parses.
  const ok = 200;
  assert.ok(parse(`${'"t.r"() ({\n'.repeat(ok)}${'}) : () -> ()\n'.repeat(ok)}`).op);
});

test('a 10 MB string literal: accepted when closed, one error when not', () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const r = parse(`"t.op"() {a = "${big}"} : () -> ()\n`);
  assert.ok(r.op);
  assert.is(expectOneError(`"t.op"() {a = "${big}} : () -> ()\n`), `1:${10 * 1024 * 1024 + 28}: expected '"' in string literal`);
});

test('100,000 results on one op', () => {
  const n = 100000;
  const types = Array.from({ length: n }, () => 'i32').join(', ');
  const r = parse(`%r:${n} = "t.op"() : () -> (${types})\n"t.use"(%r#${n - 1}) : (i32) -> ()`);
  assert.ok(r.op);
  assert.is(r.op!.regions[0].blocks[0].first!.numResults, n);
  assert.is(expectOneError(`%r:${n} = "t.op"() : () -> (${types.slice(5)})\n`), `1:1: operation defines ${n - 1} results but was provided ${n} to bind`);
});

test('unknown escapes and other lexer errors', () => {
  assert.is(expectOneError('"t.op"() {a = "\\q"} : () -> ()'), '1:16: unknown escape in string literal');
  assert.is(expectOneError('"t.op"() {a = @"\\z"} : () -> ()'), '1:17: unknown escape in string literal');
  assert.is(expectOneError('"t.op"() : () -> () \u00e9'), '1:21: unexpected character');
  assert.is(expectOneError('"t.op"() : () -> ()\n%'), '2:1: invalid SSA name');
});

test.run();
