// What `dlc-opt --split-input-file --verify-diagnostics` does, as a library call, for differential tests.
import { readFileSync } from 'node:fs';
import { createContext } from '../../../dialects/registry.js';
import { parseSourceString, splitInputFile } from '../../../lib/parse/index.js';
import { verify } from '../../../lib/verify/index.js';
import { DiagnosticVerifier, renderDiagnostics, type Diagnostic } from '../../../lib/diag/index.js';

// Loaded when it exists: it installs the type and attribute printers that messages use.
const printModule = '../../../lib/print/index.js';
await import(printModule).catch(() => undefined);

/** Parses and verifies each chunk of `file` in a fresh context; returns each chunk's diagnostics. */
function chunkDiagnostics(file: string, source: string, allowUnregistered: boolean, printOp: boolean): Diagnostic[][] {
  return splitInputFile(source).map((chunk) => {
    const ctx = createContext();
    ctx.allowUnregisteredDialects = allowUnregistered;
    ctx.printOpOnDiagnostic = printOp;
    return ctx.diagnostics.collect(() => {
      const module = parseSourceString(chunk.text, { context: ctx, filename: file, startLine: chunk.startLine, startColumn: chunk.startColumn });
      if (module) verify(module);
    }).diagnostics;
  });
}

/** `dlc-opt --split-input-file` on an invalid file: the rendered diagnostics of every chunk. */
export function renderAllDiagnostics(file: string): string {
  const source = readFileSync(file, 'utf8');
  return chunkDiagnostics(file, source, true, true)
    .map((diags) => renderDiagnostics(diags, { [file]: source }))
    .join('');
}

/** Parses and verifies each chunk of `file` under one checker; returns its stderr and status. */
export function verifyDiagnostics(file: string, options: { allowUnregistered?: boolean } = {}): { ok: boolean; stderr: string } {
  const source = readFileSync(file, 'utf8');
  const checker = new DiagnosticVerifier(createContext());
  checker.addBuffer(file, source);
  let stderr = '';
  for (const diagnostics of chunkDiagnostics(file, source, options.allowUnregistered ?? true, false)) {
    stderr += renderDiagnostics(checker.process(diagnostics), { [file]: source });
  }
  stderr += renderDiagnostics(checker.finish(), { [file]: source });
  return { ok: !checker.hasFailed, stderr };
}
