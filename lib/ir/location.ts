// Source locations, which are attributes as in MLIR: unknown, file:line:col, name, callsite, fused.
import { Attribute } from './attributes.js';
import type { MLIRContext } from './context.js';

/** The base of every location attribute. */
export abstract class Location extends Attribute {
  override get isLocation(): boolean {
    return true;
  }
}

/** A source whose offsets have positions in a context (see MLIRContext.reservePositions). */
export interface PositionSource {
  /** The location of `offset` in the source. */
  locationAt(offset: number): Location;
}

/** `loc(unknown)` */
export class UnknownLoc extends Location {
  readonly kind = 'unknown_loc';
  static get(ctx: MLIRContext): UnknownLoc {
    return ctx.intern('L?', (id) => new UnknownLoc(ctx, id));
  }
}

/** 4096 lines' interned plain FileLineColLocs (several on a line: an array of them). */
type LineChunk = (FileLineColLoc | FileLineColLoc[] | undefined)[] | undefined;

/**
 * `loc("file.mlir":3:7)`. One is made per parsed op, so it holds just what a position needs:
 * `kind` and the (zero) range end are answered by the prototype, and a range
 * `loc("file.mlir":3:7 to 4:2)` is a FileLineColRange, which keeps its end.
 */
export class FileLineColLoc extends Location {
  // Declared and assigned in the constructor (no class-field defines): one is made per op.
  declare readonly file: string;
  declare readonly line: number;
  declare readonly column: number;
  constructor(ctx: MLIRContext, id: number, file: string, line: number, column: number) {
    super(ctx, id);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  get kind(): 'file_loc' {
    return 'file_loc';
  }
  /** The line a range ends on; 0 for a plain position. */
  get endLine(): number {
    return 0;
  }
  /** The column a range ends at; 0 for a plain position or a range that gives only its end line. */
  get endColumn(): number {
    return 0;
  }
  static get(ctx: MLIRContext, file: string, line: number, column: number, endLine = 0, endColumn = 0): FileLineColLoc {
    if (endLine !== 0 || endColumn !== 0 || !(line >= 0 && line < 2 ** 24)) {
      const key = [ctx.nameId(file), line, column, endLine, endColumn];
      return ctx.internSequence('file', key, (id) => new FileLineColRange(ctx, id, file, line, column, endLine, endColumn));
    }
    // A plain position is looked up in the file's table: chunks of 4096 lines, each line
    // holding its location (or several, one per column). A parse asks for one new location
    // per op, and this costs no key, no hashing and no Map entry; the parser passes the same
    // file-name string every time, so the file lookup hashes nothing either.
    let chunks = ctx.fileLocations.get(file) as LineChunk[] | undefined;
    if (!chunks) ctx.fileLocations.set(file, (chunks = []));
    const hi = line >>> 12;
    const lo = line & 4095;
    let chunk = chunks[hi];
    if (chunk === undefined) {
      while (chunks.length < hi) chunks.push(undefined);
      chunks[hi] = chunk = new Array<FileLineColLoc | FileLineColLoc[] | undefined>(4096);
    }
    const found = chunk[lo];
    if (found instanceof FileLineColLoc && found.column === column) return found;
    if (Array.isArray(found)) for (const l of found) if (l.column === column) return l;
    const loc = new FileLineColLoc(ctx, ctx.newId(), file, line, column);
    chunk[lo] = found === undefined ? loc : Array.isArray(found) ? [...found, loc] : [found, loc];
    return loc;
  }
}

/** A FileLineColLoc with a range end (or a line past what a chunked table holds): interned by key. */
class FileLineColRange extends FileLineColLoc {
  private declare readonly rangeEndLine: number;
  private declare readonly rangeEndColumn: number;
  constructor(ctx: MLIRContext, id: number, file: string, line: number, column: number, endLine: number, endColumn: number) {
    super(ctx, id, file, line, column);
    this.rangeEndLine = endLine;
    this.rangeEndColumn = endColumn;
  }
  override get endLine(): number {
    return this.rangeEndLine;
  }
  override get endColumn(): number {
    return this.rangeEndColumn;
  }
}

/** `loc("name")` or `loc("name"(child))` */
export class NameLoc extends Location {
  readonly kind = 'name_loc';
  constructor(ctx: MLIRContext, id: number, readonly name: string, readonly child: Location | null) {
    super(ctx, id);
  }
  /** An unknown child is no child: MLIR treats `loc("n"(unknown))` and `loc("n")` as one location. */
  static get(ctx: MLIRContext, name: string, childLoc: Location | null = null): NameLoc {
    const child = childLoc instanceof UnknownLoc ? null : childLoc;
    return ctx.intern(`LN:${child?.id ?? ''}:${name}`, (id) => new NameLoc(ctx, id, name, child));
  }
}

/** `loc(callsite(callee at caller))` */
export class CallSiteLoc extends Location {
  readonly kind = 'callsite_loc';
  constructor(ctx: MLIRContext, id: number, readonly callee: Location, readonly caller: Location) {
    super(ctx, id);
  }
  static get(callee: Location, caller: Location): CallSiteLoc {
    const ctx = callee.context;
    return ctx.intern(`LC:${callee.id}:${caller.id}`, (id) => new CallSiteLoc(ctx, id, callee, caller));
  }
}

/** `loc(fused[a, b])` or `loc(fused<#meta>[a, b])` */
export class FusedLoc extends Location {
  readonly kind = 'fused_loc';
  constructor(ctx: MLIRContext, id: number, readonly locations: readonly Location[], readonly metadata: Attribute | null) {
    super(ctx, id);
  }
  /**
   * The fusion of `locations`, simplified as MLIR's FusedLoc::get: nested fused locations with
   * the same metadata are flattened, unknown ones and duplicates dropped, and a single
   * location without metadata is returned as it is (so the result need not be a FusedLoc).
   */
  static get(ctx: MLIRContext, locations: readonly Location[], metadata: Attribute | null = null): Location {
    const kept = new Set<Location>();
    for (const loc of locations) {
      if (loc instanceof FusedLoc && loc.metadata === metadata) for (const inner of loc.locations) kept.add(inner);
      else if (!(loc instanceof UnknownLoc)) kept.add(loc);
    }
    const locs = kept.size === 0 && metadata ? [UnknownLoc.get(ctx)] : [...kept];
    if (locs.length === 0) return UnknownLoc.get(ctx);
    if (locs.length === 1 && !metadata) return locs[0];
    const key = `LU:${metadata?.id ?? ''}:${locs.map((l) => l.id).join(',')}`;
    return ctx.intern(key, (id) => new FusedLoc(ctx, id, Object.freeze(locs), metadata));
  }
}

/** The innermost file location within `loc`, for diagnostics; undefined if there is none. */
export function findFileLoc(loc: Location): FileLineColLoc | undefined {
  if (loc instanceof FileLineColLoc) return loc;
  if (loc instanceof NameLoc) return loc.child ? findFileLoc(loc.child) : undefined;
  if (loc instanceof CallSiteLoc) return findFileLoc(loc.callee) ?? findFileLoc(loc.caller);
  if (loc instanceof FusedLoc) {
    for (const l of loc.locations) {
      const f = findFileLoc(l);
      if (f) return f;
    }
  }
  return undefined;
}
