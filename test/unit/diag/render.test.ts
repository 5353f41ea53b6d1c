// Rendering diagnostics exactly as mlir-opt prints them (expected texts taken from mlir-opt 22).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MLIRContext } from '../../../lib/ir/context.js';
import { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, UnknownLoc } from '../../../lib/ir/location.js';
import { Diagnostic } from '../../../lib/diag/diagnostic.js';
import { SourceFile, SourceManager, renderDiagnostic, renderDiagnostics } from '../../../lib/diag/index.js';

const ctx = new MLIRContext();
const src = ['"func.return"() : () -> () loc(unknown)', '  %0 = "test.foo"(%1) : (i32) -> i32', '\t"func.return"() : () -> ()', 'é x', ''].join('\n');
const sm = SourceManager.of({ 'm.mlir': src });
const loc = (line: number, col: number): FileLineColLoc => FileLineColLoc.get(ctx, 'm.mlir', line, col);

test('error with source line and caret', () => {
  const d = new Diagnostic('error', loc(2, 8), 'operand #0 does not dominate this use');
  assert.is(renderDiagnostic(d, sm), 'm.mlir:2:8: error: operand #0 does not dominate this use\n  %0 = "test.foo"(%1) : (i32) -> i32\n       ^\n');
});

test('a note at the same location repeats no source line; one elsewhere does', () => {
  const d = new Diagnostic('error', loc(2, 8), 'bad').attachNote('same place').attachNote('elsewhere', loc(1, 1)).attachNote('again', loc(1, 1));
  assert.is(
    renderDiagnostic(d, sm),
    [
      'm.mlir:2:8: error: bad',
      '  %0 = "test.foo"(%1) : (i32) -> i32',
      '       ^',
      'm.mlir:2:8: note: same place',
      'm.mlir:1:1: note: elsewhere',
      '"func.return"() : () -> () loc(unknown)',
      '^',
      'm.mlir:1:1: note: again',
      '',
    ].join('\n'),
  );
});

test('tabs are expanded to 8 columns in the line and under the caret', () => {
  const d = new Diagnostic('error', loc(3, 2), 'tab');
  assert.is(renderDiagnostic(d, sm), 'm.mlir:3:2: error: tab\n        "func.return"() : () -> ()\n        ^\n');
});

test('non-ASCII lines are shown without a caret line', () => {
  assert.is(renderDiagnostic(new Diagnostic('warning', loc(4, 3), 'w'), sm), 'm.mlir:4:3: warning: w\né x\n');
});

test('unknown buffer, line past the end, column past the line: location only', () => {
  assert.is(renderDiagnostic(new Diagnostic('error', FileLineColLoc.get(ctx, 'zz.mlir', 3, 4), 'x'), sm), 'zz.mlir:3:4: error: x\n');
  assert.is(renderDiagnostic(new Diagnostic('error', loc(100, 4), 'x'), sm), 'm.mlir:100:4: error: x\n');
  assert.is(renderDiagnostic(new Diagnostic('error', loc(3, 40), 'x'), sm), 'm.mlir:3:40: error: x\n');
});

test('unknown location: <unknown>:0:', () => {
  assert.is(renderDiagnostic(new Diagnostic('error', UnknownLoc.get(ctx), 'x'), sm), '<unknown>:0: error: x\n');
});

test('name and fused locations show their first file location', () => {
  assert.is(renderDiagnostic(new Diagnostic('remark', NameLoc.get(ctx, 'n', loc(1, 3)), 'r'), sm), 'm.mlir:1:3: remark: r\n"func.return"() : () -> () loc(unknown)\n  ^\n');
  const fused = FusedLoc.get(ctx, [UnknownLoc.get(ctx), loc(2, 3)]);
  assert.match(renderDiagnostic(new Diagnostic('error', fused, 'f'), sm), /^m\.mlir:2:3: error: f\n/);
});

test('call-site locations add called-from notes for each caller', () => {
  const site = CallSiteLoc.get(loc(1, 3), CallSiteLoc.get(loc(2, 3), loc(1, 1)));
  const out = renderDiagnostic(new Diagnostic('error', site, 'e'), sm).split('\n');
  assert.equal(
    out.filter((l) => l.startsWith('m.mlir')),
    ['m.mlir:1:3: error: e', 'm.mlir:2:3: note: called from', 'm.mlir:1:1: note: called from'],
  );
});

test('underlined ranges (for --verify-diagnostics errors)', () => {
  const d = new Diagnostic('error', loc(2, 3), 'expected error "x" was not produced');
  d.underline = 3;
  assert.is(renderDiagnostic(d, sm).split('\n')[2], '  ^~~');
});

test('renderDiagnostics takes a plain { name: text } map too', () => {
  const d = new Diagnostic('error', loc(2, 8), 'x');
  assert.is(renderDiagnostics([d, d], { 'm.mlir': src }), renderDiagnostic(d, sm).repeat(2));
});

test('SourceFile: line/column from offsets, lines, offsets from line/column', () => {
  const f = new SourceFile('a', 'ab\ncd\r\nef');
  assert.equal(f.lineAndColumn(0), { line: 1, column: 1 });
  assert.equal(f.lineAndColumn(4), { line: 2, column: 2 });
  assert.equal(f.lineAndColumn(7), { line: 3, column: 1 });
  assert.is(f.lineText(2), 'cd');
  assert.is(f.lineCount, 3);
  assert.is(f.offsetOf(2, 3), 5);
  assert.is(f.offsetOf(2, 5), undefined);
  assert.is(f.offsetOf(4, 1), undefined);
});

test('columns count UTF-8 bytes, as LLVM', () => {
  const f = new SourceFile('u', 'aé b\nx');
  assert.equal(f.lineAndColumn(3), { line: 1, column: 5 });
  assert.is(f.offsetOf(1, 5), 3);
  assert.is(f.offsetOf(1, 6), 4);
  assert.is(f.offsetOf(1, 7), undefined);
});

test.run();
