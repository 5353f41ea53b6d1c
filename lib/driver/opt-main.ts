// What dlc-opt does, as a library: read input, split it, parse, verify, print, check diagnostics.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createContext } from '../../dialects/registry.js';
import { fileResources, parseSourceString, readSourceFile, splitInputFile, type SourceChunk } from '../parse/index.js';
import { printOperationTo } from '../print/index.js';
import { verify } from '../verify/index.js';
import { renderDiagnostics, DiagnosticVerifier } from '../diag/index.js';
import type { Diagnostic } from '../diag/diagnostic.js';
import { optHelp, parseOptArgs, passListing, type OptOptions } from './options.js';
import { registerGenericPasses } from '../passes/index.js';
import { registerDialectPasses } from '../../dialects/passes.js';
import { TimingManager } from '../pass/timing.js';
import { passStatisticsReport } from '../pass/statistics.js';
import type { PassManager } from '../pass/pass-manager.js';
import { buildPassManager, configurePassManager, hasPipeline } from './pass-setup.js';
import { loadPlugin, pluginArgs, pluginDialectLoaders } from './plugins.js';

/** The version line printed by `--version`. */
export const DLC_VERSION = 'dlc 0.1.0 (MLIR 22 text format)';

/** Where dlc-opt reads and writes; the CLI passes the process's streams. */
export interface OptIO {
  readStdin(): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The result of processing one chunk of input. */
interface ChunkResult {
  ok: boolean;
  /** The printed text in the pieces the printer produced: never joined, so a large output is held once. */
  output: readonly string[];
}

/** Runs dlc-opt with `argv` (without node and script) and returns the exit code. */
export function optMain(argv: readonly string[], io: OptIO): number {
  registerGenericPasses();
  registerDialectPasses();
  // Plugins register passes and dialects, so they load before the other flags are read.
  const plugins = pluginArgs(argv);
  for (const path of [...plugins.dialect, ...plugins.pass]) {
    const error = loadPlugin(path);
    if (error) {
      io.stderr(`dlc-opt: ${error}\n`);
      return 1;
    }
  }
  const parsed = parseOptArgs(argv);
  if ('error' in parsed) {
    io.stderr(`dlc-opt: ${parsed.error}\n`);
    return 1;
  }
  if (parsed.showHelp) {
    io.stdout(optHelp());
    return 0;
  }
  if (parsed.showVersion) {
    io.stdout(`${DLC_VERSION}\n`);
    return 0;
  }
  if (parsed.listPasses) {
    io.stdout(passListing());
    return 0;
  }
  // The pipeline is checked once up front, so a malformed one fails before any input is read.
  if (hasPipeline(parsed)) {
    const check = buildPassManager(createContext(), parsed);
    if ('error' in check) {
      io.stderr(`dlc-opt: ${check.error}\n`);
      return 1;
    }
    if (parsed.dumpPassPipeline) io.stderr(`Pass Manager with ${check.passes.length} passes:\n${check.toTree()}\n`);
  }
  const timing = parsed.timing ? new TimingManager() : null;
  const statistics: PassManager[] = [];
  let source: string;
  const filename = parsed.input === '-' ? '<stdin>' : parsed.input;
  try {
    source = parsed.input === '-' ? io.readStdin() : readSourceFile(parsed.input);
  } catch (e) {
    io.stderr(`dlc-opt: could not open input file '${parsed.input}': ${(e as Error).message}\n`);
    return 1;
  }
  const chunks: SourceChunk[] =
    parsed.splitMarker === null ? [{ text: source, startLine: 1, startColumn: 1 }] : splitInputFile(source, parsed.splitMarker);
  // As in mlir-opt 22, one checker reads the designators of the whole file, any chunk's
  // diagnostic may match any of them, and the unmatched ones are reported after the last chunk.
  const buffers = { [filename]: source };
  const verifier = parsed.verifyDiagnostics ? new DiagnosticVerifier(createContext()) : null;
  if (verifier) reportErrors(verifier.addBuffer(filename, source), buffers, io);
  let ok = true;
  const outputs: (readonly string[])[] = [];
  for (const chunk of chunks) {
    const r = processChunk(chunk, source, filename, parsed, io, timing, statistics, verifier);
    ok &&= r.ok;
    outputs.push(r.output);
  }
  if (verifier) {
    reportErrors(verifier.finish(), buffers, io);
    ok = !verifier.hasFailed;
  }
  if (parsed.passStatistics) for (const pm of statistics) io.stderr(passStatisticsReport(pm));
  if (!ok) {
    if (timing) io.stderr(timing.report());
    return 1;
  }
  const pieces: string[] = [];
  outputs.forEach((output, i) => {
    if (i) pieces.push(`${parsed.outputSplitMarker}\n`);
    for (const piece of output) pieces.push(piece);
  });
  const code = writeOutput(pieces, parsed, io);
  // The report follows the output, as mlir-opt's does.
  if (timing) io.stderr(timing.report());
  return code;
}

/**
 * Writes the result to stdout or the -o file, piece by piece; returns the exit code. Joining
 * the pieces first would hold the text twice more (the joined string and its UTF-8 bytes):
 * about 190 MB at a million ops.
 */
function writeOutput(pieces: readonly string[], parsed: OptOptions, io: OptIO): number {
  if (parsed.output === null || parsed.output === '-') {
    for (const piece of pieces) io.stdout(piece);
    return 0;
  }
  try {
    const fd = openSync(parsed.output, 'w');
    try {
      for (const piece of pieces) {
        const bytes = Buffer.from(piece, 'utf8');
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      }
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    io.stderr(`dlc-opt: could not write output file '${parsed.output}': ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

/** Renders `errors`, if any, to stderr. */
function reportErrors(errors: readonly Diagnostic[], buffers: Record<string, string>, io: OptIO): void {
  if (errors.length) io.stderr(renderDiagnostics(errors, buffers));
}

/**
 * Parses, verifies, transforms and prints one chunk. The chunk is parsed at its own position
 * in the file, so diagnostics carry the whole file's line numbers, as mlir-opt reports them.
 * Under --verify-diagnostics its diagnostics go to `verifier` instead of stderr.
 */
function processChunk(
  chunk: SourceChunk,
  source: string,
  filename: string,
  o: OptOptions,
  io: OptIO,
  timing: TimingManager | null,
  statistics: PassManager[],
  verifier: DiagnosticVerifier | null,
): ChunkResult {
  const ctx = createContext();
  for (const [name, loader] of pluginDialectLoaders()) ctx.registerDialect(name, loader);
  ctx.allowUnregisteredDialects = o.allowUnregisteredDialect;
  ctx.printOpOnDiagnostic = !o.verifyDiagnostics;
  const { result: output, diagnostics } = ctx.diagnostics.collect((): string[] | undefined => {
    const parse = () => {
      const m = parseSourceString(chunk.text, {
        context: ctx,
        filename,
        implicitModule: !o.noImplicitModule,
        startLine: chunk.startLine,
        startColumn: chunk.startColumn,
      });
      return m && verify(m) ? m : undefined;
    };
    const module = timing ? timing.time('Parser', parse) : parse();
    if (!module) return undefined;
    if (hasPipeline(o)) {
      const pm = buildPassManager(ctx, o) as PassManager;
      configurePassManager(pm, o, { stdout: io.stdout, stderr: io.stderr }, timing);
      statistics.push(pm);
      if (!pm.run(module)) return undefined;
    }
    const print = (): string[] => {
      const pieces: string[] = [];
      printOperationTo(module, (piece) => pieces.push(piece), { generic: o.printOpGeneric, debugInfo: o.printDebugInfo, resources: fileResources.get(module) });
      pieces.push('\n');
      return pieces;
    };
    return timing ? timing.time('Output', print) : print();
  });
  const buffers = { [filename]: source };
  if (verifier) {
    reportErrors(verifier.process(diagnostics), buffers, io);
    return { ok: true, output: output ?? [] };
  }
  reportErrors(diagnostics, buffers, io);
  const failed = output === undefined || diagnostics.some((d: Diagnostic) => d.severity === 'error');
  return { ok: !failed, output: output ?? [] };
}
