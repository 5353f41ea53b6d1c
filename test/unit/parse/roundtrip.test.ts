// Parse, print (lib/print), parse again: the second print equals the first, in both forms.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse, describe } from './helpers.js';
import { printOperation } from '../../../lib/print/index.js';

const root = new URL('../../../../', import.meta.url).pathname;

const PROGRAMS = [
  `func.func private @ext(i32 {a.b}, f32) -> (i32 {c.d})
func.func @f(%arg0: i32, %f: (i32) -> i32) -> i32 attributes {x.y} {
  %c = func.constant @f : (i32, (i32) -> i32) -> i32
  %0 = func.call @ext(%arg0, %arg0) : (i32, i32) -> i32
  %1 = func.call_indirect %f(%0) : (i32) -> i32
  %2:2 = builtin.unrealized_conversion_cast %1 : i32 to i64, f32
  return %1 : i32
}`,
  `#map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 2)>
!t = tensor<4x?xf32, #x.enc>
"t.a"() {m = #map, s = affine_set<(d0) : (d0 >= 0)>, d = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>, h = dense<"0x0000803F00000040"> : tensor<2xf32>} : () -> (!t, memref<?x4xf32, strided<[?, 1], offset: ?>, 3>, vector<[4]x8xi1>)
"t.b"() ({
^bb0(%a: i32, %b: f32):
  "t.br"(%a)[^bb1] : (i32) -> ()
^bb1:
  "t.end"() : () -> ()
}, {}) {s = "q\\"\\\\\\0A\\FF", u, f = 1.5 : f16, i = -3 : si8, c = dense<(1, 2)> : tensor<complex<i32>>} : () -> ()`,
  `module @m attributes {a.b} {
  module {
  }
  "t.use"(%late) : (i32) -> () loc(#l)
  %late = "t.def"() : () -> i32 loc(callsite("a" at fused["b":1:2, unknown]))
}
#l = loc("z":3:4)`,
];

function corpus(): string[] {
  const dir = `${root}test/corpus/ir`;
  return existsSync(dir) ? readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8')) : [];
}

for (const [name, generic, debugInfo] of [['custom', false, false], ['generic', true, false], ['generic with locations', true, true]] as const) {
  test(`printing is a fixed point through the parser (${name} form)`, () => {
    for (const text of [...PROGRAMS, ...corpus()]) {
      const first = parse(text);
      assert.ok(first.op, first.diagnostics.map(describe).join('\n'));
      const printed = printOperation(first.op!, { generic, debugInfo });
      const second = parse(printed);
      assert.ok(second.op, `${second.diagnostics.map(describe).join('\n')}\n${printed}`);
      assert.is(printOperation(second.op!, { generic, debugInfo }), printed);
    }
  });
}

test.run();
