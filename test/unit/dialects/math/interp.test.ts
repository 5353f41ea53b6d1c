// The math dialect's interpreter implementations: every op has one, results are rounded to the
// operand's format, tensors map element by element.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../../interp/harness.js';
import { TensorValue, type RtValue } from '../../../../lib/interp/index.js';
import { mathOps } from '../../../../dialects/math/ops.js';
import { mathInterpreter } from '../../../../dialects/math/interp.js';

test('every math op has an implementation', () => {
  const impls = mathInterpreter();
  for (const def of mathOps) assert.ok(impls[def.name], def.name);
});

/** Runs `math.<op>` on scalar arguments of `type`. */
function apply(op: string, type: string, args: RtValue[]): RtValue {
  const params = args.map((_, i) => `%a${i}: ${type}`).join(', ');
  const operands = args.map((_, i) => `%a${i}`).join(', ');
  const r = run(`func.func @main(${params}) -> ${type} {
      %r = math.${op} ${operands} : ${type}
      return %r : ${type}
    }`, args);
  assert.is(r.errors, '');
  return r.results![0];
}

test('unary functions rounded to f16, bf16, f32 and f64', () => {
  assert.is(apply('exp', 'f16', [1]), 2.71875);
  assert.is(apply('exp', 'f32', [1]), Math.fround(Math.E));
  assert.is(apply('exp', 'f64', [1]), Math.E);
  assert.is(apply('sqrt', 'bf16', [2]), 1.4140625);
  assert.is(apply('rsqrt', 'f32', [4]), 0.5);
  assert.is(apply('erf', 'f32', [0.5]), Math.fround(0.5204998778130465));
  assert.is(apply('erf', 'f64', [1]), 0.8427007929497149);
  assert.is(apply('tanh', 'f16', [0.5]), 0.462158203125);
  assert.is(apply('log', 'f32', [0]), -Infinity);
  assert.ok(Number.isNaN(apply('log', 'f32', [-1]) as number));
  assert.is(apply('absf', 'f16', [-3]), 3);
  assert.is(apply('floor', 'f32', [-1.5]), -2);
  assert.is(apply('ceil', 'f32', [-1.5]), -1);
  assert.is(apply('exp2', 'f16', [16]), Infinity);
  assert.is(apply('log2', 'f32', [8]), 3);
  assert.is(apply('log10', 'f64', [1000]), 3);
  assert.is(apply('sin', 'f32', [0]), 0);
  assert.is(apply('cos', 'f32', [0]), 1);
});

test('powf with C special cases, fma rounded once, absi wraps', () => {
  assert.is(apply('powf', 'f32', [1, NaN]), 1);
  assert.is(apply('powf', 'f16', [2, 0.5]), 1.4140625);
  assert.is(apply('fma', 'f64', [1 + 2 ** -52, 1 - 2 ** -52, -1]), -(2 ** -104));
  assert.is(apply('fma', 'f16', [256, 256, -1]), Infinity);
  assert.is(apply('absi', 'i8', [-128n]), -128n);
  assert.is(apply('absi', 'i32', [-5n]), 5n);
});

test('math ops on tensors', () => {
  const r = run(`func.func @main() -> tensor<2x2xf16> {
      %a = arith.constant dense<[[0.0, 1.0], [-1.0, 2.0]]> : tensor<2x2xf16>
      %e = math.exp %a : tensor<2x2xf16>
      return %e : tensor<2x2xf16>
    }`, []);
  assert.is(r.errors, '');
  const t = r.results![0] as TensorValue;
  assert.equal(Array.from({ length: 4 }, (_, i) => t.data.get(i)), [1, 2.71875, 0.367919921875, 7.390625]);
});

test.run();
