// Types looked up by their text (Parser.cachedParse): the same types, errors and positions as a fresh parse.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyOps, errorOf } from './helpers.js';
import { createContext } from '../../../dialects/registry.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import type { Operation, Type } from '../../../lib/ir/index.js';

const TYPES = [
  'tensor<4x8xf32>', 'tensor<?x 4 xf32>', 'memref<4x?xf32, strided<[?, 1]>, 3>', 'vector<4x[8]xf32>', 'complex<f32>',
  'tuple<i32, tensor<2xf32>>', '!t.a', '!t.a-b', '!t.a<1>', '!t.a<"x>y">', '(i32, tensor<2xf32>) -> i1', '(tensor<2xf32>, i32) -> i1', '(!t.a) -> (f32, !t.a)', '(!t.a) -> !t.a-b',
  'tensor<*xf32>', 'memref<*xf32, 1>',
];

function resultTypes(ops: Operation[]): Type[] {
  return ops.map((op) => op.result(0).type);
}

test('each repeated composite type is the object a fresh parse gives, printed the same', () => {
  const text = TYPES.map((t, i) => `%${i} = "t.a"() : () -> (${t})`).join('\n');
  const cold = resultTypes(bodyOps(text));
  assert.equal(cold.map(String), TYPES.map((t) => t.replace('?x 4 x', '?x4x').replaceAll('!t.a-b', '!t<a-b>')));
  // The same file twice over: the second half comes from the cache and must be the same objects.
  const twice = resultTypes(bodyOps(`${text}\n${text.replaceAll('%', '%w')}`));
  for (let i = 0; i < TYPES.length; i++) {
    assert.is(twice[i + TYPES.length], twice[i], TYPES[i]);
    assert.is(String(twice[i]), String(cold[i]), TYPES[i]);
  }
});

test('a cached type is not taken for a longer text that starts the same way', () => {
  const results = ['!t.a', '!t.a-b', '!t.a<1>', 'i32', 'i320', '!t.a.b'];
  // Alone and as the result of a function type looked up by its text (its first input is composite).
  const text = results.map((r, i) => `%${i} = "t.a"() : () -> ${r}\n%f${i} = "t.a"() : () -> ((!t.f) -> ${r})`).join('\n');
  const types = bodyOps(text).map((op) => String(op.result(0).type));
  assert.equal(types, results.flatMap((r) => [r, `(!t.f) -> ${r}`].map((t) => t.replace('!t.a-b', '!t<a-b>'))));
});

test('aliases are looked up per parse: the same text under another alias is another type', () => {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = true;
  const typeOf = (text: string): string => {
    const op = parseSourceString(text, { context: ctx, filename: 't.mlir' });
    return String(op?.regions[0].blocks[0].operations[0].result(0).type);
  };
  assert.is(typeOf('!x = i32\n%0 = "t.a"() : () -> tensor<4x!x>'), 'tensor<4xi32>');
  assert.is(typeOf('!x = f16\n%0 = "t.a"() : () -> tensor<4x!x>'), 'tensor<4xf16>');
});

test('a type cached near the top still meets the nesting limit deeper down', () => {
  // 299 regions deep, the inner `tuple<` of `tuple<tuple<i32>>` is the 301st level.
  const depth = 299;
  const deep = (line1: string): string =>
    `${line1}\n${'"t.r"() ({\n'.repeat(depth)}%1 = "t.b"() : () -> tuple<tuple<i32>>\n${'}) : () -> ()\n'.repeat(depth)}`;
  const cold = errorOf(deep('%0 = "t.a"() : () -> tuple<tuple<i64>>'));
  const warm = errorOf(deep('%0 = "t.a"() : () -> tuple<tuple<i32>>'));
  assert.ok(cold.endsWith('exceeded maximum nesting depth of 300'), cold);
  assert.is(warm, cold);
  // One level less deep fits, from the cache as from a fresh parse.
  const fits = `%0 = "t.a"() : () -> tuple<tuple<i32>>\n${'"t.r"() ({\n'.repeat(depth - 1)}%1 = "t.b"() : () -> tuple<tuple<i32>>\n${'}) : () -> ()\n'.repeat(depth - 1)}`;
  assert.is(bodyOps(fits).length, 2);
});

test('bad types give the same errors after good ones were cached', () => {
  const warm = '"t.w"() : () -> (tensor<4x8xf32>, vector<4x[8]xf32>, memref<4x?xf32>, !t.x<1>, complex<f32>, tuple<i32>)\n';
  const cases: [string, string][] = [
    ['tensor<4x8xf32', "32: expected '>' in tensor type"],
    ['tensor<4x 8 x[8]xf32>', '31: expected non-function type'],
    ['tensor<99999999999999999999xf32>', '25: invalid dimension in tensor type'],
    ['vector<4 x ? x f32>', '29: expected non-function type'],
    ['vector<*xf32>', '25: expected non-function type'],
    ['vector<4x0xf32>', '18: vector types must have positive constant sizes but got 4, 0'],
    ['memref<4x?xf32, 5, 6>', '38: multiple memory spaces specified in memref type'],
    ['tensor<*xf32, 1>', '34: cannot apply encoding to unranked tensor'],
    ['complex<tensor<4xf32>>', '26: invalid element type for complex'],
    ['tuple<i32', "27: expected '>' in tuple type"],
    ['!t.x<1', "22: unbalanced '<' character in pretty dialect name"],
    ['!undefinedalias', "33: undefined symbol alias id 'undefinedalias'"],
    ['tensor<4x8xf32>>', "33: expected ')'"],
    ['memref<[4]xf32>', '25: expected non-function type'],
    ['vector<4x[8]x[?]xf32>', '31: expected non-function type'],
    ['tensor<4x8xi99999999>', '29: integer bitwidth is limited to 16777215 bits'],
  ];
  for (const [type, error] of cases) {
    const line = `"t.a"() : () -> (${type})`;
    assert.is(errorOf(line), `1:${error}`, type);
    assert.is(errorOf(warm + line), `2:${error}`, type);
  }
});

test.run();
