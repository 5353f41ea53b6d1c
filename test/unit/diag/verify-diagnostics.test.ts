// The --verify-diagnostics checker: designators, matching, and mlir-opt 22's exact error output.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MLIRContext } from '../../../lib/ir/context.js';
import { FileLineColLoc, UnknownLoc } from '../../../lib/ir/location.js';
import { Diagnostic, type Severity } from '../../../lib/diag/diagnostic.js';
import { DiagnosticVerifier, checkExpectedDiagnostics, renderDiagnostics } from '../../../lib/diag/index.js';

const ctx = new MLIRContext();
const diag = (severity: Severity, line: number, col: number, message: string, file = 'c.mlir'): Diagnostic =>
  new Diagnostic(severity, FileLineColLoc.get(ctx, file, line, col), message);

/** Runs the checker on `src` and renders its errors as mlir-opt would print them. */
function run(src: string, diags: Diagnostic[], file = 'c.mlir'): { ok: boolean; out: string } {
  const r = checkExpectedDiagnostics(src, file, diags, { context: ctx });
  return { ok: r.ok, out: renderDiagnostics(r.errors, { [file]: src }) };
}

const RETURN_SRC = [
  'func.func @f() {',
  '  %0 = "test.foo"() : () -> i32',
  '  // expected-error @+1 {{has 2 operands}}',
  '  return %0 : i32',
  '}',
  '// expected-warning {{foo}}',
  '',
].join('\n');

test('unexpected and missing diagnostics, exactly as mlir-opt prints them', () => {
  const r = run(RETURN_SRC, [diag('error', 4, 3, "'func.return' op has 1 operands, but enclosing function (@f) returns 0")]);
  assert.is(r.ok, false);
  assert.is(
    r.out,
    [
      "c.mlir:4:3: error: unexpected error: 'func.return' op has 1 operands, but enclosing function (@f) returns 0",
      '  return %0 : i32',
      '  ^',
      'c.mlir:3:6: error: expected error "has 2 operands" was not produced',
      '  // expected-error @+1 {{has 2 operands}}',
      '     ^~~~~~~~~~~~~~',
      'c.mlir:6:4: error: expected warning "foo" was not produced',
      '// expected-warning {{foo}}',
      '   ^~~',
      '',
    ].join('\n'),
  );
});

test('a substring match on the right line passes; one expectation may match several diagnostics', () => {
  const src = 'a\n// expected-error @+1 {{has 1}}\nb\n';
  const d = diag('error', 3, 1, 'op has 1 operands');
  assert.equal(run(src, [d, d]), { ok: true, out: '' });
});

test('@above, @below, @-N and a designator at the end of a code line', () => {
  const src = ['x // expected-note {{n1}}', '// expected-note@above {{n2}}', '// expected-note@below {{n3}}', '// expected-note@below {{n4}}', 'y', '// expected-remark@-5 {{r}}'].join('\n');
  const diags = [diag('note', 1, 1, 'n1'), diag('note', 1, 1, 'n2'), diag('note', 5, 1, 'n3'), diag('note', 5, 1, 'n4'), diag('remark', 1, 1, 'r')];
  assert.equal(run(src, diags), { ok: true, out: '' });
});

test('no spaces needed around @ and {{, and the text between the outer braces is literal', () => {
  const src = 'x\n// expected-error@-1{{has {{[0-9]}} operands}}\n';
  assert.is(run(src, [diag('error', 1, 1, 'has {{[0-9]}} operands')]).ok, true);
  assert.is(run(src, [diag('error', 1, 1, 'has 1 operands')]).ok, false);
});

test('-re designators: {{regex}} blocks are POSIX regexes, the rest is literal', () => {
  const src = 'x\n// expected-error-re@-1 {{has {{[0-9]+}} operands (@f)}}\n';
  assert.is(run(src, [diag('error', 1, 1, "'func.return' op has 12 operands (@f)")]).ok, true);
  assert.is(run(src, [diag('error', 1, 1, 'has x operands (@f)')]).ok, false);
});

test('malformed -re designators are reported first, with the designator underlined', () => {
  const src = ['// expected-error-re@+1 {{abc{{x}}', 'func.func @f() {', '  // expected-error-re@+1 {{a{{[}}b}}', '  return', '}'].join('\n');
  const r = run(src, []);
  assert.is(
    r.out,
    [
      "c.mlir:1:4: error: found start of regex with no end '}}'",
      '// expected-error-re@+1 {{abc{{x}}',
      '   ^~~~~~',
      'c.mlir:3:6: error: invalid regex: brackets ([ ]) not balanced',
      '  // expected-error-re@+1 {{a{{[}}b}}',
      '     ^~~~~~~',
      '',
    ].join('\n'),
  );
});

test('right text, wrong severity: near miss reported at the designator', () => {
  const src = 'x\n  // expected-warning @-1 {{has 1 operands}}\n';
  const r = run(src, [diag('error', 1, 1, 'has 1 operands')]);
  assert.is(
    r.out,
    [
      "c.mlir:2:6: error: 'error' diagnostic emitted when expecting a 'warning'",
      '  // expected-warning @-1 {{has 1 operands}}',
      '     ^',
      'c.mlir:2:6: error: expected warning "has 1 operands" was not produced',
      '  // expected-warning @-1 {{has 1 operands}}',
      '     ^~~~~~~~~~~~~~',
      '',
    ].join('\n'),
  );
});

test('notes are checked like diagnostics of their own', () => {
  const src = 'x\n// expected-error@-1 {{e}}\n';
  const d = diag('error', 1, 1, 'e').attachNote('zzz', FileLineColLoc.get(ctx, 'c.mlir', 1, 1));
  assert.is(run(src, [d]).out, 'c.mlir:1:1: error: unexpected note: zzz\nx\n^\n');
});

test('@unknown matches diagnostics without a file location; unmatched ones are reported twice, as mlir-opt does', () => {
  const src = '// expected-error@unknown {{foo}}\n';
  assert.is(run(src, [new Diagnostic('error', UnknownLoc.get(ctx), 'foo!')]).ok, true);
  assert.is(run(src, []).out, '<unknown>:0: error: expected error "foo" was not produced\n'.repeat(2));
  assert.is(run('', [new Diagnostic('error', UnknownLoc.get(ctx), 'x')]).out, '<unknown>:0: error: unexpected error: x\n');
});

test('diagnostics in other files are unexpected; only-expected mode ignores them', () => {
  const d = diag('error', 3, 4, 'x', 'zz.mlir');
  assert.is(run('', [d]).out, 'zz.mlir:3:4: error: unexpected error: x\n');
  assert.equal(checkExpectedDiagnostics('', 'c.mlir', [d], { context: ctx, onlyExpected: true }), { ok: true, errors: [] });
});

test('designator columns count bytes; lines with non-ASCII text get no caret line', () => {
  const src = 'x // é expected-error {{x}}\n';
  assert.is(run(src, []).out, 'c.mlir:1:9: error: expected error "x" was not produced\nx // é expected-error {{x}}\n');
});

test('split input: one verifier for the file, chunks processed in turn, missing ones reported at the end', () => {
  const src = ['// expected-error @+1 {{nope}}', 'a', '// -----', 'b', '// -----', '// expected-error @+1 {{nope2}}', 'c'].join('\n');
  const v = new DiagnosticVerifier(ctx);
  v.addBuffer('c.mlir', src);
  const chunk1 = v.process([]);
  const chunk2 = v.process([diag('error', 4, 1, 'bad')]);
  const chunk3 = v.process([diag('error', 7, 1, 'nope2 here')]);
  const end = v.finish();
  assert.equal([chunk1.length, chunk2.length, chunk3.length], [0, 1, 0]);
  assert.is(
    renderDiagnostics([...chunk2, ...end], { 'c.mlir': src }),
    ['c.mlir:4:1: error: unexpected error: bad', 'b', '^', 'c.mlir:1:4: error: expected error "nope" was not produced', '// expected-error @+1 {{nope}}', '   ^~~~', ''].join('\n'),
  );
  assert.is(v.hasFailed, true);
});

test.run();
