// Runs every test suite (uvu unit tests, then the lit suite) and prints the combined
// totals as the last line, `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, FORCE_COLOR: '0' } });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { status: r.status ?? 1, out: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

// Build and type check are suites of their own: a broken build is a failure, not silence.
for (const [label, cmd, args] of [
  ['build', process.execPath, [join(root, 'scripts/build.mjs')]],
  ['typecheck', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')]],
]) {
  const r = run(label, cmd, args);
  if (r.status === 0) passed += 1;
  else failed += 1;
}

const unitDir = join(root, 'build/test/unit');
if (existsSync(unitDir)) {
  const r = run('unit', process.execPath, [join(root, 'node_modules/uvu/bin.js'), unitDir, '\\.test\\.js$']);
  const total = Number(/Total:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  const ok = Number(/Passed:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  const skip = Number(/Skipped:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  passed += ok;
  skipped += skip;
  failed += total - ok;
  if (r.status !== 0 && total - ok === 0) {
    // A suite that crashed before reporting counts as one failure, never as silence.
    failed += 1;
  }
}

const litTool = join(root, 'dist/dlc-lit.js');
const litDir = join(root, 'test/lit');
if (existsSync(litTool) && existsSync(litDir)) {
  const r = run('lit', process.execPath, [litTool, litDir]);
  const m = /(\d+) passed, (\d+) failed/.exec(r.out);
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else {
    failed += 1;
  }
  if (r.status !== 0 && (!m || Number(m[2]) === 0)) broken = true;
}

if (broken) failed += 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
