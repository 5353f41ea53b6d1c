// Runs every test suite (uvu unit tests, then the lit suite) and prints the combined
// totals as the last line, `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function listTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTests(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

function runNode(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status: status ?? 1, out }));
  });
}

/** Runs `task` over `items`, `width` at a time; results keep the input order. */
async function runPool(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = [items[i], await task(items[i])];
      }
    }),
  );
  return results;
}

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

// Each unit-test file runs in its own process, so that a file that fails to load is one
// failure rather than the end of the whole run, and files run in parallel on every core.
const unitDir = join(root, 'build/test/unit');
if (existsSync(unitDir)) {
  const files = listTests(unitDir);
  console.log(`\n=== unit: ${files.length} files, ${cpus().length} at a time`);
  const results = await runPool(files, cpus().length, (file) => runNode(file));
  for (const [file, r] of results) {
    const rel = file.slice(root.length);
    const total = Number(/Total:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
    const ok = Number(/Passed:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
    const skip = Number(/Skipped:\s+(\d+)/.exec(r.out)?.[1] ?? 0);
    // uvu's Total already leaves out skipped tests.
    let bad = total - ok;
    if (r.status !== 0 && bad === 0) bad = 1;
    passed += ok;
    skipped += skip;
    failed += bad;
    console.log(`${bad ? 'FAIL' : 'PASS'}: ${rel} (${ok} passed${bad ? `, ${bad} failed` : ''})`);
    if (bad) process.stdout.write(r.out.replace(/^/gm, '    '));
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
