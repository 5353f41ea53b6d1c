// math folds against mlir-opt 22: every value we fold is the one mlir-opt folds to, bit for bit;
// we may leave more unfolded (erf, f64 libm functions, NaN results), never fold differently.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dlcOpt, haveMlirOpt, mlirOpt } from '../../compat/tools.js';

const VALUES = ['0.0', '-0.0', '1.0', '-1.0', '0.5', '2.0', '-2.5', '3.0e+38', '1.0e-40', '7.0', '0.1', '100.0', '-100.0'];
const SPECIAL: Record<string, [string, string]> = { inf: ['0x7F800000', '0x7FF0000000000000'], ninf: ['0xFF800000', '0xFFF0000000000000'], nan: ['0x7FC00000', '0x7FF8000000000000'] };
const UNARY = ['exp', 'exp2', 'log', 'log2', 'log10', 'sqrt', 'rsqrt', 'tanh', 'erf', 'absf', 'sin', 'cos', 'ceil', 'floor'];

function literal(v: string, t: 'f32' | 'f64'): string {
  const s = SPECIAL[v];
  return s ? (t === 'f32' ? s[0] : s[1]) : v;
}

function cases(): string[] {
  const out: string[] = [];
  const values = [...VALUES, ...Object.keys(SPECIAL)];
  for (const op of UNARY) {
    for (const v of values) {
      for (const t of ['f32', 'f64'] as const) {
        out.push(`func.func @f() -> ${t} {\n  %a = arith.constant ${literal(v, t)} : ${t}\n  %r = math.${op} %a : ${t}\n  return %r : ${t}\n}`);
      }
    }
  }
  for (const a of VALUES) {
    for (const b of VALUES) {
      const t = a.length % 2 ? 'f32' : 'f64';
      out.push(`func.func @f() -> ${t} {\n  %a = arith.constant ${a} : ${t}\n  %b = arith.constant ${b} : ${t}\n  %r = math.powf %a, %b : ${t}\n  return %r : ${t}\n}`);
    }
  }
  for (const v of ['0', '1', '-1', '-2147483648', '2147483647', '-77']) {
    out.push(`func.func @f() -> i32 {\n  %a = arith.constant ${v} : i32\n  %r = math.absi %a : i32\n  return %r : i32\n}`);
  }
  return out;
}

test('math constants fold to exactly what mlir-opt folds them to, or stay', () => {
  if (!haveMlirOpt) return;
  const all = cases();
  const input = all.join('\n// -----\n');
  const args = ['--split-input-file', '--canonicalize', '-'];
  const ours = dlcOpt(args, input);
  assert.is(ours.stderr, '');
  const theirs = mlirOpt(args, input);
  assert.is(theirs.status, 0, theirs.stderr);
  const a = ours.stdout.split('// -----');
  const b = theirs.stdout.split('// -----');
  assert.is(a.length, all.length);
  let folded = 0;
  a.forEach((text, i) => {
    if (text.includes('math.')) return;
    folded++;
    assert.is(text, b[i], `case ${i}:\n${all[i]}`);
  });
  // Most cases fold: the exact functions in both widths and everything in f32.
  assert.ok(folded > all.length / 2, `only ${folded} of ${all.length} folded`);
});

test.run();
