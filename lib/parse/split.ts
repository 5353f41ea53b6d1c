// Splits an input file at `// -----` markers, as mlir-opt's --split-input-file does.

/** One chunk of a split file and where it starts in the file (1-based). */
export interface SourceChunk {
  text: string;
  startLine: number;
  startColumn: number;
}

const DEFAULT_MARKER = '// -----';
const CHECK = 2;

/**
 * Splits `source` at `marker` (`// -----` by default). As MLIR, the text is cut at every `// ---` and a cut counts
 * only when `--` follows and then no further dash (`// ------` is a near miss and is kept in
 * the chunk). Each chunk starts right after its marker.
 */
export function splitInputFile(source: string, marker = DEFAULT_MARKER): SourceChunk[] {
  const prefix = marker.slice(0, marker.length - CHECK);
  const suffix = marker.slice(marker.length - CHECK);
  const starts: number[] = [0];
  for (let i = source.indexOf(prefix); i >= 0; i = source.indexOf(prefix, i + prefix.length)) {
    const after = i + prefix.length;
    const rest = source.length - after;
    if (source.startsWith(suffix, after) && rest > CHECK && source[after + CHECK] !== suffix[suffix.length - 1]) {
      starts.push(i);
      starts.push(after + CHECK);
    }
  }
  const chunks: SourceChunk[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const position = (offset: number): { line: number; column: number } => {
    for (let j = source.indexOf('\n', scanned); j >= 0 && j < offset; j = source.indexOf('\n', j + 1)) {
      line++;
      lineStart = j + 1;
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
  for (let k = 0; k < starts.length; k += 2) {
    const begin = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : source.length;
    const pos = position(begin);
    chunks.push({ text: source.slice(begin, end), startLine: pos.line, startColumn: pos.column });
  }
  return chunks;
}
