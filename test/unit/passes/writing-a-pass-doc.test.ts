// Runs the code of docs/writing-a-pass.md: its plugin files are extracted, loaded by dlc-opt, and each `run:` block's output compared.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { optMain } from '../../../lib/driver/opt-main.js';

const root = new URL('../../../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/writing-a-pass.md'), 'utf8');
const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));

/** The files the doc defines (`// file: name`), continued blocks appended to the same file. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks) {
    const m = /^\/\/ file: (\S+)/.exec(b.body);
    if (b.lang !== 'js' || !m) continue;
    out.set(m[1], (out.get(m[1]) ?? '') + b.body);
  }
  for (const [name, text] of out) writeFileSync(join(dir, name), text);
  return out;
}

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = optMain(args, { readStdin: () => '', stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

test('the doc defines the plugin files and an input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-doc-'));
  assert.equal([...files(dir).keys()], ['calc-dialect.mjs', 'calc-passes.mjs']);
  assert.ok(blocks.some((b) => b.body.startsWith('// input: calc.mlir')));
});

test('every `run:` block is what dlc-opt prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-doc-'));
  files(dir);
  const input = blocks.find((b) => b.body.startsWith('// input: calc.mlir'))!.body.replace(/^.*\n/, '');
  writeFileSync(join(dir, 'calc.mlir'), input);
  const runs = blocks.filter((b) => b.lang === 'mlir' && b.body.startsWith('// run: '));
  assert.ok(runs.length >= 2);
  for (const r of runs) {
    const [first, ...rest] = r.body.split('\n');
    const flags = first.slice('// run: '.length).split(' ');
    const res = run([join(dir, 'calc.mlir'), `--load-dialect-plugin=${join(dir, 'calc-dialect.mjs')}`, `--load-pass-plugin=${join(dir, 'calc-passes.mjs')}`, ...flags]);
    assert.is(res.err, '', `${first}: ${res.err}`);
    assert.is(res.code, 0);
    assert.is(res.out, `${rest.join('\n').trimEnd()}\n\n`, first);
  }
});

test.run();
