// Bad input never crashes dlc-opt: each case gives `file:line:col: error: ...`, exit code 1,
// no stack trace and no hang.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { dlcOpt } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'dlc-bad-'));
const example = readFileSync(new URL('../../../../test/corpus/ir/func.mlir', import.meta.url), 'utf8');

/** A deterministic byte generator, so a failure can be reproduced. */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function expectDiagnostic(name: string, content: string | Buffer, extra: string[] = []): void {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out = join(dir, `${name}.out`);
  const r = dlcOpt(['--allow-unregistered-dialect', ...extra, file, '-o', out]);
  assert.is(r.status, 1, `expected exit 1, got ${r.status}; stderr: ${r.stderr.slice(0, 500)}`);
  assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+: error: `));
  assert.not.match(r.stderr, /\n\s+at .*\(.*:\d+:\d+\)/, 'stack trace in output');
  assert.not.ok(existsSync(out), '-o must not be written on failure');
}

test('truncated files', () => {
  for (const cut of [57, 120, 200, example.length - 3]) {
    expectDiagnostic(`truncated-${cut}.mlir`, example.slice(0, cut));
  }
});

test('random bytes', () => {
  for (let seed = 1; seed <= 5; seed++) expectDiagnostic(`random-${seed}.mlir`, pseudoRandomBytes(4096, seed));
});

test('10,000-deep nested regions', () => {
  const depth = 10000;
  const text = `${'"unk.r"() ({\n'.repeat(depth)}${'}) : () -> ()\n'.repeat(depth - 1)}`;
  expectDiagnostic('deep.mlir', text);
});

test('a 10 MB string literal that never closes', () => {
  expectDiagnostic('bigstring.mlir', `"unk.op"() {a = "${'x'.repeat(10 * 1024 * 1024)}} : () -> ()\n`);
});

test('a 10 MB string literal is accepted when well formed', () => {
  const file = join(dir, 'bigstring-ok.mlir');
  writeFileSync(file, `"unk.op"() {a = "${'x'.repeat(10 * 1024 * 1024)}"} : () -> ()\n`);
  const r = dlcOpt(['--allow-unregistered-dialect', file, '-o', join(dir, 'bigstring-ok.out')]);
  assert.is(r.status, 0, r.stderr.slice(0, 500));
});

test('100,000 results on one op, with one type missing', () => {
  const n = 100000;
  const types = Array.from({ length: n - 1 }, () => 'i32').join(', ');
  expectDiagnostic('results.mlir', `%r:${n} = "unk.op"() : () -> (${types})\n`);
});

test('unknown escapes', () => {
  expectDiagnostic('escape.mlir', '"unk.op"() {a = "\\q"} : () -> ()\n');
});

test('empty and whitespace-only files are valid modules', () => {
  for (const [name, text] of [['empty.mlir', ''], ['blank.mlir', '\n\n  // just a comment\n']] as const) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = dlcOpt([file]);
    assert.is(r.status, 0, r.stderr);
    assert.is(r.stdout, 'module {\n}\n\n');
  }
});

test.run();
