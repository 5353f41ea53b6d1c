// Helpers for op-definition tests: a context with a dialect under test, and parse / print /
// verify round trips through the real lib/parse, lib/print and lib/verify.
import { createContext } from '../../../dialects/registry.js';
import type { Dialect, MLIRContext, Operation } from '../../../lib/ir/index.js';
import { parseSourceString } from '../../../lib/parse/index.js';
import { printOperation } from '../../../lib/print/index.js';
import { verify } from '../../../lib/verify/index.js';

/** A context with the standard dialects and `dialects` registered. */
export function contextWith(...dialects: Dialect[]): MLIRContext {
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  for (const d of dialects) ctx.registerDialect(d.name, () => d);
  return ctx;
}

/** What parsing, verifying and printing `text` gave. */
export interface RoundTrip {
  readonly module: Operation | undefined;
  /** Diagnostics as `line:col: message`, notes included. */
  readonly errors: string[];
  readonly verified: boolean;
  /** The custom form, without the module wrapper lines. */
  readonly printed: string;
  /** The custom form as printOperation gives it, aliases and module included. */
  readonly text: string;
  readonly generic: string;
}

/** Parses `text` in `ctx`, verifies it, and prints it back (custom and generic forms). */
export function roundTrip(ctx: MLIRContext, source: string): RoundTrip {
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const module = parseSourceString(source, { context: ctx, filename: 't.mlir' });
    const verified = module ? verify(module) : false;
    return { module, verified };
  });
  const errors = diagnostics.flatMap((d) => [d, ...d.notes]).map((d) => {
    const l = d.location as unknown as { line?: number; column?: number };
    return `${l.line ?? 0}:${l.column ?? 0}: ${d.message}`;
  });
  const module = result.module;
  const printedText = module ? printOperation(module) : '';
  const generic = module ? printOperation(module, { generic: true }) : '';
  return { module, errors, verified: result.verified, printed: body(printedText), text: printedText, generic };
}

/** The lines between `module {` and its closing `}`, unindented. */
function body(text: string): string {
  const lines = text.trimEnd().split('\n');
  if (lines[0] === 'module {' && lines[lines.length - 1] === '}') {
    return lines
      .slice(1, -1)
      .map((l) => l.replace(/^ {2}/, ''))
      .join('\n');
  }
  return lines.join('\n');
}

/** Verifies `op` and returns the messages it emitted. */
export function verifyMessages(op: Operation): string[] {
  const { diagnostics } = op.context.diagnostics.collect(() => verify(op));
  return diagnostics.map((d) => d.message);
}
