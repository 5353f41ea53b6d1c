// Maps byte offsets to 1-based line and column, cheaply for the mostly-forward queries of a parse.

/**
 * Line lookup without a table: a cursor remembers the last line start and moves forward
 * by scanning newlines, so a whole parse costs one pass over the text. A query behind the
 * cursor (a note pointing back) rescans from the start, which only happens on errors.
 */
export class LineIndex {
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly source: string,
    /** Line and column where `source` starts in its file (a chunk of a split input file). */
    private readonly firstLine = 1,
    private readonly firstColumn = 1,
  ) {}

  /** 1-based line and column of `offset`, in the file's numbering. */
  lineCol(offset: number): { line: number; column: number } {
    if (offset < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
    }
    const src = this.source;
    for (;;) {
      const nl = src.indexOf('\n', this.lineStart);
      if (nl < 0 || nl >= offset) break;
      this.line++;
      this.lineStart = nl + 1;
    }
    const column = offset - this.lineStart + 1 + (this.line === 1 ? this.firstColumn - 1 : 0);
    return { line: this.line + this.firstLine - 1, column };
  }
}
