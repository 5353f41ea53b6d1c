// Public entry points of the MLIR text parser: parseSourceString and splitInputFile.
import { OperationParser } from './operations.js';
import { parseTopLevel, type FileResources } from './top-level.js';
import { Tok } from './lexer.js';
import type { RangeLexer } from './token-stream.js';
import { Diagnostic } from '../diag/diagnostic.js';
import { Block } from '../ir/block.js';
import { Operation } from '../ir/operation.js';
import { FileLineColLoc } from '../ir/location.js';
import { ParseFailure } from '../ir/op-asm-parser.js';
import type { MLIRContext } from '../ir/context.js';
// Messages quote types and attributes as MLIR prints them; this installs those printers.
import '../print/index.js';

export { splitInputFile, type SourceChunk } from './split.js';
export { readSourceFile } from './source-file.js';
export type { FileResources } from './top-level.js';

/** Options of parseSourceString. */
export interface ParseSourceOptions {
  context: MLIRContext;
  /** The file name recorded in locations and diagnostics. */
  filename: string;
  /**
   * Wrap the top-level ops in a `builtin.module` unless the file is exactly one module
   * (default true). When false, the file must hold exactly one top-level op.
   */
  implicitModule?: boolean;
  /** Where the text starts in its file (a chunk of a split file); 1 and 1 by default. */
  startLine?: number;
  startColumn?: number;
  /** Lex with this instead of the built-in scanner, e.g. `lexRange` of chevrotain-lexer.ts. */
  lexer?: RangeLexer;
}

/** The `{-# dialect_resources / external_resources #-}` entries of each parsed top-level op's file. */
export const fileResources = new WeakMap<Operation, FileResources>();

/**
 * Parses MLIR text. Errors are emitted to `context.diagnostics` with file:line:col locations,
 * and the result is undefined; bad input never throws. Parsing stops at the first error.
 * The context keeps `source` for its lifetime: parsed ops make their locations from it when
 * first read (see docs/design/parser.md).
 */
export function parseSourceString(source: string, options: ParseSourceOptions): Operation | undefined {
  const ctx = options.context;
  const p = new OperationParser(ctx, source, options);
  const holder = new Block();
  const resources: FileResources = { dialect: new Map(), external: new Map() };
  try {
    p.pushScope(true);
    parseTopLevel(p, holder, resources);
    p.checkForwardReferences();
    p.resolveDeferredLocations(holder);
    p.popScope();
  } catch (e) {
    if (!(e instanceof ParseFailure)) reportUnexpected(p, e);
    holder.dropAllReferences();
    return undefined;
  }
  const fileLoc = (options.startLine ?? 1) === 1 && (options.startColumn ?? 1) === 1
    ? FileLineColLoc.get(ctx, options.filename, 0, 0)
    : FileLineColLoc.get(ctx, options.filename, options.startLine ?? 1, options.startColumn ?? 1);
  const ops = holder.operations;
  let top: Operation;
  if (options.implicitModule === false || (ops.length === 1 && ops[0].name.name === 'builtin.module')) {
    if (ops.length !== 1) {
      ctx.diagnostics.emit(new Diagnostic('error', fileLoc, `source must contain a single top-level operation, found: ${ops.length}`));
      holder.dropAllReferences();
      return undefined;
    }
    top = ops[0].remove();
  } else {
    top = Operation.create({ name: 'builtin.module', location: fileLoc, regions: 1 });
    const body = top.regions[0].push(new Block());
    for (const op of ops) body.append(op.remove());
  }
  fileResources.set(top, resources);
  ctx.resourceBlobs.addAll(resources.dialect);
  return top;
}

/**
 * Turns an exception that is not a reported parse error into a diagnostic. A RangeError is
 * JavaScript's stack running out on input nested past what MAX_NESTING catches.
 */
function reportUnexpected(p: OperationParser, e: unknown): void {
  const t = p.tok;
  const offset = t.kind === Tok.Eof ? Math.max(0, t.offset - 1) : t.offset;
  const message = e instanceof RangeError ? 'input is nested too deeply to parse' : `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
  p.context.diagnostics.emit(new Diagnostic('error', p.locationAt(offset), message));
}
