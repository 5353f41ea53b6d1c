// The Silero VAD models shipped in @ricky0123/vad-web (legacy and v5), imported with `--bind sr=16000` and run chunk by chunk in
// dlc's interpreter and in ONNX Runtime, the recurrent state threaded through as the VAD does; outputs and states agree within 1e-4
// (the last chunk also after convert-graph-to-tensor and after dlc-gpu, in the gpu interpreter).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importModule, loadOrt, mismatch, randomValues, runDlc, runOrt, throughDlcGpu, type Feed } from './ort-harness.js';
import { gpuReady } from './ort-cases.js';
import { lowered } from '../dialects/graph/to-tensor-harness.js';

const CHUNK = 512;
const CHUNKS = 2;

/** The package's dist folder, or undefined when it is not installed. */
function distDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@ricky0123/vad-web'));
  } catch {
    return undefined;
  }
}

/** Chunk `k` of a generated recording at 16 kHz: a voiced tone that swells and fades, over low noise. */
function audio(k: number): number[] {
  const noise = randomValues(CHUNK, 900 + k, -0.01, 0.01);
  return noise.map((e, i) => {
    const t = (k * CHUNK + i) / 16000;
    const envelope = Math.max(0, Math.sin(Math.PI * t * 4));
    return e + 0.5 * envelope * (Math.sin(2 * Math.PI * 220 * t) + 0.5 * Math.sin(2 * Math.PI * 440 * t + 1));
  });
}

/** How one model is fed: its state inputs and which outputs carry the next state. */
interface Model {
  file: string;
  states: Record<string, number[]>;
  /** Output index of each state input's next value. */
  next: Record<string, number>;
}

const MODELS: Model[] = [
  { file: 'silero_vad_legacy.onnx', states: { h: [2, 1, 64], c: [2, 1, 64] }, next: { h: 1, c: 2 } },
  { file: 'silero_vad_v5.onnx', states: { state: [2, 1, 128] }, next: { state: 1 } },
];

const ort = await loadOrt();
const dist = distDir();
if (!dist) console.log('  (skipped: @ricky0123/vad-web is not installed)');

for (const m of MODELS) {
  test(`${m.file}: ${CHUNKS} chunks of ${CHUNK} samples, state threaded, agree with ONNX Runtime`, async () => {
    if (!ort || !dist || !existsSync(join(dist, m.file))) return;
    const bytes = readFileSync(join(dist, m.file));
    const module = importModule(bytes, new Map([['sr', [16000]]]), new Map([['input', [1, CHUNK]], ...Object.entries(m.states)]));
    const states: Record<string, Feed> = Object.fromEntries(Object.entries(m.states).map(([name, dims]) => [name, { dims, values: new Array(dims.reduce((a, b) => a * b, 1)).fill(0) }]));
    let worst = 0;
    for (let k = 0; k < CHUNKS; k++) {
      const feeds: Record<string, Feed> = { input: { dims: [1, CHUNK], values: audio(k) }, ...states };
      const expected = await runOrt(ort, bytes, { ...feeds, sr: { dims: [], values: [16000], int64: true } });
      const actual = runDlc(module, feeds);
      const problem = mismatch(actual, expected);
      assert.is(problem, undefined, `chunk ${k}: ${problem}`);
      for (let o = 0; o < expected.length; o++) for (let i = 0; i < expected[o].length; i++) worst = Math.max(worst, Math.abs(actual[o][i] - expected[o][i]));
      // The last chunk (from a state the earlier chunks made) also after convert-graph-to-tensor and after dlc-gpu.
      if (k === CHUNKS - 1) {
        const after = mismatch(runDlc(lowered(module), feeds), expected);
        assert.is(after, undefined, `chunk ${k} after convert-graph-to-tensor: ${after}`);
        const gpu = gpuReady ? mismatch(runDlc(throughDlcGpu(module), feeds), expected) : undefined;
        assert.is(gpu, undefined, `chunk ${k} after dlc-gpu (gpu interpreter): ${gpu}`);
      }
      // Thread ONNX Runtime's state, so each chunk checks one step from the same state.
      for (const [name, at] of Object.entries(m.next)) states[name] = { dims: m.states[name], values: expected[at] };
    }
    console.log(`  ${m.file}: max abs error ${worst.toExponential(2)} over ${CHUNKS} chunks`);
  });
}

test.run();
