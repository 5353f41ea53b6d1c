// --dump-input: the input, line by line, with each match attempt drawn under it
// (`check:3'0     X~~~ error: no match found`), filtered to the interesting lines plus
// context, as LLVM FileCheck 22 prints it.
import { abbreviateCheck } from './check-type.js';
import type { FileCheckDiag, MatchType } from './reporter.js';
import type { SourceBuffer } from './source.js';

/** Which input lines the dump keeps (besides context). */
export type DumpFilter = 'all' | 'annotation-full' | 'annotation' | 'error';

interface Marker {
  lead: string;
  note: string;
  readonly filtersAsError: boolean;
}

interface Annotation {
  readonly diagIndex: number;
  readonly label: string;
  readonly isFirstLine: boolean;
  readonly inputLine: number;
  readonly startCol: number;
  readonly endCol: number;
  readonly marker: Marker;
}

const MARKERS: Readonly<Record<MatchType, readonly [string, string, boolean]>> = {
  'found-and-expected': ['^', '', false],
  'found-but-excluded': ['!', 'error: no match expected', true],
  'found-but-wrong-line': ['!', 'error: match on wrong line', true],
  'found-but-discarded': ['!', 'discard: overlaps earlier match', false],
  'found-error-note': ['!', 'error: unknown error after match', true],
  'none-and-excluded': ['X', '', false],
  'none-but-expected': ['X', 'error: no match found', true],
  'none-for-invalid-pattern': ['X', 'error: match failed for invalid pattern', true],
  fuzzy: ['?', 'possible intended match', true],
};

/** Describes the source of a check location for labels: a check-file line or `impN`. */
export type LocLabel = (diag: FileCheckDiag) => string;

function buildAnnotations(diags: readonly FileCheckDiag[], locLabel: LocLabel): { annotations: Annotation[]; labelWidth: number } {
  const key = (d: FileCheckDiag) => `${d.checkLoc.src.name}\0${d.checkLoc.start}\0${locLabel(d)}`;
  const perPattern = new Map<string, number>();
  for (const d of diags) perPattern.set(key(d), (perPattern.get(key(d)) ?? 0) + 1);
  const indexPerPattern = new Map<string, number>();
  const annotations: Annotation[] = [];
  let labelWidth = 0;
  diags.forEach((d, diagIndex) => {
    let label = `${abbreviateCheck(d.checkTy)}:${locLabel(d)}`;
    const k = key(d);
    if (perPattern.get(k)! > 1) {
      const n = indexPerPattern.get(k) ?? 0;
      label += `'${n}`;
      indexPerPattern.set(k, n + 1);
    }
    labelWidth = Math.max(labelWidth, label.length);
    const [lead0, note0, filtersAsError] = MARKERS[d.matchTy];
    const marker: Marker = { lead: lead0, note: note0, filtersAsError };
    if (d.note) {
      marker.note = d.note;
      if (d.startLine === d.endLine && d.startCol === d.endCol) marker.lead = ' ';
    }
    if (d.matchTy === 'found-error-note') marker.note = `error: ${marker.note}`;
    if (d.startLine === d.endLine) {
      annotations.push({ diagIndex, label, isFirstLine: true, inputLine: d.startLine, startCol: d.startCol, endCol: Math.max(d.startCol + 1, d.endCol), marker });
      return;
    }
    annotations.push({ diagIndex, label, isFirstLine: true, inputLine: d.startLine, startCol: d.startCol, endCol: Infinity, marker });
    for (let l = d.startLine + 1; l <= d.endLine; l++) {
      if (d.endCol === 1 && l === d.endLine) break;
      annotations.push({
        diagIndex,
        label,
        isFirstLine: false,
        inputLine: l,
        startCol: 1,
        endCol: l !== d.endLine ? Infinity : d.endCol,
        marker: { lead: '~', note: '', filtersAsError: marker.filtersAsError },
      });
    }
  });
  return { annotations, labelWidth };
}

function nextLineInFilter(filter: DumpFilter, line: number, annotations: readonly Annotation[], from: number): number {
  if (filter === 'all') return line;
  for (let i = from; i < annotations.length; i++) {
    const a = annotations[i]!;
    if (filter === 'annotation-full') return a.inputLine;
    if (filter === 'annotation' && a.isFirstLine) return a.inputLine;
    if (filter === 'error' && a.isFirstLine && a.marker.filtersAsError) return a.inputLine;
  }
  return Infinity;
}

/** Renders the annotated input dump, from `Input was:` to `>>>>>>`. */
export function dumpAnnotatedInput(input: SourceBuffer, diags: readonly FileCheckDiag[], locLabel: LocLabel, filter: DumpFilter, context: number): string {
  const { annotations, labelWidth: widest } = buildAnnotations(diags, locLabel);
  annotations.sort((a, b) => a.inputLine - b.inputLine || a.diagIndex - b.diagIndex);
  const text = input.text;
  let lineCount = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCount++;
  if (!text.endsWith('\n')) lineCount++;
  const labelWidth = Math.max(widest, String(lineCount).length) + 3;
  const out: string[] = ['Input was:\n<<<<<<\n'];
  let elided: string[] = [];
  const flushElided = () => {
    if (elided.length === 0) return;
    const lines = elided.join('').split('\n').length - 1;
    if (lines > 3) for (let i = 0; i < 3; i++) out.push(`${'.'.padStart(labelWidth)}\n`);
    else out.push(...elided);
    elided = [];
  };
  let ptr = 0;
  let ai = 0;
  let prevInFilter = 0;
  let nextInFilter = 0;
  for (let line = 1; ptr < text.length || ai < annotations.length; line++) {
    if (nextInFilter < line) nextInFilter = nextLineInFilter(filter, line, annotations, ai);
    if (nextInFilter === line) prevInFilter = line;
    const elide = (!prevInFilter || prevInFilter + context < line) && (nextInFilter === Infinity || line + context < nextInFilter);
    const sink: string[] = elide ? elided : out;
    if (!elide) flushElided();
    const lineStart = ptr;
    let body = '';
    let nl = text.indexOf('\n', ptr);
    if (nl === -1) nl = text.length - 1;
    if (ptr < text.length) {
      body = text.slice(ptr, nl + 1);
      if (body.endsWith('\n')) body = `${body.slice(0, -1)} `;
      ptr = nl + 1;
    }
    sink.push(`${String(line).padStart(labelWidth)}: ${body}\n`);
    const width = ptr - lineStart;
    for (; ai < annotations.length && annotations[ai]!.inputLine === line; ai++) {
      const a = annotations[ai]!;
      let s = `${a.label.padEnd(labelWidth)}  `;
      let col = 1;
      for (; col < a.startCol; col++) s += ' ';
      s += a.marker.lead;
      for (col++; col < a.endCol && col <= width; col++) s += '~';
      if (a.marker.note) {
        for (; col <= width; col++) s += ' ';
        s += ` ${a.marker.note}`;
      }
      sink.push(`${s}\n`);
    }
  }
  flushElided();
  out.push('>>>>>>\n');
  return out.join('');
}

/** The text `--dump-input=help` prints. */
export const DUMP_INPUT_HELP = `The following description was requested by -dump-input=help to
explain the input dump printed by FileCheck.

Related command-line options:

  - -dump-input=<value> enables or disables the input dump
  - -dump-input-filter=<value> filters the input lines
  - -dump-input-context=<N> adjusts the context of filtered lines
  - -v and -vv add more annotations
  - -color forces colors to be enabled both in the dump and below
  - -help documents the above options in more detail

These options can also be set via FILECHECK_OPTS.  For example, for
maximum debugging output on failures:

  $ FILECHECK_OPTS='-dump-input-filter=all -vv -color' ninja check

Input dump annotation format:

  - L:     labels line number L of the input file
           An extra space is added after each input line to represent the
           newline character
  - T:L    labels the only match result for either (1) a pattern of type T from
           line L of the check file if L is an integer or (2) the I-th implicit
           pattern if L is "imp" followed by an integer I (index origin one)
  - T:L'N  labels the Nth match result for such a pattern
  - ^~~    marks good match (reported if -v)
  - !~~    marks bad match, such as:
           - CHECK-NEXT on same line as previous match (error)
           - CHECK-NOT found (error)
           - CHECK-DAG overlapping match (discarded, reported if -vv)
  - X~~    marks search range when no match is found, such as:
           - CHECK-NEXT not found (error)
           - CHECK-NOT not found (success, reported if -vv)
           - CHECK-DAG not found after discarded matches (error)
  - ?      marks fuzzy match when no match is found
  - colors success, error, fuzzy match, discarded match, unmatched input
`;
