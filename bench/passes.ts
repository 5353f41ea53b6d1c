// Benchmark: `--canonicalize --cse` on the generated arith files (100k and 1M ops), dlc-opt side by
// side with mlir-opt, with the time spent in the passes themselves (from --mlir-timing) and the
// growth from one size to the next (target: within 2x of mlir-opt, at most 12x time for 10x ops).
// Usage: node build/bench/passes.js [--sizes 100000,1000000] [--runs 3] [--kind pretty|generic|unregistered]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { generateBenchFile, type BenchKind } from './generate.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';
const root = new URL('../..', import.meta.url).pathname;
// Run as a user runs it, through the bin's shebang (which drops NODE_EXTRA_CA_CERTS, see bin/dlc-opt.js).
const DLC_OPT = join(root, 'bin/dlc-opt.js');

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

interface Run {
  ok: boolean;
  seconds: number;
  /** User + system CPU seconds (from /usr/bin/time), less distorted by a loaded machine. */
  cpu: number;
  /** Seconds inside the pass pipeline, from the timing report (dlc-opt: both passes; mlir-opt: likewise). */
  passSeconds: number;
  error: string;
}

/** Sums the top-level pass rows of an --mlir-timing report (not Parser, Output, Rest, Total). */
function passTime(report: string): number {
  let sum = 0;
  for (const line of report.split('\n')) {
    const m = /^\s+([\d.]+) \(\s*[\d.]+%\)\s{2}(\S.*)$/.exec(line);
    if (m && !['Parser', 'Output', 'Rest', 'Total'].includes(m[2]) && !m[2].startsWith(' ')) sum += Number(m[1]);
  }
  return sum;
}

function run(cmd: string[]): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = r.stderr ?? '';
  const cpuLine = /^CPU ([\d.]+) ([\d.]+)$/m.exec(stderr);
  const cpu = cpuLine ? Number(cpuLine[1]) + Number(cpuLine[2]) : NaN;
  return { ok: r.status === 0, seconds, cpu, passSeconds: passTime(stderr), error: stderr.split('\n')[0] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const sizes = argValue('--sizes', '100000,1000000').split(',').map(Number);
const runs = Number(argValue('--runs', '3'));
const kind = argValue('--kind', 'pretty') as BenchKind;
const dir = join(tmpdir(), 'dlc-bench');
mkdirSync(dir, { recursive: true });
const flags = ['--canonicalize', '--cse', '--mlir-timing', '-o', '/dev/null'];

const rows = [
  '| ops | dlc-opt s | dlc-opt CPU s | dlc passes s | mlir-opt s | mlir-opt CPU s | mlir passes s | ratio (total) | ratio (CPU) | ratio (passes) |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
const dlcTimes: number[] = [];
const dlcCpu: number[] = [];
let note = '';
for (const n of sizes) {
  const file = join(dir, `${kind}-${n}.mlir`);
  if (!existsSync(file)) writeFileSync(file, generateBenchFile(kind, n));
  // Until the arith dialect is registered, dlc-opt reads the same program in generic form, its ops
  // unregistered (unknown effects: nothing folds or merges on its side, but every op is visited).
  let dlcFile = file;
  let dlcExtra: string[] = kind === 'pretty' ? [] : ['--allow-unregistered-dialect'];
  if (!run([DLC_OPT, ...dlcExtra, ...flags, file]).ok) {
    dlcFile = join(dir, `generic-${n}.mlir`);
    if (!existsSync(dlcFile)) writeFileSync(dlcFile, generateBenchFile('generic', n));
    dlcExtra = ['--allow-unregistered-dialect'];
    note = 'arith is not registered in dlc yet: dlc-opt ran on the generic form with arith ops unregistered, so nothing folds or merges on its side';
  }
  const dlc: Run[] = [];
  const mlir: Run[] = [];
  for (let i = 0; i < runs; i++) {
    dlc.push(run([DLC_OPT, ...dlcExtra, ...flags, dlcFile]));
    if (existsSync(MLIR_OPT)) mlir.push(run([MLIR_OPT, ...(kind === 'pretty' ? [] : ['--allow-unregistered-dialect']), ...flags, file]));
  }
  const ds = dlc.every((r) => r.ok) ? median(dlc.map((r) => r.seconds)) : NaN;
  const dp = median(dlc.map((r) => r.passSeconds));
  const dc = median(dlc.map((r) => r.cpu));
  const mc = mlir.length ? median(mlir.map((r) => r.cpu)) : NaN;
  const ms = mlir.length && mlir.every((r) => r.ok) ? median(mlir.map((r) => r.seconds)) : NaN;
  const mp = mlir.length ? median(mlir.map((r) => r.passSeconds)) : NaN;
  dlcTimes.push(ds);
  dlcCpu.push(dc);
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  rows.push(`| ${n} | ${f(ds)} | ${f(dc)} | ${f(dp)} | ${f(ms)} | ${f(mc)} | ${f(mp)} | ${f(ds / ms)} | ${f(dc / mc)} | ${f(dp / mp)} |`);
  if (!dlc.every((r) => r.ok)) console.error(`dlc-opt failed on ${file}: ${dlc.find((r) => !r.ok)!.error}`);
  console.error(rows[rows.length - 1]);
}
console.log(`\n--canonicalize --cse on '${kind}' files, median of ${runs} alternating runs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end${note ? `\nnote: ${note}` : ''}\n`);
console.log(rows.join('\n'));
for (let i = 1; i < sizes.length; i++) {
  console.log(
    `growth ${sizes[i - 1]} -> ${sizes[i]} ops: ${(dlcTimes[i] / dlcTimes[i - 1]).toFixed(2)}x time, ${(dlcCpu[i] / dlcCpu[i - 1]).toFixed(2)}x CPU for ${(sizes[i] / sizes[i - 1]).toFixed(0)}x ops`,
  );
}
