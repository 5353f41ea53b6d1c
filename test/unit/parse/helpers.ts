// Shared helpers of the parser tests: parse text in a fresh context and collect diagnostics.
import { createContext } from '../../../dialects/registry.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import { FileLineColLoc, type MLIRContext, type Operation } from '../../../lib/ir/index.js';
import type { Diagnostic } from '../../../lib/diag/diagnostic.js';
import type { RangeLexer } from '../../../lib/parse/token-stream.js';

/** The result of a parse: the top-level op (if any), the diagnostics, and the context. */
export interface Parsed {
  op: Operation | undefined;
  diagnostics: Diagnostic[];
  ctx: MLIRContext;
}

/** Parses `text` as `t.mlir`; unregistered dialects are allowed unless `strict`. */
export function parse(text: string, options: { strict?: boolean; implicitModule?: boolean; lexer?: RangeLexer } = {}): Parsed {
  const ctx = createContext();
  ctx.allowUnregisteredDialects = !options.strict;
  const { result, diagnostics } = ctx.diagnostics.collect(() =>
    parseSourceString(text, { context: ctx, filename: 't.mlir', implicitModule: options.implicitModule, lexer: options.lexer }),
  );
  return { op: result, diagnostics, ctx };
}

/** `line:col: message` of a diagnostic (notes follow as ` | note line:col: message`). */
export function describe(d: Diagnostic): string {
  const where = (l: unknown): string => (l instanceof FileLineColLoc ? `${l.line}:${l.column}` : '?');
  const notes = d.notes.map((n) => ` | note ${where(n.location)}: ${n.message}`).join('');
  return `${where(d.location)}: ${d.message}${notes}`;
}

/** The single error of a failing parse, described; throws when the parse succeeded. */
export function errorOf(text: string, options: { strict?: boolean } = {}): string {
  const r = parse(text, options);
  if (r.op) throw new Error(`expected a parse error for: ${text}`);
  return r.diagnostics.map(describe).join('\n');
}

/** The ops of the parsed module's body (fails the test when parsing failed). */
export function bodyOps(text: string, options: { strict?: boolean } = {}): Operation[] {
  const r = parse(text, options);
  if (!r.op) throw new Error(r.diagnostics.map(describe).join('\n'));
  return r.op.regions[0].blocks[0].operations;
}
