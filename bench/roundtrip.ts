// Benchmark: parse + verify + print round trips of generated files, dlc-opt side by side with
// mlir-opt (alternating runs), printing a table of median wall time and peak memory.
// Usage: node build/bench/roundtrip.js [--sizes 10000,100000,1000000] [--runs 3] [--kinds generic,pretty,unregistered]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { generateBenchFile, type BenchKind } from './generate.js';

const MLIR_OPT = '/usr/lib/llvm-22/bin/mlir-opt';
const root = new URL('../..', import.meta.url).pathname;
// Run as a user runs it, through the bin's shebang (which drops NODE_EXTRA_CA_CERTS, see bin/dlc-opt.js).
const DLC_OPT = join(root, 'bin/dlc-opt.js');

interface Measurement {
  seconds: number;
  /** User + system CPU seconds: less distorted than wall time on a shared, loaded machine. */
  cpu: number;
  peakMiB: number;
  ok: boolean;
}

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Runs `cmd` under /usr/bin/time to read its CPU time and peak resident memory. */
function measure(cmd: string[]): Measurement {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = (r.stderr ?? '').trim().split('\n');
  const [user, sys, kib] = lines[lines.length - 1].split(' ').map(Number);
  return { seconds, cpu: user + sys, peakMiB: Number.isFinite(kib) ? kib / 1024 : NaN, ok: r.status === 0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const sizes = argValue('--sizes', '10000,100000,1000000').split(',').map(Number);
const runs = Number(argValue('--runs', '3'));
const kinds = argValue('--kinds', 'generic,pretty,unregistered').split(',') as BenchKind[];
const dir = join(tmpdir(), 'dlc-bench');
mkdirSync(dir, { recursive: true });
const haveMlirOpt = existsSync(MLIR_OPT);

const rows: string[] = [];
rows.push('| file | ops | MB | dlc-opt s | dlc-opt CPU s | dlc-opt MiB | mlir-opt s | mlir-opt CPU s | mlir-opt MiB | ratio | CPU ratio |');
rows.push('|---|---|---|---|---|---|---|---|---|---|---|');

const trivial = join(dir, 'trivial.mlir');
writeFileSync(trivial, 'func.func @f() {\n  return\n}\n');
const tools: Array<['dlc' | 'mlir', string[]]> = [['dlc', [DLC_OPT]]];
if (haveMlirOpt) tools.push(['mlir', [MLIR_OPT]]);

function bench(file: string, extra: string[]): Record<'dlc' | 'mlir', Measurement[]> {
  const out: Record<'dlc' | 'mlir', Measurement[]> = { dlc: [], mlir: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, cmd] of tools) out[name].push(measure([...cmd, ...extra, file, '-o', '/dev/null']));
  }
  return out;
}

function row(label: string, ops: number, file: string, extra: string[]): void {
  const m = bench(file, extra);
  const mb = (statSync(file).size / 1e6).toFixed(1);
  const cell = (ms: Measurement[]) =>
    ms.length === 0
      ? ['n/a', 'n/a', 'n/a']
      : ms.every((x) => x.ok)
        ? [median(ms.map((x) => x.seconds)).toFixed(3), median(ms.map((x) => x.cpu)).toFixed(2), median(ms.map((x) => x.peakMiB)).toFixed(0)]
        : ['error', '-', '-'];
  const [ds, dc, dm] = cell(m.dlc);
  const [ms, mc, mm] = cell(m.mlir);
  const ratio = (a: string, b: string) => (Number.isFinite(Number(a) / Number(b)) ? (Number(a) / Number(b)).toFixed(2) : '-');
  rows.push(`| ${label} | ${ops} | ${mb} | ${ds} | ${dc} | ${dm} | ${ms} | ${mc} | ${mm} | ${ratio(ds, ms)} | ${ratio(dc, mc)} |`);
  console.error(rows[rows.length - 1]);
}

row('trivial', 2, trivial, []);
for (const kind of kinds) {
  for (const n of sizes) {
    const file = join(dir, `${kind}-${n}.mlir`);
    if (!existsSync(file)) writeFileSync(file, generateBenchFile(kind, n));
    const extra = kind === 'pretty' ? [] : ['--allow-unregistered-dialect', '--mlir-print-op-generic'];
    row(kind, n, file, extra);
  }
}
console.log(`\nparse + verify + print, median of ${runs} alternating runs on ${process.platform} (${tools.map((t) => t[0]).join(', ')}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end\n`);
console.log(rows.join('\n'));
