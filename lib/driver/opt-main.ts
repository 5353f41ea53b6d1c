// What dlc-opt does, as a library: read input, split it, parse, verify, print, check diagnostics.
import { readFileSync, writeFileSync } from 'node:fs';
import { createContext } from '../../dialects/registry.js';
import { parseSourceString, splitInputFile } from '../parse/index.js';
import { printOperation } from '../print/index.js';
import { verify } from '../verify/index.js';
import { renderDiagnostics, checkExpectedDiagnostics } from '../diag/index.js';
import type { Diagnostic } from '../diag/diagnostic.js';
import { optHelp, parseOptArgs, passListing, type OptOptions } from './options.js';
import { registerGenericPasses } from '../passes/index.js';
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
  output: string;
}

/** Runs dlc-opt with `argv` (without node and script) and returns the exit code. */
export function optMain(argv: readonly string[], io: OptIO): number {
  registerGenericPasses();
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
    source = parsed.input === '-' ? io.readStdin() : readFileSync(parsed.input, 'utf8');
  } catch (e) {
    io.stderr(`dlc-opt: could not open input file '${parsed.input}': ${(e as Error).message}\n`);
    return 1;
  }
  const chunks = parsed.splitMarker === null ? [{ text: source, startLine: 1 }] : splitInputFile(source, parsed.splitMarker);
  let ok = true;
  const outputs: string[] = [];
  for (const chunk of chunks) {
    const r = processChunk(chunk.text, chunk.startLine, filename, parsed, io, timing, statistics);
    ok &&= r.ok;
    outputs.push(r.output);
  }
  if (parsed.passStatistics) for (const pm of statistics) io.stderr(passStatisticsReport(pm));
  if (!ok) {
    if (timing) io.stderr(timing.report());
    return 1;
  }
  const text = outputs.join(`${parsed.outputSplitMarker}\n`);
  const code = writeOutput(text, parsed, io);
  // The report follows the output, as mlir-opt's does.
  if (timing) io.stderr(timing.report());
  return code;
}

/** Writes the result to stdout or the -o file; returns the exit code. */
function writeOutput(text: string, parsed: OptOptions, io: OptIO): number {
  if (parsed.output === null || parsed.output === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    writeFileSync(parsed.output, text);
  } catch (e) {
    io.stderr(`dlc-opt: could not write output file '${parsed.output}': ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

/**
 * Parses, verifies and prints one chunk. The chunk is padded with the newlines of the chunks
 * before it, so that diagnostics carry the line numbers of the whole file, as mlir-opt reports them.
 */
function processChunk(
  text: string,
  startLine: number,
  filename: string,
  o: OptOptions,
  io: OptIO,
  timing: TimingManager | null,
  statistics: PassManager[],
): ChunkResult {
  const ctx = createContext();
  for (const [name, loader] of pluginDialectLoaders()) ctx.registerDialect(name, loader);
  ctx.allowUnregisteredDialects = o.allowUnregisteredDialect;
  ctx.printOpOnDiagnostic = !o.verifyDiagnostics;
  const padded = startLine > 1 ? '\n'.repeat(startLine - 1) + text : text;
  const { result: output, diagnostics } = ctx.diagnostics.collect((): string | undefined => {
    const parse = () => {
      const m = parseSourceString(padded, { context: ctx, filename, implicitModule: !o.noImplicitModule });
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
    const print = () => `${printOperation(module, { generic: o.printOpGeneric, debugInfo: o.printDebugInfo })}\n`;
    return timing ? timing.time('Output', print) : print();
  });
  if (o.verifyDiagnostics) {
    const check = checkExpectedDiagnostics(padded, filename, diagnostics);
    if (check.errors.length) io.stderr(renderDiagnostics(check.errors, { [filename]: padded }));
    return { ok: check.errors.length === 0, output: output ?? '' };
  }
  if (diagnostics.length) io.stderr(renderDiagnostics(diagnostics, { [filename]: padded }));
  const failed = output === undefined || diagnostics.some((d: Diagnostic) => d.severity === 'error');
  return { ok: !failed, output: output ?? '' };
}
