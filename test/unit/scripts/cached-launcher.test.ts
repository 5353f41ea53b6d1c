// dlc-opt's code-cache launcher uses its cache only for runs without V8 flags: V8 rejects a cache
// made under other flags, so a flagged run that rewrote it would make the next plain run reject
// and rewrite it again.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../..', import.meta.url).pathname;
const cache = join(root, 'dist/dlc-opt.bundle.cjs.cache');
const launcher = join(root, 'dist/dlc-opt.cjs');
const input = 'func.func @f() {\n  return\n}\n';

function run(execArgv: string[], nodeOptions = ''): string {
  const r = spawnSync(process.execPath, [...execArgv, launcher], { input, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: nodeOptions } });
  assert.is(r.status, 0, r.stderr);
  return r.stdout;
}

test('plain runs reuse the cache the build made; flagged runs leave it alone', () => {
  const made = statSync(cache).mtimeMs;
  const plain = run([]);
  assert.match(plain, 'func.func @f()');
  for (const flags of [['--stack-size=2000'], ['--max-semi-space-size=32']]) assert.is(run(flags), plain);
  assert.is(run([], '--max-semi-space-size=32'), plain);
  assert.is(run([]), plain);
  assert.is(statSync(cache).mtimeMs, made);
});

test('the build trains the cache on an input that round-trips without errors', () => {
  const training = join(root, 'scripts/code-cache-training.mlir');
  const r = spawnSync(process.execPath, [launcher, '--allow-unregistered-dialect', training], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stderr, '');
  assert.match(r.stdout, 'arith.xori');
  assert.match(r.stdout, '"test.op"');
});

test.run();
