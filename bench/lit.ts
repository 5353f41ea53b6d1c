// Benchmark: dlc-lit on 500 trivial tests (each pipes a built-in into a real process): wall time
// against CPU time (the process, its workers and the commands it spawns), with all cores in worker
// threads (the default) and processes, and with one job, and LLVM's lit on the same tests when present.
// Run: node scripts/build.mjs && node build/bench/lit.js [--rounds N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const TESTS = 500;
const DLC_LIT = new URL('../../dist/dlc-lit.js', import.meta.url).pathname;
const LLVM_LIT = '/usr/lib/llvm-14/build/utils/lit/lit.py';
// Linux reports CPU time in clock ticks; 100 per second on every common configuration.
const TICKS = 100;

/** CPU seconds of this process's waited-for children (and theirs): user + system. */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After the command name: state is field 3, so cutime and cstime (fields 16, 17) sit at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

function suite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-lit-bench-'));
  writeFileSync(join(dir, 'lit.config.json'), JSON.stringify({ name: 'bench', suffixes: ['.test'] }));
  writeFileSync(
    join(dir, 'lit.cfg.py'),
    "import lit.formats\nconfig.name = 'bench'\nconfig.suffixes = ['.test']\nconfig.test_format = lit.formats.ShTest(execute_external=False)\n",
  );
  for (let i = 0; i < TESTS; i++) writeFileSync(join(dir, `t${i}.test`), `# RUN: echo test ${i} | grep -q ${i}\n`);
  return dir;
}

interface Sample {
  readonly wall: number;
  readonly cpu: number;
  readonly last: string;
}

function measure(cmd: string, args: string[]): Sample {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  const last = `${r.stdout}`.trimEnd().split('\n').pop() ?? '';
  return { wall, cpu: childCpu() - cpu0, last };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const dir = suite();
const jobs = availableParallelism();
const configs: [string, string, string[]][] = [
  [`dlc-lit -j${jobs}`, process.execPath, [DLC_LIT, '-q', '-j', String(jobs), dir]],
  [`dlc-lit -j${jobs} --pool processes`, process.execPath, [DLC_LIT, '-q', '-j', String(jobs), '--pool', 'processes', dir]],
  ['dlc-lit -j1', process.execPath, [DLC_LIT, '-q', '-j', '1', dir]],
];
if (existsSync(LLVM_LIT) && spawnSync('python3', ['--version']).status === 0) {
  configs.push([`LLVM lit -j${jobs}`, 'python3', [LLVM_LIT, '-q', '-j', String(jobs), dir]]);
}
// Rounds interleave the runners so that a burst of load elsewhere hits them all alike.
const samples = configs.map(() => [] as Sample[]);
const load = loadavg()[0]!;
for (let round = 0; round < rounds; round++) configs.forEach(([, cmd, args], i) => samples[i]!.push(measure(cmd, args)));
rmSync(dir, { recursive: true, force: true });

console.log(`${TESTS} trivial tests, ${jobs} cores, median of ${rounds} rounds, load average ${load.toFixed(1)} at the start`);
console.log('| runner | wall (s) | CPU (s) | wall / CPU | result |');
console.log('|---|---|---|---|---|');
configs.forEach(([label], i) => {
  const s = samples[i]!;
  const wall = median(s.map((x) => x.wall));
  const cpu = median(s.map((x) => x.cpu));
  console.log(`| ${label} | ${wall.toFixed(2)} | ${cpu.toFixed(2)} | ${(wall / cpu).toFixed(2)} | ${s[0]!.last || '(quiet)'} |`);
});
