// Runs the code of docs/writing-a-dialect.md: its TypeScript blocks are toy.ts verbatim, and
// every output it shows (dlc-opt runs, a verifier message, interpreter results) is what dlc gives.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { optMain } from '../../../lib/driver/opt-main.js';
import { runMain } from './writing-a-dialect/toy.js';

const root = new URL('../../../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/writing-a-dialect.md'), 'utf8');
const source = readFileSync(join(root, 'test/unit/dialect/writing-a-dialect/toy.ts'), 'utf8');
const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
// The built module of toy.ts, loaded by optMain as a plugin (the same copy of dlc as this test).
const plugin = fileURLToPath(new URL('./writing-a-dialect/toy.js', import.meta.url));

/** The body of the block whose first line is `first`, without that line. */
function block(first: string): string {
  const b = blocks.find((x) => x.body.startsWith(`${first}\n`));
  assert.ok(b, `the doc has a block starting '${first}'`);
  return b!.body.slice(first.length + 1);
}

function opt(file: string, flags: readonly string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = optMain([file, `--load-dialect-plugin=${plugin}`, ...flags], { readStdin: () => '', stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

test('every TypeScript block of the doc is toy.ts verbatim, in order', () => {
  const ts = blocks.filter((b) => b.lang === 'ts');
  assert.ok(ts.length >= 8);
  let from = 0;
  for (const b of ts) {
    const at = source.indexOf(b.body.trimEnd(), from);
    assert.ok(at >= 0, `not in toy.ts (or out of order):\n${b.body.split('\n').slice(0, 3).join('\n')}`);
    from = at;
  }
});

test('every `run:` block is what dlc-opt prints for the input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-dialect-doc-'));
  const input = join(dir, 'toy.mlir');
  writeFileSync(input, block('// input: toy.mlir'));
  const runs = blocks.filter((b) => b.lang === 'mlir' && b.body.startsWith('// run: '));
  assert.ok(runs.length >= 2);
  for (const r of runs) {
    const [first, ...rest] = r.body.split('\n');
    const res = opt(input, first.slice('// run: '.length).split(' '));
    assert.is(res.err, '', `${first}: ${res.err}`);
    assert.is(res.code, 0);
    assert.is(res.out, `${rest.join('\n').trimEnd()}\n\n`, first);
  }
});

test('the invalid example gives the verifier message it expects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-dialect-doc-'));
  const file = join(dir, 'toy-invalid.mlir');
  writeFileSync(file, block('// invalid: toy-invalid.mlir'));
  const res = opt(file, ['--verify-diagnostics']);
  assert.is(res.err, '');
  assert.is(res.code, 0);
});

test('the interpreter gives the results the doc shows', () => {
  const expected = block('// runMain(toy.mlir, [7n, 5n])').trim().split(/\s+/).map(BigInt);
  assert.equal(runMain(block('// input: toy.mlir'), [7n, 5n]), expected);
});

test.run();
