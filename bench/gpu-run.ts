// Runs the test models on a real GPU: graph -> gpu (dlc-opt), CUDA C++ (dlc-translate), nvcc, the
// harness on seeded inputs; compares its results with the reference interpreter's (dlc-run on the
// graph-level model, same inputs) and its median time with the cost model's estimate
// (gpu-cost-report). Without a GPU it says so and skips; --compile-only does every step but
// running the harness (for machines with nvcc and no GPU). Usage:
//   node build/bench/gpu-run.js [MODEL.mlir...] [--runs N] [--keep DIR] [--compile-only]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createContext } from '../dialects/registry.js';
import { parseSourceString } from '../lib/parse/index.js';
import { FunctionType, RankedTensorType, StringAttr, TypeAttr, type Type } from '../lib/ir/index.js';
import { npyToBuffer, readNpy, writeNpy } from '../lib/interp/npy.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PIPELINE = ['--convert-graph-to-tensor', '--convert-tensor-to-block', '--block-sync', '--convert-block-to-gpu'];
/** Results agree when |gpu - reference| <= ATOL + RTOL * |reference| (reduction orders and CUDA's math library differ). */
const RTOL = 1e-3;
const ATOL = 1e-4;

/** Whether this machine has a CUDA GPU (nvidia-smi lists one). */
function haveGpu(): boolean {
  const r = spawnSync('nvidia-smi', ['-L'], { encoding: 'utf8' });
  return r.status === 0 && /GPU \d+:/.test(r.stdout);
}

const node = (tool: string, args: readonly string[]): string =>
  execFileSync(process.execPath, [join(root, 'dist', `${tool}.js`), ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });

/** The signature of `@main` in the graph-level model. */
function mainSignature(text: string, file: string): FunctionType {
  const module = parseSourceString(text, { context: createContext(), filename: file });
  const main = module?.regions[0].entry?.operations.find((op) => op.name.name === 'func.func' && (op.getProp('sym_name') as StringAttr).value === 'main');
  const type = main?.getProp('function_type');
  if (!(type instanceof TypeAttr) || !(type.value instanceof FunctionType)) throw new Error(`${file}: no @main`);
  return type.value;
}

/** Seeded uniform values in [-1, 1) for every input, written as .npy files; returns their paths. */
function writeInputs(types: readonly Type[], dir: string, seed: number): string[] {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  return types.map((t, i) => {
    if (!(t instanceof RankedTensorType)) throw new Error(`argument #${i}: only tensors are supported, got ${String(t)}`);
    const path = join(dir, `input${i}.npy`);
    writeFileSync(path, writeNpy(t.elementType, t.shape, () => next()));
    return path;
  });
}

/** The largest error of `gpu` against `reference` relative to the tolerance (<= 1 passes). */
function compare(gpuFile: string, referenceFile: string, type: Type): { worst: number; maxAbs: number } {
  const g = npyToBuffer(readNpy(readFileSync(gpuFile)), type);
  const r = npyToBuffer(readNpy(readFileSync(referenceFile)), type);
  let worst = 0;
  let maxAbs = 0;
  for (let i = 0; i < r.length; i++) {
    const [a, b] = [Number(g.get(i)), Number(r.get(i))];
    const diff = Math.abs(a - b);
    maxAbs = Math.max(maxAbs, diff);
    worst = Math.max(worst, Number.isNaN(diff) ? Infinity : diff / (ATOL + RTOL * Math.abs(b)));
  }
  return { worst, maxAbs };
}

function runModel(model: string, work: string, runs: number, compileOnly: boolean): string {
  const name = basename(model, '.mlir');
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(model, 'utf8');
  const gpuMlir = join(dir, `${name}.gpu.mlir`);
  const costFile = join(dir, 'cost.json');
  node('dlc-opt', [model, ...PIPELINE, '-o', gpuMlir]);
  node('dlc-opt', [gpuMlir, '--gpu-cost-report', `--gpu-cost-report-file=${costFile}`, '-o', join(dir, 'costed.mlir')]);
  const cu = join(dir, `${name}.cu`);
  node('dlc-translate', ['--mlir-to-cuda', gpuMlir, '-o', cu]);
  const exe = join(dir, name);
  execFileSync('nvcc', ['-O3', '-arch=sm_90', '-std=c++17', cu, '-o', exe], { stdio: 'inherit' });
  const signature = mainSignature(text, model);
  const inputs = writeInputs(signature.inputs, dir, 1);
  const inputArgs = inputs.flatMap((p, i) => ['--input', `${i}=${p}`]);
  const gpuOut = join(dir, 'gpu');
  const refOut = join(dir, 'reference');
  mkdirSync(gpuOut, { recursive: true });
  node('dlc-run', [model, ...inputArgs, `--print=npy:${refOut}`]);
  if (compileOnly) return `${name.padEnd(20)} compiled ${exe}; reference results in ${refOut}`;
  const harness = execFileSync(exe, [...inputArgs, '--runs', String(runs), '--out', gpuOut], { encoding: 'utf8' });
  const ms = Number(/median ([\d.]+) ms/.exec(harness)?.[1]);
  const checks = signature.results.map((t, i) => {
    const f = `result${i}.npy`;
    const c = compare(join(gpuOut, f), join(refOut, f), (t as RankedTensorType).elementType);
    return `${f}: max |diff| ${c.maxAbs.toExponential(2)} (${c.worst <= 1 ? 'ok' : 'MISMATCH'})`;
  });
  const cost = existsSync(costFile) ? (JSON.parse(readFileSync(costFile, 'utf8')) as { functions: { estimated_ms: number }[] }).functions[0]?.estimated_ms : undefined;
  return `${name.padEnd(20)} ${ms.toFixed(4).padStart(9)} ms  model ${cost === undefined ? 'n/a' : cost.toFixed(4)} ms  ${checks.join('; ')}`;
}

function main(argv: readonly string[]): number {
  let runs = 20;
  let keep: string | undefined;
  let compileOnly = false;
  const models: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--keep') keep = argv[++i];
    else if (argv[i] === '--compile-only') compileOnly = true;
    else models.push(argv[i]);
  }
  if (!compileOnly && !haveGpu()) {
    console.log('gpu-run: no GPU on this machine (nvidia-smi lists none): skipping (--compile-only does every step but running)');
    return 0;
  }
  if (!models.length) models.push(...readdirSync(join(root, 'test/models')).filter((f) => f.endsWith('.mlir')).map((f) => join(root, 'test/models', f)));
  const work = keep ?? mkdtempSync(join(tmpdir(), 'dlc-gpu-run-'));
  console.log(`model                   median time  cost model  results vs dlc-run (rtol ${RTOL}, atol ${ATOL}); files in ${work}`);
  let failed = 0;
  for (const model of models) {
    try {
      const line = runModel(model, work, runs, compileOnly);
      if (line.includes('MISMATCH')) failed++;
      console.log(line);
    } catch (e) {
      failed++;
      console.log(`${basename(model).padEnd(20)} failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
