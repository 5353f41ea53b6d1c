// The paper models through dlc-gpu and the cost model: per model, kernels, grid barriers, DRAM MB
// (modeled, after L2 and without it), L2 <-> SM MB and roofline ms for the eager baseline, for dlc and the compulsory floor,
// next to the Souffle artifact's published figures (A100, measured), and how long dlc-opt's pipeline took.
// Usage: node build/bench/paper-models.js [--gpu=a100|h100|h200] [--l2-share=S] [--l2-tbps=B|inf] [model-name ...]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createContext } from '../dialects/registry.js';
import { registerDialectPasses } from '../dialects/passes.js';
import { registerGenericPasses } from '../lib/passes/index.js';
import { PassManager, parsePassPipeline } from '../lib/pass/index.js';
import { parseSourceString } from '../lib/parse/index.js';
import { verify } from '../lib/verify/index.js';
import { effectiveL2Bytes, gpuProfile, L2_EFFECTIVE_SHARE } from '../lib/target/gpu-profiles.js';
import { eagerBaseline, type BaselineCost } from '../lib/target/cost-model-graph.js';
import type { StringAttr } from '../lib/ir/attributes.js';
import { costReport, type FunctionReport } from '../dialects/gpu/passes/cost-report.js';

/** A model file and the figures published for it (Souffle artifact, A100; TensorRT kernel counts). */
interface PaperModel {
  readonly name: string;
  readonly file: string;
  readonly souffle?: { readonly kernels: number; readonly mbRead: number; readonly tensorRtKernels: number };
  readonly note?: string;
}

export const PAPER_MODELS: readonly PaperModel[] = [
  { name: 'bert-layer', file: 'bert-layer.mlir', note: 'one encoder layer (no published figure)' },
  { name: 'bert', file: 'bert-12.mlir', souffle: { kernels: 24, mbRead: 229, tensorRtKernels: 156 } },
  { name: 'resnext', file: 'resnext101.mlir', souffle: { kernels: 109, mbRead: 471, tensorRtKernels: 2421 } },
  { name: 'lstm', file: 'lstm.mlir', souffle: { kernels: 1, mbRead: 21.1, tensorRtKernels: 1942 } },
  { name: 'efficientnet', file: 'efficientnet-b0.mlir', souffle: { kernels: 66, mbRead: 71, tensorRtKernels: 180 } },
  { name: 'swin', file: 'swin-b.mlir', souffle: { kernels: 226, mbRead: 307, tensorRtKernels: 284 } },
  { name: 'swin-stage1', file: 'swin-b-stage1.mlir', note: 'one block and one shifted block of Swin-B stage 1 (no published figure)' },
  { name: 'mmoe', file: 'mmoe.mlir', souffle: { kernels: 1, mbRead: 0.14, tensorRtKernels: 21 } },
];

/** What one model gave: the report of its @main, and the pipeline's wall time; or why it failed. */
export interface ModelResult {
  readonly model: PaperModel;
  readonly report?: FunctionReport;
  readonly seconds: number;
  readonly error?: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Changes to a profile's L2 figures, to see which results depend on them. */
export interface L2Override {
  /** The share of the L2 the model keeps data in, instead of L2_EFFECTIVE_SHARE. */
  readonly share?: number;
  /** The L2 <-> SM bandwidth in bytes per second (Infinity: L2 traffic free, the model before it had the term). */
  readonly bandwidth?: number;
}

/**
 * Parses a model, runs `--dlc-gpu=gpu=G` on it and reports its cost on that profile. With
 * `l2`, the profile's L2 figures are changed for dlc and the eager baseline alike.
 */
export function runModel(model: PaperModel, gpuName: string, l2: L2Override = {}): ModelResult {
  const profile = gpuProfile(gpuName)!;
  const changed = l2.share !== undefined || l2.bandwidth !== undefined;
  const gpu = {
    ...profile,
    l2Bytes: l2.share === undefined ? profile.l2Bytes : (profile.l2Bytes * l2.share) / L2_EFFECTIVE_SHARE,
    l2Bandwidth: l2.bandwidth ?? profile.l2Bandwidth,
  };
  const start = performance.now();
  const ctx = createContext();
  ctx.printOpOnDiagnostic = false;
  let baseline: BaselineCost | undefined;
  const { result, diagnostics } = ctx.diagnostics.collect(() => {
    const module = parseSourceString(readFileSync(`${root}examples/models/${model.file}`, 'utf8'), { context: ctx, filename: model.file });
    if (!module || !verify(module)) return undefined;
    const main = module.regions[0].entry?.operations.find((op) => op.name.name === 'func.func' && (op.getProp('sym_name') as StringAttr).value === 'main');
    if (changed && main) baseline = eagerBaseline(main, { [gpuName]: gpu });
    const pm = parsePassPipeline(`builtin.module(dlc-gpu{gpu=${gpuName}})`, (a) => new PassManager(ctx, a));
    pm.setVerifier(verify);
    pm.verifyEach = false;
    return pm.run(module) ? module : undefined;
  });
  const seconds = (performance.now() - start) / 1e3;
  if (!result) return { model, seconds, error: diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed' };
  const report = costReport(result, gpu).find((r) => r.cost.name === 'main');
  if (report?.recorded && baseline) return { model, report: { ...report, recorded: { ...report.recorded, baseline } }, seconds };
  return { model, report, seconds };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1);
const ms = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));

/** The markdown table of `results`. */
export function formatResults(results: readonly ModelResult[], gpuName: string): string {
  const lines = [
    `| model | eager kernels | eager MB read (no L2) | eager MB written | eager L2 MB | eager ms | dlc launches | grid barriers | flag waits | dlc MB read (no L2) | dlc MB written | dlc L2 MB | dlc ms | compulsory MB read / written | Souffle kernels / MB read | TensorRT kernels | pipeline s |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { model, report, seconds, error } of results) {
    const published = model.souffle ? `${model.souffle.kernels} / ${model.souffle.mbRead}` : '';
    const trt = model.souffle ? String(model.souffle.tensorRtKernels) : '';
    if (!report) {
      lines.push(`| ${model.name} | failed: ${error?.split('\n')[0] ?? ''} | | | | | | | | | | | | | ${published} | ${trt} | ${seconds.toFixed(1)} |`);
      continue;
    }
    const { cost: f, recorded } = report;
    const b = recorded?.baseline;
    const c = recorded?.compulsory;
    const cells = [
      model.name,
      b ? String(b.kernels) : 'n/a',
      b ? `${b.dramBytesRead[gpuName] === undefined ? 'n/a' : mb(b.dramBytesRead[gpuName])} (${mb(b.dramBytesReadNoL2)})` : 'n/a',
      b ? mb(b.dramBytesWritten) : 'n/a',
      b ? mb(b.l2Bytes) : 'n/a',
      ms(b?.estimatedMs[gpuName]),
      String(f.launches.length),
      String(f.gridSyncs),
      String(f.flagWaits),
      `${mb(f.dramBytesRead)} (${mb(f.dramBytesReadNoL2)})`,
      mb(f.dramBytesWritten),
      mb(f.l2Bytes),
      ms(f.estimatedMs),
      c ? `${mb(c.bytesRead)} / ${mb(c.bytesWritten)}` : 'n/a',
      published,
      trt,
      seconds.toFixed(1),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function main(argv: readonly string[]): void {
  registerGenericPasses();
  registerDialectPasses();
  const gpuName = argv.find((a) => a.startsWith('--gpu='))?.slice(6) ?? 'a100';
  if (!gpuProfile(gpuName)) throw new Error(`unknown GPU '${gpuName}'`);
  const share = argv.find((a) => a.startsWith('--l2-share='))?.slice(11);
  const l2Share = share === undefined ? undefined : Number(share);
  if (l2Share !== undefined && !(l2Share > 0 && l2Share <= 1)) throw new Error(`--l2-share wants a number in (0, 1], not '${share}'`);
  const tbps = argv.find((a) => a.startsWith('--l2-tbps='))?.slice(10);
  const bandwidth = tbps === undefined ? undefined : tbps === 'inf' ? Infinity : Number(tbps) * 1e12;
  if (bandwidth !== undefined && !(bandwidth > 0)) throw new Error(`--l2-tbps wants a positive number of TB/s or 'inf', not '${tbps}'`);
  const names = argv.filter((a) => !a.startsWith('--'));
  const models = names.length ? PAPER_MODELS.filter((m) => names.includes(m.name)) : PAPER_MODELS;
  const results: ModelResult[] = [];
  for (const model of models) {
    const r = runModel(model, gpuName, { share: l2Share, bandwidth });
    results.push(r);
    process.stderr.write(`${model.name}: ${r.error ? `failed (${r.error.split('\n')[0]})` : 'done'} in ${r.seconds.toFixed(1)} s\n`);
  }
  const gpu = gpuProfile(gpuName)!;
  const l2 = (l2Share === undefined ? effectiveL2Bytes(gpu) : gpu.l2Bytes * l2Share) / 2 ** 20;
  const l2Bw = ((bandwidth ?? gpu.l2Bandwidth) / 1e12).toFixed(2);
  process.stdout.write(
    `GPU profile: ${gpuName}; MB = 10^6 bytes; reads after the model's L2 (${l2} MiB kept), in brackets without it; L2 MB between L2 and SMs at ${l2Bw} TB/s; ` +
      `times are the cost model's roofline estimates, not measurements.\n\n`,
  );
  process.stdout.write(formatResults(results, gpuName));
  for (const m of models) if (m.note) process.stdout.write(`- ${m.name}: ${m.note}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
