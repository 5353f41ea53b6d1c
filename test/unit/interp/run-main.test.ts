// dlc-run as a library: options, inputs by position and dlc.name, printing, .npy output, errors without stack traces.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runMain, type RunIO } from '../../../lib/interp/run-main.js';
import { parseRunArgs } from '../../../lib/interp/run-options.js';

/** An in-memory file system and captured streams. */
function harness(files: Record<string, string | Uint8Array>) {
  const fs = new Map<string, Uint8Array>(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v) : v]));
  const out = { stdout: '', stderr: '', dirs: [] as string[] };
  const io: RunIO = {
    readFile: (p) => {
      const f = fs.get(p);
      if (!f) throw new Error('no such file');
      return f;
    },
    writeFile: (p, d) => void fs.set(p, d),
    makeDir: (p) => void out.dirs.push(p),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { fs, out, run: (...argv: string[]) => runMain(argv, io) };
}

const program = `func.func @main(%m: memref<3xi32> {dlc.name = "buf"}, %i: index) -> (memref<3xi32>, i32) {
  %x = memref.load %m[%i] : memref<3xi32>
  return %m, %x : memref<3xi32>, i32
}
func.func @other() {
  return
}
`;

test('options', () => {
  assert.equal(parseRunArgs(['f.mlir', '--entry=@g', '--input', 'x=zeros', '--seed', '4', '--print=npy:out']), {
    file: 'f.mlir', entry: 'g', inputs: [{ name: 'x', spec: 'zeros' }], seed: 4, print: { kind: 'npy', dir: 'out' },
  });
  assert.equal(parseRunArgs(['--help']), 'help');
  assert.equal(parseRunArgs([]), { error: 'no input file (see --help)' });
  assert.equal(parseRunArgs(['f', '--print=csv']), { error: "--print expects summary, full or npy:DIR, got 'csv'" });
  assert.equal(parseRunArgs(['f', '--input', 'x']), { error: "--input expects NAME=FILE.npy, NAME=random or NAME=zeros, got 'x'" });
  assert.equal(parseRunArgs(['f', '--seed', '-1']), { error: "--seed expects a non-negative integer, got '-1'" });
  assert.equal(parseRunArgs(['f', '--frob']), { error: "unknown option '--frob' (see --help)" });
  assert.equal(parseRunArgs(['f', '--entry']), { error: "option '--entry' needs a value" });
});

test('inputs by name and position; results printed and saved', () => {
  const h = harness({ 'p.mlir': program });
  assert.is(h.run('p.mlir', '--input', 'buf=zeros', '--input', '1=zeros', '--print=npy:out'), 0, h.out.stderr);
  assert.is(h.out.stdout, 'result #0: memref<3xi32> shape=[3] dtype=i32 checksum=0 values=[0, 0, 0]\n  saved to out/result0.npy\nresult #1: i32 0\n  saved to out/result1.npy\n');
  assert.equal(h.out.dirs, ['out']);
  assert.ok(h.fs.has('out/result1.npy'));
  const again = harness({ 'p.mlir': program, 'z.npy': h.fs.get('out/result0.npy')! });
  assert.is(again.run('p.mlir', '--input', '0=z.npy', '--input', '1=zeros', '--entry', '@main'), 0, again.out.stderr);
  assert.match(again.out.stdout, 'checksum=0 values=[0, 0, 0]');
});

test('the same seed gives the same random inputs', () => {
  const a = harness({ 'p.mlir': program });
  const b = harness({ 'p.mlir': program });
  a.run('p.mlir', '--seed', '9', '--input', '1=zeros');
  b.run('p.mlir', '--seed', '9', '--input', '1=zeros');
  assert.is(a.out.stdout, b.out.stdout);
});

test('errors: diagnostics with the source line, exit 1, no stack trace', () => {
  const h = harness({ 'p.mlir': program, 'bad.mlir': 'func.func @main( {' });
  assert.is(h.run('p.mlir', '--input', '1=zeros', '--entry', '@nope'), 1);
  assert.match(h.out.stderr, "error: no function named '@nope' to run");
  assert.is(h.run('missing.mlir'), 1);
  assert.match(h.out.stderr, "dlc-run: error: cannot read 'missing.mlir'");
  assert.is(h.run('bad.mlir'), 1);
  assert.match(h.out.stderr, 'bad.mlir:1:');
  h.out.stderr = '';
  const code = h.run('p.mlir', '--input', '1=p.mlir');
  assert.is(code, 1);
  assert.match(h.out.stderr, "p.mlir:1:1: error: bad input for '@main': argument #1: 'p.mlir': not a NumPy .npy file (bad magic string)\nfunc.func @main(");
  assert.not.match(h.out.stderr, '    at ');
});

test.run();
