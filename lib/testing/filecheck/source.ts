// Source buffers and LLVM SourceMgr-style messages (`file:line:col: error: ...`, line, caret).
//
// Text is held as a "byte string": every byte of the file is one UTF-16 code unit (latin1
// decoding). Offsets and columns are then byte offsets and byte columns exactly as LLVM
// reports them, binary input cannot fail to decode, and writing the text back with latin1
// reproduces the original bytes.

/** Diagnostic severities, printed as `error:`, `note:`, `remark:`. */
export type DiagKind = 'error' | 'note' | 'remark';

/** A half-open byte range [start, end) inside one buffer. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One named text buffer (check file, input, command line) with lazy line tables. */
export class SourceBuffer {
  private newlines: number[] | undefined;

  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  /** Offsets of every '\n', computed once on first use. */
  private newlineOffsets(): number[] {
    if (this.newlines) return this.newlines;
    const out: number[] = [];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
    this.newlines = out;
    return out;
  }

  /**
   * 1-based line and column of `offset`, as llvm::SourceMgr computes them: lines count '\n'
   * only, but the column counts from the last '\n' or '\r'.
   */
  lineAndColumn(offset: number): { line: number; col: number } {
    const nl = this.newlineOffsets();
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    let lineStart = lo === 0 ? 0 : nl[lo - 1]! + 1;
    for (let i = offset - 1; i >= lineStart; i--) {
      if (this.text[i] === '\r') {
        lineStart = i + 1;
        break;
      }
    }
    return { line: lo + 1, col: offset - lineStart + 1 };
  }

  /** Offset of the first byte of 1-based `line` (text length when past the end). */
  lineStartOffset(line: number): number {
    if (line <= 1) return 0;
    const nl = this.newlineOffsets();
    return line - 2 < nl.length ? nl[line - 2]! + 1 : this.text.length;
  }
}

const TAB_STOP = 8;

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch !== '\t') {
      out += ch;
      continue;
    }
    do out += ' ';
    while (out.length % TAB_STOP !== 0);
  }
  return out;
}

/**
 * Formats one message the way llvm::SourceMgr prints it: location, kind, message, then the
 * source line and a caret line with `~` under `ranges`. Lines holding non-ASCII bytes get no
 * caret line, as in LLVM (columns would be wrong).
 */
export function formatMessage(buf: SourceBuffer, offset: number, kind: DiagKind, message: string, ranges: readonly Range[] = []): string {
  const { line, col } = buf.lineAndColumn(offset);
  const text = buf.text;
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const contents = text.slice(lineStart, lineEnd);
  let out = `${buf.name}:${line}:${col}: ${kind}: ${message}\n`;
  if (/[\x80-\xff]/.test(contents)) return `${out}${expandTabs(contents)}\n`;
  const caret = new Array<string>(contents.length + 1).fill(' ');
  for (const r of ranges) {
    if (r.start > lineEnd || r.end < lineStart) continue;
    const from = Math.max(r.start, lineStart) - lineStart;
    const to = Math.min(Math.min(r.end, lineEnd) - lineStart, caret.length);
    for (let i = from; i < to; i++) caret[i] = '~';
  }
  caret[Math.min(col - 1, contents.length)] = '^';
  const caretLine = caret.join('').trimEnd(); // not / +$/: that is quadratic on long lines
  let expanded = '';
  for (let i = 0; i < caretLine.length; i++) {
    if (i >= contents.length || contents[i] !== '\t') {
      expanded += caretLine[i];
      continue;
    }
    do expanded += caretLine[i];
    while (expanded.length % TAB_STOP !== 0);
  }
  return `${out}${expandTabs(contents)}\n${expanded}\n`;
}
