// Runs the Silero VAD models of @ricky0123/vad-web over a few seconds of generated audio (16 kHz, 512-sample chunks), in dlc's
// interpreter and in ONNX Runtime, the recurrent state threaded from chunk to chunk as the VAD does; prints the largest absolute and
// relative error over every output and the largest difference of the per-chunk speech probabilities, and the same for ONNX Runtime
// without graph optimizations against itself (a yardstick for f32 rounding). Usage:
//   node build/bench/onnx-silero.js [--seconds 3] [--models silero_vad_legacy.onnx,silero_vad_v5.onnx]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importModule, loadOrt, mismatch, randomValues, runDlc, type Feed } from '../test/unit/onnx/ort-harness.js';

const RATE = 16000;
const CHUNK = 512;
/** Relative errors are taken against max(|expected|, this), so values near zero do not dominate. */
const REL_FLOOR = 1e-3;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** How one model is fed: its state inputs' dims and which output carries each next state. */
const STATES: Record<string, { states: Record<string, number[]>; next: Record<string, number> }> = {
  'silero_vad_legacy.onnx': { states: { h: [2, 1, 64], c: [2, 1, 64] }, next: { h: 1, c: 2 } },
  'silero_vad_v5.onnx': { states: { state: [2, 1, 128] }, next: { state: 1 } },
};

/**
 * `seconds` of generated audio: syllable-like bursts (a 120-180 Hz voiced tone with harmonics and a 4 Hz envelope) for the
 * first and last third, silence in between, over low noise; so the speech probability should both rise and fall.
 */
function recording(seconds: number): Float32Array {
  const n = Math.ceil((seconds * RATE) / CHUNK) * CHUNK;
  const noise = randomValues(n, 7, -0.005, 0.005);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const voiced = t < seconds / 3 || t > (2 * seconds) / 3;
    const f0 = 150 + 30 * Math.sin(2 * Math.PI * 0.7 * t);
    const envelope = voiced ? Math.max(0, Math.sin(2 * Math.PI * 4 * t)) ** 2 : 0;
    let tone = 0;
    for (let h = 1; h <= 6; h++) tone += Math.sin(2 * Math.PI * f0 * h * t) / h;
    out[i] = noise[i] + 0.3 * envelope * tone;
  }
  return out;
}

/** The largest errors over a run: absolute and relative over every output, and of the speech probability (output 0). */
class Errors {
  abs = 0;
  rel = 0;
  probability = 0;
  /** Chunks outside the unit test's tolerance (1e-4 relative, 1e-6 absolute floor), with the first such element. */
  readonly outside: string[] = [];
  add(actual: number[][], expected: number[][]): void {
    for (let o = 0; o < expected.length; o++) {
      for (let i = 0; i < expected[o].length; i++) {
        const d = Math.abs(actual[o][i] - expected[o][i]);
        this.abs = Math.max(this.abs, d);
        this.rel = Math.max(this.rel, d / Math.max(Math.abs(expected[o][i]), REL_FLOOR));
      }
    }
    this.probability = Math.max(this.probability, Math.abs(actual[0][0] - expected[0][0]));
    const problem = mismatch(actual, expected);
    if (problem) this.outside.push(problem);
  }
  toString(): string {
    return `max abs error ${this.abs.toExponential(2)}, max rel error ${this.rel.toExponential(2)}, speech probability max difference ${this.probability.toExponential(2)}; ${this.outside.length} chunks outside 1e-4${this.outside.length ? ` (first: ${this.outside[0]})` : ''}`;
  }
}

const zeros = (dims: number[]): Feed => ({ dims, values: new Array(dims.reduce((a, b) => a * b, 1)).fill(0) });

const ort = await loadOrt();
let dist: string | undefined;
try {
  dist = dirname(createRequire(import.meta.url).resolve('@ricky0123/vad-web'));
} catch {
  dist = undefined;
}
if (!ort || !dist) {
  console.log('skipped: onnxruntime-node or @ricky0123/vad-web is not installed');
  process.exit(0);
}

const seconds = Number(option('--seconds', '3'));
const audio = recording(seconds);
const chunks = audio.length / CHUNK;
console.log(`${chunks} chunks of ${CHUNK} samples (${(audio.length / RATE).toFixed(2)} s at ${RATE} Hz)`);
for (const file of option('--models', Object.keys(STATES).join(',')).split(',')) {
  const path = join(dist, file);
  const spec = STATES[file];
  if (!spec || !existsSync(path)) {
    console.log(`${file}: skipped (${spec ? 'not in the package' : 'unknown state layout'})`);
    continue;
  }
  const bytes = readFileSync(path);
  const started = Date.now();
  const module = importModule(bytes, new Map([['sr', [RATE]]]), new Map([['input', [1, CHUNK]], ...Object.entries(spec.states)]));
  const imported = Date.now() - started;
  const session = await ort.InferenceSession.create(bytes);
  // The same model in ONNX Runtime without graph optimizations, on one thread: how far two f32 evaluations of it differ.
  const plain = await ort.InferenceSession.create(bytes, { graphOptimizationLevel: 'disabled', intraOpNumThreads: 1 });
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(RATE)]), []);
  /** ONNX Runtime's outputs for `feeds` (f32), flat, in the model's output order. */
  const runOrt = async (feeds: Record<string, Feed>, using = session): Promise<number[][]> => {
    const inputs = Object.fromEntries(Object.entries(feeds).map(([name, f]) => [name, new ort.Tensor('float32', Float32Array.from(f.values), f.dims)]));
    const out = await using.run({ ...inputs, sr });
    return using.outputNames.map((n) => Array.from(out[n].data as ArrayLike<number>, Number));
  };
  // Each chunk is run twice in dlc: from ONNX Runtime's state (the error of one step, as the unit test checks it) and from the
  // state dlc itself threaded (which adds any drift over the recording).
  const theirs: Record<string, Feed> = Object.fromEntries(Object.entries(spec.states).map(([name, dims]) => [name, zeros(dims)]));
  const mine: Record<string, Feed> = { ...theirs };
  const step = new Errors();
  const threaded = new Errors();
  const unoptimized = new Errors();
  let dlcMs = 0;
  let ortMs = 0;
  const probabilities: number[] = [];
  for (let k = 0; k < chunks; k++) {
    const input: Feed = { dims: [1, CHUNK], values: [...audio.subarray(k * CHUNK, (k + 1) * CHUNK)] };
    let t = Date.now();
    const expected = await runOrt({ input, ...theirs });
    ortMs += Date.now() - t;
    t = Date.now();
    const own = runDlc(module, { input, ...mine });
    dlcMs += Date.now() - t;
    step.add(runDlc(module, { input, ...theirs }), expected);
    threaded.add(own, expected);
    unoptimized.add(await runOrt({ input, ...theirs }, plain), expected);
    probabilities.push(expected[0][0]);
    for (const [name, at] of Object.entries(spec.next)) {
      mine[name] = { dims: spec.states[name], values: own[at] };
      theirs[name] = { dims: spec.states[name], values: expected[at] };
    }
  }
  const [lo, hi] = [Math.min(...probabilities), Math.max(...probabilities)];
  console.log(`${file}: ORT's speech probabilities ${lo.toFixed(3)}..${hi.toFixed(3)}; import ${imported} ms, dlc interpreter ${(dlcMs / chunks).toFixed(0)} ms/chunk, ORT ${(ortMs / chunks).toFixed(1)} ms/chunk`);
  console.log(`  one step from ORT's state: ${step}`);
  console.log(`  each side's own state:     ${threaded}`);
  console.log(`  ORT unoptimized, 1 thread: ${unoptimized}`);
}
