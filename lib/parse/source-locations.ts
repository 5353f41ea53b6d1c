// The locations of a parsed text's offsets: for the parser's diagnostics and for the ops it made.
import { LineIndex } from './line-index.js';
import { FileLineColLoc, type Location, type PositionSource } from '../ir/location.js';
import type { MLIRContext } from '../ir/context.js';

/**
 * Offsets of a text to file:line:col locations. The parser asks in text order while it parses;
 * the context keeps this (and so the text) to answer for the ops that hold positions in it
 * (see MLIRContext.reservePositions), later and in any order.
 */
export class SourceLocations implements PositionSource {
  private readonly lines: LineIndex;

  constructor(
    private readonly context: MLIRContext,
    private readonly filename: string,
    source: string,
    firstLine: number,
    firstColumn: number,
  ) {
    this.lines = new LineIndex(source, firstLine, firstColumn);
  }

  locationAt(offset: number): Location {
    const { line, column } = this.lines.lineCol(offset);
    return FileLineColLoc.get(this.context, this.filename, line, column);
  }
}
