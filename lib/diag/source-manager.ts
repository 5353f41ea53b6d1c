// SourceManager: named text buffers with line tables, and LLVM SourceMgr-style message printing.

/** Severities as llvm::SourceMgr prints them (`error:`, `warning:`, `note:`, `remark:`). */
export type MessageKind = 'error' | 'warning' | 'note' | 'remark';

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** The index of the last of `starts` (ascending, the first at most `offset`) that is at most `offset`: the line or range that holds it. */
export function lastStartAtMost(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset where each line of `text` starts (line 1's at index 0); lines end at '\n', as LLVM counts them. */
export function lineStartsOf(text: string): Uint32Array {
  let lines = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lines++;
  const starts = new Uint32Array(lines);
  let line = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts[line++] = nl + 1;
  return starts;
}

/** The length of `text` in UTF-8 bytes (its length when it is ASCII). */
export function utf8Length(text: string): number {
  return NON_ASCII.test(text) ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** One named buffer; lines are split at '\n' only, as LLVM counts them. */
export class SourceFile {
  private lineStarts: Uint32Array | undefined;

  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  /** Offsets of the first character of every line, computed once on first use. */
  private starts(): Uint32Array {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }

  /** Number of lines (a trailing newline starts one more, empty line, as in LLVM). */
  get lineCount(): number {
    return this.starts().length;
  }

  /** 1-based line and column of `offset`; columns count UTF-8 bytes, as LLVM's do. */
  lineAndColumn(offset: number): { line: number; column: number } {
    const starts = this.starts();
    const lo = lastStartAtMost(starts, offset);
    return { line: lo + 1, column: utf8Length(this.text.slice(starts[lo], offset)) + 1 };
  }

  /** The text of 1-based `line` without its line break ('\n' or '\r'), or undefined past the end. */
  lineText(line: number): string | undefined {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return undefined;
    const start = starts[line - 1];
    let end = start;
    const text = this.text;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return text.slice(start, end);
  }

  /**
   * The offset of `line`:`column` (1-based, the column in UTF-8 bytes), or undefined when it
   * is not inside the buffer: like llvm::SourceMgr::FindLocForLineAndColumn, the column may
   * point at the line break but not past it.
   */
  offsetOf(line: number, column: number): number | undefined {
    const text = this.lineText(line);
    if (text === undefined) return undefined;
    const start = this.starts()[line - 1];
    const bytes = column > 0 ? column - 1 : 0;
    if (!NON_ASCII.test(text)) return bytes <= text.length ? start + bytes : undefined;
    let used = 0;
    let i = 0;
    while (used < bytes && i < text.length) {
      const cp = text.codePointAt(i)!;
      used += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp >= 0x10000 ? 2 : 1;
    }
    return used >= bytes ? start + i : undefined;
  }
}

/** The buffers a tool has read, by the name that locations use (`FileLineColLoc.file`). */
export class SourceManager {
  private readonly files = new Map<string, SourceFile>();

  /** Adds (or replaces) the buffer `name`. */
  add(name: string, text: string): SourceFile {
    const file = new SourceFile(name, text);
    this.files.set(name, file);
    return file;
  }

  get(name: string): SourceFile | undefined {
    return this.files.get(name);
  }

  /** A manager holding the given `{ name: text }` buffers. */
  static of(buffers: Readonly<Record<string, string>>): SourceManager {
    const sm = new SourceManager();
    for (const [name, text] of Object.entries(buffers)) sm.add(name, text);
    return sm;
  }
}

const TAB_STOP = 8;

/** `line` with tabs expanded to 8-column stops, as LLVM prints source lines. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch !== '\t') out += ch;
    else do out += ' ';
    while (out.length % TAB_STOP !== 0);
  }
  return out;
}

/**
 * `file:line:col: kind: message`, then the source line and a caret line, exactly as
 * llvm::SourceMgr::PrintMessage: `underline` characters from the caret on are marked `~`;
 * a line holding non-ASCII characters gets no caret line, since its columns would be wrong.
 */
export function formatSourceMessage(file: SourceFile, offset: number, kind: MessageKind, message: string, underline = 0): string {
  const { line, column } = file.lineAndColumn(offset);
  const head = `${file.name}:${line}:${column}: ${kind}: ${message}\n`;
  const contents = file.lineText(line) ?? '';
  if (NON_ASCII.test(contents)) return `${head}${expandTabs(contents)}\n`;
  const caret = new Array<string>(Math.max(column, contents.length)).fill(' ');
  for (let i = column - 1; i < column - 1 + underline && i < contents.length; i++) caret[i] = '~';
  caret[column - 1] = '^';
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
  return `${head}${expandTabs(contents)}\n${expanded}\n`;
}

/** A message without a usable source position: `where: kind: message` (`where` may be empty). */
export function formatPlainMessage(where: string, kind: MessageKind, message: string): string {
  return `${where ? `${where}: ` : ''}${kind}: ${message}\n`;
}
