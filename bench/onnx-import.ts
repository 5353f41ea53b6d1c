// Times dlc-import-onnx on a generated ~100 MB ONNX model (an MLP whose f32 weights are raw_data initializers) and dlc-run on the
// result; prints wall time, CPU time and peak RSS of each. Usage:
//   node build/bench/onnx-import.js [--mb 100] [--width 2048] [--keep DIR] [--no-run]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { onnx, type TensorProto } from '../lib/onnx/proto.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** A raw_data f32 initializer of `dims`, filled with small seeded values (an LCG, so the file is not all zeros). */
function weight(name: string, dims: number[], seed: number): TensorProto {
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
  let s = seed >>> 0;
  for (let i = 0; i < data.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = (s / 2 ** 32 - 0.5) * 0.05;
  }
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(data.buffer) };
}

/** An MLP x[1,width] -> (MatMul, Add, Relu) x layers, with enough layers to make about `mb` megabytes of weights. */
function mlp(mb: number, width: number): Uint8Array {
  const layers = Math.max(1, Math.round((mb * 1e6) / (4 * width * (width + 1))));
  const initializer: TensorProto[] = [];
  const node = [];
  let x = 'x';
  for (let l = 0; l < layers; l++) {
    initializer.push(weight(`w${l}`, [width, width], 2 * l + 1), weight(`b${l}`, [width], 2 * l + 2));
    const last = l === layers - 1;
    node.push({ name: `mm${l}`, opType: 'MatMul', input: [x, `w${l}`], output: [`m${l}`] });
    node.push({ name: `add${l}`, opType: 'Add', input: [`m${l}`, `b${l}`], output: [last ? 'y' : `a${l}`] });
    if (!last) node.push({ name: `relu${l}`, opType: 'Relu', input: [`a${l}`], output: [`h${l}`] });
    x = `h${l}`;
  }
  const io = (name: string) => ({ name, type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: width }] } } } });
  const graph = { name: 'mlp', input: [io('x')], output: [io('y')], initializer, node };
  const model = { irVersion: 8, opsetImport: [{ domain: '', version: 17 }], producerName: 'dlc-bench', graph };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/** Runs `node dist/<tool>.js args` under /usr/bin/time; wall s, CPU s (user + system), peak RSS MiB. */
function timed(tool: string, args: string[]): { wall: number; cpu: number; mib: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, join(root, 'dist', `${tool}.js`), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${tool} failed (exit ${r.status}):\n${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), mib: Number(m[4]) / 1024, stdout: r.stdout };
}

const mb = Number(option('--mb', '100'));
const width = Number(option('--width', '2048'));
const keep = option('--keep', '');
const dir = keep || mkdtempSync(join(tmpdir(), 'dlc-onnx-import-'));
mkdirSync(dir, { recursive: true });
const model = join(dir, 'mlp.onnx');
const out = join(dir, 'mlp.mlir');
writeFileSync(model, mlp(mb, width));
const size = (path: string) => (statSync(path).size / 1e6).toFixed(1);
console.log(`model: ${model} (${size(model)} MB, width ${width})`);

const imp = timed('dlc-import-onnx', [model, '-o', out]);
console.log(`dlc-import-onnx: ${imp.wall.toFixed(2)} s wall, ${imp.cpu.toFixed(2)} s CPU, ${imp.mib.toFixed(0)} MiB peak RSS -> ${size(out)} MB of MLIR`);
if (!process.argv.includes('--no-run')) {
  const run = timed('dlc-run', [out]);
  console.log(`dlc-run: ${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.mib.toFixed(0)} MiB peak RSS`);
  console.log(run.stdout.trim());
}
if (!keep) rmSync(dir, { recursive: true });
