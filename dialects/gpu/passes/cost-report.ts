// gpu-cost-report: the analysis that prints what each host function's kernels cost on a GPU
// profile (a table to stderr) and, with `file=F` (`--gpu-cost-report-file=F`), writes the same
// figures as one JSON object for scripts. The IR is not changed.
import { writeFileSync } from 'node:fs';
import { definePass, type PassOutput } from '../../../lib/pass/pass.js';
import { Option } from '../../../lib/pass/options.js';
import type { Operation } from '../../../lib/ir/operation.js';
import { effectiveL2Bytes, gpuProfile, gpuProfileNames, type GpuProfile } from '../../../lib/target/gpu-profiles.js';
import { costFunction, type FunctionCost, type LaunchCost } from '../../../lib/target/cost-model-launch.js';
import { readBaseline, type RecordedBaseline } from './cost-report-baseline.js';

/** One host function's report: the model's figures and, when gpu-cost-baseline ran, the graph-level ones. */
export interface FunctionReport {
  readonly cost: FunctionCost;
  readonly recorded: RecordedBaseline | undefined;
}

/** Reports every host function (func.func) of `module` on `gpu`; problems with a launch become warnings at it. */
export function costReport(module: Operation, gpu: GpuProfile): FunctionReport[] {
  const reports: FunctionReport[] = [];
  module.walk((op) => {
    if (op.name.name === 'gpu.module') return 'skip';
    if (op.name.name !== 'func.func') return;
    const cost = costFunction(gpu, op, (at, problem) => at.emitWarning(`gpu-cost-report: launch not costed: ${problem}`));
    for (const l of cost.launches) {
      if (l.cooperative && l.blocks > l.residentBlocks) {
        op.emitWarning(`gpu-cost-report: cooperative launch of ${l.kernel} has ${l.blocks} blocks but only ${l.residentBlocks} can be resident on ${gpu.name}`);
      }
    }
    reports.push({ cost, recorded: readBaseline(op) });
    return 'skip';
  }, 'pre');
  return reports;
}

const MB = 1e6;
const mb = (bytes: number) => (bytes / MB).toFixed(3);
const mflop = (f: number) => (f / 1e6).toFixed(3);
const ms = (x: number) => x.toFixed(4);

function launchRow(l: LaunchCost): string {
  const cells = [
    l.kernel.padEnd(28), `${l.blocks} x ${l.threadsPerBlock}`.padStart(12), l.dtype.padStart(5), String(l.sharedMemory).padStart(8), String(l.blocksPerSm).padStart(6),
    (l.cooperative ? 'yes' : 'no').padStart(5), String(l.phases.length).padStart(6), String(l.gridSyncs).padStart(6), String(l.flagWaits).padStart(7),
    mb(l.dramBytesRead).padStart(10), mb(l.dramBytesReadNoL2).padStart(10), mb(l.dramBytesWritten).padStart(10), mb(l.l2Bytes).padStart(10), mflop(l.flops).padStart(11), ms(l.estimatedMs).padStart(9),
  ];
  return `  ${cells.join(' ')}${l.guesses.length ? `  (estimated: ${l.guesses.join('; ')})` : ''}`;
}

/** The readable table of `reports`. MB are 10^6 bytes, as the Souffle paper counts them. */
export function formatCostReport(reports: readonly FunctionReport[], gpu: GpuProfile): string {
  const lines = [
    `gpu-cost-report: ${gpu.fullName} (${gpu.name}): ${gpu.sms} SMs, ${(gpu.dramBandwidth / 1e12).toFixed(2)} TB/s DRAM, ` +
      `${gpu.l2Bytes / (1024 * 1024)} MiB L2 (the model keeps data in ${effectiveL2Bytes(gpu) / (1024 * 1024)} MiB) at ${(gpu.l2Bandwidth / 1e12).toFixed(2)} TB/s; MB = 10^6 bytes`,
  ];
  for (const { cost: f, recorded } of reports) {
    lines.push(
      `@${f.name}: ${f.launches.length} launches of ${f.kernels} kernels, ${f.gridSyncs} grid barriers, ${f.flagWaits} flag waits; ` +
        `DRAM ${mb(f.dramBytesRead)} MB read (${mb(f.dramBytesReadNoL2)} without L2), ${mb(f.dramBytesWritten)} MB written; L2 ${mb(f.l2Bytes)} MB; ` +
        `${mflop(f.flops)} MFLOP; ${ms(f.estimatedMs)} ms`,
    );
    if (f.launches.length) {
      const head = ['launch'.padEnd(28), 'grid x thr'.padStart(12), 'dtype'.padStart(5), 'smem B'.padStart(8), 'blk/SM'.padStart(6), 'coop'.padStart(5), 'phases'.padStart(6),
        'syncs'.padStart(6), 'waits'.padStart(7), 'read MB'.padStart(10), 'no-L2 MB'.padStart(10), 'write MB'.padStart(10), 'L2 MB'.padStart(10), 'MFLOP'.padStart(11), 'ms'.padStart(9)];
      lines.push(`  ${head.join(' ')}`);
      for (const l of f.launches) lines.push(launchRow(l));
    }
    if (recorded) {
      const { baseline: b, compulsory: c } = recorded;
      const bms = b.estimatedMs[gpu.name];
      const bread = b.dramBytesRead[gpu.name];
      lines.push(`  compulsory: ${mb(c.bytesRead)} MB read, ${mb(c.bytesWritten)} MB written`);
      lines.push(
        `  eager baseline: ${b.kernels} kernels, DRAM ${bread === undefined ? 'n/a' : mb(bread)} MB read (${mb(b.dramBytesReadNoL2)} without L2), ` +
          `${mb(b.dramBytesWritten)} MB written; L2 ${mb(b.l2Bytes)} MB; ${mflop(b.flops)} MFLOP; ` +
          `${bms === undefined ? 'n/a' : ms(bms)} ms`,
      );
    } else {
      lines.push('  compulsory and eager baseline: not recorded (run gpu-cost-baseline on the graph-level function, as --dlc-gpu does)');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON object of issue 8's `--gpu-cost-report-file`: the keys it names, and more per launch. */
export function costReportJson(reports: readonly FunctionReport[], gpu: GpuProfile): object {
  return {
    gpu: gpu.name,
    functions: reports.map(({ cost: f, recorded }) => ({
      name: f.name,
      kernels: f.launches.length,
      distinct_kernels: f.kernels,
      launches: f.launches.length,
      grid_syncs: f.gridSyncs,
      flag_waits: f.flagWaits,
      dram_bytes_read: f.dramBytesRead,
      dram_bytes_read_no_l2: f.dramBytesReadNoL2,
      dram_bytes_written: f.dramBytesWritten,
      l2_bytes: f.l2Bytes,
      flops: f.flops,
      tensor_flops: f.tensorFlops,
      estimated_ms: f.estimatedMs,
      compulsory_bytes: recorded ? recorded.compulsory.bytesRead + recorded.compulsory.bytesWritten : null,
      compulsory_bytes_read: recorded?.compulsory.bytesRead ?? null,
      compulsory_bytes_written: recorded?.compulsory.bytesWritten ?? null,
      baseline: recorded
        ? {
            kernels: recorded.baseline.kernels,
            dram_bytes_read: recorded.baseline.dramBytesRead[gpu.name] ?? null,
            dram_bytes_read_no_l2: recorded.baseline.dramBytesReadNoL2,
            dram_bytes_written: recorded.baseline.dramBytesWritten,
            l2_bytes: recorded.baseline.l2Bytes,
            flops: recorded.baseline.flops,
            estimated_ms: recorded.baseline.estimatedMs[gpu.name] ?? null,
          }
        : null,
      launch_list: f.launches.map((l) => ({
        kernel: l.kernel,
        blocks: l.blocks,
        threads: l.threadsPerBlock,
        dtype: l.dtype,
        cooperative: l.cooperative,
        shared_memory: l.sharedMemory,
        blocks_per_sm: l.blocksPerSm,
        resident_blocks: l.residentBlocks,
        phases: l.phases.length,
        grid_syncs: l.gridSyncs,
        flag_waits: l.flagWaits,
        dram_bytes_read: l.dramBytesRead,
        dram_bytes_read_no_l2: l.dramBytesReadNoL2,
        dram_bytes_written: l.dramBytesWritten,
        l2_bytes: l.l2Bytes,
        flops: l.flops,
        tensor_flops: l.tensorFlops,
        estimated_ms: l.estimatedMs,
      })),
    })),
  };
}

/** Writes the table to `output` and the JSON to `file` (when not empty); returns an error message on a failed write. */
export function emitCostReport(module: Operation, gpu: GpuProfile, output: PassOutput, file: string, table: boolean): string | undefined {
  const reports = costReport(module, gpu);
  if (table) output.stderr(formatCostReport(reports, gpu));
  if (file === '') return undefined;
  try {
    writeFileSync(file, `${JSON.stringify(costReportJson(reports, gpu), null, 2)}\n`);
  } catch (e) {
    return `gpu-cost-report: cannot write '${file}': ${(e as Error).message}`;
  }
  return undefined;
}

export const costReportPass = definePass({
  name: 'gpu-cost-report',
  summary: 'Print what each host function\'s kernels cost on a GPU: launches, grid barriers, flag waits, DRAM bytes, FLOPs, occupancy, roofline ms',
  description:
    'An analysis: the IR is unchanged. The table goes to stderr; file=F (or --gpu-cost-report-file=F) writes the figures as JSON. ' +
    'The compulsory traffic and the eager baseline come from gpu-cost-baseline, run at graph level. The model: docs/design/gpu-dialect.md.',
  anchor: 'builtin.module',
  options: {
    gpu: Option.enum(gpuProfileNames(), 'h100', 'The GPU profile (lib/target/gpu-profiles.ts)'),
    file: Option.string('', 'Also write the report as JSON to this file'),
    table: Option.bool(true, 'Print the table to stderr'),
  },
  run(ctx) {
    const gpu = gpuProfile(ctx.options.gpu)!;
    const error = emitCostReport(ctx.op, gpu, ctx.output, ctx.options.file, ctx.options.table);
    ctx.markAllAnalysesPreserved();
    if (error) ctx.fail(error);
  },
});
