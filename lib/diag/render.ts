// Rendering diagnostics as mlir-opt prints them: location, severity, message, source line, caret, notes.
import { CallSiteLoc, FusedLoc, NameLoc, UnknownLoc, findFileLoc, type Location } from '../ir/location.js';
import type { Diagnostic } from './diagnostic.js';
import { SourceManager, formatPlainMessage, formatSourceMessage, type MessageKind } from './source-manager.js';

/** How many `called from` notes a call-site location adds at most (MLIR's default). */
const CALL_STACK_LIMIT = 10;

/**
 * One message at `loc`, as SourceMgrDiagnosticHandler::emitDiagnostic prints it: with the
 * source line when `loc` holds a file location inside a known buffer (and `showSource`),
 * `file:line:col:` alone when the buffer or position is unknown, `<unknown>:0:` otherwise.
 */
export function renderMessage(loc: Location, message: string, kind: MessageKind, sources: SourceManager, showSource = true, underline = 0): string {
  const fileLoc = findFileLoc(loc);
  if (!fileLoc) {
    const prefix = loc instanceof UnknownLoc ? '' : `${String(loc)}: `;
    return formatPlainMessage('<unknown>:0', kind, prefix + message);
  }
  if (showSource && fileLoc.line !== 0 && fileLoc.column !== 0) {
    const file = sources.get(fileLoc.file);
    const offset = file?.offsetOf(fileLoc.line, fileLoc.column);
    if (file && offset !== undefined) return formatSourceMessage(file, offset, kind, message, underline);
  }
  return formatPlainMessage(`${fileLoc.file}:${fileLoc.line}:${fileLoc.column}`, kind, message);
}

/** The first call-site location inside `loc` (through names and fused locations). */
function callSiteIn(loc: Location): CallSiteLoc | undefined {
  if (loc instanceof CallSiteLoc) return loc;
  if (loc instanceof NameLoc) return loc.child ? callSiteIn(loc.child) : undefined;
  if (loc instanceof FusedLoc) {
    for (const l of loc.locations) {
      const c = callSiteIn(l);
      if (c) return c;
    }
  }
  return undefined;
}

/**
 * A diagnostic and its notes. A call-site location adds `called from` notes for its callers;
 * a note repeats the source line only when its location differs from the one before it.
 */
export function renderDiagnostic(d: Diagnostic, sources: SourceManager): string {
  let out = renderMessage(d.location, d.message, d.severity, sources, true, d.underline);
  let loc: Location = d.location;
  let call = callSiteIn(loc);
  if (call) {
    loc = call.caller;
    for (let depth = 0; depth < CALL_STACK_LIMIT; depth++) {
      out += renderMessage(loc, 'called from', 'note', sources);
      call = callSiteIn(loc);
      if (!call) break;
      loc = call.caller;
    }
  }
  for (const note of d.notes) {
    out += renderMessage(note.location, note.message, note.severity, sources, loc !== note.location);
    loc = note.location;
  }
  return out;
}

/** Every diagnostic of `diagnostics`, in order; `sources` maps buffer names to their text. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceManager | Readonly<Record<string, string>>): string {
  const sm = sources instanceof SourceManager ? sources : SourceManager.of(sources);
  return diagnostics.map((d) => renderDiagnostic(d, sm)).join('');
}
