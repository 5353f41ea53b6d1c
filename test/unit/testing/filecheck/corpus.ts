// Differential corpus: (check file, input, flags) cases run through both dlc-filecheck and
// LLVM FileCheck. About half pass and half fail; each exercises a directive, flag or error path.

/** One case; `args` are FileCheck flags besides the check file and --input-file. */
export interface CorpusCase {
  readonly name: string;
  readonly check: string;
  readonly input: string;
  readonly args?: readonly string[];
}

export const CORPUS: readonly CorpusCase[] = [
  // Passing cases.
  { name: 'plain', check: 'CHECK: foo\nCHECK: bar\n', input: 'foo\nbar\n' },
  { name: 'next', check: 'CHECK: a\nCHECK-NEXT: b\nCHECK-NEXT: c\n', input: 'a\nb\nc\n' },
  { name: 'same', check: 'CHECK: a\nCHECK-SAME: b\nCHECK-SAME: c\n', input: 'a b c\n' },
  { name: 'not-between', check: 'CHECK: a\nCHECK-NOT: x\nCHECK: b\n', input: 'a\ny\nb\nx\n' },
  { name: 'dag-any-order', check: 'CHECK-DAG: b\nCHECK-DAG: a\nCHECK: c\n', input: 'a\nb\nc\n' },
  { name: 'dag-not-dag', check: 'CHECK-DAG: a\nCHECK-NOT: z\nCHECK-DAG: b\n', input: 'a\nb\nz\n' },
  { name: 'label', check: 'CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\nCHECK: y\n', input: 'f1\nx\nf2\ny\n' },
  { name: 'empty', check: 'CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n', input: 'a\n\nb\n' },
  { name: 'count', check: 'CHECK-COUNT-3: ab\nCHECK: end\n', input: 'ab ab\nab\nend\n' },
  { name: 'regex', check: 'CHECK: x{{[0-9]+}}y\nCHECK: {{a|ab}}c\n', input: 'x123y\nabc\n' },
  { name: 'posix-class', check: 'CHECK: {{[[:alpha:]]+}}_{{[[:digit:]]}}\n', input: 'abc_7\n' },
  { name: 'posix-backslash-d', check: 'CHECK: a{{\\d}}b\n', input: 'adb\n' },
  { name: 'string-var', check: 'CHECK: def [[V:[a-z]+]]\nCHECK: use [[V]]\n', input: 'def abc\nuse abc\n' },
  { name: 'same-line-backref', check: 'CHECK: [[X:[a-z]+]]-[[X]]\n', input: 'ab-ab\n' },
  { name: 'numeric', check: 'CHECK: n=[[#N:]]\nCHECK: m=[[#N+2]]\nCHECK: h=[[#%x,H:]] [[#H*0+H]]\n', input: 'n=5\nm=7\nh=ff ff\n' },
  { name: 'numeric-fn', check: 'CHECK: [[#A:]] [[#B:]]\nCHECK: [[#max(A,B)]] [[#sub(B,A)]]\n', input: '3 10\n10 7\n' },
  { name: 'line-var', check: 'CHECK: line [[@LINE]]\nCHECK: line [[#@LINE-1]]\n', input: 'line 1\nline 1\n' },
  { name: 'define', check: 'CHECK: [[NAME]] [[#N+1]]\n', input: 'hello 6\n', args: ['-DNAME=hello', '-D#N=5'] },
  { name: 'prefixes', check: 'A: one\nB: two\nCHECK: three\n', input: 'one two three\n', args: ['--check-prefixes=A,B'] },
  { name: 'full-lines', check: 'CHECK: a b\nCHECK: c\n', input: '  a b  \nc\n', args: ['--match-full-lines'] },
  { name: 'strict-ws', check: 'CHECK: a  b\n', input: 'a  b\n', args: ['--strict-whitespace'] },
  { name: 'ignore-case', check: 'CHECK: HeLLo {{WOR[L]D}}\n', input: 'hello world\n', args: ['--ignore-case'] },
  { name: 'implicit-not', check: 'CHECK: a\nCHECK: b\n', input: 'a\nb\n', args: ['--implicit-check-not=error'] },
  { name: 'var-scope', check: 'CHECK-LABEL: f\nCHECK: [[$G:[0-9]+]] [[L:[a-z]]]\nCHECK-LABEL: g\nCHECK: [[$G]]\n', input: 'f\n1 x\ng\n1\n', args: ['--enable-var-scope'] },
  { name: 'literal', check: 'CHECK{LITERAL}: [[x]] {{y}}\n', input: '[[x]] {{y}}\n' },
  { name: 'crlf', check: 'CHECK: a\r\nCHECK-NEXT: b\r\n', input: 'a\r\nb\r\n' },
  { name: 'allow-empty', check: 'CHECK-NOT: x\n', input: '', args: ['--allow-empty'] },
  { name: 'comment', check: 'COM: CHECK: never\nCHECK: a\n', input: 'a\n' },
  { name: 'unused-allowed', check: 'A: x\n', input: 'x\n', args: ['--check-prefixes=A,B', '--allow-unused-prefixes'] },
  { name: 'word-prefix', check: 'XCHECK: nope\nCHECK: a\n', input: 'a\n' },
  { name: 'binary', check: 'CHECK: a{{.}}b\n', input: 'a\u0001b\u0000\n' },
  // Failing cases (exit 1 or 2).
  { name: 'not-found', check: 'CHECK: foo\nCHECK: quux\n', input: 'foo\nbar\nqux\n' },
  { name: 'next-wrong-line', check: 'CHECK: a\nCHECK-NEXT: c\n', input: 'a\nb\nc\n' },
  { name: 'next-same-line', check: 'CHECK: a\nCHECK-NEXT: b\n', input: 'a b\n' },
  { name: 'same-wrong-line', check: 'CHECK: a\nCHECK-SAME: b\n', input: 'a\nb\n' },
  { name: 'not-found-excluded', check: 'CHECK: a\nCHECK-NOT: x\nCHECK: b\n', input: 'a\nx\nb\n' },
  { name: 'dag-missing', check: 'CHECK-DAG: a\nCHECK-DAG: zz\n', input: 'a\nb\n' },
  { name: 'dag-overlap', check: 'CHECK-DAG: a\nCHECK-DAG: a\n', input: 'a\n' },
  { name: 'dag-not', check: 'CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n', input: 'a\nx\nb\n' },
  { name: 'label-missing', check: 'CHECK-LABEL: f1\nCHECK-LABEL: f3\n', input: 'f1\nf2\n' },
  { name: 'label-region', check: 'CHECK-LABEL: f1\nCHECK: y\nCHECK-LABEL: f2\n', input: 'f1\nx\nf2\ny\n' },
  { name: 'empty-fails', check: 'CHECK: a\nCHECK-EMPTY:\n', input: 'a\nb\n' },
  { name: 'count-short', check: 'CHECK-COUNT-3: ab\n', input: 'ab\nab\n' },
  { name: 'undefined-var', check: 'CHECK: a\nCHECK: [[X]]\n', input: 'a\n' },
  { name: 'undefined-numeric', check: 'CHECK: a\nCHECK: [[#Y+1]]\n', input: 'a\n' },
  { name: 'bad-regex', check: 'CHECK: a\nCHECK: {{x|}}\n', input: 'a\n' },
  { name: 'unclosed-regex', check: 'CHECK: a{{b\n', input: 'ab\n' },
  { name: 'empty-check', check: 'CHECK: a\nCHECK:\n', input: 'a\n' },
  { name: 'next-first', check: 'CHECK-NEXT: a\n', input: 'a\n' },
  { name: 'label-var', check: 'CHECK-LABEL: [[X:a]]\n', input: 'a\n' },
  { name: 'no-prefix', check: 'FOO: a\n', input: 'a\n' },
  { name: 'unused-prefix', check: 'A: a\n', input: 'a\n', args: ['--check-prefixes=A,B'] },
  { name: 'empty-input', check: 'CHECK: a\n', input: '' },
  { name: 'implicit-not-hit', check: 'CHECK: a\nCHECK: b\n', input: 'a\nerror\nb\n', args: ['--implicit-check-not=error'] },
  { name: 'full-lines-fail', check: 'CHECK: a b\n', input: 'xa b\n', args: ['--match-full-lines'] },
  { name: 'var-scope-fail', check: 'CHECK-LABEL: f\nCHECK: [[L:[a-z]]]\nCHECK-LABEL: g\nCHECK: [[L]]\n', input: 'f\nx\ng\nx\n', args: ['--enable-var-scope'] },
  { name: 'misspelled', check: 'CHECK: a\nCHECK_NEXT: b\n', input: 'a\nb\n' },
  { name: 'bad-count', check: 'CHECK-COUNT-0: a\n', input: 'a\n' },
  { name: 'numeric-mismatch', check: 'CHECK: [[#N:]]\nCHECK-NEXT: [[#N+1]]\n', input: '4\n6\n' },
  { name: 'longest-alternation', check: 'CHECK: {{a|ab}}\nCHECK-SAME: {{^}}b\n', input: 'ab\n' },
  { name: 'posix-dot-newline', check: 'CHECK: a{{.*}}\nCHECK-NEXT: {{^}}b\n', input: 'ax\nb\n' },
  { name: 'crlf-fail', check: 'CHECK: a\r\nCHECK-NEXT: c\r\n', input: 'a\r\nb\r\nc\r\n' },
  { name: 'binary-fail', check: 'CHECK: zz\n', input: '\u0000\u0001\u00ff\nab\n' },
];
