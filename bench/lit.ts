// Benchmark: dlc-lit on 500 trivial tests (each pipes a built-in into a real process): wall time
// against CPU time (the process, its worker threads and the commands it spawns), with all cores
// and with one, and LLVM's lit on the same tests when present. Run: node scripts/build.mjs && node build/bench/lit.js
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function measure(label: string, cmd: string, args: string[]): { label: string; wall: number; cpu: number; last: string } {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  const cpu = childCpu() - cpu0;
  const last = `${r.stdout}`.trimEnd().split('\n').pop() ?? '';
  return { label, wall, cpu, last };
}

const dir = suite();
const jobs = availableParallelism();
const rows = [
  measure(`dlc-lit -j${jobs}`, process.execPath, [DLC_LIT, '-q', '-j', String(jobs), dir]),
  measure('dlc-lit -j1', process.execPath, [DLC_LIT, '-q', '-j', '1', dir]),
];
if (existsSync(LLVM_LIT) && spawnSync('python3', ['--version']).status === 0) {
  rows.push(measure(`LLVM lit -j${jobs}`, 'python3', [LLVM_LIT, '-q', '-j', String(jobs), dir]));
}
rmSync(dir, { recursive: true, force: true });

console.log(`${TESTS} trivial tests, ${jobs} cores`);
console.log('| runner | wall (s) | CPU (s) | wall / CPU | result |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${(r.wall / r.cpu).toFixed(2)} | ${r.last || '(quiet)'} |`);
}
