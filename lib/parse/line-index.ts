// Maps source offsets to 1-based line and (UTF-8 byte) column, cheaply for the mostly-forward queries of a parse.
import { lastStartAtMost, lineStartsOf } from '../diag/source-manager.js';

/**
 * Line lookup without a table while queries go forward: a cursor remembers the current line
 * and moves forward by scanning newlines, so a whole parse costs one pass over the text.
 * The first query behind the cursor (a note pointing back, or the location of a parsed op
 * asked for after the parse, in any order) makes a table of line starts, which answers the
 * queries that leave the cursor's line from then on.
 */
export class LineIndex {
  private line = 1;
  private lineStart = 0;
  /** Offset of the newline ending the current line (found once per line), or -1 on the last line. */
  private lineEnd: number;
  /** The current line has only ASCII characters before this offset (it was scanned up to here). */
  private asciiUpTo = 0;
  /** Offset of the current line's first non-ASCII character, or -1 while none was seen. */
  private firstNonAscii = -1;
  /** The offset where each line starts (line 1's at index 0), once a query went back. */
  private lineStarts: Uint32Array | null = null;

  constructor(
    private readonly source: string,
    /** Line and column where `source` starts in its file (a chunk of a split input file). */
    private readonly firstLine = 1,
    private readonly firstColumn = 1,
  ) {
    this.lineEnd = source.indexOf('\n');
  }

  /** 1-based line and column of `offset`, in the file's numbering. */
  lineCol(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    if (offset < this.lineStart || (starts !== null && this.line < starts.length && offset >= starts[this.line])) this.seek(offset);
    while (this.lineEnd >= 0 && this.lineEnd < offset) {
      this.line++;
      this.lineStart = this.lineEnd + 1;
      this.lineEnd = this.source.indexOf('\n', this.lineStart);
      this.resetLine();
    }
    const column = this.byteColumn(offset) + 1 + (this.line === 1 ? this.firstColumn - 1 : 0);
    return { line: this.line + this.firstLine - 1, column };
  }

  /** Moves the cursor to the line that holds `offset`, by binary search of the line starts. */
  private seek(offset: number): void {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    const index = lastStartAtMost(starts, offset);
    this.line = index + 1;
    this.lineStart = starts[index];
    this.lineEnd = index + 1 < starts.length ? starts[index + 1] - 1 : -1;
    this.resetLine();
  }

  private resetLine(): void {
    this.asciiUpTo = this.lineStart;
    this.firstNonAscii = -1;
  }

  /**
   * Bytes from the line's start to `offset`: MLIR's columns count UTF-8 bytes, the source is
   * UTF-16. Each line is scanned for non-ASCII characters once, however many queries it gets.
   */
  private byteColumn(offset: number): number {
    const src = this.source;
    if (this.firstNonAscii < 0) {
      let i = this.asciiUpTo;
      while (i < offset && src.charCodeAt(i) < 0x80) i++;
      if (i < offset) this.firstNonAscii = i;
      else if (offset > this.asciiUpTo) this.asciiUpTo = offset;
    }
    if (this.firstNonAscii < 0 || offset <= this.firstNonAscii) return offset - this.lineStart;
    const nonAscii = src.slice(this.firstNonAscii, offset);
    return this.firstNonAscii - this.lineStart + Buffer.byteLength(nonAscii, 'utf8');
  }
}
